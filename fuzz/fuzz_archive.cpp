// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The archive directory reader: the zip (zip64, stored and deflated entries), the version
// record, and every tensor checked against its record, as the window does before libtorch.
#include "fuzztarget.h"

#include "archivedirectory.h"
#include "usererror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // The reader takes a path: one scratch file per process, rewritten for each input.
    static const QString path
        = QDir::temp().filePath(QStringLiteral("jitscope-fuzz-archive-%1.pt").arg(QCoreApplication::applicationPid()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(reinterpret_cast<const char*>(data), qint64(size));
    file.close();
    try {
        const jitscope::ArchiveDirectory directory = jitscope::ArchiveDirectory::read(path, 10);
        directory.checkTensorData();
        for (const auto& entry : directory.info().entries)
            directory.readEntry(entry.name, qint64(1) << 24);
    } catch (const jitscope::UserError&) { }
    return 0;
}
