// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnfitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

namespace jitscope {

ColumnFitter::ColumnFitter(QTableView* view, const QList<int>& keyColumns, int flexible)
    : QObject(view)
    , m_view(view)
    , m_viewport(view->viewport())
    , m_keyColumns(keyColumns)
    , m_flexible(flexible)
{
    QHeaderView* header = view->horizontalHeader();
    for (int i = 0; i < keyColumns.size(); ++i)
        header->moveSection(header->visualIndex(keyColumns[i]), i);
    view->viewport()->installEventFilter(this);
}

int ColumnFitter::contentWidth(int column) const
{
    // The rows shown, and at most a few hundred of them: a million-row table is measured quickly.
    const QAbstractItemModel* model = m_view->model();
    const int rows = qMin(model->rowCount(), 400);
    const QFontMetrics metrics = m_view->fontMetrics();
    int width = metrics.horizontalAdvance(model->headerData(column, Qt::Horizontal).toString()) + 12;
    for (int row = 0; row < rows; ++row)
        width = qMax(width, metrics.horizontalAdvance(model->index(row, column).data().toString()) + 14);
    return width;
}

void ColumnFitter::fit()
{
    m_contentWidths.clear();
    QHeaderView* header = m_view->horizontalHeader();
    for (int c = 0; c < header->count(); ++c)
        if (!header->isSectionHidden(c)) {
            m_contentWidths.insert(c, contentWidth(c));
            if (c != m_flexible)
                m_view->setColumnWidth(c, m_contentWidths.value(c));
        }
    fitFlexible();
}

void ColumnFitter::fitFlexible()
{
    if (m_flexible < 0 || !m_contentWidths.contains(m_flexible))
        return;
    int others = 0;
    // What the others need, not what they have: a stretched last column has more.
    for (int c : std::as_const(m_keyColumns))
        if (c != m_flexible && !m_view->horizontalHeader()->isSectionHidden(c))
            others += m_contentWidths.value(c, m_view->columnWidth(c));
    // No more than it needs, no less than a readable stub.
    const int stub = m_view->fontMetrics().horizontalAdvance(QStringLiteral("…1.weight")) + 8;
    const int room = m_view->viewport()->width() - others;
    m_view->setColumnWidth(m_flexible, qMin(m_contentWidths.value(m_flexible), qMax(stub, room)));
}

bool ColumnFitter::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize && watched == m_viewport)
        fitFlexible();
    return QObject::eventFilter(watched, event);
}

} // namespace jitscope
