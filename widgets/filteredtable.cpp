// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filteredtable.h"

#include <QCheckBox>
#include <QHBoxLayout>
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
    , m_toolRow(new QHBoxLayout)
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

    // The filter has a row of its own, the switches one below: a narrow dock (or a longer
    // language) never forces the window wider.
    m_toolRow->addWidget(m_scopeSwitch);
    m_toolRow->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addLayout(m_toolRow);
    layout->addWidget(m_view, 1);
}

void FilteredTable::addToolWidget(QWidget* widget)
{
    m_toolRow->insertWidget(m_toolRow->count() - 1, widget);
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
