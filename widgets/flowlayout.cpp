// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowlayout.h"

#include <QWidget>

namespace jitscope {

FlowLayout::FlowLayout(QWidget* parent, int spacing)
    : QLayout(parent)
{
    setSpacing(spacing);
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem* item)
{
    m_items << item;
}

void FlowLayout::addStretch()
{
    m_stretchAfter << int(m_items.size()) - 1;
}

QLayoutItem* FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    m_stretchAfter.removeAll(index);
    for (int& at : m_stretchAfter)
        if (at > index)
            --at;
    return m_items.takeAt(index);
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest item: everything else wraps.
    QSize size;
    for (const QLayoutItem* item : m_items)
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    int width = 0, height = 0;
    for (const QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width() + (width > 0 ? spacing() : 0);
        height = qMax(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect& rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    // Lines of items, each line as tall as its tallest item; a stretch pushes the rest of its
    // line to the right edge.
    QList<QList<int>> lines { {} };
    int x = 0;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i]->isEmpty())
            continue;
        const int w = m_items[i]->sizeHint().width();
        if (x > 0 && x + w > area.width()) {
            lines << QList<int>();
            x = 0;
        }
        lines.last() << i;
        x += w + spacing();
    }
    int y = area.top();
    for (const QList<int>& line : std::as_const(lines)) {
        if (line.isEmpty())
            continue;
        int height = 0, used = 0;
        for (int i : line) {
            height = qMax(height, m_items[i]->sizeHint().height());
            used += m_items[i]->sizeHint().width();
        }
        used += spacing() * (int(line.size()) - 1);
        if (apply) {
            int left = area.left();
            for (int i : line) {
                const QSize hint = m_items[i]->sizeHint();
                const int w = qMin(hint.width(), area.width());
                m_items[i]->setGeometry(QRect(left, y + (height - hint.height()) / 2, w, hint.height()));
                left += w + spacing();
                if (m_stretchAfter.contains(i) && i != line.last())
                    left += qMax(0, area.width() - used);
            }
        }
        y += height + spacing();
    }
    return qMax(0, y - spacing() - area.top()) + contentsMargins().top() + contentsMargins().bottom();
}

} // namespace jitscope
