// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/graphmodel.h"

namespace jitscope {

// The attribute lines a node box shows (at most a few, elided), shared by layout and drawing.
QStringList graphNodeLines(const GraphNode& node);
// Box size of a node for layout, from its label and the lines it shows.
void sizeGraphNode(GraphNode& node);
// Sizes every node; the nodes of a side column (sideColumns) take the widest one's width.
void sizeGraphNodes(GraphModel& model);

} // namespace jitscope
