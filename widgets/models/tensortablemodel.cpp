// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/tensortablemodel.h"

#include "common/textformat.h"
#include "models/modelroles.h"

#include <QColor>

namespace jitscope {

namespace {

QVariant statValue(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant();
}

QString statText(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'g', 5) : QStringLiteral("–");
}

} // namespace

TensorTableModel::TensorTableModel(QObject* parent)
    : RowTableModel({ tr("Name"), tr("Kind"), tr("Shape"), tr("Dtype"), tr("Device"), tr("Grad"), tr("Elements"),
                      tr("Size"), tr("Min"), tr("Max"), tr("Mean"), tr("Std"), tr("NaN"), tr("Inf") },
                    parent)
{ }

QString TensorTableModel::statsKey(const QString& name, bool isParameter)
{
    return (isParameter ? QLatin1Char('p') : QLatin1Char('b')) + name;
}

void TensorTableModel::setSnapshot(const SnapshotPtr& snapshot)
{
    resetWith([&] {
        m_snapshot = snapshot;
        m_rows.clear();
        m_rowOf.clear();
        m_stats.clear();
        if (m_snapshot) {
            for (const auto& t : m_snapshot->parameters)
                m_rows << &t;
            for (const auto& t : m_snapshot->buffers)
                m_rows << &t;
        }
        m_rowOf.reserve(m_rows.size());
        for (int i = int(m_rows.size()) - 1; i >= 0; --i) // the first of two alike names wins, as a scan found it
            m_rowOf.insert(statsKey(m_rows[i]->name, m_rows[i]->isParameter), i);
    });
}

void TensorTableModel::setStats(const TensorStats& stats)
{
    const int row = rowOf(stats.name, stats.isParameter);
    if (row < 0)
        return; // for an archive that is no longer open
    m_stats.insert(statsKey(stats.name, stats.isParameter), stats);
    Q_EMIT dataChanged(index(row, MinColumn), index(row, InfColumn));
}

const TensorInfo* TensorTableModel::tensorAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row] : nullptr;
}

int TensorTableModel::rowOf(const QString& name, bool isParameter) const
{
    return m_rowOf.value(statsKey(name, isParameter), -1);
}

QVariant TensorTableModel::data(const QModelIndex& index, int role) const
{
    const TensorInfo* t = index.isValid() ? tensorAt(index.row()) : nullptr;
    if (!t)
        return {};
    const auto statsIt = m_stats.constFind(statsKey(t->name, t->isParameter));
    const TensorStats* s = statsIt == m_stats.constEnd() ? nullptr : &*statsIt;
    const int column = index.column();

    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn:
            return t->name;
        case KindColumn:
            if (m_snapshot->archive.isCheckpoint()) // no module: a tensor the file holds
                return tr("tensor");
            return t->isParameter ? tr("parameter") : tr("buffer");
        case ShapeColumn:
            return t->shapeText();
        case DtypeColumn:
            return t->dtype;
        case DeviceColumn:
            return t->device;
        case GradColumn:
            return t->requiresGrad ? tr("yes") : tr("no");
        case ElementsColumn:
            return formatCount(t->numel, QLocale());
        case BytesColumn:
            return formatBytes(t->bytes, QLocale());
        }
        if (!s)
            return {};
        switch (column) {
        case MinColumn:
            return statText(s->min);
        case MaxColumn:
            return statText(s->max);
        case MeanColumn:
            return statText(s->mean);
        case StdColumn:
            return statText(s->std);
        case NanColumn:
            return QString::number(s->nanCount);
        case InfColumn:
            return QString::number(s->infCount);
        }
        return {};
    }
    if (role == SortRole) {
        switch (column) {
        case ElementsColumn:
            return t->numel;
        case BytesColumn:
            return t->bytes;
        case ShapeColumn:
            return QVariant::fromValue(t->shape.size() * 1000000000LL + t->numel);
        case MinColumn:
            return s ? statValue(s->min) : QVariant();
        case MaxColumn:
            return s ? statValue(s->max) : QVariant();
        case MeanColumn:
            return s ? statValue(s->mean) : QVariant();
        case StdColumn:
            return s ? statValue(s->std) : QVariant();
        case NanColumn:
            return s ? QVariant(s->nanCount) : QVariant();
        case InfColumn:
            return s ? QVariant(s->infCount) : QVariant();
        }
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::TextAlignmentRole && column >= ElementsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && s && (column == NanColumn || column == InfColumn)
        && (column == NanColumn ? s->nanCount : s->infCount) > 0)
        return QColor(Qt::red);
    // The whole name first: the column may show only its end.
    if (role == Qt::ToolTipRole && column == NameColumn && m_snapshot->archive.isCheckpoint())
        return QString(t->name + QLatin1Char('\n')
                       + tr("Tensor in %1").arg(t->module.isEmpty() ? tr("the file's top level") : t->module));
    if (role == Qt::ToolTipRole && column == NameColumn)
        return QString(t->name + QLatin1Char('\n')
                       + tr("%1 of module '%2'")
                             .arg(t->isParameter ? tr("Parameter") : tr("Buffer"),
                                  t->module.isEmpty() ? tr("(root)") : t->module));
    if (role == ModuleRole)
        return t->module;
    if (role == NameRole)
        return t->name;
    if (role == IsParameterRole)
        return t->isParameter;
    if (role == HasStatsRole)
        return s != nullptr;
    return {};
}

} // namespace jitscope
