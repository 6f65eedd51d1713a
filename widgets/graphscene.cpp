// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphscene.h"

#include "boxgrid.h"
#include "graphpainter.h"
#include "grouptitleitem.h"

#include <QElapsedTimer>
#include <QGraphicsItem>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QTimer>

#include <functional>
#include <limits>
#include <memory>

namespace jitscope {

namespace {

// Below kDetailScale (screen pixels per point, grouptitles.h) attribute text would be under ~7 px:
// nodes switch to their overview drawing, coloured blocks with legible names.

class GroupItem : public QGraphicsItem
{
public:
    GroupItem(GraphScene* scene, int id, const QRectF& rect, int depth)
        : m_scene(scene)
        , m_id(id)
        , m_rect(rect)
    {
        setZValue(GraphScene::groupZ(depth));
        setAcceptHoverEvents(true);
    }
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*) override
    {
        const GraphGroup& group = m_scene->graph()->model.groups[m_id];
        const double scale = option->levelOfDetailFromTransform(p->worldTransform());
        // The title is GroupTitleItem's: above the edges, where it has room at this zoom.
        GraphPainter::paintGroupBox(*p, group, m_rect, scale < kDetailScale ? 1.5 / scale : 1.0);
    }

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent*) override
    {
        // Titles are elided to the box: the whole one, and what the box is, on hover.
        if (toolTip().isEmpty()) {
            const GraphGroup& group = m_scene->graph()->model.groups[m_id];
            QString tip = group.title();
            if (!group.expandKey.isEmpty())
                tip += QLatin1Char('\n') + GraphScene::tr("Double-click the title to collapse");
            setToolTip(tip);
        }
    }
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override
    {
        // Only the title bar collapses the group: double-clicks inside are for its nodes.
        if (event->pos().y() - m_rect.top() <= 22)
            Q_EMIT m_scene->groupActivated(m_id);
    }

private:
    GraphScene* m_scene;
    int m_id;
    QRectF m_rect;
};

} // namespace

class GraphNodeItem : public QGraphicsItem
{
public:
    GraphNodeItem(GraphScene* scene, int id, const QRectF& rect)
        : m_scene(scene)
        , m_id(id)
        , m_rect(rect)
    {
        setAcceptHoverEvents(true);
        setCursor(Qt::PointingHandCursor);
    }
    QRectF boundingRect() const override { return m_rect.adjusted(-2, -2, 5, 5); }
    void paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*) override
    {
        const GraphNode& node = m_scene->graph()->model.nodes[m_id];
        const bool selected = m_scene->selectedNode() == m_id;
        const bool highlighted = m_scene->isNodeHighlighted(m_id);
        const QColor tint = m_scene->nodeTint(m_id);
        const double scale = option->levelOfDetailFromTransform(p->worldTransform());
        if (scale < kDetailScale) {
            GraphPainter::paintNodeOverview(*p, node, m_rect, scale, selected || highlighted);
            if (tint.isValid()) {
                p->setPen(QPen(tint, 4 / scale));
                p->setBrush(Qt::NoBrush);
                p->drawRect(m_rect);
            }
            return;
        }
        GraphPainter::paintNode(*p, node, m_rect, selected, highlighted);
        if (tint.isValid()) {
            QColor wash = tint;
            wash.setAlpha(55);
            p->setPen(QPen(tint, 3));
            p->setBrush(wash);
            p->drawRoundedRect(m_rect.adjusted(-1, -1, 1, 1), 6, 6);
        }
    }

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent*) override
    {
        if (!toolTip().isEmpty())
            return;
        setToolTip(GraphScene::nodeToolTip(m_scene->graph()->model.nodes[m_id]));
    }
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override
    {
        if (event->button() == Qt::LeftButton)
            m_scene->selectNode(m_id);
        event->accept();
    }
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent*) override { Q_EMIT m_scene->nodeActivated(m_id); }

private:
    GraphScene* m_scene;
    int m_id;
    QRectF m_rect;
};

