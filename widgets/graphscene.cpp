#include "graphscene.h"

#include "graphpainter.h"

#include <QGraphicsItem>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace jitscope {

namespace {

// Below this scale a box is drawn without text: fast, and unreadable anyway.
constexpr double kDetailScale = 0.35;

class GroupItem : public QGraphicsItem
{
public:
    GroupItem(GraphScene* scene, int id, const QRectF& rect)
        : m_scene(scene)
        , m_id(id)
        , m_rect(rect)
    {
        setZValue(-10 + 0.01 * id);
    }
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        GraphPainter::paintGroup(*p, m_scene->graph()->model.groups[m_id], m_rect);
    }

protected:
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
        const GraphNode& node = scene->graph()->model.nodes[id];
        setToolTip(QStringLiteral("%1\n%2").arg(node.kind, node.module.isEmpty() ? QStringLiteral("(root)") : node.module));
    }
    QRectF boundingRect() const override { return m_rect.adjusted(-2, -2, 2, 2); }
    void paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*) override
    {
        const GraphNode& node = m_scene->graph()->model.nodes[m_id];
        const bool selected = m_scene->selectedNode() == m_id;
        const bool highlighted = m_scene->isNodeHighlighted(m_id);
        if (option->levelOfDetailFromTransform(p->worldTransform()) < kDetailScale) {
            p->setPen(selected || highlighted ? QPen(QColor(0xe0, 0x6c, 0x00), 3) : QPen(GraphPainter::nodeFill(node).darker(150)));
            p->setBrush(GraphPainter::nodeFill(node));
            p->drawRect(m_rect);
            return;
        }
        GraphPainter::paintNode(*p, node, m_rect, selected, highlighted);
    }

protected:
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
        QPainterPath path;
        if (!points.isEmpty()) {
            path.moveTo(points.first());
            for (const QPointF& pt : points)
                path.lineTo(pt);
        }
        QPainterPathStroker stroker;
        stroker.setWidth(7);
        m_shape = stroker.createStroke(path);
        m_bounds = m_shape.boundingRect();
        setZValue(-1);
        const GraphEdge& e = scene->graph()->model.edges[index];
        if (!e.control)
            setToolTip(QStringLiteral("%%1 : %2").arg(e.value, e.type));
        setCursor(Qt::PointingHandCursor);
    }
    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override { return m_shape; }
    void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        GraphPainter::paintEdge(*p, m_scene->graph()->model.edges[m_index], m_points, m_scene->isEdgeHighlighted(m_index));
    }

protected:
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
    QPainterPath m_shape;
    QRectF m_bounds;
};

GraphScene::GraphScene(QObject* parent)
    : QGraphicsScene(parent)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
}

void GraphScene::setGraph(const GraphSnapshotPtr& graph)
{
    clear();
    m_nodeItems.clear();
    m_edgeItems.clear();
    m_selectedNode = -1;
    m_highlightNodes.clear();
    m_highlightEdges.clear();
    m_searchHits.clear();
    m_graph = graph;
    if (!graph) {
        setSceneRect(QRectF());
        return;
    }
    const GraphLayout& l = graph->layout;
    for (int g = 1; g < graph->model.groups.size() && g < l.groups.size(); ++g)
        addItem(new GroupItem(this, g, l.groups[g]));
    for (int e = 0; e < graph->model.edges.size() && e < l.edges.size(); ++e) {
        auto* item = new GraphEdgeItem(this, e, l.edges[e]);
        addItem(item);
        m_edgeItems << item;
    }
    for (int n = 0; n < graph->model.nodes.size() && n < l.nodes.size(); ++n) {
        auto* item = new GraphNodeItem(this, n, l.nodes[n]);
        addItem(item);
        m_nodeItems << item;
    }
    setSceneRect(l.bounds.adjusted(-40, -40, 40, 40));
}

void GraphScene::selectNode(int id)
{
    if (!m_graph || id < -1 || id >= m_nodeItems.size())
        return;
    const int old = m_selectedNode;
    m_selectedNode = id;
    if (old >= 0)
        m_nodeItems[old]->update();
    if (id >= 0) {
        m_nodeItems[id]->update();
        Q_EMIT nodeSelected(id);
    }
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

void GraphScene::setSearchHits(const QList<int>& nodes)
{
    m_searchHits = QSet<int>(nodes.begin(), nodes.end());
    refreshEmphasis();
}

void GraphScene::refreshEmphasis() { update(); }

} // namespace jitscope
