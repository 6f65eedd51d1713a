// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/textformat.h"

#include <QMutex>

namespace jitscope {

namespace {

QString decimal(double value, int precision, const QLocale& locale)
{
    return locale.toString(value, 'f', precision);
}

QMutex& messageLocaleMutex()
{
    static QMutex mutex;
    return mutex;
}

QLocale& messageLocaleSlot()
{
    static QLocale locale = QLocale::c();
    return locale;
}

} // namespace

QString formatBytes(qint64 bytes, const QLocale& locale)
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
    return QStringLiteral("%1 %2").arg(decimal(value, value < 10 ? 2 : 1, locale), QLatin1String(units[unit]));
}

QString formatCount(qint64 count, const QLocale& locale)
{
    QLocale grouped = locale; // the C locale omits its separator unless told otherwise
    grouped.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return grouped.toString(count);
}

QString formatMacs(qint64 macs, const QLocale& locale)
{
    const double m = double(macs);
    if (m >= 1e9)
        return QStringLiteral("%1 G").arg(decimal(m / 1e9, 2, locale));
    if (m >= 1e6)
        return QStringLiteral("%1 M").arg(decimal(m / 1e6, 2, locale));
    if (m >= 1e3)
        return QStringLiteral("%1 K").arg(decimal(m / 1e3, 2, locale));
    return QString::number(macs);
}

QLocale messageLocale()
{
    QMutexLocker lock(&messageLocaleMutex());
    return messageLocaleSlot();
}

void setMessageLocale(const QLocale& locale)
{
    QMutexLocker lock(&messageLocaleMutex());
    messageLocaleSlot() = locale;
}

} // namespace jitscope
