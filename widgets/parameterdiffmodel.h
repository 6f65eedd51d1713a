// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modeldiff.h"

#include "rowtablemodel.h"

class QSortFilterProxyModel;
class QTableView;

namespace jitscope {

class ColumnFitter;

// The parameter diff as a table: name, status, shapes and dtypes of both sides, max |Δ|.
// Sorts by the raw values (SortRole), so max |Δ| sorts as a number.
class ParameterDiffModel : public RowTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, LeftColumn, RightColumn, MaxDiffColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ParameterDiffModel(QObject* parent = nullptr);
    void setParameters(const QList<ParameterDiff>& parameters);
    // What the two sides are called ("Module", "Checkpoint") and what a row only one side has is
    // called ("missing", "unexpected"); "Left", "Right", "only left", "only right" by default.
    void setSides(const QString& left, const QString& right, const QString& onlyLeft, const QString& onlyRight);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    static QString statusText(ParameterDiff::Status status);

private:
    int rows() const override { return int(m_rows.size()); }

    QList<ParameterDiff> m_rows;
    QString m_onlyLeft, m_onlyRight;
};

// Sets `view` up to show `model` through `proxy` (sorting by SortRole) as the checkpoint dialogs
// show it: sortable, in the model's order until a header is clicked, whole rows, compact
// unwrapped rows; name, status, largest difference and both sides in view. Its columns are sized
// by the fitter it answers (fit() after new data).
ColumnFitter* showParameterTable(QTableView* view, QSortFilterProxyModel* proxy, ParameterDiffModel* model);

} // namespace jitscope
