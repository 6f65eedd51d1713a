// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QObject>

class QTableView;

namespace jitscope {

// Sizes a table's columns so the ones a reader needs (a name, its shape and dtype; a status and
// the largest difference) stand first and fit the view's width: each as wide as its contents but
// the flexible one, which takes what the others leave (cut, with the whole text in its tooltip,
// when that is less than it needs). The other columns follow as wide as their contents, a scroll
// away. Follows the view's width.
class ColumnFitter : public QObject
{
    Q_OBJECT
public:
    ColumnFitter(QTableView* view, const QList<int>& keyColumns, int flexible);

    // Measures the rows shown now: after new data.
    void fit();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    int contentWidth(int column) const;
    void fitFlexible();

    QTableView* m_view;
    // The view's viewport, kept: the filter sees its events while the view is being destroyed,
    // when no member of the view may be called any more.
    QWidget* m_viewport;
    QList<int> m_keyColumns;
    int m_flexible;
    QHash<int, int> m_contentWidths; // by column, measured by fit()
};

} // namespace jitscope