class GraphEdgeItem : public QGraphicsItem
{
public:
    GraphEdgeItem(GraphScene* scene, int index, const QList<QPointF>& points)
        : m_scene(scene)
        , m_index(index)
        , m_points(points)
    {
        // The bounds come cheap from the points; the precise hit shape is made on first use,
        // since a large graph has tens of thousands of edges and most are never hovered.
        refreshLabel();
        setZValue(GraphScene::kEdgeZ);
        setAcceptHoverEvents(true);
        setCursor(Qt::PointingHandCursor);
    }
    QRectF boundingRect() const override { return m_bounds; }
    // The run's label changed: the bounds take it in.
    void refreshLabel()
    {
        prepareGeometryChange();
        m_bounds = QRectF();
        if (!m_points.isEmpty())
            m_bounds = QPolygonF(m_points).boundingRect().adjusted(-5, -5, 5, 5);
        const GraphPainter::EdgeLabel label = m_scene->edgeLabel(m_index);
        if (!label.text.isEmpty())
            m_bounds = m_bounds.united(
                (label.rect.isValid() ? label.rect : GraphPainter::edgeLabelRect(m_points, label.text))
                    .adjusted(-1, -1, 1, 1));
        update();
    }
    QPainterPath shape() const override
    {
        if (m_shape.isEmpty() && !m_points.isEmpty()) {
            QPainterPath path(m_points.first());
            for (const QPointF& pt : m_points)
                path.lineTo(pt);
            QPainterPathStroker stroker;
            stroker.setWidth(7);
            m_shape = stroker.createStroke(path);
        }
        return m_shape;
    }
    void paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*) override
    {
        GraphPainter::EdgeLabel label = m_scene->edgeLabel(m_index);
        // Zoomed out past readable text, labels would only blur the drawing; red stays.
        if (option->levelOfDetailFromTransform(p->worldTransform()) < kDetailScale)
            label.text.clear();
        GraphPainter::paintEdge(*p, m_scene->graph()->model.edges[m_index], m_points,
                                m_scene->isEdgeHighlighted(m_index), label);
    }

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent*) override
    {
        const GraphEdge& e = m_scene->graph()->model.edges[m_index];
        if (toolTip().isEmpty() && !e.control)
            setToolTip(QStringLiteral("%%1 : %2").arg(e.value, e.type));
    }
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override
    {
        if (event->button() == Qt::LeftButton)
            m_scene->highlightValue(m_index);
        event->accept();
    }

private:
    GraphScene* m_scene;
    int m_index;
    QList<QPointF> m_points;
    mutable QPainterPath m_shape;
    QRectF m_bounds;
};

QString GraphScene::nodeToolTip(const GraphNode& node)
{
    const QString where = node.module.isEmpty() ? tr("(root)") : node.module;
    if (!node.calleeMethod.isEmpty()) {
        const QString called = (node.callee.isEmpty() ? tr("(root)") : node.callee)
            + (node.calleeMethod == QLatin1String("forward") ? QString() : QLatin1Char('.') + node.calleeMethod);
        return tr("%1 · %2\ncalled in %3\nDouble-click to expand")
            .arg(called, node.sublabel.isEmpty() ? node.kind : node.sublabel, where);
    }
    return node.kind + QLatin1Char('\n') + where;
}

GraphScene::GraphScene(QObject* parent)
    : QGraphicsScene(parent)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
}

void GraphScene::setGraph(const LaidOutGraphPtr& graph)
{
    ++m_generation; // stops the filling of a previous graph
    clear();
    m_nodeItems.clear();
    m_edgeItems.clear();
    m_selectedNode = -1;
    m_highlightNodes.clear();
    m_highlightEdges.clear();
    m_searchHits.clear();
    m_graph = graph;
    m_fillGroup = 1;
    m_fillEdge = 0;
    m_fillNode = 0;
    m_groupDepth.fill(0, graph ? graph->model.groups.size() : 0);
    applyRun();
    Q_EMIT graphChanged();
    if (!graph) {
        setSceneRect(QRectF());
        return;
    }
    setSceneRect(graph->layout.bounds.adjusted(-40, -40, 40, 40));
    if (graph->model.groups.size() > 1)
        addItem(new GroupTitleItem(graph));
    // Tens of thousands of items take a second to make; made in slices, the window keeps
    // answering meanwhile. Small graphs are filled at once.
    const qsizetype items = graph->model.nodes.size() + graph->model.edges.size() + graph->model.groups.size();
    // Building a BSP index over tens of thousands of items blocks for a tenth of a second; a
    // linear scan of their bounding boxes per query costs a few milliseconds instead.
    setItemIndexMethod(items > kIndexLimit ? QGraphicsScene::NoIndex : QGraphicsScene::BspTreeIndex);
    if (items <= kFillAtOnce) {
        fill(std::numeric_limits<double>::infinity());
        return;
    }
    const quint64 generation = m_generation;
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, generation, step] {
        if (generation != m_generation)
            return;
        if (!fill(kSliceMs))
            QTimer::singleShot(0, this, *step);
    };
    QTimer::singleShot(0, this, *step);
}

