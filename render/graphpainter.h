// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/graphmodel.h"

#include <QColor>
#include <QSet>

class QPainter;

namespace jitscope {

struct GroupTitle;

// What an observed run says of an edge's value: its shape (or a short value), and whether NaN
// or Inf flowed on it (drawn red).
struct GraphEdgeLabel
{
    QString text;
    bool alarm = false;
    QRectF rect; // where it is drawn; empty: edgeLabelRect's default place
};

// Draws a laid-out graph: the one look shared by the graph view, SVG/PNG export and the CLI.
class GraphPainter
{
public:
    // What to emphasise: a selected node, and highlighted nodes and edges (a value's producer
    // and consumers, search hits).
    struct Emphasis
    {
        int selectedNode = -1;
        QSet<int> nodes;
        QSet<int> edges;
    };

    static QColor categoryColor(NodeCategory category);
    static QColor nodeFill(const GraphNode& node);
    static QColor titleColor(const GraphNode& node);
    // A node's label as the reader sees it: the words the graph adds itself ("check", "update")
    // in the reader's language.
    static QString shownLabel(const GraphNode& node);
    static void groupColors(const GraphGroup& group, QColor& fill, QColor& border);
    // A group's box and its title in the band kept for it (a picture of the whole graph).
    static void paintGroup(QPainter& p, const GraphGroup& group, const QRectF& rect);
    // The box alone: the view draws titles where placeGroupTitles() puts them, over the edges.
    static void paintGroupBox(QPainter& p, const GraphGroup& group, const QRectF& rect, double penWidth = 1.0);
    static void paintGroupTitle(QPainter& p, const GraphGroup& group, const GroupTitle& title, bool overview);
    static void paintNode(QPainter& p, const GraphNode& node, const QRectF& rect, bool selected, bool highlighted);
    static void paintBriefNode(QPainter& p, const GraphNode& node, const QRectF& rect, const QColor& outline,
                               double penWidth);
    // Zoomed out past readable text (`scale` = screen pixels per point): coloured blocks with op
    // names kept at a legible size on screen, as Model Explorer does.
    static void paintNodeOverview(QPainter& p, const GraphNode& node, const QRectF& rect, double scale,
                                  bool emphasised);
    // The node box's rows, in points (graphnodetext.cpp sizes boxes with the same numbers).
    static constexpr double kTitleHeight = 22.0;
    static constexpr double kLineHeight = 14.0;
    using EdgeLabel = GraphEdgeLabel;
    static void paintEdge(QPainter& p, const GraphEdge& edge, const QList<QPointF>& points, bool highlighted,
                          const EdgeLabel& label = {});
    // Where an edge's label may go: centred on the route `fromEnd` points before its end (clamped
    // to the route); by default just above the consumer.
    static QRectF edgeLabelRect(const QList<QPointF>& points, const QString& text, double fromEnd = -1);
    // Everything, back to front, in graph coordinates.
    static void paint(QPainter& p, const LaidOutGraph& graph, const Emphasis& emphasis);
    static void paint(QPainter& p, const LaidOutGraph& graph);

    static constexpr double kMargin = 16.0;
    // Writes an SVG or PNG file of the whole graph; `scale` multiplies the PNG's size in points.
    static bool exportSvg(const LaidOutGraph& graph, const QString& path, QString* error);
    static bool exportPng(const LaidOutGraph& graph, const QString& path, double scale, QString* error);
    // The PNG's pixel size at `scale`, kept within what QImage can allocate.
    static QSize pngSize(const LaidOutGraph& graph, double scale);
};

} // namespace jitscope
