// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodspane.h"

#include "models/methodtablemodel.h"
#include "models/modelroles.h"
#include "session/document.h"

#include <QCheckBox>
#include <QTableView>

namespace jitscope {

MethodsPane::MethodsPane(QWidget* parent)
    : FilteredTable(new MethodTableModel, tr("Filter methods"), tr("Selected module only"),
                    ScopeFilterProxy::Scope::ModuleOnly, parent)
    , m_model(qobject_cast<MethodTableModel*>(proxy()->sourceModel()))
{
    m_model->setParent(this);
    view()->setObjectName(QStringLiteral("MethodTable"));
    // The method's name whole, its arguments in what is left (the whole schema is the tooltip).
    setKeyColumns({ MethodTableModel::NameColumn, MethodTableModel::SignatureColumn },
                  MethodTableModel::SignatureColumn, false);
    // Scoped to one module, the module column says the same on every row.
    auto scoped = [this](bool on) {
        view()->setColumnHidden(MethodTableModel::ModuleColumn, on);
        fitColumns();
    };
    connect(scopeSwitch(), &QCheckBox::toggled, this, scoped);
    scoped(scopeSwitch()->isChecked());
    connect(view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid())
                    return;
                const QString module = current.data(ModuleRole).toString();
                const QString name = current.data(NameRole).toString();
                Document* d = document();
                if (d && (module != d->module() || name != d->method()))
                    d->select(module, name);
            });
}

void MethodsPane::onArchiveChanged(const SnapshotPtr& snapshot)
{
    m_model->setSnapshot(snapshot);
    fitColumns();
}

void MethodsPane::onSelectionChanged(const QString& module, const QString& method)
{
    setModulePath(module);
    if (method.isEmpty()) {
        view()->clearSelection();
        view()->setCurrentIndex({});
        return;
    }
    const QModelIndex index = proxy()->mapFromSource(m_model->index(m_model->rowOf(module, method), 0));
    if (index.isValid() && view()->currentIndex().row() != index.row())
        view()->setCurrentIndex(index);
}

} // namespace jitscope
