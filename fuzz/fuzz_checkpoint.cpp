// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The checkpoint reader: torch.save files in the zip and the legacy pickle formats and
// safetensors, their structure, and the statistics of every sound tensor (which read the data).
#include "fuzztarget.h"

#include "checkpoint.h"
#include "usererror.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QString path = scratchPath("checkpoint");
    if (!writeScratchFile(path, data, size))
        return 0;
    try {
        jitscope::Checkpoint::looksLikeCheckpoint(path);
        const jitscope::Checkpoint checkpoint = jitscope::Checkpoint::read(path);
        for (int i = 0; i < checkpoint.tensors.size(); ++i)
            if (checkpoint.tensors[i].problem.isEmpty() && checkpoint.tensors[i].numel < (1 << 20))
                checkpoint.stats(i);
    } catch (const jitscope::UserError&) { }
    return 0;
}
