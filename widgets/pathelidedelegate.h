// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace jitscope {

// Shows a dotted path ("layer3.1.conv2.weight") that does not fit its cell by its last parts
// ("…conv2.weight"): the end of a parameter's name says what it is, the beginning only where.
class PathElideDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // `path` in `width` pixels of `metrics`: whole; or its beginning, "…" and its last dotted parts
    // ("conv_pr….weight"), at least `fewestParts` of them; or, with no room for a beginning, the
    // last parts after "…"; or, when even the fewest last parts are too long, cut by `fallback`.
    static QString elided(const QString& path, const QFontMetrics& metrics, int width, int fewestParts = 1,
                          Qt::TextElideMode fallback = Qt::ElideLeft);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace jitscope
