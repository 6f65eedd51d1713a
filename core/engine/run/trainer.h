// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/training.h"

#include <torch/script.h>

#include <QCoreApplication>

#include <functional>

namespace jitscope {

class Invoker;
class JobControl;

// Quick training steps on a module's method, with a NaN/Inf guard that never applies a bad step,
// frozen parameters, mini-batches and a gradient norm per parameter. Throws UserError.
class Trainer
{
    Q_DECLARE_TR_FUNCTIONS(Trainer)

public:
    Trainer(torch::jit::Module& root, const Invoker& invoker);

    // onStep runs after each applied step; training stops early when `control` asks it to.
    TrainResult train(const TrainRequest& request, const std::function<void(const TrainStep&)>& onStep = {},
                      const JobControl* control = nullptr);

private:
    struct Run;
    void validate(const TrainRequest& r) const;
    void prepare(const TrainRequest& r, Run& run, TrainResult& result);
    bool step(const TrainRequest& r, Run& run, int step, TrainResult& result);

    torch::jit::Module& m_root;
    const Invoker& m_invoker;
};

} // namespace jitscope
