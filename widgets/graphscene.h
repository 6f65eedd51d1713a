// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/observation.h"
#include "graph/graphmodel.h"
#include "graphpainter.h"

#include <QColor>
#include <QGraphicsScene>
#include <QHash>

namespace jitscope {

class BoxGrid;

class GraphNodeItem;
class GraphEdgeItem;

// The items of one laid-out graph: a box per group and node, a route per edge. Selection and
// highlighting (a value's producer and consumers, search hits) are scene state.
class GraphScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit GraphScene(QObject* parent = nullptr);

    // Shows a graph; a large one's items are made in slices over the next event-loop turns.
    void setGraph(const LaidOutGraphPtr& graph);
    bool isFilled() const;
    LaidOutGraphPtr graph() const { return m_graph; }

    // What hovering a node says: its kind and the module it is in; a collapsed module call names
    // the module it calls (`encoder.layers.encoder_layer_3 · EncoderBlock`), not only its caller.
    static QString nodeToolTip(const GraphNode& node);

    int selectedNode() const { return m_selectedNode; }
    void selectNode(int id);
    // Nothing selected, no value highlighted: a click on the background, or Esc.
    void deselect();
    // Highlights the producer and every consumer of the value an edge carries.
    void highlightValue(int edge);
    void setSearchHits(const QList<int>& nodes);
    // Colours laid over nodes (the diff's classes); nodes without an entry are drawn as usual.
    void setNodeTints(const QHash<int, QColor>& tints);
    QColor nodeTint(int id) const { return m_tints.value(id, m_runTints.value(id)); }

    // An observed run laid over the graph: every edge labelled with its value's shape (and dtype
    // when not float32; a short text for other values), red where NaN or Inf flowed, the node it
    // failed in outlined red, and with the heat map every node tinted by its time. Kept when
    // another graph is shown (an expansion shows the same run); null clears it.
    void setObservedRun(const ObservedRunPtr& run);
    ObservedRunPtr observedRun() const { return m_run; }
    void setHeatMap(bool on);
    bool heatMap() const { return m_heat; }
    // The heat map's scale: a node taking `share` of the slowest node's time is tinted heatColor();
    // under kHeatFloor, not at all. heatLongestMs() is the slowest node's time in the graph shown.
    static QColor heatColor(double share);
    static constexpr double kHeatFloor = 0.02;
    double heatLongestMs() const { return m_heatLongestMs; }
    GraphPainter::EdgeLabel edgeLabel(int edge) const { return m_edgeLabels.value(edge); }
    // A node's time in the run: the whole call's, or an if or loop head's own; none when not timed.
    std::optional<double> nodeTime(int id) const;
    QSet<int> highlightedNodes() const { return m_highlightNodes; }
    QSet<int> highlightedEdges() const { return m_highlightEdges; }
    bool isNodeHighlighted(int id) const { return m_highlightNodes.contains(id) || m_searchHits.contains(id); }
    bool isEdgeHighlighted(int index) const { return m_highlightEdges.contains(index); }
    // The stacking of a group's box at a nesting depth (1 = a child of the graph).
    static double groupZ(int depth);
    static constexpr double kNodeZ = 0.0;
    static constexpr double kEdgeZ = -1.0;

Q_SIGNALS:
    void nodeSelected(int id);
    void nodeActivated(int id); // double-click
    void groupActivated(int id); // double-click on a group's title
    void valueSelected(int edge);
    void selectionCleared();
    void filled(); // every item of the graph is in the scene
    void graphChanged(); // another graph (or none) is shown

private:
    friend class GraphNodeItem;
    friend class GraphEdgeItem;
    void refreshEmphasis();
    void applyRun(); // labels and tints of the run for the graph shown
    // Clear of every node, group title and label in `occupied`, near the edge's consumer where it can.
    QRectF labelPlace(int edge, const QString& text, const BoxGrid& occupied) const;
    bool fill(double budgetMs); // true when done

    static constexpr qsizetype kFillAtOnce = 4000;
    static constexpr qsizetype kIndexLimit = 20000;
    static constexpr double kSliceMs = 15.0;

    LaidOutGraphPtr m_graph;
    QList<QGraphicsItem*> m_nodeItems;
    QList<QGraphicsItem*> m_edgeItems;
    int m_selectedNode = -1;
    QSet<int> m_highlightNodes;
    QSet<int> m_highlightEdges;
    QSet<int> m_searchHits;
    QHash<int, QColor> m_tints;
    ObservedRunPtr m_run;
    bool m_heat = false;
    double m_heatLongestMs = 0;
    QHash<int, GraphPainter::EdgeLabel> m_edgeLabels;
    QHash<int, QColor> m_runTints;
    quint64 m_generation = 0;
    QList<int> m_groupDepth;
    int m_fillGroup = 1;
    int m_fillNode = 0;
    int m_fillEdge = 0;
};

} // namespace jitscope
