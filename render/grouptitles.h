// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/graphmodel.h"

#include <QList>
#include <QRectF>
#include <QString>

namespace jitscope {

// Where a group's title is drawn, in graph coordinates.
struct GroupTitle
{
    int group = 0;
    QRectF rect; // the text's box
    double pixelSize = 0; // the font's pixel size, in graph coordinates
    QString text; // the title, cut to the box when it must be
};

// Every group's title as it is drawn at `scale` (screen pixels per point), none over a node,
// another group's box or another title. Readable (`scale` at least kDetailScale): 8 pt in the band
// the layout keeps at the top of each box. Zoomed out: 12 screen pixels tall, in the band where
// that fits, else just outside the box's top corner where nothing else is (the outer groups
// of a column of blocks), else smaller in the band down to 7 screen pixels, else not at all
// (its box's tooltip says it).
// Where a group's title text is at full size in `rect`, the group's box: what an edge label must not
// cover. Empty for a block (an if's branch), which has no title.
QRectF groupTitleRect(const GraphGroup& group, const QRectF& rect);

QList<GroupTitle> placeGroupTitles(const LaidOutGraph& graph, double scale);

// Below this scale titles and node texts are drawn for an overview (GraphPainter::paintNodeOverview).
inline constexpr double kDetailScale = 0.6;

} // namespace jitscope
