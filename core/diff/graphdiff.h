// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/graphmodel.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

namespace jitscope {

enum class DiffClass { Matched, Changed, OnlyLeft, OnlyRight };

QString diffClassName(DiffClass c); // "matched", "changed", "only_left", "only_right"

// One node of either graph, classified; for a pair, both ids and what differs.
struct NodeDiff
{
    DiffClass diffClass = DiffClass::Matched;
    int left = -1; // node ids; -1 on the side that lacks it
    int right = -1;
    QString kind;
    QString leftLabel, rightLabel;
    QString module; // the module whose code holds the node (right side's when both exist)
    QStringList changes; // for Changed: "alpha: 1 → 2", "output 0 type: ...", ...
};

// The structural diff of two graph models: nodes are paired by an order-aware alignment of each
// group's node sequence (if/loop blocks taken in program order inside it) on op kind, refined by
// attributes, folded constants, types and inputs; matched module and function groups are
// aligned recursively. Node ids are not compared: they mean nothing across two graphs.
struct GraphDiff
{
    QList<NodeDiff> entries; // in program order of the right graph, left-only entries where they fell out
    QVector<int> leftEntry; // by left node id: index into entries
    QVector<int> rightEntry;
    int matched = 0, changed = 0, onlyLeft = 0, onlyRight = 0;

    bool identical() const { return changed == 0 && onlyLeft == 0 && onlyRight == 0; }
    // Indices into entries that are not Matched, in order: the list the user steps through.
    QList<int> differences() const;
    int partnerOfLeft(int leftNode) const;
    int partnerOfRight(int rightNode) const;
};

GraphDiff diffGraphs(const GraphModel& left, const GraphModel& right);

} // namespace jitscope
