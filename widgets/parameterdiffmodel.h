#pragma once

#include "modeldiff.h"

#include <QAbstractTableModel>

namespace jitscope {

// The parameter diff as a table: name, status, shapes and dtypes of both sides, max |Δ|.
// Sorts by the raw values (SortRole), so max |Δ| sorts as a number.
class ParameterDiffModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, LeftColumn, RightColumn, MaxDiffColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ParameterDiffModel(QObject* parent = nullptr);
    void setParameters(const QList<ParameterDiff>& parameters);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(ParameterDiff::Status status);

private:
    QList<ParameterDiff> m_rows;
};

} // namespace jitscope
