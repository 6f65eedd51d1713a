// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QRectF>

#include <cmath>

namespace jitscope {

// Boxes to keep clear of (nodes, group boxes, titles and labels already placed), bucketed in a
// coarse grid: a large graph asks thousands of times where something may go.
class BoxGrid
{
public:
    // `cell`: about the size of what is asked about, so that a question looks at a few cells.
    explicit BoxGrid(double cell)
        : m_cell(cell)
    { }
    void add(const QRectF& r, int owner)
    {
        m_boxes << qMakePair(r, owner);
        forCells(r, [&](quint64 key) {
            m_cells[key] << int(m_boxes.size() - 1);
            return true;
        });
    }
    // Whether `r` meets a box whose owner `ignore` does not accept.
    template <typename Ignore> bool hits(const QRectF& r, Ignore ignore) const
    {
        return !forCells(r, [&](quint64 key) {
            const auto it = m_cells.constFind(key);
            if (it != m_cells.constEnd())
                for (int i : *it)
                    if (m_boxes[i].first.intersects(r) && !ignore(m_boxes[i].second))
                        return false; // found one: stop
            return true;
        });
    }

private:
    // Calls `f` for each cell `r` covers while it answers true; false when one answered false.
    template <typename F> bool forCells(const QRectF& r, F f) const
    {
        const qint64 x0 = qint64(std::floor(r.left() / m_cell)), x1 = qint64(std::floor(r.right() / m_cell));
        const qint64 y0 = qint64(std::floor(r.top() / m_cell)), y1 = qint64(std::floor(r.bottom() / m_cell));
        for (qint64 x = x0; x <= x1; ++x)
            for (qint64 y = y0; y <= y1; ++y)
                if (!f((quint64(quint32(x)) << 32) | quint32(y)))
                    return false;
        return true;
    }
    double m_cell;
    QList<QPair<QRectF, int>> m_boxes;
    QHash<quint64, QList<int>> m_cells;
};

} // namespace jitscope
