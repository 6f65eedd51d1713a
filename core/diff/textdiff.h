// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace jitscope {

// A line diff of two texts, for the code diff: every line of both sides in order.
struct DiffLine
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
    int leftLine = 0; // 1-based; 0 where the side lacks the line
    int rightLine = 0;
};

QList<DiffLine> diffLines(const QString& left, const QString& right);
// `diff -u` style text with `context` lines around each change; empty when the texts agree.
QString unifiedDiff(const QList<DiffLine>& lines, const QString& leftName, const QString& rightName, int context = 3);

} // namespace jitscope
