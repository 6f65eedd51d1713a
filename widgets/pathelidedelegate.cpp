// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pathelidedelegate.h"

#include <QApplication>
#include <QStyle>

namespace jitscope {

QString PathElideDelegate::elided(const QString& path, const QFontMetrics& metrics, int width, int fewestParts,
                                  Qt::TextElideMode fallback)
{
    if (metrics.horizontalAdvance(path) <= width)
        return path;
    const QString ellipsis(QChar(0x2026));
    // The most last parts that fit after "…", and before it as much of the path's beginning as
    // fits, three letters at least: "conv_pr….weight", not "…weight" (which every module has).
    // The last dot a tail may start at: before the fewest last parts kept.
    qsizetype lastDot = path.size();
    for (int part = 0; part < fewestParts && lastDot > 0; ++part)
        lastDot = path.lastIndexOf(QLatin1Char('.'), lastDot - 1);
    for (qsizetype dot = path.indexOf(QLatin1Char('.')); dot >= 0 && dot <= lastDot;
         dot = path.indexOf(QLatin1Char('.'), dot + 1)) {
        const QString tail = ellipsis + path.mid(dot);
        const int room = width - metrics.horizontalAdvance(tail);
        if (room >= metrics.horizontalAdvance(path.left(3))) {
            qsizetype head = 3;
            while (head < dot && metrics.horizontalAdvance(path.left(head + 1)) <= room)
                ++head;
            return path.left(head) + tail;
        }
        if (metrics.horizontalAdvance(ellipsis + path.mid(dot + 1)) <= width)
            return ellipsis + path.mid(dot + 1); // no room for a beginning
    }
    return metrics.elidedText(path, fallback, width);
}

void PathElideDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->rect.width() <= 0)
        return; // measured for a size hint: the whole path
    const QStyle* style = option->widget ? option->widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option->widget) + 1;
    // A few pixels to spare: what the style draws the text in is a little narrower than the cell.
    option->text = elided(option->text, option->fontMetrics, option->rect.width() - 2 * margin - 4);
}

} // namespace jitscope
