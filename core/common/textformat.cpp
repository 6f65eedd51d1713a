// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/textformat.h"

namespace jitscope {

QString formatBytes(qint64 bytes)
{
    static const char* const units[] = { "B", "KiB", "MiB", "GiB", "TiB" };
    double value = double(bytes);
    int unit = 0;
    while (value >= 1024.0 && unit < 4) {
        value /= 1024.0;
        ++unit;
    }
    if (unit == 0)
        return QStringLiteral("%1 B").arg(bytes);
    return QStringLiteral("%1 %2").arg(value, 0, 'f', value < 10 ? 2 : 1).arg(QLatin1String(units[unit]));
}

QString formatCount(qint64 count)
{
    QString digits = QString::number(count < 0 ? -count : count);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return count < 0 ? QLatin1Char('-') + digits : digits;
}

QString formatMacs(qint64 macs)
{
    const double m = double(macs);
    if (m >= 1e9)
        return QStringLiteral("%1 G").arg(m / 1e9, 0, 'f', 2);
    if (m >= 1e6)
        return QStringLiteral("%1 M").arg(m / 1e6, 0, 'f', 2);
    if (m >= 1e3)
        return QStringLiteral("%1 K").arg(m / 1e3, 0, 'f', 2);
    return QString::number(macs);
}

} // namespace jitscope
