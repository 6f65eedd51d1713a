// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/moduletreemodel.h"

#include "common/textformat.h"

#include <QHash>

namespace jitscope {

ModuleTreeModel::ModuleTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

void ModuleTreeModel::setSnapshot(const SnapshotPtr& snapshot)
{
    beginResetModel();
    m_snapshot = snapshot;
    m_nodes.clear();
    if (m_snapshot) {
        QHash<QString, int> nodeByPath;
        const auto& modules = m_snapshot->modules;
        for (int i = 0; i < modules.size(); ++i) {
            Node node;
            node.module = i;
            if (i > 0) {
                node.parent = nodeByPath.value(modules[i].parentPath, 0);
                node.row = int(m_nodes[node.parent].children.size());
                m_nodes[node.parent].children << int(m_nodes.size());
            }
            nodeByPath.insert(modules[i].path, int(m_nodes.size()));
            m_nodes << node;
        }
        for (const auto& p : m_snapshot->parameters) {
            // Count each parameter in its module and every ancestor.
            for (int n = nodeByPath.value(p.module, -1); n >= 0; n = m_nodes[n].parent)
                m_nodes[n].parameterCount += p.numel;
        }
    }
    endResetModel();
}

QModelIndex ModuleTreeModel::indexForPath(const QString& path) const
{
    for (int n = 0; n < m_nodes.size(); ++n) {
        if (m_snapshot->modules[m_nodes[n].module].path == path)
            return createIndex(m_nodes[n].row, 0, quintptr(n));
    }
    return {};
}

const ModuleTreeModel::Node* ModuleTreeModel::nodeOf(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() >= quintptr(m_nodes.size()))
        return nullptr;
    return &m_nodes[int(index.internalId())];
}

QModelIndex ModuleTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || m_nodes.isEmpty())
        return {};
    if (!parent.isValid())
        return row == 0 ? createIndex(0, column, quintptr(0)) : QModelIndex();
    const Node* p = nodeOf(parent);
    if (!p || parent.column() != 0 || row >= p->children.size())
        return {};
    return createIndex(row, column, quintptr(p->children[row]));
}

QModelIndex ModuleTreeModel::parent(const QModelIndex& child) const
{
    const Node* node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_nodes[node->parent].row, 0, quintptr(node->parent));
}

int ModuleTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return m_nodes.isEmpty() ? 0 : 1;
    if (parent.column() != 0)
        return 0;
    const Node* node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int ModuleTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ModuleTreeModel::data(const QModelIndex& index, int role) const
{
    const Node* node = nodeOf(index);
    if (!node)
        return {};
    const ModuleInfo& m = m_snapshot->modules[node->module];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return m.path.isEmpty() ? tr("(root)") : m.name;
        case TypeColumn:
            // A checkpoint's type reads as it is ("OrderedDict", "state of fc.weight").
            return m_snapshot->archive.isCheckpoint() ? m.type : m.shortType();
        case ModeColumn:
            return m.training ? tr("train") : tr("eval");
        case ParametersColumn:
            return formatCount(node->parameterCount, QLocale());
        }
        break;
    case Qt::ToolTipRole:
        if (m_snapshot->archive.isCheckpoint()) // "0 (fc.weight)", its path, its class
            return tr("<b>%1</b><br>%2<br>%3")
                .arg((m.path.isEmpty() ? tr("(root)") : m.name).toHtmlEscaped(), m.path.toHtmlEscaped(),
                     m.qualifiedType.toHtmlEscaped());
        return tr("<b>%1</b><br>%2<br>%3")
            .arg(m.path.isEmpty() ? tr("(root)") : m.path, m.type,
                 m.qualifiedType != m.type ? tr("in the archive: %1").arg(m.qualifiedType) : QString());
    case Qt::TextAlignmentRole:
        if (index.column() == ParametersColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case PathRole:
        return m.path;
    case TypeRole:
        return m.type;
    case QualifiedTypeRole:
        return m.qualifiedType;
    }
    return {};
}

QVariant ModuleTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Module");
    case TypeColumn:
        return tr("Type");
    case ModeColumn:
        return tr("Mode");
    case ParametersColumn:
        return tr("Parameters");
    }
    return {};
}

} // namespace jitscope
