#include "attributetablemodel.h"

#include "modelroles.h"

namespace jitscope {

AttributeTableModel::AttributeTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AttributeTableModel::setSnapshot(const SnapshotPtr& snapshot)
{
    beginResetModel();
    m_snapshot = snapshot;
    endResetModel();
}

int AttributeTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : int(m_snapshot->attributes.size());
}

int AttributeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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

QVariant AttributeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ModuleColumn:
        return tr("Module");
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case ValueColumn:
        return tr("Value");
    }
    return {};
}

} // namespace jitscope
