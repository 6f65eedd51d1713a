// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/observation.h"
#include "engine/run/graphinstrumenter.h"
#include "engine/run/invoker.h"

#include <torch/script.h>

#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace jitscope {

// Runs a method observed: a copy of its graph with every call inlined and a recording op
// around every node (the IR keeps its own node order and names, so the keys match the drawn
// graph's), interpreted once to record every value and then again to time every node. Keeps the
// latest run's tensors within the request's budget for the tensor viewer and the comparison.
class Observer
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::Observer)

public:
    // Throws UserError when the call cannot be made at all (arguments, a compiled function); a
    // call that fails while running answers what it recorded up to there, with `error` and
    // `failedNode` set.
    ObservedRun observe(torch::jit::Module& root, Invoker& invoker, const ObserveRequest& request);
    // The latest run's tensor of value `key`; undefined when it was not kept.
    at::Tensor tensor(const QString& key) const { return m_kept.value(key); }
    // Drops the kept tensors and the prepared graph (another archive, or the module changed).
    void clear()
    {
        m_kept.clear();
        m_prepared.reset();
    }

private:
    // The last method's instrumented graph and its interpreter code, kept for the next call of
    // the same method: preparing them costs about half a ResNet-18 forward.
    struct Prepared
    {
        std::shared_ptr<torch::jit::Graph> original; // held, so its address names it
        QString module;
        std::unique_ptr<GraphInstrumenter> instrumenter;
        std::shared_ptr<torch::jit::Graph> graph;
        std::optional<torch::jit::Code> code;
    };
    Prepared& prepare(torch::jit::Module& root, torch::jit::GraphFunction& function, const QString& module,
                      const QString& where);

    QHash<QString, at::Tensor> m_kept;
    std::unique_ptr<Prepared> m_prepared;
};

} // namespace jitscope
