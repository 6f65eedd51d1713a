// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/resourcelimits.h"

#include "common/textformat.h"
#include "common/usererror.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <unistd.h>

namespace jitscope {

namespace {

struct LimitsText
{
    Q_DECLARE_TR_FUNCTIONS(Limits)
};

} // namespace

std::optional<qint64> checkedBytes(const QList<qint64>& dims, qint64 itemSize)
{
    qint64 total = itemSize;
    for (qint64 d : dims)
        if (d < 0 || __builtin_mul_overflow(total, d, &total))
            return std::nullopt;
    return total;
}

qint64 physicalMemoryBytes()
{
    const long pages = sysconf(_SC_PHYS_PAGES), pageSize = sysconf(_SC_PAGESIZE);
    if (pages <= 0 || pageSize <= 0)
        return qint64(1) << 40; // unknown: no tighter bound than a terabyte
    return qint64(pages) * qint64(pageSize);
}

void requireAllocatable(const QList<qint64>& dims, qint64 itemSize, const QString& what)
{
    const std::optional<qint64> bytes = checkedBytes(dims, itemSize);
    const qint64 memory = physicalMemoryBytes();
    if (bytes && *bytes <= memory)
        return;
    QStringList shape;
    for (qint64 d : dims)
        shape << QString::number(d);
    const QString size
        = bytes ? formatBytes(*bytes, messageLocale()) : LimitsText::tr("more bytes than a 64-bit count holds");
    throw UserError(LimitsText::tr("%1 asks for %2 ([%3] of %4-byte elements), more than this machine's %5 of "
                                   "memory; nothing was allocated.")
                        .arg(what, size, shape.join(QLatin1String(", ")))
                        .arg(itemSize)
                        .arg(formatBytes(memory, messageLocale())));
}

void requireRegularFile(const QString& path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        throw UserError(LimitsText::tr("%1: file not found.").arg(path));
    if (fi.isDir())
        throw UserError(LimitsText::tr("%1: is a folder, not a file.").arg(path));
    if (!fi.isFile())
        throw UserError(
            LimitsText::tr("%1: is not a regular file (a named pipe, a socket or a device), so it is not read.")
                .arg(path));
}

} // namespace jitscope
