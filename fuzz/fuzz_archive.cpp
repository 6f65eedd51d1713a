// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The archive directory reader: the zip (zip64, stored and deflated entries), the version
// record, and every tensor checked against its record, as the window does before libtorch.
#include "fuzztarget.h"

#include "archive/archivedirectory.h"
#include "common/usererror.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QString path = scratchPath("archive");
    if (!writeScratchFile(path, data, size))
        return 0;
    try {
        const jitscope::ArchiveDirectory directory = jitscope::ArchiveDirectory::read(path, 10);
        directory.checkTensorData();
        for (const auto& entry : directory.info().entries)
            directory.readEntry(entry.name, qint64(1) << 24);
    } catch (const jitscope::UserError&) { }
    return 0;
}
