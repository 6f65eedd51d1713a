// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/modeldiff.h"

#include "models/rowtablemodel.h"

namespace jitscope {

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

} // namespace jitscope
