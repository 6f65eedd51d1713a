// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/observedrunmodels.h"

#include "common/textformat.h"
#include "models/modelroles.h"

namespace jitscope {

namespace {

QVariant msOrDash(const std::optional<double>& ms)
{
    if (!ms)
        return QStringLiteral("–");
    // Under a microsecond, two digits that say how much ("0.00042"), not "0.000" beside a share.
    return *ms > 0 && *ms < 0.001 ? QLocale().toString(*ms, 'g', 2) : QLocale().toString(*ms, 'f', 3);
}

QVariant shareOf(const std::optional<double>& ms, const ObservedRun& run)
{
    if (!ms || !run.timeMs || *run.timeMs <= 0)
        return QStringLiteral("–");
    return QStringLiteral("%1%").arg(QLocale().toString(100.0 * *ms / *run.timeMs, 'f', 1));
}

QVariant alignedRight(int column, int first)
{
    return column >= first ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
}

} // namespace

ObservedModuleModel::ObservedModuleModel(QObject* parent)
    : RowTableModel(
        { tr("Module"), tr("Type"), tr("Output shape"), tr("Parameters"), tr("MACs"), tr("Time (ms)"), tr("Share") },
        parent)
{ }

void ObservedModuleModel::setRun(const ObservedRunPtr& run)
{
    resetWith([&] { m_run = run; });
}

int ObservedModuleModel::rows() const
{
    return m_run ? int(m_run->modules.size()) : 0;
}

QVariant ObservedModuleModel::data(const QModelIndex& index, int role) const
{
    if (!m_run || !index.isValid() || index.row() >= m_run->modules.size())
        return {};
    const ObservedModule& m = m_run->modules[index.row()];
    if (role == ModuleRole)
        return m.path;
    if (role == NameRole)
        return m.path;
    if (role == Qt::TextAlignmentRole)
        return alignedRight(index.column(), Parameters);
    if (role == SortRole) {
        switch (index.column()) {
        case Module:
            return index.row(); // call order
        case Parameters:
            return m.parameters;
        case Macs:
            return m.macs;
        case Time:
        case Share:
            return m.timeMs.value_or(-1);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Module)
        return m.path.isEmpty() ? tr("the called module") : m.path;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Module: {
        const QString name = m.path.isEmpty() ? tr("(root)") : m.path.section(QLatin1Char('.'), -1);
        return QString(QString(2 * m.depth, QLatin1Char(' ')) + (m.depth == 0 && !m.path.isEmpty() ? m.path : name));
    }
    case Type:
        return m.calls > 1 ? tr("%1 (%2 calls)").arg(m.type).arg(m.calls) : m.type;
    case Output:
        return m.outputShapes.join(QLatin1String(", "));
    case Parameters:
        return formatCount(m.parameters, QLocale());
    case Macs:
        return formatMacs(m.macs, QLocale());
    case Time:
        return msOrDash(m.timeMs);
    case Share:
        return shareOf(m.timeMs, *m_run);
    }
    return {};
}

ObservedOpModel::ObservedOpModel(QObject* parent)
    : RowTableModel({ tr("Op"), tr("Module"), tr("Calls"), tr("Time (ms)"), tr("Own (ms)"), tr("Share"), tr("MACs") },
                    parent)
{ }

void ObservedOpModel::setRun(const ObservedRunPtr& run)
{
    resetWith([&] {
        m_run = run;
        m_rows.clear();
        if (run)
            for (int i = 0; i < run->nodes.size(); ++i)
                if (run->nodes[i].callee.isEmpty())
                    m_rows << i;
    });
}

QString ObservedOpModel::nodeKey(int row) const
{
    return m_run && row >= 0 && row < m_rows.size() ? m_run->nodes[m_rows[row]].key : QString();
}

QVariant ObservedOpModel::data(const QModelIndex& index, int role) const
{
    if (!m_run || !index.isValid() || index.row() >= m_rows.size())
        return {};
    const ObservedNode& n = m_run->nodes[m_rows[index.row()]];
    if (role == ModuleRole)
        return n.module;
    if (role == NameRole)
        return n.kind;
    if (role == Qt::TextAlignmentRole)
        return alignedRight(index.column(), Calls);
    if (role == Qt::ToolTipRole)
        return n.key;
    if (role == SortRole) {
        switch (index.column()) {
        case Calls:
            return n.calls;
        case Time:
            return n.timeMs.value_or(-1);
        case Self:
        case Share:
            return n.selfMs.value_or(-1);
        case Macs:
            return n.macs;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Op:
        return n.kind;
    case Module:
        return n.module.isEmpty() ? tr("(root)") : n.module;
    case Calls:
        return n.calls;
    case Time:
        return msOrDash(n.timeMs);
    case Self:
        return msOrDash(n.selfMs);
    case Share:
        return shareOf(n.selfMs, *m_run);
    case Macs:
        return n.macs > 0 ? formatMacs(n.macs, QLocale()) : QString();
    }
    return {};
}

} // namespace jitscope
