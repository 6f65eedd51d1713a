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

void foldOneNodeCalls(GraphModel& model)
{
    // (A call left with no node, its conditions dropped, goes too.)
    auto folds = [&](const GraphGroup& g) {
        return g.id != 0 && (g.kind == GroupKind::Module || g.kind == GroupKind::Function) && g.nodes.size() <= 1
            && g.groups.isEmpty();
    };
    // A folded group holds no group, so its parent stays: one pass, then the ids close up.
    QList<int> newId(model.groups.size(), -1);
    int next = 0;
    for (const GraphGroup& g : std::as_const(model.groups))
        newId[g.id] = folds(g) ? -1 : next++;
    if (next == model.groups.size())
        return;
    for (GraphGroup& g : model.groups) {
        if (newId[g.id] >= 0)
            continue;
        model.groups[g.parent].groups.removeOne(g.id);
        if (g.nodes.isEmpty())
            continue;
        GraphNode& node = model.nodes[g.nodes.first()];
        node.call = g.title();
        node.callKey = g.expandKey;
        node.group = g.parent;
        GraphGroup& parent = model.groups[g.parent];
        parent.nodes << node.id;
    }
    QList<GraphGroup> kept;
    for (GraphGroup& g : model.groups) {
        if (newId[g.id] < 0)
            continue;
        g.id = newId[g.id];
        g.parent = g.parent < 0 ? -1 : newId[g.parent];
        for (int& c : g.groups)
            c = newId[c];
        kept << std::move(g);
    }
    model.groups = std::move(kept);
    for (GraphNode& n : model.nodes)
        n.group = newId[n.group];
}

void dropUnusedConditions(GraphModel& model)
{
    static const QSet<QString> kinds {
        QStringLiteral("aten::dim"),     QStringLiteral("aten::len"),    QStringLiteral("aten::size"),
        QStringLiteral("aten::eq"),      QStringLiteral("aten::ne"),     QStringLiteral("aten::lt"),
        QStringLiteral("aten::gt"),      QStringLiteral("aten::le"),     QStringLiteral("aten::ge"),
        QStringLiteral("aten::__not__"), QStringLiteral("aten::__is__"), QStringLiteral("aten::__isnot__"),
        QStringLiteral("aten::__and__"), QStringLiteral("aten::__or__"), QStringLiteral("aten::__contains__")
    };
    static const QSet<QString> scalars { QStringLiteral("bool"), QStringLiteral("int"), QStringLiteral("float"),
                                         QStringLiteral("int[]") };
    QList<int> readers(model.nodes.size(), 0);
    for (const GraphEdge& e : std::as_const(model.edges))
        ++readers[e.from];
    QList<bool> drop(model.nodes.size(), false);
    auto unused = [&](const GraphNode& n) {
        if (drop[n.id] || readers[n.id] > 0 || n.outputs.isEmpty() || !kinds.contains(n.kind))
            return false;
        for (const GraphValue& v : n.outputs)
            if (!scalars.contains(v.type))
                return false;
        return true;
    };
    // Backwards: a dropped comparison frees the dim() it read.
    bool changed = true;
    while (changed) {
        changed = false;
        for (qsizetype i = model.nodes.size() - 1; i >= 0; --i) {
            if (!unused(model.nodes[i]))
                continue;
            drop[i] = true;
            changed = true;
            for (const GraphEdge& e : std::as_const(model.edges))
                if (e.to == i)
                    --readers[e.from];
        }
    }
    QList<int> newId(model.nodes.size(), -1);
    int next = 0;
    for (qsizetype i = 0; i < model.nodes.size(); ++i)
        newId[i] = drop[i] ? -1 : next++;
    if (next == model.nodes.size())
        return;
    QList<GraphNode> kept;
    for (GraphNode& n : model.nodes) {
        if (drop[n.id])
            continue;
        n.id = newId[n.id];
        for (QList<GraphValue>* values : { &n.inputs, &n.outputs })
            for (GraphValue& v : *values)
                v.node = v.node < 0 ? v.node : newId[v.node];
        kept << std::move(n);
    }
    model.nodes = std::move(kept);
    QList<GraphEdge> edges;
    for (GraphEdge& e : model.edges)
        if (!drop[e.from] && !drop[e.to]) {
            e.from = newId[e.from];
            e.to = newId[e.to];
            edges << std::move(e);
        }
    model.edges = std::move(edges);
    for (GraphGroup& g : model.groups) {
        QList<int> nodes;
        for (int n : std::as_const(g.nodes))
            if (!drop[n])
                nodes << newId[n];
        g.nodes = std::move(nodes);
    }
}

QSet<QString> expandedCalls(const GraphModel& model)
{
    QSet<QString> keys;
    for (const GraphGroup& g : model.groups)
        if (!g.expandKey.isEmpty())
            keys.insert(g.expandKey);
    for (const GraphNode& n : model.nodes)
        if (!n.callKey.isEmpty())
            keys.insert(n.callKey);
    return keys;
}

QList<int> findNodes(const GraphModel& model, const QString& text)
{
    QList<int> hits;
    if (text.isEmpty())
        return hits;
    auto has = [&](const QString& s) { return s.contains(text, Qt::CaseInsensitive); };
    for (const GraphNode& n : model.nodes) {
        bool match = has(n.kind) || has(n.label) || has(n.sublabel) || has(n.module) || has(n.expandKey) || has(n.call);
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
