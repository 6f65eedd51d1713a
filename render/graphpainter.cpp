#include "graphpainter.h"

#include "graphnodetext.h"

#include <QCoreApplication>
#include <QFileInfo>
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

QFont baseFont(double pointSize, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

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

QColor GraphPainter::nodeFill(const GraphNode& node)
{
    if (node.kind == QLatin1String("prim::CallMethod"))
        return QColor(0xd9, 0xf2, 0xd9);
    if (node.kind == QLatin1String("prim::CallFunction"))
        return QColor(0xe4, 0xec, 0xd3);
    if (node.kind == QLatin1String("prim::Param") || node.kind == QLatin1String("prim::Return"))
        return QColor(0xe8, 0xe8, 0xe8);
    if (node.kind == QLatin1String("prim::If") || node.kind == QLatin1String("prim::Loop")
        || node.kind == QLatin1String("prim::EndIf") || node.kind == QLatin1String("prim::EndLoop")
        || node.kind == QLatin1String("prim::BlockReturn"))
        return QColor(0xfd, 0xe7, 0xc8);
    if (node.kind.startsWith(QLatin1String("prim::")))
        return QColor(0xf0, 0xf0, 0xf5);
    return QColor(0xdc, 0xe8, 0xfa);
}

void GraphPainter::paintGroup(QPainter& p, const GraphGroup& group, const QRectF& rect)
{
    QColor fill(0xfa, 0xfa, 0xfa), border(0xb0, 0xb0, 0xb0);
    if (group.kind == GroupKind::Module) {
        fill = QColor(0xf1, 0xfa, 0xf1);
        border = QColor(0x6a, 0xa8, 0x6a);
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
    p.setPen(QPen(border, 1.0, group.kind == GroupKind::Block ? Qt::DashLine : Qt::SolidLine));
    p.setBrush(fill);
    p.drawRoundedRect(rect, 6, 6);
    p.setPen(border.darker(150));
    p.setFont(baseFont(8, true));
    const QRectF title(rect.left() + 8, rect.top() + 3, rect.width() - 16, 16);
    p.drawText(title, Qt::AlignLeft | Qt::AlignVCenter,
               p.fontMetrics().elidedText(group.title(), Qt::ElideRight, int(title.width())));
}

void GraphPainter::paintNode(QPainter& p, const GraphNode& node, const QRectF& rect, bool selected, bool highlighted)
{
    const QColor fill = nodeFill(node);
    QPen pen(selected ? QColor(0x1e, 0x66, 0xd0) : (highlighted ? QColor(0xe0, 0x6c, 0x00) : fill.darker(160)),
             selected || highlighted ? 2.2 : 1.0);
    p.setPen(pen);
    p.setBrush(fill);
    const bool collapsedCall = !node.expandKey.isEmpty();
    p.drawRoundedRect(rect, collapsedCall ? 2 : 5, collapsedCall ? 2 : 5);
    if (collapsedCall) {
        // A second outline says "there is more inside: double-click to expand".
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(rect.adjusted(2.5, 2.5, -2.5, -2.5), 1, 1);
    }
    p.setPen(QColor(0x20, 0x20, 0x20));
    double y = rect.top() + 5;
    const double width = rect.width() - 10;
    p.setFont(baseFont(9, true));
    p.drawText(QRectF(rect.left() + 5, y, width, 15), Qt::AlignCenter,
               p.fontMetrics().elidedText(node.label, Qt::ElideMiddle, int(width)));
    y += 15;
    p.setFont(baseFont(7.5));
    if (!node.sublabel.isEmpty()) {
        p.setPen(QColor(0x40, 0x60, 0x40));
        p.drawText(QRectF(rect.left() + 5, y, width, 13), Qt::AlignCenter,
                   p.fontMetrics().elidedText(node.sublabel, Qt::ElideRight, int(width)));
        y += 13;
    }
    p.setPen(QColor(0x50, 0x50, 0x50));
    for (const QString& line : graphNodeLines(node)) {
        p.drawText(QRectF(rect.left() + 5, y, width, 13), Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(line, Qt::ElideRight, int(width)));
        y += 13;
    }
}

void GraphPainter::paintEdge(QPainter& p, const GraphEdge& edge, const QList<QPointF>& points, bool highlighted)
{
    if (points.size() < 2)
        return;
    QColor color = edge.control ? QColor(0xc0, 0x90, 0x50) : QColor(0x70, 0x70, 0x70);
    if (highlighted)
        color = QColor(0xe0, 0x6c, 0x00);
    QPen pen(color, highlighted ? 2.0 : 1.0, edge.control ? Qt::DashLine : Qt::SolidLine);
    pen.setCosmetic(false);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    QPainterPath path(points.first());
    for (qsizetype i = 1; i < points.size(); ++i)
        path.lineTo(points[i]);
    p.drawPath(path);
    p.setPen(QPen(color, 1.0));
    arrowHead(p, points[points.size() - 2], points.last());
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
