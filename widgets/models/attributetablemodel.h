// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/modelsnapshot.h"

#include "models/rowtablemodel.h"

namespace jitscope {

// Module attributes that are neither submodules, parameters nor buffers: name, type, value.
class AttributeTableModel : public RowTableModel
{
    Q_OBJECT
public:
    enum Column { ModuleColumn, NameColumn, TypeColumn, ValueColumn, ColumnCount };

    explicit AttributeTableModel(QObject* parent = nullptr);
    void setSnapshot(const SnapshotPtr& snapshot);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    int rows() const override { return m_snapshot ? int(m_snapshot->attributes.size()) : 0; }

    SnapshotPtr m_snapshot;
};

} // namespace jitscope
