// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/methodtablemodel.h"

#include "models/modelroles.h"

namespace jitscope {

MethodTableModel::MethodTableModel(QObject* parent)
    : RowTableModel({ tr("Module"), tr("Method"), tr("Arguments"), tr("Returns") }, parent)
{ }

void MethodTableModel::setSnapshot(const SnapshotPtr& snapshot)
{
    resetWith([&] { m_snapshot = snapshot; });
}

const MethodInfo* MethodTableModel::methodAt(int row) const
{
    return m_snapshot && row >= 0 && row < m_snapshot->methods.size() ? &m_snapshot->methods[row] : nullptr;
}

int MethodTableModel::rowOf(const QString& module, const QString& name) const
{
    if (!m_snapshot)
        return -1;
    for (int i = 0; i < m_snapshot->methods.size(); ++i) {
        if (m_snapshot->methods[i].module == module && m_snapshot->methods[i].name == name)
            return i;
    }
    return -1;
}

QString MethodTableModel::argumentText(const MethodInfo& method)
{
    QStringList parts;
    for (const auto& a : method.arguments) {
        if (a.name == QLatin1String("self"))
            continue;
        QString text = a.name + QLatin1String(": ") + a.type;
        if (a.hasDefault)
            text += QLatin1String(" = ") + a.defaultValue;
        parts << text;
    }
    return parts.join(QLatin1String(", "));
}

QVariant MethodTableModel::data(const QModelIndex& index, int role) const
{
    const MethodInfo* m = index.isValid() ? methodAt(index.row()) : nullptr;
    if (!m)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case ModuleColumn:
            return m->module.isEmpty() ? tr("(root)") : m->module;
        case NameColumn:
            return m->name;
        case SignatureColumn:
            return QString(QLatin1Char('(') + argumentText(*m) + QLatin1Char(')'));
        case ReturnsColumn:
            return m->returns.size() == 1
                ? m->returns.first()
                : QString(QLatin1Char('(') + m->returns.join(QLatin1String(", ")) + QLatin1Char(')'));
        }
        break;
    case Qt::ToolTipRole:
        return m->schema;
    case ModuleRole:
        return m->module;
    case NameRole:
        return m->name;
    }
    return {};
}

} // namespace jitscope
