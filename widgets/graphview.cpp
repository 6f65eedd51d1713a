// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphview.h"

#include "graph/graphmodel.h"
#include "graphlegend.h"
#include "graphscene.h"
#include "grouptitleitem.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace jitscope {

// The overview: the whole graph, scaled down, with the main view's visible part outlined.
// Clicking or dragging in it moves the main view there.
class MiniMap : public QGraphicsView
{
public:
    MiniMap(GraphView* main, QGraphicsScene* scene)
        : QGraphicsView(scene, main)
        , m_main(main)
    {
        setObjectName(QLatin1String(GroupTitleItem::kOverviewName));
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setInteractive(false);
        setRenderHint(QPainter::Antialiasing, false);
        setFrameShape(QFrame::Box);
        setBackgroundBrush(QColor(255, 255, 255, 230));
        setCursor(Qt::CrossCursor);
        setToolTip(GraphView::tr("Overview: click or drag to move the view"));
    }
    void refit()
    {
        if (scene())
            fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
        viewport()->update();
    }

protected:
    void drawForeground(QPainter* p, const QRectF&) override
    {
        const QRectF visible = m_main->mapToScene(m_main->viewport()->rect()).boundingRect();
        p->setPen(QPen(QColor(0x1e, 0x66, 0xd0), 0));
        p->setBrush(QColor(0x1e, 0x66, 0xd0, 40));
        p->drawRect(visible);
    }
    void mousePressEvent(QMouseEvent* e) override { m_main->centerOn(mapToScene(e->pos())); }
    void mouseMoveEvent(QMouseEvent* e) override
    {
        if (e->buttons() & Qt::LeftButton)
            m_main->centerOn(mapToScene(e->pos()));
    }
    void wheelEvent(QWheelEvent*) override { }

private:
    GraphView* m_main;
};

