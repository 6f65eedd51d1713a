// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A checkpoint's deflated tensor record: the input's first four bytes are the size the zip
// directory declares for it, the rest its deflated bytes, behind a data.pkl whose one float32
// tensor needs 16 bytes. The record must be refused or inflated into exactly its storage's
// bytes and no further, whatever it declares or holds.
#include "fuzztarget.h"

#include "../tests/hostilefiles.h"
#include "checkpoint/checkpoint.h"
#include "common/usererror.h"

#include <limits>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 4)
        return 0;
    const quint32 declared = quint32(data[0]) | quint32(data[1]) << 8 | quint32(data[2]) << 16 | quint32(data[3]) << 24;
    hostile::Record record { "archive/data/0", QByteArray(16, '\0') };
    record.declared = declared;
    record.deflated = QByteArray(reinterpret_cast<const char*>(data + 4), qsizetype(size - 4));
    const QByteArray file = hostile::checkpointZip(hostile::tensorPickle(4), { record });
    static const QString path = scratchPath("ziprecord");
    if (!writeScratchFile(path, reinterpret_cast<const uint8_t*>(file.constData()), size_t(file.size())))
        return 0;
    readCheckpoint(path, std::numeric_limits<qint64>::max());
    return 0;
}
