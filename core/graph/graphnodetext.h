// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/graphmodel.h"

namespace jitscope {

// The label a node shows: a folded check or update ("check", "update") is named in the reader's
// language; any other node by its label.
QString shownNodeLabel(const GraphNode& node);
// How wide `text` is drawn in the graph's typeface (DejaVu Sans, graphFont) at `pointSize`, in
// scene units: the advances of its characters, not an average (three m's made "matmul" wider
// than an average six letters, and it was cut in its own box).
double graphTextWidth(const QString& text, double pointSize, bool bold);
// The attribute lines a node box shows (at most a few, elided), shared by layout and drawing.
QStringList graphNodeLines(const GraphNode& node);
// Box size of a node for layout, from its label and the lines it shows.
void sizeGraphNode(GraphNode& node);
// Sizes every node; the nodes of a side column (sideColumns) take the widest one's width.
void sizeGraphNodes(GraphModel& model);

} // namespace jitscope
