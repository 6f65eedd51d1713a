// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What the graph suites share: examples opened and drawn, and the checks every drawing passes.
#pragma once

#include "graph/graphlayouter.h"
#include "session/modelsession.h"
#include "testutil.h"

#include <QFile>
#include <QMap>
#include <QTest>

namespace jitscope::graphtests {

inline QMap<QString, int> kindCounts(const GraphModel& m)
{
    QMap<QString, int> counts;
    for (const GraphNode& n : m.nodes)
        ++counts[n.kind];
    return counts;
}

// "kind label" per node and "from->to value" per edge: what a person sees, without ids' order.
inline QStringList fingerprint(const GraphModel& m)
{
    QStringList out;
    for (const GraphNode& n : m.nodes)
        out << n.kind + QLatin1Char(' ') + n.label;
    for (const GraphEdge& e : m.edges)
        out << m.nodes[e.from].label + QStringLiteral("->") + m.nodes[e.to].label + QLatin1Char(' ') + e.value;
    out.sort();
    return out;
}

inline const GraphGroup* findGroup(const GraphModel& m, GroupKind kind, const QString& title = QString())
{
    for (const GraphGroup& g : m.groups)
        if (g.kind == kind && (title.isEmpty() || g.title() == title))
            return &g;
    return nullptr;
}

// A model written by hand, for layouts of shapes no example has.
struct ModelWriter
{
    GraphModel m;

    ModelWriter()
    {
        m.groups.resize(1);
        m.groups[0].label = QStringLiteral("forward");
    }
    int group(const QString& label, const QString& type, int parent)
    {
        GraphGroup g;
        g.id = int(m.groups.size());
        g.kind = GroupKind::Module;
        g.label = label;
        g.calleeType = type;
        g.parent = parent;
        m.groups << g;
        m.groups[parent].groups << g.id;
        return g.id;
    }
    int node(const QString& kind, const QString& label, int group, const QString& sublabel = QString(),
             bool brief = false)
    {
        GraphNode n;
        n.id = int(m.nodes.size());
        n.kind = kind;
        n.label = label;
        n.sublabel = sublabel;
        n.group = group;
        n.brief = brief;
        n.width = 60;
        n.height = 30;
        m.nodes << n;
        m.groups[group].nodes << n.id;
        return n.id;
    }
    void edge(int from, int to, const QString& value)
    {
        GraphEdge e;
        e.from = from;
        e.to = to;
        e.value = value;
        m.edges << e;
    }
};

class GraphTestBase : public QObject
{
protected:
    ModelSession m_session;

    LaidOutGraphPtr graph(const QString& example, GraphOptions options, const QString& module = QString(),
                          const QString& method = QString())
    {
        m_session.open(testutil::archive(example)).wait();
        return m_session.graph({ module, method, options }).wait();
    }

    // The graph of an archive generate_fixtures.py --resnet18 writes at test time; null when it
    // is not there (no python3-torch), for the test to skip.
    LaidOutGraphPtr generatedGraph(const QString& file, GraphOptions options)
    {
        const QString path = testutil::generated(file);
        if (!QFile::exists(path))
            return nullptr;
        m_session.open(path).wait();
        return m_session.graph({ QString(), QString(), options }).wait();
    }
    static constexpr const char* kNotGenerated
        = "written by generate_fixtures.py --resnet18 (needs python3-torch, torchvision)";

    static GraphOptions expandAll(bool fold = true)
    {
        GraphOptions o;
        o.fold = fold;
        o.expand = GraphOptions::Expand::All;
        return o;
    }

    static void checkGeometry(const LaidOutGraph& g)
    {
        const GraphModel& m = g.model;
        const GraphLayout& l = g.layout;
        QCOMPARE(l.nodes.size(), m.nodes.size());
        QCOMPARE(l.groups.size(), m.groups.size());
        QCOMPARE(l.edges.size(), m.edges.size());
        for (int a = 0; a < m.nodes.size(); ++a) {
            QVERIFY(l.nodes[a].width() > 0 && l.nodes[a].height() > 0);
            QVERIFY(l.bounds.contains(l.nodes[a]));
            for (int b = a + 1; b < m.nodes.size(); ++b)
                QVERIFY2(!l.nodes[a].intersects(l.nodes[b]),
                         qPrintable(QStringLiteral("%1 overlaps %2").arg(m.nodes[a].label, m.nodes[b].label)));
        }
        for (const GraphGroup& group : m.groups) {
            for (int n : group.nodes)
                QVERIFY(l.groups[group.id].contains(l.nodes[n]));
            for (int c : group.groups)
                QVERIFY(l.groups[group.id].contains(l.groups[c]));
        }
        for (int e = 0; e < m.edges.size(); ++e) {
            const QList<QPointF>& points = l.edges[e];
            QVERIFY2(points.size() >= 2, qPrintable(QString::number(e)));
            const QRectF from = l.nodes[m.edges[e].from].adjusted(-3, -3, 3, 3);
            const QRectF to = l.nodes[m.edges[e].to].adjusted(-3, -3, 3, 3);
            QVERIFY2(from.contains(points.first()), qPrintable(m.nodes[m.edges[e].from].label));
            QVERIFY2(to.contains(points.last()), qPrintable(m.nodes[m.edges[e].to].label));
        }
    }
};

} // namespace jitscope::graphtests
