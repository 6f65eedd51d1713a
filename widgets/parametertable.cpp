// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parametertable.h"

#include "columnfitter.h"
#include "pathelidedelegate.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace jitscope {

ColumnFitter* showParameterTable(QTableView* view, QSortFilterProxyModel* proxy, ParameterDiffModel* model)
{
    proxy->setSourceModel(model);
    proxy->setSortRole(ParameterDiffModel::SortRole);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    // Name, status and the largest difference in view whatever the names' length; the names cut
    // to their last parts ("…conv2.weight") when the dialog is narrow.
    view->setItemDelegateForColumn(ParameterDiffModel::NameColumn, new PathElideDelegate(view));
    return new ColumnFitter(view,
                            { ParameterDiffModel::NameColumn, ParameterDiffModel::StatusColumn,
                              ParameterDiffModel::MaxDiffColumn, ParameterDiffModel::LeftColumn,
                              ParameterDiffModel::RightColumn },
                            ParameterDiffModel::NameColumn);
}

} // namespace jitscope
