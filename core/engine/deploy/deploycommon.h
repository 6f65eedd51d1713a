// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/deploy.h"
#include "engine/run/invoker.h"

#include <torch/script.h>

#include <QCoreApplication>

#include <map>
#include <string>

namespace jitscope {

// What the deploy room's parts share: fresh copies, node counts, timed calls, outputs compared,
// and their messages' translation context.
struct DeployText
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::Deploy)
};

// The module saved to memory and loaded again: the same state and weights, its own compilation
// unit, so no method of it has run yet and the transforms leave the original alone.
torch::jit::Module freshCopy(const torch::jit::Module& module);

// forward's graph with every call inlined (what the transforms and the lite interpreter see).
std::shared_ptr<torch::jit::Graph> inlinedGraph(const torch::jit::Module& module, const std::string& method);
int countNodes(const torch::jit::Block* block); // blocks included
std::map<std::string, int> countKinds(const torch::jit::Block* block);

// Calls `call` (bound to `module`) `calls` times without grad, each timed; `last` gets the last output.
CallTimes timeCalls(const BoundCall& call, int calls, c10::IValue* last);
// The call of `method` of `module` on `inputs`, with the random generator seeded as for every side.
BoundCall bindSeeded(const Invoker& invoker, torch::jit::Module& module, const QString& method,
                     const QStringList& inputs);

// Two outputs agree when every leaf compares and differs by at most 1e-4 absolutely or 1e-3 relatively.
struct Agreement
{
    bool match = false;
    double maxAbs = 0;
    QString note;
};
Agreement agree(const c10::IValue& reference, const c10::IValue& other);

// Writes through `write` to a temporary file beside `path`, then renames it over `path`.
void writeAtomically(const QString& path, const std::function<void(const std::string& temporary)>& write);

} // namespace jitscope
