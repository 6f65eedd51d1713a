// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/graphmodel.h"

#include <QHash>

#include <atomic>
#include <memory>

namespace jitscope {

// Lays out a GraphModel with Graphviz's dot, one group at a time: each expanded group is laid
// out on its own with its children as sized boxes, then placed in its parent, so the cost grows
// with what is visible. Group layouts are cached by content, so expanding one call re-runs dot
// only for that group and its ancestors. Not thread-safe: use one per thread (Graphviz itself
// runs one layout at a time in the process).
class GraphLayouter
{
public:
    GraphLayouter();
    ~GraphLayouter();
    GraphLayouter(const GraphLayouter&) = delete;
    GraphLayouter& operator=(const GraphLayouter&) = delete;

    // Throws UserError when Graphviz fails; returns an empty layout when `cancel` turns true.
    GraphLayout layout(const GraphModel& model, const std::atomic<bool>* cancel = nullptr);

    // One plain dot run over every node and edge of the model, ignoring groups: the reference
    // a grouped layout's compactness is measured against.
    GraphLayout layoutFlat(const GraphModel& model);

    void clearCache() { m_cache.clear(); }

    // Whether the workaround for Graphviz 2.42's wrapping component counter (which crashes dot
    // after a few hundred layouts) found what it needs in the loaded dot plugin.
    static bool crashGuardActive();

    static constexpr double kGroupPadding = 10.0;
    static constexpr double kGroupTitle = 20.0;
    // Subtrees with at most this many nodes are laid out in one dot run, groups as clusters.
    // dot's time with clusters grows faster than the nodes: a ViT-B/16 encoder layer (~1,100
    // nodes) in one run costs about a second, per group a tenth of that.
    static constexpr int kClusterNodes = 800;

    struct GroupLayout; // the cached layout of one group, in its own coordinates

private:
    std::shared_ptr<const GroupLayout> layoutGroup(const GraphModel& model, int group, const std::atomic<bool>* cancel,
                                                   GraphLayout& out);

    struct Context;
    struct LocalEdge
    {
        QString key;
        QString tail; // local item name or port name
        QString head;
        // Where the edge crosses a child group's border (its port there, as the child's layout
        // names it), at the tail and at the head; empty at a node or at this group's own port.
        QString tailPort;
        QString headPort;
    };
    struct Level
    {
        QList<LocalEdge> edges;
        QStringList inPorts;
        QStringList outPorts;
    };
    Level levelOf(const GraphModel& model, int group);
    std::shared_ptr<const GroupLayout> runDot(const GraphModel& model, int group, const Level& level, GraphLayout& out);
    QString signatureOf(const GraphModel& model, int group, const Level& level);
    std::shared_ptr<const GroupLayout> layoutClusters(const GraphModel& model, int group,
                                                      const std::atomic<bool>* cancel, GraphLayout& out);
    QHash<QString, std::shared_ptr<const GroupLayout>> m_cache;
    Context* m_context = nullptr;
};

// The summed length of every edge's route, in points: how far the eye travels along edges.
double totalEdgeLength(const GraphLayout& layout);

} // namespace jitscope
