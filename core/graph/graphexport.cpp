// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/graphexport.h"

#include <QJsonArray>

#include <functional>

namespace jitscope {

namespace {

QJsonArray valuesToJson(const QList<GraphValue>& values, const QStringList& names = {})
{
    QJsonArray array;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const GraphValue& v = values[i];
        QJsonObject o { { QStringLiteral("name"), v.name }, { QStringLiteral("type"), v.type } };
        if (i < names.size() && !names[i].isEmpty())
            o.insert(QStringLiteral("argument"), names[i]);
        if (v.folded)
            o.insert(QStringLiteral("folded"), true);
        array.append(o);
    }
    return array;
}

QJsonObject rectToJson(QJsonObject o, const QRectF& r)
{
    o.insert(QStringLiteral("x"), r.x());
    o.insert(QStringLiteral("y"), r.y());
    o.insert(QStringLiteral("width"), r.width());
    o.insert(QStringLiteral("height"), r.height());
    return o;
}

QByteArray quoted(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return '"' + escaped.toUtf8() + '"';
}

} // namespace

QJsonObject graphToJson(const LaidOutGraph& graph)
{
    const GraphModel& m = graph.model;
    const GraphLayout& l = graph.layout;
    QJsonArray nodes, edges, groups;
    for (const GraphNode& n : m.nodes) {
        QJsonObject o {
            { QStringLiteral("id"), n.id },
            { QStringLiteral("kind"), n.kind },
            { QStringLiteral("category"), categoryName(n.category) },
            { QStringLiteral("label"), n.label },
            { QStringLiteral("module"), n.module },
            { QStringLiteral("group"), n.group },
            { QStringLiteral("inputs"), valuesToJson(n.inputs, n.inputNames) },
            { QStringLiteral("outputs"), valuesToJson(n.outputs) },
        };
        if (!n.sublabel.isEmpty())
            o.insert(QStringLiteral("sublabel"), n.sublabel);
        QJsonArray attributes;
        for (const auto& a : n.attributes)
            attributes.append(QJsonArray { a.first, a.second });
        o.insert(QStringLiteral("attributes"), attributes);
        if (!n.source.isEmpty())
            o.insert(QStringLiteral("source"), n.source);
        if (!n.sourceText.isEmpty())
            o.insert(QStringLiteral("source_text"), n.sourceText);
        if (!n.codeText.isEmpty())
            o.insert(QStringLiteral("code_text"), n.codeText);
        if (!n.expandKey.isEmpty())
            o.insert(QStringLiteral("expand_key"), n.expandKey);
        if (!n.call.isEmpty()) {
            o.insert(QStringLiteral("call"), n.call);
            o.insert(QStringLiteral("call_key"), n.callKey);
        }
        nodes.append(rectToJson(o, l.nodes.value(n.id)));
    }
    for (qsizetype i = 0; i < m.edges.size(); ++i) {
        const GraphEdge& e = m.edges[i];
        QJsonArray points;
        for (const QPointF& p : l.edges.value(i))
            points.append(QJsonArray { p.x(), p.y() });
        QJsonObject o { { QStringLiteral("from"), e.from },
                        { QStringLiteral("to"), e.to },
                        { QStringLiteral("value"), e.value },
                        { QStringLiteral("type"), e.type },
                        { QStringLiteral("points"), points } };
        if (e.control)
            o.insert(QStringLiteral("control"), true);
        edges.append(o);
    }
    for (const GraphGroup& g : m.groups) {
        QJsonArray members, children;
        for (int n : g.nodes)
            members.append(n);
        for (int c : g.groups)
            children.append(c);
        QJsonObject o { { QStringLiteral("id"), g.id },
                        { QStringLiteral("kind"), groupKindName(g.kind) },
                        { QStringLiteral("label"), g.title() },
                        { QStringLiteral("module"), g.module },
                        { QStringLiteral("parent"), g.parent < 0 ? QJsonValue() : QJsonValue(g.parent) },
                        { QStringLiteral("members"), members },
                        { QStringLiteral("groups"), children } };
        if (!g.expandKey.isEmpty())
            o.insert(QStringLiteral("expand_key"), g.expandKey);
        groups.append(rectToJson(o, l.groups.value(g.id)));
    }
    return QJsonObject {
        { QStringLiteral("module"), m.module },
        { QStringLiteral("method"), m.method },
        { QStringLiteral("nodes"), nodes },
        { QStringLiteral("edges"), edges },
        { QStringLiteral("groups"), groups },
        { QStringLiteral("expandable"), QJsonArray::fromStringList(m.expandableKeys) },
        { QStringLiteral("width"), l.bounds.width() },
        { QStringLiteral("height"), l.bounds.height() },
    };
}

QByteArray graphToDot(const GraphModel& m)
{
    QByteArray out
        = "digraph " + quoted(m.module.isEmpty() ? m.method : m.module + QLatin1Char('.') + m.method) + " {\n";
    out += "  node [shape=box, fontname=\"sans-serif\", fontsize=10];\n";
    std::function<void(int, int)> emitGroup = [&](int g, int indent) {
        const QByteArray pad(indent * 2, ' ');
        const GraphGroup& group = m.groups[g];
        if (g != 0)
            out += pad + "subgraph cluster_" + QByteArray::number(g) + " {\n" + pad + "  label=" + quoted(group.title())
                + ";\n";
        for (int n : group.nodes) {
            const GraphNode& node = m.nodes[n];
            QString label = node.label;
            if (!node.sublabel.isEmpty())
                label += QLatin1Char('\n') + node.sublabel;
            out += pad + "  n" + QByteArray::number(n) + " [label=" + quoted(label) + "];\n";
        }
        for (int c : group.groups)
            emitGroup(c, indent + 1);
        if (g != 0)
            out += pad + "}\n";
    };
    emitGroup(0, 0);
    for (const GraphEdge& e : m.edges) {
        out += "  n" + QByteArray::number(e.from) + " -> n" + QByteArray::number(e.to);
        out += e.control ? QByteArray(" [style=dashed];\n") : " [label=" + quoted(e.value) + "];\n";
    }
    out += "}\n";
    return out;
}

} // namespace jitscope
