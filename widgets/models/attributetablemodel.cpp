// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/attributetablemodel.h"

#include "models/modelroles.h"

namespace jitscope {

AttributeTableModel::AttributeTableModel(QObject* parent)
    : RowTableModel({ tr("Module"), tr("Name"), tr("Type"), tr("Value") }, parent)
{ }

void AttributeTableModel::setSnapshot(const SnapshotPtr& snapshot)
{
    resetWith([&] { m_snapshot = snapshot; });
}

QVariant AttributeTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_snapshot || index.row() >= m_snapshot->attributes.size())
        return {};
    const AttributeInfo& a = m_snapshot->attributes[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case ModuleColumn:
            return a.module.isEmpty() ? tr("(root)") : a.module;
        case NameColumn:
            return a.name;
        case TypeColumn:
            return a.type;
        case ValueColumn:
            return a.preview;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn)
            return a.preview;
        break;
    case ModuleRole:
        return a.module;
    case NameRole:
        return a.name;
    }
    return {};
}

} // namespace jitscope
