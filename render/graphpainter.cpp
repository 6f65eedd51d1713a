// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphpainter.h"

#include "graphfont.h"
#include "grouptitles.h"

#include "graph/graphnodetext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>

#include <cmath>

namespace jitscope {

namespace {

struct PainterText
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::GraphPainter)
};

void arrowHead(QPainter& p, const QPointF& from, const QPointF& tip)
{
    const QPointF d = tip - from;
    const double len = std::hypot(d.x(), d.y());
    if (len < 1e-6)
        return;
    const QPointF u = d / len, n(-u.y(), u.x());
    constexpr double kLength = 7, kWidth = 3.2;
    QPolygonF head;
    head << tip << tip - u * kLength + n * kWidth << tip - u * kLength - n * kWidth;
    p.setBrush(p.pen().color());
    p.drawPolygon(head);
}

} // namespace

QColor GraphPainter::categoryColor(NodeCategory category)
{
    // Saturated enough to tell apart as small blocks, dark enough for white titles.
    switch (category) {
    case NodeCategory::Compute:
        return QColor(0x33, 0x5f, 0x9a);
    case NodeCategory::Normalization:
        return QColor(0x2f, 0x73, 0x4a);
    case NodeCategory::Activation:
        return QColor(0x9c, 0x33, 0x33);
    case NodeCategory::Pooling:
        return QColor(0x1d, 0x7a, 0x7e);
    case NodeCategory::Shape:
        return QColor(0x55, 0x57, 0x60);
    case NodeCategory::Arithmetic:
        return QColor(0x6e, 0x4f, 0x9e);
    case NodeCategory::ControlFlow:
        return QColor(0xb8, 0x6e, 0x12);
    case NodeCategory::Call:
        return QColor(0x4f, 0x7f, 0x2a);
    case NodeCategory::Constant:
        return QColor(0x8c, 0x8c, 0x96);
    case NodeCategory::InputOutput:
        return QColor(0xe4, 0xe4, 0xe4);
    case NodeCategory::Other:
        break;
    }
    return QColor(0x4a, 0x62, 0x7a);
}

QColor GraphPainter::nodeFill(const GraphNode& node)
{
    return categoryColor(node.category);
}

QColor GraphPainter::titleColor(const GraphNode& node)
{
    return node.category == NodeCategory::InputOutput ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white);
}

void GraphPainter::groupColors(const GraphGroup& group, QColor& fill, QColor& border)
{
    fill = QColor(0xfa, 0xfa, 0xfa);
    border = QColor(0xb0, 0xb0, 0xb0);
    if (group.kind == GroupKind::Module) {
        fill = QColor(0xf3, 0xf8, 0xef);
        border = QColor(0x7d, 0xa8, 0x62);
    } else if (group.kind == GroupKind::Function) {
        fill = QColor(0xf6, 0xf8, 0xee);
        border = QColor(0x9a, 0xa8, 0x6a);
    } else if (group.kind == GroupKind::If || group.kind == GroupKind::Loop) {
        fill = QColor(0xff, 0xf8, 0xee);
        border = QColor(0xd9, 0x9a, 0x4e);
    } else if (group.kind == GroupKind::Block) {
        fill = QColor(0xff, 0xfd, 0xf8);
        border = QColor(0xe0, 0xc0, 0x90);
    }
}

void GraphPainter::paintGroupBox(QPainter& p, const GraphGroup& group, const QRectF& rect, double penWidth)
{
    QColor fill, border;
    groupColors(group, fill, border);
    p.setPen(QPen(border, penWidth, group.kind == GroupKind::Block ? Qt::DashLine : Qt::SolidLine));
    p.setBrush(fill);
    if (penWidth > 1.0)
        p.drawRect(rect); // zoomed out: corners would not show
    else
        p.drawRoundedRect(rect, 6, 6);
}

void GraphPainter::paintGroup(QPainter& p, const GraphGroup& group, const QRectF& rect)
{
    paintGroupBox(p, group, rect);
    if (group.kind == GroupKind::Block)
        return; // untitled: the block's "→ then" node says what it is
    QColor fill, border;
    groupColors(group, fill, border);
    p.setPen(border.darker(170));
    p.setFont(graphFont(8, true));
    const QRectF title = groupTitleRect(group, rect);
    p.drawText(title, Qt::AlignLeft | Qt::AlignVCenter,
               p.fontMetrics().elidedText(group.title(), Qt::ElideRight, int(title.width())));
}

