// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "values/runfailure.h"

#include <QRegularExpression>
#include <QStringList>

namespace jitscope {

RunFailure describeRunFailure(const QString& message)
{
    RunFailure f;
    f.details = message.trimmed();
    const QStringList lines = f.details.split(QLatin1Char('\n'));
    // The cause is the last line: the exception and its text, after every frame.
    for (qsizetype i = lines.size() - 1; i >= 0 && f.cause.isEmpty(); --i)
        f.cause = lines[i].trimmed();
    if (f.cause.endsWith(QLatin1Char(':')) && lines.size() == 1)
        f.cause.chop(1);

    // The innermost frame of the last traceback (the original code comes after the serialized one).
    static const QRegularExpression frame(QStringLiteral(R"re(^\s*File "([^"]+)", line (\d+)(?:, in (\S+))?)re"));
    qsizetype frameLine = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = frame.match(lines[i]);
        if (!m.hasMatch())
            continue;
        frameLine = i;
        f.location = m.captured(1).section(QLatin1Char('/'), -1) + QLatin1Char(':') + m.captured(2);
        if (!m.captured(3).isEmpty() && m.captured(3) != QLatin1String(kObservedCodeName))
            f.location += QStringLiteral(", in ") + m.captured(3);
    }
    if (frameLine < 0)
        return f;
    // The code line is the one the "~~~ <--- HERE" marker underlines.
    for (qsizetype i = frameLine + 1; i < lines.size(); ++i) {
        if (lines[i].contains(QLatin1String("<--- HERE"))) {
            if (i - 1 > frameLine)
                f.sourceLine = lines[i - 1].trimmed();
            break;
        }
    }
    return f;
}

} // namespace jitscope