bool GraphScene::fill(double budgetMs)
{
    QElapsedTimer timer;
    timer.start();
    const GraphModel& m = m_graph->model;
    const GraphLayout& l = m_graph->layout;
    auto spent = [&] { return timer.nsecsElapsed() / 1e6 > budgetMs; };
    for (; m_fillGroup < m.groups.size() && m_fillGroup < l.groups.size(); ++m_fillGroup) {
        if (spent())
            return false;
        const int parent = m.groups[m_fillGroup].parent;
        m_groupDepth[m_fillGroup] = parent > 0 ? m_groupDepth.value(parent) + 1 : 1; // parents come first
        addItem(new GroupItem(this, m_fillGroup, l.groups[m_fillGroup], m_groupDepth[m_fillGroup]));
    }
    for (; m_fillNode < m.nodes.size() && m_fillNode < l.nodes.size(); ++m_fillNode) {
        if ((m_fillNode & 63) == 0 && spent())
            return false;
        auto* item = new GraphNodeItem(this, m_fillNode, l.nodes[m_fillNode]);
        addItem(item);
        m_nodeItems << item;
    }
    for (; m_fillEdge < m.edges.size() && m_fillEdge < l.edges.size(); ++m_fillEdge) {
        if ((m_fillEdge & 63) == 0 && spent())
            return false;
        auto* item = new GraphEdgeItem(this, m_fillEdge, l.edges[m_fillEdge]);
        addItem(item);
        m_edgeItems << item;
    }
    Q_EMIT filled();
    return true;
}

double GraphScene::groupZ(int depth)
{
    // Inner groups over outer ones, all of them under edges (-1) and nodes (0), however many.
    return -10.0 + 0.001 * qMin(depth, 8000);
}

bool GraphScene::isFilled() const
{
    return !m_graph || (m_fillNode >= m_graph->model.nodes.size() && m_fillEdge >= m_graph->model.edges.size());
}

void GraphScene::selectNode(int id)
{
    if (!m_graph || id < -1 || id >= m_graph->model.nodes.size())
        return;
    const int old = m_selectedNode;
    m_selectedNode = id;
    // A node picked after an edge: the value's highlight belongs to the edge, not to it.
    if (id >= 0 && (!m_highlightNodes.isEmpty() || !m_highlightEdges.isEmpty())) {
        m_highlightNodes.clear();
        m_highlightEdges.clear();
        refreshEmphasis();
    }
    if (old >= 0 && old < m_nodeItems.size())
        m_nodeItems[old]->update();
    if (id >= 0) {
        if (id < m_nodeItems.size())
            m_nodeItems[id]->update();
        Q_EMIT nodeSelected(id);
    }
}

void GraphScene::deselect()
{
    const bool had = m_selectedNode >= 0 || !m_highlightNodes.isEmpty() || !m_highlightEdges.isEmpty();
    const int old = m_selectedNode;
    m_selectedNode = -1;
    m_highlightNodes.clear();
    m_highlightEdges.clear();
    if (old >= 0 && old < m_nodeItems.size())
        m_nodeItems[old]->update();
    refreshEmphasis();
    if (had)
        Q_EMIT selectionCleared();
}

void GraphScene::highlightValue(int edge)
{
    if (!m_graph || edge < 0 || edge >= m_graph->model.edges.size())
        return;
    const GraphEdge& picked = m_graph->model.edges[edge];
    m_highlightNodes.clear();
    m_highlightEdges.clear();
    m_highlightNodes << picked.from;
    // Every edge of the same value from the same producer leads to a consumer.
    for (int e = 0; e < m_graph->model.edges.size(); ++e) {
        const GraphEdge& other = m_graph->model.edges[e];
        if (other.from == picked.from && other.value == picked.value && other.control == picked.control) {
            m_highlightEdges << e;
            m_highlightNodes << other.to;
        }
    }
    refreshEmphasis();
    Q_EMIT valueSelected(edge);
}

void GraphScene::setNodeTints(const QHash<int, QColor>& tints)
{
    m_tints = tints;
    update();
}

void GraphScene::setObservedRun(const ObservedRunPtr& run)
{
    m_run = run;
    applyRun();
}

void GraphScene::setHeatMap(bool on)
{
    m_heat = on;
    applyRun();
}

