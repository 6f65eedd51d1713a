// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/usererror.h"

#include <QRegularExpression>
#include <QStringList>

namespace jitscope {

namespace {
constexpr QChar kDetails(0x1f);
}

QString withDetails(const QString& summary, const QString& details)
{
    return details.isEmpty() ? summary : summary + kDetails + details;
}

QString summaryOf(const QString& message)
{
    return message.section(kDetails, 0, 0);
}

QString detailsOf(const QString& message)
{
    return message.section(kDetails, 1);
}

QString cleanErrorText(const QString& message)
{
    QStringList kept;
    const QStringList lines = message.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("Exception raised from")) || trimmed.startsWith(QLatin1String("frame #")))
            break;
        kept << line;
    }
    QString text = kept.join(QLatin1Char('\n')).trimmed();
    // "INTERNAL ASSERT FAILED at \"../foo.cpp\":123, please report a bug to PyTorch." is noise to a user.
    static const QRegularExpression assertNoise(
        QStringLiteral(R"(\s*INTERNAL ASSERT FAILED at "[^"]*":\d+, please report a bug to PyTorch\.)"));
    text.replace(assertNoise, QString());
    static const QRegularExpression checkNoise(QStringLiteral(R"(\s*CHECK FAILED at "[^"]*":\d+)"));
    text.replace(checkNoise, QString());
    if (text.isEmpty())
        text = QStringLiteral("unknown libtorch error");
    return text;
}

} // namespace jitscope
