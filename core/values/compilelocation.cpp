// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "values/compilelocation.h"

#include <QRegularExpression>
#include <QStringList>

namespace jitscope {

CompileLocation parseCompileLocation(const QString& message)
{
    CompileLocation location;
    const QStringList lines = message.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("The source does not compile")))
            continue;
        location.summary = trimmed.endsWith(QLatin1Char(':')) ? trimmed.chopped(1) : trimmed;
        break;
    }
    static const QRegularExpression fileLine(QStringLiteral("File \"[^\"]*\", line (\\d+)"));
    int fileLineIndex = -1;
    for (int i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = fileLine.match(lines[i]);
        if (m.hasMatch()) {
            location.line = m.captured(1).toInt();
            fileLineIndex = i;
            break; // later frames ("... is being compiled since it was called from") are call sites
        }
    }
    if (fileLineIndex < 0)
        return location;
    // The context lines follow as the source has them; the marker line puts '~' under the culprit.
    for (int i = fileLineIndex + 1; i < lines.size(); ++i) {
        if (lines[i].contains(QLatin1String("<--- HERE"))) {
            const qsizetype tilde = lines[i].indexOf(QLatin1Char('~'));
            location.column = tilde >= 0 ? int(tilde) + 1 : 0;
            break;
        }
    }
    return location;
}

} // namespace jitscope