std::optional<double> GraphScene::nodeTime(int id) const
{
    if (!m_run || !m_graph || id < 0 || id >= m_graph->model.nodes.size())
        return std::nullopt;
    const GraphNode& node = m_graph->model.nodes[id];
    const ObservedNode* observed = m_run->node(node.observedKey());
    if (!observed)
        return std::nullopt;
    const bool head = node.label == QLatin1String("If") || node.label == QLatin1String("Loop");
    return head ? observed->selfMs : observed->timeMs;
}

QRectF GraphScene::labelPlace(int edge, const QString& text, const BoxGrid& occupied) const
{
    const GraphLayout& layout = m_graph->layout;
    if (edge >= layout.edges.size())
        return {};
    const QList<QPointF>& route = layout.edges[edge];
    auto clear = [&](const QRectF& r) { return !occupied.hits(r, [](int) { return false; }); };
    double length = 0;
    for (qsizetype i = 1; i < route.size(); ++i)
        length += QLineF(route[i - 1], route[i]).length();
    // Above the consumer, halfway, below the producer, or a step further along either way.
    const QRectF nearEnd = GraphPainter::edgeLabelRect(route, text);
    for (const double fromEnd : { -1.0, length / 2, length - 14, length / 4, length * 3 / 4 }) {
        const QRectF r = GraphPainter::edgeLabelRect(route, text, fromEnd);
        if (clear(r))
            return r;
    }
    // Beside the route above the consumer, right then left, past what is there.
    for (double shift = nearEnd.width() / 2 + 4; shift < 400; shift += 12) {
        for (const double dx : { shift, -shift }) {
            const QRectF r = nearEnd.translated(dx, 0);
            if (clear(r))
                return r;
        }
    }
    return nearEnd;
}

QColor GraphScene::heatColor(double share)
{
    return QColor::fromHsvF(0.14 * (1 - std::clamp(share, 0.0, 1.0)), 0.9, 0.95); // yellow for little, red for most
}

void GraphScene::applyRun()
{
    m_heatLongestMs = 0;
    m_edgeLabels.clear();
    m_runTints.clear();
    if (m_run && m_graph) {
        const GraphModel& model = m_graph->model;
        const GraphLayout& layout = m_graph->layout;
        // No label over a node, a group's title or another label.
        BoxGrid occupied(120);
        for (int n = 0; n < std::min(model.nodes.size(), layout.nodes.size()); ++n)
            occupied.add(layout.nodes[n], n);
        for (int g = 1; g < std::min(model.groups.size(), layout.groups.size()); ++g)
            occupied.add(groupTitleRect(model.groups[g], layout.groups[g]), -1);
        for (int e = 0; e < model.edges.size(); ++e) {
            const ObservedValue* value = model.edges[e].control ? nullptr : m_run->value(model.edges[e].key);
            if (!value)
                continue;
            QString text = value->shapeText();
            if (text.size() > 24)
                text = text.left(23) + QChar(0x2026);
            if (value->isTensor && value->dtype != QLatin1String("float32"))
                text += QLatin1Char(' ') + value->dtype;
            const QRectF place = labelPlace(e, text, occupied);
            occupied.add(place, -1);
            m_edgeLabels.insert(e, { text, value->nonFinite, place });
        }
        if (m_heat) {
            double& longest = m_heatLongestMs;
            QHash<int, double> times;
            for (int n = 0; n < model.nodes.size(); ++n)
                if (const std::optional<double> t = nodeTime(n)) {
                    times.insert(n, *t);
                    longest = std::max(longest, *t);
                }
            for (auto it = times.cbegin(); it != times.cend() && longest > 0; ++it) {
                const double share = it.value() / longest;
                if (share >= kHeatFloor)
                    m_runTints.insert(it.key(), heatColor(share));
            }
        }
        // The node the call failed in, or the innermost call or block around it this graph shows.
        QHash<QString, int> byKey;
        for (int n = 0; n < model.nodes.size() && !m_run->failedPath.isEmpty(); ++n)
            byKey.insert(model.nodes[n].observedKey(), n);
        for (auto key = m_run->failedPath.crbegin(); key != m_run->failedPath.crend(); ++key)
            if (const auto it = byKey.constFind(*key); it != byKey.constEnd()) {
                m_runTints.insert(*it, QColor(0xd0, 0x1c, 0x1c));
                break;
            }
    }
    for (QGraphicsItem* item : std::as_const(m_edgeItems))
        static_cast<GraphEdgeItem*>(item)->refreshLabel();
    update();
}

void GraphScene::setSearchHits(const QList<int>& nodes)
{
    m_searchHits = QSet<int>(nodes.begin(), nodes.end());
    refreshEmphasis();
}

void GraphScene::refreshEmphasis()
{
    update();
}

} // namespace jitscope
