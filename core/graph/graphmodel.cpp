// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/graphmodel.h"

namespace jitscope {

QString groupKindName(GroupKind kind)
{
    switch (kind) {
    case GroupKind::Graph:
        return QStringLiteral("graph");
    case GroupKind::Module:
        return QStringLiteral("module");
    case GroupKind::Function:
        return QStringLiteral("function");
    case GroupKind::If:
        return QStringLiteral("if");
    case GroupKind::Loop:
        return QStringLiteral("loop");
    case GroupKind::Block:
        return QStringLiteral("block");
    }
    return {};
}

QString GraphGroup::title() const
{
    return calleeType.isEmpty() ? label : label + QStringLiteral(" · ") + calleeType;
}

QString GraphNode::observedKey() const
{
    return irIndex < 0 ? QString() : context + QLatin1Char('#') + QString::number(irIndex);
}

QHash<int, QList<int>> sideColumns(const GraphModel& model)
{
    QSet<int> feeding, fed;
    for (const GraphEdge& e : model.edges) {
        feeding.insert(e.from);
        fed.insert(e.to);
    }
    QHash<int, QList<int>> columns;
    for (const GraphGroup& g : model.groups) {
        QList<int> column;
        for (bool withEdge : { true, false })
            for (int n : g.nodes)
                if (model.nodes[n].brief && !feeding.contains(n) && fed.contains(n) == withEdge)
                    column << n;
        if (column.size() > 1)
            columns.insert(g.id, column);
    }
    return columns;
}

QList<int> findNodes(const GraphModel& model, const QString& text)
{
    QList<int> hits;
    if (text.isEmpty())
        return hits;
    auto has = [&](const QString& s) { return s.contains(text, Qt::CaseInsensitive); };
    for (const GraphNode& n : model.nodes) {
        bool match = has(n.kind) || has(n.label) || has(n.sublabel) || has(n.module) || has(n.expandKey);
        for (const GraphValue& v : n.outputs)
            match = match || has(v.name);
        for (const GraphValue& v : n.inputs)
            match = match || (v.folded && has(v.name));
        if (match)
            hits << n.id;
    }
    return hits;
}

} // namespace jitscope
