// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "attributespane.h"

#include "models/attributetablemodel.h"

#include <QCheckBox>
#include <QTableView>

namespace jitscope {

AttributesPane::AttributesPane(QWidget* parent)
    : FilteredTable(new AttributeTableModel, tr("Filter attributes"), tr("Selected module only"),
                    ScopeFilterProxy::Scope::ModuleOnly, parent)
{
    m_model = qobject_cast<AttributeTableModel*>(proxy()->sourceModel());
    m_model->setParent(this);
    view()->setObjectName(QStringLiteral("AttributeTable"));
    auto* internal = new QCheckBox(tr("Hide internal"), this);
    internal->setObjectName(QStringLiteral("HideInternalAttributes"));
    internal->setToolTip(tr("Hide the attributes every module has: training and names starting with _"));
    internal->setChecked(true);
    proxy()->setHideInternal(true);
    connect(internal, &QCheckBox::toggled, proxy(), &ScopeFilterProxy::setHideInternal);
    addToolWidget(internal);
    setKeyColumns({ AttributeTableModel::NameColumn, AttributeTableModel::TypeColumn }, AttributeTableModel::TypeColumn,
                  false);
    // Scoped to one module, the module column says the same on every row: the value gets the room.
    auto scoped = [this](bool on) {
        view()->setColumnHidden(AttributeTableModel::ModuleColumn, on);
        fitColumns();
    };
    connect(scopeSwitch(), &QCheckBox::toggled, this, scoped);
    scoped(scopeSwitch()->isChecked());
}

void AttributesPane::showAttributes(const SnapshotPtr& snapshot)
{
    m_model->setSnapshot(snapshot);
    fitColumns();
}

} // namespace jitscope
