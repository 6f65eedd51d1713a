// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/script.h>

#include <QString>

namespace jitscope {

// A module's mode, device and dtype, changed as PyTorch's Module.train()/.to() change them.
// Throws UserError saying why a change cannot be made; the module is then as it was.
void setTrainingMode(torch::jit::Module& module, bool training);
void moveModule(torch::jit::Module& module, const QString& device, const QString& dtype);

} // namespace jitscope
