// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/modelsnapshot.h"

#include "models/rowtablemodel.h"

namespace jitscope {

// Every method of every module, with its schema as str(method.schema) prints it.
class MethodTableModel : public RowTableModel
{
    Q_OBJECT
public:
    enum Column { ModuleColumn, NameColumn, SignatureColumn, ReturnsColumn, ColumnCount };

    explicit MethodTableModel(QObject* parent = nullptr);
    void setSnapshot(const SnapshotPtr& snapshot);
    const MethodInfo* methodAt(int row) const;
    int rowOf(const QString& module, const QString& name) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // "x: Tensor, top_k: int = 1": the arguments after self, in annotation syntax.
    static QString argumentText(const MethodInfo& method);

private:
    int rows() const override { return m_snapshot ? int(m_snapshot->methods.size()) : 0; }

    SnapshotPtr m_snapshot;
};

} // namespace jitscope
