#pragma once

#include <QGraphicsView>

namespace jitscope {

class GraphScene;
class MiniMap;

// Shows a GraphScene: wheel zoom around the cursor, drag to pan, fit to window, and an
// overview in the corner that shows and moves the visible part.
class GraphView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit GraphView(GraphScene* scene, QWidget* parent = nullptr);

    void fitGraph();
    void zoomBy(double factor);
    void centerOnNode(int id);
    double zoom() const { return transform().m11(); }

Q_SIGNALS:
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void placeMiniMap();

    GraphScene* m_scene;
    MiniMap* m_miniMap;
};

} // namespace jitscope
