// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/deploy.h"
#include "answers/modelsnapshot.h"

#include <torch/script.h>

namespace jitscope {

// "Will it run there?": the archive's file format and bytecode versions, the root operators
// (torch.jit.export_opnames) with how often the lite bytecode calls each, the types it holds, and
// the oldest runtime that loads it. Throws UserError.
OpsReport operatorsReport(const torch::jit::Module& module, const ArchiveInfo& archive);

} // namespace jitscope
