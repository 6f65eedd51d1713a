// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

namespace jitscope {

class GraphLegend;
class GraphScene;
class MiniMap;

// Shows a GraphScene: wheel zoom around the cursor, drag to pan, fit to window, and an
// overview in the corner that shows and moves the visible part.
class GraphView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit GraphView(GraphScene* scene, QWidget* parent = nullptr);

    // The whole graph in the window, however small it gets (at most 100%).
    void fitGraph();
    // Where a graph opens: its top, the width fitted, at a zoom between readable and 100%. Done
    // again on resize until the user moves the view; placing() is true meanwhile.
    void showTop();
    bool placing() const { return m_placing; }
    void setMiniMapEnabled(bool enabled);
    bool isMiniMapEnabled() const { return m_miniMapEnabled; }
    // Where the overview stands in the viewport (empty while it is hidden).
    QRect miniMapGeometry() const;
    // The colour key in a strip below the drawing (off until enabled: the comparison colours by diff).
    void setLegendEnabled(bool enabled);
    bool isLegendEnabled() const { return m_legendEnabled; }
    // The smallest zoom at which node titles (9 pt) are at least 9 px on a 96-dpi screen.
    static constexpr double kReadableZoom = 0.75;
    void zoomBy(double factor);
    void centerOnNode(int id);
    double zoom() const { return transform().m11(); }

Q_SIGNALS:
    void zoomChanged(double zoom);
    // A graph, all of its items made, was painted: what a person sees is there.
    void drawn();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void placeMiniMap();
    // The centre x of `view` (scene coordinates, its width and top band) placed around `input`,
    // moved left until none of `boxes` (nodes, group frames) crosses its left edge, the input kept
    // in sight.
    static double uncutLeft(const QList<QRectF>& boxes, const QRectF& input, QRectF view);
    // Whether `rect` (viewport coordinates) covers any of the graph's nodes.
    bool nodeUnder(const QRect& rect) const;
    void updateLegend(); // the categories of the graph shown
    void placeLegend();

    GraphScene* m_scene;
    MiniMap* m_miniMap;
    bool m_miniMapEnabled = true;
    int m_miniMapCorner = 0; // 0 bottom right, 1 top right, 2 bottom left, 3 top left
    bool m_followTop = false; // showTop() again on resize, until the user moves the view
    bool m_placing = false; // inside showTop(): its scrolling and zoom are no user's
    GraphLegend* m_legend;
    bool m_legendEnabled = false;
    bool m_backgroundPress = false; // the left button went down on no node or edge
    QPoint m_pressAt;
};

} // namespace jitscope