GraphView::GraphView(GraphScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
    , m_miniMap(new MiniMap(this, scene))
    , m_legend(new GraphLegend(this))
{
    m_legend->hide();
    for (QScrollBar* bar : { horizontalScrollBar(), verticalScrollBar() })
        connect(bar, &QScrollBar::sliderPressed, this, [this] { m_followTop = false; });
    setDragMode(QGraphicsView::ScrollHandDrag);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setBackgroundBrush(Qt::white);
    connect(scene, &QGraphicsScene::sceneRectChanged, this, [this] {
        m_miniMap->refit();
        placeMiniMap();
    });
    connect(scene, &GraphScene::graphChanged, this, &GraphView::updateLegend);
    placeMiniMap();
}

void GraphView::fitGraph()
{
    m_followTop = false;
    if (!m_scene->graph())
        return;
    // The whole graph, however small; never magnified past 100%.
    fitInView(m_scene->graph()->layout.bounds.adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
    if (zoom() > 1.0)
        scale(1.0 / zoom(), 1.0 / zoom());
    Q_EMIT zoomChanged(zoom());
    placeMiniMap();
}

void GraphView::showTop()
{
    if (!m_scene->graph())
        return;
    const QScopedValueRollback<bool> placing(m_placing, true);
    const QRectF bounds = m_scene->graph()->layout.bounds.adjusted(-20, -20, 20, 20);
    // The width fitted, but never below a zoom where the text is readable nor above 100%.
    const double fitWidth = viewport()->width() / qMax(1.0, bounds.width());
    const double target = qBound(kReadableZoom, fitWidth, 1.0);
    resetTransform();
    scale(target, target);
    const double halfHeight = viewport()->height() / 2.0 / target;
    // Wider than the view: start where the data comes in, the first input, with no node cut at
    // the view's left edge (roi_heads.forward opened on half a box), nor a group's frame that the
    // view could show whole (its loops opened cut, their titles gone).
    double x = bounds.center().x();
    const LaidOutGraph& graph = *m_scene->graph();
    const double viewWidth = viewport()->width() / target;
    if (bounds.width() * target > viewport()->width()) {
        QList<QRectF> boxes = graph.layout.nodes;
        for (qsizetype g = 1; g < graph.layout.groups.size(); ++g) // the root frames everything
            if (graph.layout.groups[g].width() < viewWidth)
                boxes << graph.layout.groups[g];
        for (const GraphNode& n : graph.model.nodes)
            if (n.kind == QLatin1String("prim::Param") && n.id < graph.layout.nodes.size()) {
                x = uncutLeft(boxes, graph.layout.nodes[n.id], QRectF(0, bounds.top(), viewWidth, 2 * halfHeight));
                break;
            }
    }
    centerOn(x, bounds.top() + halfHeight);
    m_followTop = true;
    Q_EMIT zoomChanged(zoom());
    placeMiniMap();
}

double GraphView::uncutLeft(const QList<QRectF>& boxes, const QRectF& input, QRectF view)
{
    constexpr double kMargin = 12;
    view.moveLeft(input.center().x() - view.width() / 2);
    // Each step moves the edge left of the node it cut, as long as the input stays in sight.
    for (int step = 0; step < 8; ++step) {
        const auto cut = std::find_if(boxes.cbegin(), boxes.cend(), [&](const QRectF& r) {
            return r.intersects(view) && r.left() < view.left() && r.right() > view.left();
        });
        if (cut == boxes.cend() || cut->left() - kMargin + view.width() < input.right() + kMargin)
            break;
        view.moveLeft(cut->left() - kMargin);
    }
    return view.center().x();
}

void GraphView::zoomBy(double factor)
{
    m_followTop = false;
    const double target = qBound(0.02, zoom() * factor, 8.0);
    scale(target / zoom(), target / zoom());
    Q_EMIT zoomChanged(zoom());
    placeMiniMap();
}

void GraphView::centerOnNode(int id)
{
    const LaidOutGraphPtr graph = m_scene->graph();
    if (!graph || id < 0 || id >= graph->layout.nodes.size())
        return;
    m_followTop = false;
    if (zoom() < kReadableZoom)
        zoomBy(kReadableZoom / zoom());
    centerOn(graph->layout.nodes[id].center());
}

void GraphView::wheelEvent(QWheelEvent* event)
{
    m_followTop = false;
    if (event->angleDelta().y() == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

void GraphView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    placeLegend();
    // Until the user moves it, a graph that opened at its top stays there as the view settles.
    if (m_followTop)
        showTop();
    placeMiniMap();
}

void GraphView::paintEvent(QPaintEvent* event)
{
    QGraphicsView::paintEvent(event);
    if (m_scene->graph() && m_scene->isFilled())
        Q_EMIT drawn();
}

void GraphView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    m_miniMap->viewport()->update();
    placeMiniMap();
}

void GraphView::setMiniMapEnabled(bool enabled)
{
    m_miniMapEnabled = enabled;
    placeMiniMap();
}

void GraphView::setLegendEnabled(bool enabled)
{
    m_legendEnabled = enabled;
    placeLegend();
    placeMiniMap();
}

void GraphView::updateLegend()
{
    // The categories this graph has, in the key's order.
    QList<NodeCategory> present;
    if (const LaidOutGraphPtr graph = m_scene->graph()) {
        bool seen[kNodeCategoryCount] = {};
        for (const GraphNode& n : graph->model.nodes)
            seen[int(n.category)] = true;
        for (int c = 0; c < kNodeCategoryCount; ++c)
            if (seen[c])
                present << NodeCategory(c);
    }
    m_legend->setCategories(present);
    placeLegend();
}

void GraphView::placeLegend()
{
    // Below the drawing, inside the frame: it takes height from the view, never a node from sight.
    const bool show = m_legendEnabled && !m_legend->categories().isEmpty();
    // As wide as the drawing above it: the frame and a vertical scroll bar are not the legend's.
    int inner = width() - 2 * frameWidth();
    if (verticalScrollBar()->isVisible())
        inner -= verticalScrollBar()->width();
    const int height = show ? m_legend->heightForWidth(inner) : 0;
    if (viewportMargins().bottom() != height)
        setViewportMargins(0, 0, 0, height);
    m_legend->setVisible(show);
    if (show) {
        const QRect vp = viewport()->geometry();
        m_legend->setGeometry(vp.left(), vp.bottom() + 1, vp.width(), height);
    }
}

void GraphView::placeMiniMap()
{
    const QSizeF sceneSize = scene() ? scene()->sceneRect().size() : QSizeF();
    // The overview helps only when part of the graph is out of sight.
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    // scene(), not m_scene: this also runs while ~QGraphicsScene detaches the view, when the
    // GraphScene part is already gone (dynamic_cast then yields null).
    const auto* current = dynamic_cast<const GraphScene*>(scene());
    const QRectF graph = current && current->graph() ? current->graph()->layout.bounds : QRectF();
    const bool show = m_miniMapEnabled && sceneSize.width() > 0 && viewport()->width() > 300
        && viewport()->height() > 200 && !visible.contains(graph);
    m_miniMap->setVisible(show);
    if (!show)
        return;
    // Small: at most a sixth of the view's width and a third of its height.
    const double maxW = qMin(150.0, viewport()->width() / 6.0), maxH = qMin(130.0, viewport()->height() / 3.0);
    const double s = std::min(maxW / sceneSize.width(), maxH / sceneSize.height());
    const QSize size(qMax(24, int(sceneSize.width() * s)), qMax(24, int(sceneSize.height() * s)));
    // In a corner of the view: the bottom right, unless nodes stand there and another corner has
    // none (the overview hid part of conv_net's `adaptive_avg_pool2d`). It moves only to a free
    // corner, so scrolling a graph that fills the view does not make it jump about.
    const QRect vp = viewport()->geometry();
    auto corner = [&](int c) {
        const int x = c < 2 ? vp.width() - size.width() - 6 : 6;
        const int y = c % 2 == 0 ? vp.height() - size.height() - 6 : 6;
        return QRect(QPoint(x, y), size);
    };
    if (nodeUnder(corner(m_miniMapCorner)))
        for (int c = 0; c < 4; ++c)
            if (c != m_miniMapCorner && !nodeUnder(corner(c))) {
                m_miniMapCorner = c;
                break;
            }
    m_miniMap->setGeometry(corner(m_miniMapCorner).translated(vp.topLeft()));
    m_miniMap->refit();
}

bool GraphView::nodeUnder(const QRect& rect) const
{
    const auto* current = dynamic_cast<const GraphScene*>(scene());
    if (!current || !current->graph())
        return false;
    const QRectF area = mapToScene(rect).boundingRect();
    const QList<QRectF>& nodes = current->graph()->layout.nodes;
    return std::any_of(nodes.begin(), nodes.end(), [&](const QRectF& node) { return node.intersects(area); });
}

QRect GraphView::miniMapGeometry() const
{
    return !m_miniMap->isHidden() ? m_miniMap->geometry().translated(-viewport()->geometry().topLeft()) : QRect();
}

void GraphView::mousePressEvent(QMouseEvent* event)
{
    m_followTop = false; // dragging, clicking: the user has the view now
    QGraphicsView::mousePressEvent(event);
    // No node or edge took the press: a click on the background, unless it turns into a drag.
    m_backgroundPress = event->button() == Qt::LeftButton && !scene()->mouseGrabberItem();
    m_pressAt = event->position().toPoint();
}

void GraphView::mouseReleaseEvent(QMouseEvent* event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (m_backgroundPress && (event->position().toPoint() - m_pressAt).manhattanLength() < 4)
        m_scene->deselect();
    m_backgroundPress = false;
}

bool GraphView::event(QEvent* event)
{
    // Esc clears a selection here before any window shortcut (the comparison window's Esc
    // closes it) takes the key.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape && (m_scene->selectedNode() >= 0 || !m_scene->highlightedEdges().isEmpty())) {
            event->accept();
            return true;
        }
    }
    return QGraphicsView::event(event);
}

void GraphView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && (m_scene->selectedNode() >= 0 || !m_scene->highlightedEdges().isEmpty())) {
        m_scene->deselect();
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

} // namespace jitscope
