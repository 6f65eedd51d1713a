// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/graphnodetext.h"

#include <QCoreApplication>

namespace jitscope {

namespace {

struct GraphNodeText
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::GraphNodeText)
};

} // namespace

QStringList graphNodeLines(const GraphNode& node)
{
    constexpr int kMaxLines = 4;
    constexpr int kMaxChars = 30;
    QStringList lines;
    if (node.brief)
        return lines;
    for (const auto& attr : node.attributes) {
        QString line = attr.first + QStringLiteral(" = ") + attr.second;
        if (line.size() > kMaxChars)
            line = line.left(kMaxChars - 1) + QChar(0x2026);
        lines << line;
        if (lines.size() == kMaxLines) {
            if (node.attributes.size() > kMaxLines)
                lines.last() = GraphNodeText::tr("… %1 more").arg(node.attributes.size() - kMaxLines + 1);
            break;
        }
    }
    return lines;
}

void sizeGraphNode(GraphNode& node)
{
    // Core has no fonts: sizes assume DejaVu Sans's average advance (a bold 9 pt title, 8 pt
    // lines), and the view elides what does not fit. Rows as GraphPainter draws them.
    constexpr double kTitleCharWidth = 7.6;
    constexpr double kLineCharWidth = 6.4;
    constexpr double kTitle = 22.0, kLine = 14.0;
    const QStringList lines = graphNodeLines(node);
    constexpr qsizetype kMaxSublabel = 30; // longer ones are elided when drawn
    if (node.brief) {
        // One row, as GraphPainter draws it: the label on a band of its colour, then the sublabel.
        node.width
            = node.label.size() * kTitleCharWidth + qMin(node.sublabel.size(), kMaxSublabel) * kLineCharWidth + 22.0;
        node.height = kTitle;
        return;
    }
    qsizetype chars = qMax(qMin(node.sublabel.size(), kMaxSublabel), qMin(node.call.size(), kMaxSublabel));
    for (const QString& line : lines)
        chars = qMax(chars, line.size());
    node.width = qMax(56.0, qMax(node.label.size() * kTitleCharWidth, chars * kLineCharWidth) + 16.0);
    const int rows = int(lines.size()) + (node.sublabel.isEmpty() ? 0 : 1) + (node.call.isEmpty() ? 0 : 1);
    node.height = kTitle + (rows > 0 ? rows * kLine + 4.0 : 0.0);
}

void sizeGraphNodes(GraphModel& model)
{
    for (GraphNode& n : model.nodes)
        sizeGraphNode(n);
    for (const QList<int>& column : sideColumns(model)) {
        double width = 0;
        for (int n : column)
            width = qMax(width, model.nodes[n].width);
        for (int n : column)
            model.nodes[n].width = width;
    }
}

} // namespace jitscope
