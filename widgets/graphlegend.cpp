// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphlegend.h"

#include "graphpainter.h"

#include <QPainter>

namespace jitscope {

GraphLegend::GraphLegend(QWidget* parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setObjectName(QStringLiteral("graphLegend"));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    setFont(small);
}

QString GraphLegend::categoryLabel(NodeCategory category)
{
    switch (category) {
    case NodeCategory::Compute:
        return tr("Conv / linear / matmul");
    case NodeCategory::Normalization:
        return tr("Normalization");
    case NodeCategory::Activation:
        return tr("Activation / dropout");
    case NodeCategory::Pooling:
        return tr("Pooling / resampling");
    case NodeCategory::Shape:
        return tr("Shape / view / index");
    case NodeCategory::Arithmetic:
        return tr("Element-wise / reduction");
    case NodeCategory::ControlFlow:
        return tr("Control flow");
    case NodeCategory::Call:
        return tr("Module / function call");
    case NodeCategory::Constant:
        return tr("Constant / attribute");
    case NodeCategory::InputOutput:
        return tr("Input / output");
    case NodeCategory::Other:
        break;
    }
    return tr("Other op");
}

void GraphLegend::setCategories(const QList<NodeCategory>& categories)
{
    if (categories == m_categories)
        return;
    m_categories = categories;
    updateGeometry();
    update();
}

int GraphLegend::rowHeight() const
{
    return fontMetrics().height() + 2;
}

int GraphLegend::entryWidth(NodeCategory category) const
{
    return rowHeight() + fontMetrics().horizontalAdvance(categoryLabel(category)) + 14;
}

QList<QRect> GraphLegend::entryRects(int width) const
{
    QList<QRect> rects;
    const int h = rowHeight();
    int x = 4, y = 3;
    for (NodeCategory c : m_categories) {
        const int w = entryWidth(c);
        if (x > 4 && x + w > width - 4) {
            x = 4;
            y += h;
        }
        rects << QRect(x, y, w, h);
        x += w;
    }
    return rects;
}

int GraphLegend::heightForWidth(int width) const
{
    const QList<QRect> rects = entryRects(width);
    return rects.isEmpty() ? 0 : rects.last().bottom() + 4;
}

QSize GraphLegend::sizeHint() const
{
    int width = 8;
    for (NodeCategory c : m_categories)
        width += entryWidth(c);
    return QSize(width, rowHeight() + 6);
}

void GraphLegend::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Window));
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(rect().topLeft(), rect().topRight());
    const QList<QRect> rects = entryRects(width());
    const int h = rowHeight();
    for (qsizetype i = 0; i < rects.size(); ++i) {
        const QRect& cell = rects[i];
        const QRect chip(cell.left() + 2, cell.top() + 3, h - 6, h - 6);
        const QColor color = GraphPainter::categoryColor(m_categories[i]);
        p.setPen(color.darker(140));
        p.setBrush(color);
        p.drawRoundedRect(chip, 2, 2);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(cell.adjusted(h, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, categoryLabel(m_categories[i]));
    }
}

} // namespace jitscope
