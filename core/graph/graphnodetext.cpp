#include "graphnodetext.h"

namespace jitscope {

QStringList graphNodeLines(const GraphNode& node)
{
    constexpr int kMaxLines = 4;
    constexpr int kMaxChars = 30;
    QStringList lines;
    for (const auto& attr : node.attributes) {
        QString line = attr.first + QStringLiteral(" = ") + attr.second;
        if (line.size() > kMaxChars)
            line = line.left(kMaxChars - 1) + QChar(0x2026);
        lines << line;
        if (lines.size() == kMaxLines) {
            if (node.attributes.size() > kMaxLines)
                lines.last() = QStringLiteral("… %1 more").arg(node.attributes.size() - kMaxLines + 1);
            break;
        }
    }
    return lines;
}

void sizeGraphNode(GraphNode& node)
{
    // Core has no fonts: sizes assume a 9 pt sans-serif's average advance, and the view
    // elides what does not fit.
    constexpr double kTitleCharWidth = 7.6; // bold 9 pt
    constexpr double kLineCharWidth = 6.0; // 7.5 pt
    const QStringList lines = graphNodeLines(node);
    qsizetype chars = node.sublabel.size();
    for (const QString& line : lines)
        chars = qMax(chars, line.size());
    node.width = qMax(64.0, qMax(node.label.size() * kTitleCharWidth, chars * kLineCharWidth) + 20.0);
    node.height = 26.0 + (node.sublabel.isEmpty() ? 0.0 : 13.0) + 13.0 * lines.size();
}

} // namespace jitscope
