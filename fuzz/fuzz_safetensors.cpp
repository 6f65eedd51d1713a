// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The safetensors reader: the header's JSON and every rule of the format (fed to the parser
// directly, against a data section of 64 bytes), then the same bytes as a whole file through
// Checkpoint::read and the statistics of every tensor it accepts.
#include "fuzztarget.h"

#include "checkpoint/checkpoint.h"
#include "checkpoint/safetensorsheader.h"
#include "common/usererror.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    jitscope::safetensors::Header header;
    jitscope::safetensors::parseHeader(bytes, 64, header, 1000);
    static const QString path = scratchPath("safetensors");
    if (!writeScratchFile(path, data, size))
        return 0;
    readCheckpoint(path, qint64(1) << 20);
    return 0;
}
