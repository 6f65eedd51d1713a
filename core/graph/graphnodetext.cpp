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

// DejaVu Sans's advances of ' ' to '~', in hundredths of a '0' (Bold, Book), as Qt lays the
// face out; a '0' is 0.92531 units wide per point of bold type, 0.84609 of book.
constexpr unsigned char kBold[95]
    = { 50,  66,  75,  120, 100, 144, 125, 44,  66,  66,  75,  120, 55,  60,  55,  52,  100, 100, 100,
        100, 100, 100, 100, 100, 100, 100, 57,  57,  120, 120, 120, 83,  144, 111, 110, 105, 119, 98,
        98,  118, 120, 53,  53,  111, 92,  143, 120, 122, 105, 122, 111, 104, 98,  117, 111, 159, 111,
        104, 104, 66,  52,  66,  120, 72,  72,  97,  103, 85,  103, 97,  63,  103, 102, 49,  49,  96,
        49,  150, 102, 99,  103, 103, 71,  86,  69,  102, 94,  133, 93,  94,  84,  102, 52,  102, 120 };
constexpr unsigned char kBook[95]
    = { 50,  63,  72,  132, 100, 149, 123, 43,  61,  61,  79,  132, 50,  57,  50,  53,  100, 100, 100,
        100, 100, 100, 100, 100, 100, 100, 53,  53,  132, 132, 132, 83,  157, 108, 108, 110, 121, 99,
        90,  122, 118, 46,  46,  103, 88,  136, 118, 124, 95,  124, 109, 100, 96,  115, 108, 155, 108,
        96,  108, 61,  53,  61,  132, 79,  79,  96,  100, 86,  100, 97,  55,  100, 100, 44,  44,  91,
        44,  153, 100, 96,  100, 100, 65,  82,  62,  100, 93,  129, 93,  93,  82,  100, 53,  100, 132 };

} // namespace

QString shownNodeLabel(const GraphNode& node)
{
    // The graph names these two itself (GraphFolder), so they are said in the reader's language.
    static const char* const folded[]
        = { QT_TRANSLATE_NOOP("GraphPainter", "check"), QT_TRANSLATE_NOOP("GraphPainter", "update") };
    if (node.brief)
        for (const char* word : folded)
            if (node.label == QLatin1String(word))
                return QCoreApplication::translate("GraphPainter", word);
    return node.label;
}

double graphTextWidth(const QString& text, double pointSize, bool bold)
{
    const unsigned char* advances = bold ? kBold : kBook;
    double hundredths = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        // Letters beyond ASCII (ü, é, …) about as wide as a digit; wide scripts twice that.
        hundredths += u >= 32 && u < 127 ? advances[u - 32] : (u >= 0x2E80 ? 200 : 110);
    }
    return hundredths / 100.0 * (bold ? 0.92531 : 0.84609) * pointSize;
}

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
    // Rows as GraphPainter draws them: a bold 9 pt title in the box less 10 units of margin, 8 pt
    // lines likewise; 6 units to spare, so that rounding never elides a text that fits.
    constexpr double kTitle = 22.0, kLine = 14.0, kMargin = 16.0;
    const QStringList lines = graphNodeLines(node);
    constexpr qsizetype kMaxSublabel = 30; // longer ones are elided when drawn
    auto lineWidth = [](const QString& text) { return graphTextWidth(text.left(kMaxSublabel), 8, false); };
    if (node.brief) {
        // One row, as GraphPainter draws it: the label on a band of its colour, then the sublabel.
        node.width = graphTextWidth(shownNodeLabel(node), 9, true) + 10 + lineWidth(node.sublabel) + 14;
        node.height = kTitle;
        return;
    }
    double widest = qMax(lineWidth(node.sublabel), lineWidth(node.call));
    for (const QString& line : lines)
        widest = qMax(widest, graphTextWidth(line, 8, false));
    node.width = qMax(56.0, qMax(graphTextWidth(node.label, 9, true), widest) + kMargin);
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
