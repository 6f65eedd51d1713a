// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/textdiff.h"

#include "diff/sequencealign.h"

#include <QHash>
#include <QStringList>

namespace jitscope {

QList<DiffLine> diffLines(const QString& left, const QString& right)
{
    QStringList l = left.split(QLatin1Char('\n'));
    QStringList r = right.split(QLatin1Char('\n'));
    if (!l.isEmpty() && l.last().isEmpty())
        l.removeLast();
    if (!r.isEmpty() && r.last().isEmpty())
        r.removeLast();
    QHash<QString, quint64> ids;
    auto id = [&](const QString& line) { return ids.insert(line, ids.value(line, quint64(ids.size()))).value(); };
    QList<quint64> lk, rk;
    for (const QString& line : std::as_const(l))
        lk << id(line);
    for (const QString& line : std::as_const(r))
        rk << id(line);
    const auto pairs = alignSequences(
        int(l.size()), int(r.size()), [&](bool isLeft, int i) { return isLeft ? lk[i] : rk[i]; },
        [&](int i, int j) { return lk[i] == rk[j] ? 1 : 0; }, 16'000'000);
    QList<DiffLine> out;
    int i = 0, j = 0;
    auto flush = [&](int li, int rj) {
        for (; i < li; ++i)
            out << DiffLine { DiffLine::Kind::Removed, l[i], i + 1, 0 };
        for (; j < rj; ++j)
            out << DiffLine { DiffLine::Kind::Added, r[j], 0, j + 1 };
    };
    for (const auto& p : pairs) {
        flush(p.first, p.second);
        out << DiffLine { DiffLine::Kind::Same, l[i], i + 1, j + 1 };
        ++i;
        ++j;
    }
    flush(int(l.size()), int(r.size()));
    return out;
}

QString unifiedDiff(const QList<DiffLine>& lines, const QString& leftName, const QString& rightName, int context)
{
    QList<int> changed;
    for (qsizetype k = 0; k < lines.size(); ++k)
        if (lines[k].kind != DiffLine::Kind::Same)
            changed << int(k);
    if (changed.isEmpty())
        return {};
    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(leftName, rightName);
    qsizetype c = 0;
    while (c < changed.size()) {
        // A hunk: changes closer than 2 * context lines join.
        const int start = std::max(0, changed[c] - context);
        int end = changed[c];
        while (c + 1 < changed.size() && changed[c + 1] - end <= 2 * context)
            end = changed[++c];
        end = std::min(int(lines.size()) - 1, end + context);
        ++c;
        int leftStart = 0, rightStart = 0, leftCount = 0, rightCount = 0;
        for (int k = start; k <= end; ++k) {
            const DiffLine& d = lines[k];
            if (d.leftLine) {
                leftStart = leftStart ? leftStart : d.leftLine;
                ++leftCount;
            }
            if (d.rightLine) {
                rightStart = rightStart ? rightStart : d.rightLine;
                ++rightCount;
            }
        }
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n").arg(leftStart).arg(leftCount).arg(rightStart).arg(rightCount);
        for (int k = start; k <= end; ++k) {
            const DiffLine& d = lines[k];
            const QChar mark = d.kind == DiffLine::Kind::Same ? QLatin1Char(' ')
                : d.kind == DiffLine::Kind::Removed           ? QLatin1Char('-')
                                                              : QLatin1Char('+');
            out += mark + d.text + QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace jitscope
