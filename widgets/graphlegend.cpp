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

int GraphLegend::rowHeight() const
{
    return fontMetrics().height() + 1;
}

int GraphLegend::columnWidth() const
{
    int widest = 0;
    for (int c = 0; c < kNodeCategoryCount; ++c)
        widest = qMax(widest, fontMetrics().horizontalAdvance(categoryLabel(NodeCategory(c))));
    return widest + rowHeight() + 14;
}

QSize GraphLegend::sizeHint() const
{
    const int rows = (kNodeCategoryCount + kColumns - 1) / kColumns;
    return QSize(kColumns * columnWidth() + 8, rows * rowHeight() + 8);
}

void GraphLegend::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QColor(0xc8, 0xc8, 0xc8));
    p.setBrush(QColor(255, 255, 255, 215));
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    const int rows = (kNodeCategoryCount + kColumns - 1) / kColumns;
    const int h = rowHeight(), w = columnWidth();
    for (int c = 0; c < kNodeCategoryCount; ++c) {
        const int col = c / rows, row = c % rows;
        const QRect cell(4 + col * w, 4 + row * h, w, h);
        const QRect chip(cell.left() + 2, cell.top() + 3, h - 6, h - 6);
        const QColor color = GraphPainter::categoryColor(NodeCategory(c));
        p.setPen(color.darker(140));
        p.setBrush(color);
        p.drawRoundedRect(chip, 2, 2);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(cell.adjusted(h, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, categoryLabel(NodeCategory(c)));
    }
}

} // namespace jitscope
