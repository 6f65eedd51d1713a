// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace jitscope {

// What kind of work an op does, for colouring the graph and its legend (as Netron and Model
// Explorer colour convolutions, normalizations, activations... apart).
enum class NodeCategory {
    Compute, // convolution, linear, matmul, embedding, attention
    Normalization,
    Activation, // activations, softmax, dropout
    Pooling,
    Shape, // views, reshapes, indexing, concatenation, size queries, list/tuple packing
    Arithmetic, // element-wise maths, comparisons, reductions
    ControlFlow, // if/loop heads and ends, raise
    Call, // a collapsed module or function call
    Constant, // constants and attribute reads left as nodes
    InputOutput, // the graph's inputs and outputs
    Other,
};

constexpr int kNodeCategoryCount = int(NodeCategory::Other) + 1;

// The category of an IR op kind ("aten::conv2d", "prim::If"); trailing underscores of in-place
// variants are ignored (relu_ is relu).
NodeCategory nodeCategory(const QString& kind);
// "compute", "normalization", ... as the JSON export writes it.
QString categoryName(NodeCategory category);

} // namespace jitscope
