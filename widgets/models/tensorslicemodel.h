// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/tensorslice.h"

#include <QAbstractTableModel>

namespace jitscope {

// The cells of a 2-D tensor slice: numbers formatted for the dtype (integers whole, booleans
// as True/False), NaN and Inf tinted; the full value as tooltip; indices as headers.
class TensorSliceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { ValueRole = Qt::UserRole + 1 }; // the cell as a double

    explicit TensorSliceModel(QObject* parent = nullptr);

    void setSlice(const TensorSlice& slice);
    void clear();
    const TensorSlice& slice() const { return m_slice; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString formatValue(double value) const;

private:
    TensorSlice m_slice;
    bool m_integral = false;
    bool m_boolean = false;
};

} // namespace jitscope
