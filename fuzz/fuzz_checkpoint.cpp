// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The checkpoint reader: torch.save files in the zip and the legacy pickle formats and
// safetensors, their structure, and the statistics of every sound tensor (which read the data).
#include "fuzztarget.h"

#include "checkpoint/checkpoint.h"
#include "common/usererror.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QString path = scratchPath("checkpoint");
    if (!writeScratchFile(path, data, size))
        return 0;
    jitscope::Checkpoint::looksLikeCheckpoint(path);
    readCheckpoint(path, qint64(1) << 20);
    return 0;
}