void GraphPainter::paintGroupTitle(QPainter& p, const GraphGroup& group, const GroupTitle& title, bool overview)
{
    QColor fill, border;
    groupColors(group, fill, border);
    // On the group's own colour: an edge passing under a title does not cross its letters.
    fill.setAlpha(235);
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawRect(title.rect);
    QFont f = graphFont(8, true);
    if (overview)
        f.setPixelSize(qMax(1, int(title.pixelSize)));
    p.setFont(f);
    p.setPen(border.darker(overview ? 200 : 170));
    p.drawText(title.rect, Qt::AlignLeft | Qt::AlignVCenter, title.text);
}

namespace {

// A band of a node box filled in its colour: rounded like the box, square where it meets the
// white part (`squared`); the box's outline drawn again over it.
void paintBand(QPainter& p, const QRectF& box, const QRectF& band, const QRectF& squared, const QColor& fill,
               const QPen& outline)
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    path.addRoundedRect(band, 4, 4);
    path.addRect(squared);
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawPath(path.simplified());
    p.setPen(outline);
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(box, 4, 4);
}

} // namespace

void GraphPainter::paintNode(QPainter& p, const GraphNode& node, const QRectF& rect, bool selected, bool highlighted)
{
    const QColor fill = nodeFill(node);
    const QColor outline
        = selected ? QColor(0x1e, 0x66, 0xd0) : (highlighted ? QColor(0xe0, 0x6c, 0x00) : fill.darker(140));
    const double penWidth = selected || highlighted ? 2.4 : 1.0;
    const bool collapsedCall = !node.expandKey.isEmpty();
    if (collapsedCall) {
        // A second card behind: "there is more inside, double-click to open it".
        p.setPen(QPen(fill.darker(140), 1.0));
        p.setBrush(fill.lighter(150));
        p.drawRoundedRect(rect.translated(3, 3), 4, 4);
    }
    if (node.brief) {
        paintBriefNode(p, node, rect, outline, penWidth);
        return;
    }
    const QStringList lines = graphNodeLines(node);
    const bool hasBody = !node.sublabel.isEmpty() || !node.call.isEmpty() || !lines.isEmpty();
    p.setPen(QPen(outline, penWidth));
    p.setBrush(hasBody ? QColor(Qt::white) : fill);
    p.drawRoundedRect(rect, 4, 4);
    const double band = qMin(rect.height(), kTitleHeight);
    if (hasBody) {
        // The title band in the category's colour, the attributes below on white.
        paintBand(p, rect, QRectF(rect.left(), rect.top(), rect.width(), band),
                  QRectF(rect.left(), rect.top() + band / 2, rect.width(), band / 2), fill, QPen(outline, penWidth));
    }
    const double width = rect.width() - 10;
    p.setPen(titleColor(node));
    p.setFont(graphFont(9, true));
    p.drawText(QRectF(rect.left() + 5, rect.top(), width, band), Qt::AlignCenter,
               p.fontMetrics().elidedText(node.label, Qt::ElideMiddle, int(width)));
    double y = rect.top() + band + 2;
    p.setFont(graphFont(8));
    if (!node.sublabel.isEmpty()) {
        p.setPen(QColor(0x3a, 0x55, 0x2a));
        p.drawText(QRectF(rect.left() + 5, y, width, kLineHeight), Qt::AlignCenter,
                   p.fontMetrics().elidedText(node.sublabel, Qt::ElideRight, int(width)));
        y += kLineHeight;
    }
    if (!node.call.isEmpty()) {
        // The call it stands for, in the colour of a call's title.
        p.setPen(QColor(0x3a, 0x55, 0x2a));
        p.drawText(QRectF(rect.left() + 5, y, width, kLineHeight), Qt::AlignCenter,
                   p.fontMetrics().elidedText(node.call, Qt::ElideMiddle, int(width)));
        y += kLineHeight;
    }
    p.setPen(QColor(0x30, 0x30, 0x30));
    for (const QString& line : lines) {
        p.drawText(QRectF(rect.left() + 6, y, width, kLineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(line, Qt::ElideRight, int(width)));
        y += kLineHeight;
    }
}

QString GraphPainter::shownLabel(const GraphNode& node)
{
    return shownNodeLabel(node);
}

// A check or update beside the work it guards, in one row: its label on a band of its colour,
// then what it checks or updates.
void GraphPainter::paintBriefNode(QPainter& p, const GraphNode& node, const QRectF& rect, const QColor& outline,
                                  double penWidth)
{
    const QColor fill = nodeFill(node);
    const QFont labelFont = graphFont(9, true);
    const QString label = shownLabel(node);
    const double band = qMin(rect.width(), QFontMetricsF(labelFont).horizontalAdvance(label) + 10);
    p.setPen(QPen(outline, penWidth));
    p.setBrush(Qt::white);
    p.drawRoundedRect(rect, 4, 4);
    paintBand(p, rect, QRectF(rect.left(), rect.top(), band, rect.height()),
              QRectF(rect.left() + band / 2, rect.top(), band / 2, rect.height()), fill, QPen(outline, penWidth));
    p.setPen(titleColor(node));
    p.setFont(labelFont);
    p.drawText(QRectF(rect.left(), rect.top(), band, rect.height()), Qt::AlignCenter, label);
    const double width = rect.width() - band - 8;
    p.setFont(graphFont(8));
    p.setPen(QColor(0x30, 0x30, 0x30));
    p.drawText(QRectF(rect.left() + band + 4, rect.top(), width, rect.height()), Qt::AlignLeft | Qt::AlignVCenter,
               p.fontMetrics().elidedText(node.sublabel, Qt::ElideRight, int(width)));
}

void GraphPainter::paintNodeOverview(QPainter& p, const GraphNode& node, const QRectF& rect, double scale,
                                     bool emphasised)
{
    const QColor fill = nodeFill(node);
    p.setPen(emphasised ? QPen(QColor(0xe0, 0x6c, 0x00), 3 / scale) : QPen(fill.darker(150), 0));
    p.setBrush(fill);
    p.drawRect(rect);
    // Op names only, at a size that stays readable while it fits the block.
    const double px = qMin(11.0 / scale, rect.height() * 0.8);
    if (px * scale < 7 || rect.width() * scale < 24)
        return;
    QFont f = graphFont(8, true);
    f.setPixelSize(qMax(1, int(px)));
    p.setFont(f);
    p.setPen(titleColor(node));
    p.drawText(rect, Qt::AlignCenter, p.fontMetrics().elidedText(shownLabel(node), Qt::ElideRight, int(rect.width())));
}

QRectF GraphPainter::edgeLabelRect(const QList<QPointF>& points, const QString& text, double fromEnd)
{
    if (points.size() < 2 || text.isEmpty())
        return {};
    double length = 0;
    for (qsizetype i = 1; i < points.size(); ++i)
        length += QLineF(points[i - 1], points[i]).length();
    const QFontMetricsF metrics(graphFont(7.5));
    // Just above the consumer, before the arrowhead: inside the group the edge enters, below its
    // title, and where the eye reads a node's inputs; halfway along a short edge.
    QPointF middle = points.last();
    double left = std::clamp(fromEnd < 0 ? std::min(length / 2, metrics.height() / 2 + 9) : fromEnd, 0.0, length);
    for (qsizetype i = points.size() - 1; i > 0; --i) {
        const QLineF segment(points[i], points[i - 1]);
        if (segment.length() >= left) {
            middle = segment.pointAt(segment.length() > 0 ? left / segment.length() : 0);
            break;
        }
        left -= segment.length();
    }
    const QSizeF size(metrics.horizontalAdvance(text) + 6, metrics.height() + 2);
    return QRectF(middle - QPointF(size.width() / 2, size.height() / 2), size);
}

void GraphPainter::paintEdge(QPainter& p, const GraphEdge& edge, const QList<QPointF>& points, bool highlighted,
                             const EdgeLabel& label)
{
    if (points.size() < 2)
        return;
    QColor color = edge.control ? QColor(0xc0, 0x90, 0x50) : QColor(0x70, 0x70, 0x70);
    if (label.alarm)
        color = QColor(0xd0, 0x1c, 0x1c);
    if (highlighted)
        color = QColor(0xe0, 0x6c, 0x00);
    QPen pen(color, highlighted || label.alarm ? 2.0 : 1.0, edge.control ? Qt::DashLine : Qt::SolidLine);
    pen.setCosmetic(false);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    QPainterPath path(points.first());
    for (qsizetype i = 1; i < points.size(); ++i)
        path.lineTo(points[i]);
    p.drawPath(path);
    p.setPen(QPen(color, 1.0));
    arrowHead(p, points[points.size() - 2], points.last());
    if (label.text.isEmpty())
        return;
    const QRectF box = label.rect.isValid() ? label.rect : edgeLabelRect(points, label.text);
    p.setPen(QPen(label.alarm ? color : QColor(0xc8, 0xc8, 0xc8), 0.8));
    p.setBrush(QColor(0xff, 0xff, 0xff, 235));
    p.drawRoundedRect(box, 3, 3);
    p.setFont(graphFont(7.5));
    p.setPen(label.alarm ? color : QColor(0x30, 0x30, 0x30));
    p.drawText(box, Qt::AlignCenter, label.text);
}

void GraphPainter::paint(QPainter& p, const LaidOutGraph& graph, const Emphasis& emphasis)
{
    const GraphModel& m = graph.model;
    const GraphLayout& l = graph.layout;
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    for (qsizetype g = 1; g < m.groups.size() && g < l.groups.size(); ++g)
        paintGroup(p, m.groups[g], l.groups[g]);
    for (qsizetype e = 0; e < m.edges.size() && e < l.edges.size(); ++e)
        paintEdge(p, m.edges[e], l.edges[e], emphasis.edges.contains(int(e)));
    for (qsizetype n = 0; n < m.nodes.size() && n < l.nodes.size(); ++n)
        paintNode(p, m.nodes[n], l.nodes[n], emphasis.selectedNode == n, emphasis.nodes.contains(int(n)));
}

void GraphPainter::paint(QPainter& p, const LaidOutGraph& graph)
{
    paint(p, graph, Emphasis());
}

bool GraphPainter::exportSvg(const LaidOutGraph& graph, const QString& path, QString* error)
{
    QSvgGenerator svg;
    svg.setFileName(path);
    const QRectF bounds = graph.layout.bounds.adjusted(-kMargin, -kMargin, kMargin, kMargin);
    svg.setSize(bounds.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), bounds.size()));
    svg.setTitle(graph.model.module.isEmpty() ? graph.model.method
                                              : graph.model.module + QLatin1Char('.') + graph.model.method);
    svg.setDescription(PainterText::tr("TorchScript graph drawn by JitScope"));
    QPainter p;
    if (!p.begin(&svg)) {
        if (error)
            *error = PainterText::tr("Cannot write %1.").arg(path);
        return false;
    }
    p.translate(-bounds.topLeft());
    paint(p, graph);
    p.end();
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0) {
        if (error)
            *error = PainterText::tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

QSize GraphPainter::pngSize(const LaidOutGraph& graph, double scale)
{
    const QRectF bounds = graph.layout.bounds.adjusted(-kMargin, -kMargin, kMargin, kMargin);
    // QImage refuses more than 2^31 bytes; keep the larger side within 32,000 pixels too.
    constexpr double kMaxSide = 32000.0;
    const double fit = std::min({ 1.0, kMaxSide / (bounds.width() * scale), kMaxSide / (bounds.height() * scale),
                                  std::sqrt(4.0e8 / (bounds.width() * bounds.height() * scale * scale)) });
    return QSize(qMax(1, int(std::ceil(bounds.width() * scale * fit))),
                 qMax(1, int(std::ceil(bounds.height() * scale * fit))));
}

bool GraphPainter::exportPng(const LaidOutGraph& graph, const QString& path, double scale, QString* error)
{
    const QRectF bounds = graph.layout.bounds.adjusted(-kMargin, -kMargin, kMargin, kMargin);
    const QSize size = pngSize(graph, scale);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        if (error)
            *error = PainterText::tr("The image would be too large (%1 × %2 pixels).")
                         .arg(size.width())
                         .arg(size.height());
        return false;
    }
    image.fill(Qt::white);
    QPainter p(&image);
    p.scale(size.width() / bounds.width(), size.height() / bounds.height());
    p.translate(-bounds.topLeft());
    paint(p, graph);
    p.end();
    if (!image.save(path, "PNG")) {
        if (error)
            *error = PainterText::tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace jitscope
