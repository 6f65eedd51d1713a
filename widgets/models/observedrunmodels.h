// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/observation.h"

#include <QAbstractTableModel>

namespace jitscope {

// An observed run's module summary, a row a module as torchinfo prints it: path (indented by
// depth), type, output shapes, parameters, MACs, time and its share of the call. SortRole sorts
// numbers as numbers; ModuleRole is the row's module.
class ObservedModuleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Module, Type, Output, Parameters, Macs, Time, Share, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setRun(const ObservedRunPtr& run);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ObservedRunPtr m_run;
};

// Its ops, a row a node that ran (module calls aside): op kind, module, calls, time with and
// without what it contains, share of the call, MACs. NameRole is the op kind.
class ObservedOpModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Op, Module, Calls, Time, Self, Share, Macs, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setRun(const ObservedRunPtr& run);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The node key of a row (ObservedNode::key).
    QString nodeKey(int row) const;

private:
    ObservedRunPtr m_run;
    QList<int> m_rows; // indices into m_run->nodes
};

} // namespace jitscope
