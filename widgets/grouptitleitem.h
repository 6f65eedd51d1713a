// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/graphmodel.h"
#include "grouptitles.h"

#include <QGraphicsItem>
#include <QHash>

namespace jitscope {

// Every group title of a graph, drawn above the edges and below the nodes where
// placeGroupTitles() puts them for the zoom the view is at; placed once per zoom step.
class GroupTitleItem : public QGraphicsItem
{
public:
    explicit GroupTitleItem(LaidOutGraphPtr graph);
    // The object name of a view's overview, where titles are left out (they only cover it).
    static constexpr const char* kOverviewName = "graphOverview";

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    // The titles as drawn at `scale` (screen pixels per point).
    const QList<GroupTitle>& titlesAt(double scale) const;

    // The item sits between the edges (-1) and the nodes (0).
    static constexpr double kZ = -0.5;

private:
    LaidOutGraphPtr m_graph;
    QRectF m_bounds;
    mutable QHash<int, QList<GroupTitle>> m_byStep; // by zoom step: 20 steps per factor e
};

} // namespace jitscope
