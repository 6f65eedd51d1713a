// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "grouptitleitem.h"

#include "graphpainter.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QWidget>

#include <cmath>

namespace jitscope {

GroupTitleItem::GroupTitleItem(LaidOutGraphPtr graph)
    : m_graph(std::move(graph))
{
    setZValue(kZ);
    setFlag(ItemUsesExtendedStyleOption);
    setAcceptedMouseButtons(Qt::NoButton); // the group boxes below take clicks and hovers
    // Titles may stand beside the outermost boxes, as far as a long title at a small zoom reaches.
    const QRectF bounds = m_graph->layout.bounds;
    const double margin = std::max(bounds.width(), bounds.height());
    m_bounds = bounds.adjusted(-margin, -40, margin, 40);
}

const QList<GroupTitle>& GroupTitleItem::titlesAt(double scale) const
{
    // Steps of 5%: zooming with the wheel moves titles only when the step changes.
    const int step = int(std::lround(std::log(std::max(scale, 1e-4)) * 20));
    auto it = m_byStep.find(step);
    if (it == m_byStep.end()) {
        const double stepScale = std::exp(step / 20.0);
        // Either side of the readable zoom, titles are placed as that side draws them.
        const double placed = (scale >= kDetailScale) == (stepScale >= kDetailScale) ? stepScale : scale;
        it = m_byStep.insert(step, placeGroupTitles(*m_graph, placed));
    }
    return *it;
}

void GroupTitleItem::paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    // The overview shows where the view is, not what things are called: titles there, at 12
    // pixels over a thumbnail, would only cover it.
    if (widget && widget->parentWidget() && widget->parentWidget()->objectName() == QLatin1String(kOverviewName))
        return;
    const double scale = option->levelOfDetailFromTransform(p->worldTransform());
    const bool overview = scale < kDetailScale;
    for (const GroupTitle& title : titlesAt(scale))
        if (title.rect.intersects(option->exposedRect))
            GraphPainter::paintGroupTitle(*p, m_graph->model.groups[title.group], title, overview);
}

} // namespace jitscope
