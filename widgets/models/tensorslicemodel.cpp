// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/tensorslicemodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <cmath>

namespace jitscope {

TensorSliceModel::TensorSliceModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void TensorSliceModel::setSlice(const TensorSlice& slice)
{
    beginResetModel();
    m_slice = slice;
    m_boolean = slice.dtype == QLatin1String("bool");
    m_integral = slice.dtype.startsWith(QLatin1String("int")) || slice.dtype.startsWith(QLatin1String("uint"));
    endResetModel();
}

void TensorSliceModel::clear()
{
    setSlice(TensorSlice());
}

int TensorSliceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_slice.rows);
}

int TensorSliceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_slice.cols);
}

QString TensorSliceModel::formatValue(double value) const
{
    if (std::isnan(value))
        return QStringLiteral("nan");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    if (m_boolean)
        return value != 0 ? QStringLiteral("True") : QStringLiteral("False");
    if (m_integral)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 6);
}

QVariant TensorSliceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const double value = m_slice.values.value(qsizetype(index.row()) * m_slice.cols + index.column());
    switch (role) {
    case Qt::DisplayRole:
        return formatValue(value);
    case Qt::ToolTipRole:
        return QString::number(value, 'g', 17);
    case ValueRole:
        return value;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (!std::isfinite(value))
            return QBrush(QColor(0xfd, 0xe0, 0xe0));
        return {};
    case Qt::FontRole:
        if (!std::isfinite(value)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant TensorSliceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    // A 0-D or 1-D tensor has no row index of its own.
    if (orientation == Qt::Vertical && m_slice.shape.size() < 2)
        return QString();
    return QString::number(section);
}

} // namespace jitscope
