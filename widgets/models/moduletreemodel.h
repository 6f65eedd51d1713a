// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/modelsnapshot.h"

#include <QAbstractItemModel>

namespace jitscope {

// The module tree of a snapshot (named_modules(), root first), with type, mode and tensor
// counts per module. Receives snapshots on the GUI thread through setSnapshot().
class ModuleTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, ModeColumn, ParametersColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, // QString, "" for the root
        TypeRole, // demangled qualified type
        QualifiedTypeRole, // as the archive spells it
    };

    explicit ModuleTreeModel(QObject* parent = nullptr);

    void setSnapshot(const SnapshotPtr& snapshot);
    QModelIndex indexForPath(const QString& path) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        int module = -1; // index into the snapshot's modules
        int parent = -1; // index into m_nodes
        int row = 0; // position among the parent's children
        QList<int> children; // indices into m_nodes
        qint64 parameterCount = 0; // elements in this subtree
    };

    const Node* nodeOf(const QModelIndex& index) const;

    SnapshotPtr m_snapshot;
    QList<Node> m_nodes; // m_nodes[0] is the root when a snapshot is set
};

} // namespace jitscope
