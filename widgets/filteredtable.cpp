// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filteredtable.h"

#include "columnfitter.h"
#include "flowlayout.h"
#include "pathelidedelegate.h"

#include <QEvent>

#include <QCheckBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace jitscope {

FilteredTable::FilteredTable(QAbstractItemModel* source, const QString& filterHint, const QString& scopeLabel,
                             ScopeFilterProxy::Scope scoped, QWidget* parent)
    : QWidget(parent)
    , m_proxy(new ScopeFilterProxy(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_scopeSwitch(new QCheckBox(scopeLabel, this))
    , m_toolRow(new FlowLayout)
    , m_scoped(scoped)
{
    m_proxy->setSourceModel(source);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the model's own order until a header is clicked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_filter->setPlaceholderText(filterHint);
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ScopeFilterProxy::setText);
    m_scopeSwitch->setChecked(true);
    connect(m_scopeSwitch, &QCheckBox::toggled, this, &FilteredTable::applyScope);

    // The filter has a row of its own, the switches one below, wrapping where a narrow dock (or a
    // longer language) has no room for them side by side: they never force the window wider.
    m_toolRow->addWidget(m_scopeSwitch);
    m_toolRow->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addLayout(m_toolRow);
    layout->addWidget(m_view, 1);
}

void FilteredTable::addToolWidget(QWidget* widget)
{
    m_toolRow->addWidget(widget);
}

void FilteredTable::setKeyColumns(const QList<int>& columns, int flexible, bool pathElided)
{
    m_fitter = new ColumnFitter(m_view, columns, flexible);
    if (pathElided)
        m_view->setItemDelegateForColumn(flexible, new PathElideDelegate(m_view));
    fitColumns();
}

void FilteredTable::fitColumns()
{
    if (m_fitter)
        m_fitter->fit();
    else
        m_view->resizeColumnsToContents();
}

void FilteredTable::setModulePath(const QString& path)
{
    m_modulePath = path;
    applyScope();
}

void FilteredTable::applyScope()
{
    m_proxy->setScope(m_scopeSwitch->isChecked() ? m_scoped : ScopeFilterProxy::Scope::Everything, m_modulePath);
}

} // namespace jitscope
