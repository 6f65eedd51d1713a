// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/observation.h"

#include "models/rowtablemodel.h"

namespace jitscope {

// An observed run's module summary, a row a module as torchinfo prints it: path (indented by
// depth), type, output shapes, parameters, MACs, time and its share of the call. SortRole sorts
// numbers as numbers; ModuleRole is the row's module.
class ObservedModuleModel : public RowTableModel
{
    Q_OBJECT
public:
    enum Column { Module, Type, Output, Parameters, Macs, Time, Share, ColumnCount };
    explicit ObservedModuleModel(QObject* parent = nullptr);
    void setRun(const ObservedRunPtr& run);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    int rows() const override;
    ObservedRunPtr m_run;
};

// Its ops, a row a node that ran (module calls aside): op kind, module, calls, time with and
// without what it contains, share of the call, MACs. NameRole is the op kind.
class ObservedOpModel : public RowTableModel
{
    Q_OBJECT
public:
    enum Column { Op, Module, Calls, Time, Self, Share, Macs, ColumnCount };
    explicit ObservedOpModel(QObject* parent = nullptr);
    void setRun(const ObservedRunPtr& run);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    // The node key of a row (ObservedNode::key).
    QString nodeKey(int row) const;

private:
    int rows() const override { return int(m_rows.size()); }
    ObservedRunPtr m_run;
    QList<int> m_rows; // indices into m_run->nodes
};

} // namespace jitscope
