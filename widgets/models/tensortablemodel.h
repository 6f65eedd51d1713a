// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/modelsnapshot.h"

#include "models/rowtablemodel.h"

#include <QHash>

namespace jitscope {

// Parameters and buffers of a snapshot in one table; statistics fill in as they arrive.
class TensorTableModel : public RowTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        KindColumn,
        ShapeColumn,
        DtypeColumn,
        DeviceColumn,
        GradColumn,
        ElementsColumn,
        BytesColumn,
        MinColumn,
        MaxColumn,
        MeanColumn,
        StdColumn,
        NanColumn,
        InfColumn,
        ColumnCount
    };
    enum Role { IsParameterRole = Qt::UserRole + 1, HasStatsRole };

    explicit TensorTableModel(QObject* parent = nullptr);

    void setSnapshot(const SnapshotPtr& snapshot);
    void setStats(const TensorStats& stats);
    const TensorInfo* tensorAt(int row) const;
    int rowOf(const QString& name, bool isParameter) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    int rows() const override { return int(m_rows.size()); }

    static QString statsKey(const QString& name, bool isParameter);

    SnapshotPtr m_snapshot;
    QList<const TensorInfo*> m_rows; // parameters, then buffers
    // Row by statsKey: each statistic delivered finds its row at once (a scan made a checkpoint
    // of 100,000 small tensors, their statistics filled in at once, quadratic on the GUI thread).
    QHash<QString, int> m_rowOf;
    QHash<QString, TensorStats> m_stats;
};

} // namespace jitscope
