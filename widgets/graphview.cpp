#include "graphview.h"

#include "graphscene.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

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
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setInteractive(false);
        setRenderHint(QPainter::Antialiasing, false);
        setFrameShape(QFrame::Box);
        setBackgroundBrush(QColor(255, 255, 255, 230));
        setCursor(Qt::CrossCursor);
        setToolTip(tr("Overview: click or drag to move the view"));
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
{
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
    placeMiniMap();
}

void GraphView::fitGraph()
{
    if (!m_scene->graph())
        return;
    const QRectF bounds = m_scene->graph()->layout.bounds.adjusted(-20, -20, 20, 20);
    fitInView(bounds, Qt::KeepAspectRatio);
    // A tall graph fitted whole is unreadable: start at a readable zoom at its top instead.
    if (zoom() < 0.5) {
        const double factor = 0.5 / zoom();
        scale(factor, factor);
        centerOn(bounds.center().x(), bounds.top() + viewport()->height() / 2.0 / zoom());
    } else if (zoom() > 1.5) {
        const double factor = 1.5 / zoom();
        scale(factor, factor);
    }
    Q_EMIT zoomChanged(zoom());
    placeMiniMap();
}

void GraphView::zoomBy(double factor)
{
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
    if (zoom() < 0.6)
        zoomBy(0.8 / zoom());
    centerOn(graph->layout.nodes[id].center());
}

void GraphView::wheelEvent(QWheelEvent* event)
{
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
    placeMiniMap();
}

void GraphView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    m_miniMap->viewport()->update();
    placeMiniMap();
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
    const bool show = sceneSize.width() > 0 && viewport()->width() > 300 && !visible.contains(graph);
    m_miniMap->setVisible(show);
    if (!show)
        return;
    const double maxW = 180, maxH = 220;
    const double s = std::min(maxW / sceneSize.width(), maxH / sceneSize.height());
    const QSize size(qMax(40, int(sceneSize.width() * s)), qMax(40, int(sceneSize.height() * s)));
    const QRect vp = viewport()->geometry();
    m_miniMap->setGeometry(vp.right() - size.width() - 8, vp.top() + 8, size.width(), size.height());
    m_miniMap->refit();
}

} // namespace jitscope
