// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "grouptitles.h"

#include "boxgrid.h"
#include "graphfont.h"

#include <QFont>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace jitscope {

namespace {

QFont titleFont()
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setBold(true);
    return f;
}

// The text's width at `pixelSize`, measured once at 12 px and scaled.
double textWidth(const QString& text, double pixelSize)
{
    QFont f = titleFont();
    f.setPixelSize(12);
    return QFontMetricsF(f).horizontalAdvance(text) * pixelSize / 12.0 + 2;
}

bool isAncestor(const GraphModel& model, int ancestor, int group)
{
    for (int g = group; g > 0; g = model.groups[g].parent)
        if (g == ancestor)
            return true;
    return false;
}

} // namespace

QList<GroupTitle> placeGroupTitles(const LaidOutGraph& graph, double scale)
{
    const GraphModel& model = graph.model;
    const GraphLayout& layout = graph.layout;
    QList<GroupTitle> titles;
    const qsizetype groups = std::min(model.groups.size(), layout.groups.size());
    if (scale >= kDetailScale) {
        // The band the layout keeps for it, at the size it keeps it for.
        QFont f = titleFont();
        f.setPointSizeF(8);
        const QFontMetricsF metrics(f);
        for (int g = 1; g < groups; ++g) {
            const GraphGroup& group = model.groups[g];
            const QRectF rect = groupTitleRect(group, layout.groups[g]);
            if (rect.isEmpty())
                continue;
            titles.append(
                { g, rect, metrics.height(), metrics.elidedText(group.title(), Qt::ElideRight, rect.width() + 1) });
        }
        return titles;
    }

    // Cells about as large as a title at this zoom: zoomed far out, a title covers few of them.
    const double cell = std::max(120.0, 4 * 12.0 / scale);
    BoxGrid obstacles(cell);
    for (int n = 0; n < std::min(model.nodes.size(), layout.nodes.size()); ++n)
        obstacles.add(layout.nodes[n], -1);
    for (int g = 1; g < groups; ++g)
        obstacles.add(layout.groups[g], g);
    // The room above a group's contents: its title band, and more where its first row starts lower.
    QList<double> room(groups, 0.0);
    for (int g = 1; g < groups; ++g)
        room[g] = layout.groups[g].height();
    auto lower = [&](int g, double top) {
        if (g > 0 && g < groups)
            room[g] = std::min(room[g], top - layout.groups[g].top());
    };
    for (int n = 0; n < std::min(model.nodes.size(), layout.nodes.size()); ++n)
        lower(model.nodes[n].group, layout.nodes[n].top());
    for (int g = 1; g < groups; ++g)
        lower(model.groups[g].parent, layout.groups[g].top());

    // Outer groups first: theirs are the titles a reader navigates by.
    QList<int> order;
    QList<int> depth(groups, 0);
    for (int g = 1; g < groups; ++g) {
        const int parent = model.groups[g].parent;
        depth[g] = parent > 0 && parent < g ? depth[parent] + 1 : 1;
        if (model.groups[g].kind != GroupKind::Block)
            order << g;
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return depth[a] < depth[b]; });

    const double px = 12.0 / scale, gap = 4.0 / scale;
    BoxGrid placed(cell);
    for (int g : std::as_const(order)) {
        const GraphGroup& group = model.groups[g];
        const QRectF box = layout.groups[g];
        const QString text = group.title();
        const double width = textWidth(text, px), height = px * 1.25;
        const int parent = group.parent;
        const QRectF within = parent > 0 && parent < groups ? layout.groups[parent] : QRectF();
        auto free = [&](const QRectF& r, bool inside) {
            if (!inside && within.isValid() && !within.contains(r))
                return false;
            return !obstacles.hits(r, [&](int owner) { return owner > 0 && isAncestor(model, owner, g); })
                && !placed.hits(r, [](int) { return false; });
        };
        QList<QPair<QRectF, bool>> candidates;
        if (height + 2 <= room[g] && width <= box.width() - 2 * gap)
            candidates.append({ QRectF(box.left() + gap, box.top() + 1, width, height), true });
        candidates.append({ QRectF(box.right() + gap, box.top(), width, height), false });
        candidates.append({ QRectF(box.left() - gap - width, box.top(), width, height), false });
        bool done = false;
        for (const auto& [rect, inside] : std::as_const(candidates))
            if (free(rect, inside)) {
                titles.append({ g, rect, px, text });
                placed.add(rect, g);
                done = true;
                break;
            }
        if (done)
            continue;
        // Smaller, in the band, while a reader can still read it.
        const double small = std::min(px, (room[g] - 2) / 1.25);
        if (small * scale < 7.0 || box.width() <= 2 * gap)
            continue;
        QFont f = titleFont();
        f.setPixelSize(std::max(1, int(std::lround(small * 10))));
        const QFontMetricsF metrics(f);
        const double available = box.width() - 2 * gap;
        const QString cut = metrics.elidedText(text, Qt::ElideRight, available * 10);
        const QRectF rect(box.left() + gap, box.top() + 1, std::min(available, textWidth(cut, small)), small * 1.25);
        if (cut.size() > 1 && free(rect, true)) {
            titles.append({ g, rect, small, cut });
            placed.add(rect, g);
        }
    }
    return titles;
}

QRectF groupTitleRect(const GraphGroup& group, const QRectF& rect)
{
    if (group.kind == GroupKind::Block)
        return {};
    const double width = QFontMetricsF(graphFont(8, true)).horizontalAdvance(group.title()) + 2;
    return QRectF(rect.left() + 6, rect.top() + 1, std::min(width, rect.width() - 12), 15);
}

} // namespace jitscope
