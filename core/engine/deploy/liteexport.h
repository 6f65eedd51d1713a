// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/deploy.h"
#include "engine/run/invoker.h"

#include <torch/script.h>

namespace jitscope {

// The module saved for the lite interpreter (Module::_save_for_mobile), backported to an older
// bytecode version when asked, loaded back with the lite interpreter (_load_for_mobile) and, with
// inputs, run beside a fresh copy of the full module: the outputs must agree. Throws UserError.
LiteResult exportLite(const torch::jit::Module& module, const Invoker& invoker, const LiteRequest& request);

// The bytecode versions this libtorch writes, and backports to (the lowest) and reads.
qint64 producedBytecodeVersion();
qint64 oldestBackportVersion();

} // namespace jitscope
