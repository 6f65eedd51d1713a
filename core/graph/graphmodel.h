// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

#include "graph/nodecategory.h"

namespace jitscope {

// A method's TorchScript graph as JitScope draws it: nodes, data edges, and nested groups for
// expanded module/function calls and control-flow blocks. Built on the session's thread from a
// torch::jit::Graph; pure data from then on.

struct GraphValue
{
    QString name; // debug name, "x.1", or the folded text ("linear.weight", "1")
    QString type; // as the IR prints it
    int node = -1; // producing node (outputs) or consuming node (inputs); -1 for folded inputs
    bool folded = false; // a constant or attribute folded into the consumer
    QString key; // what an observed run calls the value (ObservedValue::key); empty when folded
};

struct GraphNode
{
    int id = 0;
    QString kind; // "aten::linear", "prim::If", "prim::CallMethod", "prim::Param", "prim::Return"
    NodeCategory category = NodeCategory::Other; // from kind, for colour
    QString label; // "linear", "features.0", "x"
    QString sublabel; // "Conv2d" for a module call; empty otherwise
    QList<GraphValue> inputs; // in argument order; folded ones carry their text in `name`
    QStringList inputNames; // the schema's argument names where known, else ""
    QList<GraphValue> outputs;
    QList<QPair<QString, QString>> attributes; // node attributes and folded inputs: name, value
    QString source; // "file:line:col" or empty
    int sourceLine = 0;
    QString sourceText; // that source line, trimmed
    QString codeText; // the line of the archive's TorchScript code that made the node, trimmed
    QString module; // path of the module whose method holds the node
    // The call the node's code runs in: "layer1.0:forward" for a method of a module, with
    // "/name@N" appended for a function it calls (N: the call's place in the caller's IR). With
    // irIndex (the IR node's place in its graph, pre-order; -1 for nodes JitScope adds, such as
    // inputs and returns) it names what an observed run recorded: observedKey() for the node,
    // valueKey() for an output.
    QString context;
    int irIndex = -1;
    QString observedKey() const;
    QString valueKey(const QString& valueName) const { return context + QLatin1Char('|') + valueName; }
    int group = 0; // innermost group holding the node
    QString expandKey; // non-empty for a call that can be expanded in place
    // A collapsed call of a module's method: the module's path ("" for the root) and the method.
    QString callee;
    QString calleeMethod;
    bool expanded = false;
    // An expanded call whose body is this one node, drawn as the node named by the call
    // (foldOneNodeCalls): its title, "features.0 · Conv2d", and the key that collapses it.
    QString call;
    QString callKey;
    // Drawn as its label and sublabel only, small beside the work it guards: a folded input
    // check or state update. The inspector lists its attributes.
    bool brief = false;
    double width = 0, height = 0; // box size for layout, in points
};

struct GraphEdge
{
    int from = 0; // node ids
    int to = 0;
    QString value; // the value's name; empty for control edges
    QString type;
    bool control = false; // orders blocks inside an If/Loop; carries no value
    QString key; // what an observed run calls the value: its producer's GraphNode::valueKey
};

enum class GroupKind { Graph, Module, Function, If, Loop, Block };
QString groupKindName(GroupKind kind); // "graph" (the root), "module", "function", "if", "loop", "block"

struct GraphGroup
{
    int id = 0;
    GroupKind kind = GroupKind::Graph;
    QString label; // "features.0", "dropout()", "if", "then", "forward"
    QString calleeType; // for module groups: the callee's short type, "Conv2d"

    // What a title shows: "features.0 · Conv2d" for a module call, else the label.
    QString title() const;
    QString module; // for module groups: the module path
    QString expandKey; // for module/function groups: the key that collapses them again
    int parent = -1;
    QList<int> nodes; // direct member nodes
    QList<int> groups; // direct child groups, in order
};

struct GraphModel
{
    QString module; // path of the module the method belongs to
    QString method;
    QList<GraphNode> nodes; // nodes[i].id == i
    QList<GraphEdge> edges;
    QList<GraphGroup> groups; // groups[0] is the root, groups[i].id == i
    QStringList expandableKeys; // every call in the graph that can expand, outermost first
};

// How a graph is built: folded or not, and which calls are expanded.
struct GraphOptions
{
    enum class Expand { None, All, Depth, Keys };
    bool fold = true;
    // With fold: an expanded call whose body is one node is drawn as that node (foldOneNodeCalls).
    // A diff keeps the group, which pairs a traced call with its scripted twin.
    bool oneNodeCalls = true;
    Expand expand = Expand::None;
    int depth = 0; // with Depth: expand calls nested fewer than `depth` levels deep
    QSet<QString> keys; // with Keys: the calls to expand
    // Calls that only pass the work on expand on their own, in every mode: a call of another
    // method of the same module (ResNet's forward -> _forward_impl), and a graph's only call
    // (a wrapper's forward -> self.model). They count no depth level.
    bool expandWrappers = true;
    QSet<QString> collapsed; // calls the user collapsed: never expanded, wrapper or not
};

// Where every node, group and edge is, in points with y growing downwards.
struct GraphLayout
{
    QList<QRectF> nodes; // by node id
    QList<QRectF> groups; // by group id
    QList<QList<QPointF>> edges; // by edge index: a polyline through the route's control points
    QRectF bounds;
    int dotRuns = 0; // Graphviz layouts run (one per group laid out anew)
    // The longest step between two pieces of one route, where a group's route goes on from its
    // parent's at its border: a few points when the parent's edge meets the box at the port.
    double longestJoin = 0;
};

struct LaidOutGraph
{
    GraphModel model;
    GraphLayout layout;
    double buildMs = 0;
    double layoutMs = 0;
};

using LaidOutGraphPtr = std::shared_ptr<const LaidOutGraph>;

// The request behind a graph: which method, and how to show it.
struct GraphRequest
{
    QString module;
    QString method; // empty: forward
    GraphOptions options;
};

// Each group's brief nodes that feed nothing (its input checks and state updates), those fed by
// an edge first: drawn as one column of equal width beside the work they guard. By group id;
// groups with fewer than two such nodes are left out.
QHash<int, QList<int>> sideColumns(const GraphModel& model);

// Expanded module and function calls whose body is one node, and nothing else, are no groups:
// the node stands in the caller's group, named by the call (GraphNode::call). A group's title and
// frame around one op cost dot a rank's room at every border; the node's one line costs 14 pt.
void foldOneNodeCalls(GraphModel& model);

// Drops the comparisons, sizes and tests (`aten::dim`, `aten::eq`, `not`, ...) whose results
// nothing draws any more: they computed the condition of an if that folding decided
// (`input.dim() == 3 and mode == "nearest"` for a bilinear interpolate). Only nodes of such kinds
// whose outputs are all scalars, to a fixpoint; ids close up.
void dropUnusedConditions(GraphModel& model);

// The keys of the calls shown expanded: the groups' and those of calls folded into one node.
QSet<QString> expandedCalls(const GraphModel& model);

// The nodes whose op kind, label, type, module, call or value names contain `text` (any case),
// in id order: what Find in the graph steps through.
QList<int> findNodes(const GraphModel& model, const QString& text);

} // namespace jitscope

Q_DECLARE_METATYPE(jitscope::LaidOutGraphPtr)
