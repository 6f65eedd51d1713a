// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/parameterdiffmodel.h"

#include "answers/modelsnapshot.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace jitscope {

namespace {

QString sideText(const QList<qint64>& shape, const QString& dtype)
{
    if (dtype.isEmpty())
        return QStringLiteral("—");
    return shapeText(shape) + QLatin1Char(' ') + dtype;
}

} // namespace

ParameterDiffModel::ParameterDiffModel(QObject* parent)
    : RowTableModel({ tr("Name"), tr("Status"), tr("Left"), tr("Right"), tr("Max |Δ|") }, parent)
{ }

void ParameterDiffModel::setSides(const QString& left, const QString& right, const QString& onlyLeft,
                                  const QString& onlyRight)
{
    setHeaders({ tr("Name"), tr("Status"), left, right, tr("Max |Δ|") });
    resetWith([&] {
        m_onlyLeft = onlyLeft;
        m_onlyRight = onlyRight;
    });
}

void ParameterDiffModel::setParameters(const QList<ParameterDiff>& parameters)
{
    resetWith([&] { m_rows = parameters; });
}

QString ParameterDiffModel::statusText(ParameterDiff::Status status)
{
    switch (status) {
    case ParameterDiff::Status::Same:
        return tr("same");
    case ParameterDiff::Status::ValuesDiffer:
        return tr("values differ");
    case ParameterDiff::Status::ShapeDiffers:
        return tr("shape differs");
    case ParameterDiff::Status::DtypeDiffers:
        return tr("dtype differs");
    case ParameterDiff::Status::OnlyLeft:
        return tr("only left");
    case ParameterDiff::Status::OnlyRight:
        return tr("only right");
    }
    return {};
}

QVariant ParameterDiffModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ParameterDiff& p = m_rows[index.row()];
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case NameColumn:
            return p.name;
        case StatusColumn:
            if (role == SortRole)
                return int(p.status);
            if (p.status == ParameterDiff::Status::OnlyLeft && !m_onlyLeft.isEmpty())
                return m_onlyLeft;
            if (p.status == ParameterDiff::Status::OnlyRight && !m_onlyRight.isEmpty())
                return m_onlyRight;
            return statusText(p.status);
        case LeftColumn:
            return sideText(p.leftShape, p.leftDtype);
        case RightColumn:
            return sideText(p.rightShape, p.rightDtype);
        case MaxDiffColumn:
            if (role == SortRole)
                return p.maxAbsDiff ? *p.maxAbsDiff : -1.0;
            return p.maxAbsDiff ? QLocale().toString(*p.maxAbsDiff, 'g', 6) : QString();
        }
    }
    if (role == Qt::BackgroundRole && p.status != ParameterDiff::Status::Same)
        return QBrush(p.status == ParameterDiff::Status::OnlyLeft        ? QColor(0xfd, 0xe0, 0xe0)
                          : p.status == ParameterDiff::Status::OnlyRight ? QColor(0xe0, 0xf5, 0xe4)
                                                                         : QColor(0xfd, 0xf0, 0xd5));
    if (role == Qt::TextAlignmentRole && index.column() == MaxDiffColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace jitscope
