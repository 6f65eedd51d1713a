// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/deploy.h"
#include "engine/run/invoker.h"

#include <torch/script.h>

namespace jitscope {

// torch.jit.freeze, torch.jit.optimize_for_inference or optimize_for_mobile applied to a copy of
// `module` (which stays as it is), the result written to request.output, and with request.inputs
// both run on them: calls 1..N timed on fresh copies, outputs compared. Throws UserError.
TransformResult applyTransform(const torch::jit::Module& module, const Invoker& invoker,
                               const TransformRequest& request);

} // namespace jitscope
