// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// GraphLayouter's inside, shared by its per-group runs (graphlayouter.cpp) and its one-run
// cluster layouts (clusterlayout.cpp). Not part of core's interface.

#include "graph/graphlayouter.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <QMutex>

#include <functional>
#include <string>
#include <unordered_map>

namespace jitscope {

namespace layoutdetail {

// A child of a group at one level: a node (id >= 0) or a group (-(id + 1)).
using Item = int;
inline Item nodeItem(int id)
{
    return id;
}
inline Item groupItem(int id)
{
    return -(id + 1);
}

// Which part of an edge's route a group computes.
enum class Role { Internal, OutPort, InPort };

struct EdgeRole
{
    int edge;
    Role role;
};

inline char* cstr(const char* s)
{
    return const_cast<char*>(s);
}

inline void setAttr(void* object, const char* name, const QByteArray& value)
{
    agsafeset(object, cstr(name), const_cast<char*>(value.constData()), cstr(""));
}

// A top-to-bottom graph of fixed-size, label-less boxes: dot only places what JitScope draws.
Agraph_t* newDotGraph(const char* name);
QByteArray inches(double points);
// Point nodes where edges enter (top rank) and leave (bottom rank) the group `graph` lays out,
// by port name.
std::unordered_map<std::string, Agnode_t*> addBorderPorts(Agraph_t* graph, const QStringList& inPorts,
                                                          const QStringList& outPorts);
// Samples a dot spline (cubic Bézier pieces) into a polyline.
QList<QPointF> sampleSpline(const splines* spl, const std::function<QPointF(pointf)>& map);

// Graphviz keeps global state behind its contexts: one context for the process, used by one
// thread at a time under this mutex.
QMutex& graphvizMutex();
GVC_t* graphvizContext();
// Runs dot on `graph` (after the crash guard); false when Graphviz fails.
bool runDotLayout(Agraph_t* graph);
// Closes `graph` and throws the UserError for a failed layout.
[[noreturn]] void failLayout(Agraph_t* graph);

} // namespace layoutdetail

struct GraphLayouter::GroupLayout
{
    QSizeF size;
    QList<QPointF> childPos; // top-left of each child, members first, then child groups
    QHash<QString, QList<QPointF>> routes; // by local edge key, relative to the group
    QHash<QString, double> portX; // by port name ("in:..."/"out:..."): where it crosses the border
    // For a subtree laid out in one run: the layouts of its groups below the top one, in
    // pre-order, as they are cached and reused together.
    QList<std::shared_ptr<const GroupLayout>> subtree;
};

// Facts about one model that every group's layout needs.
struct GraphLayouter::Context
{
    using Item = layoutdetail::Item;
    using EdgeRole = layoutdetail::EdgeRole;
    using Role = layoutdetail::Role;
    const GraphModel& model;
    QList<int> depth; // of each group
    QList<QList<EdgeRole>> roles; // per group: the edges it routes
    QList<QHash<Item, int>> localIndex; // per group: child item -> local index
    QList<QString> keys; // per (edge, role) slot: computed lazily
    QList<std::shared_ptr<const GroupLayout>> layouts; // per group, once laid out
    QList<QString> signatures; // per group
    QList<int> subtreeNodes; // per group: its nodes and all its descendants
    QHash<int, QList<int>> columns; // sideColumns(model)

    explicit Context(const GraphModel& m)
        : model(m)
    {
        const int groups = int(m.groups.size());
        depth.resize(groups);
        for (int g = 1; g < groups; ++g)
            depth[g] = depth[m.groups[g].parent] + 1; // parents come before children
        roles.resize(groups);
        localIndex.resize(groups);
        layouts.resize(groups);
        signatures.resize(groups);
        for (int g = 0; g < groups; ++g) {
            int i = 0;
            for (int n : m.groups[g].nodes)
                localIndex[g].insert(layoutdetail::nodeItem(n), i++);
            for (int c : m.groups[g].groups)
                localIndex[g].insert(layoutdetail::groupItem(c), i++);
        }
        columns = sideColumns(m);
        subtreeNodes.resize(groups);
        for (int g = groups - 1; g >= 0; --g) {
            subtreeNodes[g] += int(m.groups[g].nodes.size());
            if (g > 0)
                subtreeNodes[m.groups[g].parent] += subtreeNodes[g];
        }
        for (int e = 0; e < m.edges.size(); ++e) {
            int a = m.nodes[m.edges[e].from].group, b = m.nodes[m.edges[e].to].group;
            // Climb to the lowest common group; each group passed on the way routes to its border.
            while (a != b) {
                if (depth[a] >= depth[b]) {
                    roles[a] << EdgeRole { e, Role::OutPort };
                    a = m.groups[a].parent;
                } else {
                    roles[b] << EdgeRole { e, Role::InPort };
                    b = m.groups[b].parent;
                }
            }
            roles[a] << EdgeRole { e, Role::Internal };
        }
    }

    // The child of `group` that holds `node`, or the node itself when it is a direct member.
    Item childHolding(int group, int node) const
    {
        int g = model.nodes[node].group;
        if (g == group)
            return layoutdetail::nodeItem(node);
        while (model.groups[g].parent != group)
            g = model.groups[g].parent;
        return layoutdetail::groupItem(g);
    }

    // Where `node` sits below `group`: the local index at each level down, "2/0/5". Names the
    // end of an edge's route inside a subtree laid out in one run, independent of node ids.
    QString localPath(int group, int node) const
    {
        QStringList parts;
        int g = model.nodes[node].group;
        Item item = layoutdetail::nodeItem(node);
        while (true) {
            parts.prepend(QString::number(localIndex[g].value(item)));
            if (g == group)
                break;
            item = layoutdetail::groupItem(g);
            g = model.groups[g].parent;
        }
        return parts.join(QLatin1Char('/'));
    }

    // Where an edge crosses a group's border: "out:<value>" or "in:<value>", a port node's name.
    QString portName(const GraphEdge& e, bool outgoing) const
    {
        return (outgoing ? QStringLiteral("out:") : QStringLiteral("in:")) + portValue(e);
    }

    // The key of that crossing's route in `group`'s layout: one per child holding the inner end;
    // `exact` (a subtree laid out in one run) one per inner end itself.
    QString portKey(int group, const GraphEdge& e, bool outgoing, bool exact) const
    {
        const int inner = outgoing ? e.from : e.to;
        if (exact)
            return portName(e, outgoing) + QStringLiteral(":@") + localPath(group, inner);
        return portName(e, outgoing) + QLatin1Char(':')
            + QString::number(localIndex[group].value(childHolding(group, inner)));
    }

    QString portValue(const GraphEdge& e) const
    {
        const GraphNode& from = model.nodes[e.from];
        return (e.control ? QStringLiteral("ctl") : e.value) + QLatin1Char('@') + from.kind + QLatin1Char('/')
            + from.label;
    }
};

} // namespace jitscope
