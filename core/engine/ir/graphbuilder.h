// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/graphmodel.h"

#include <torch/script.h>

namespace jitscope {

// Builds the GraphModel of `method` of the module at `modulePath` below `root`: folds
// constants and attribute reads when asked, nests If/Loop blocks, and expands module and
// function calls in place as the options say. Throws UserError for a missing module or method.
GraphModel buildGraphModel(const torch::jit::Module& root, const QString& modulePath, const QString& method,
                           const GraphOptions& options);
// The same for a graph of that method that is not its saved one (the graph the executor ran):
// `method` names it in the model.
GraphModel buildGraphModel(const torch::jit::Module& root, const QString& modulePath, const QString& method,
                           const std::shared_ptr<torch::jit::Graph>& graph, const GraphOptions& options);

} // namespace jitscope
