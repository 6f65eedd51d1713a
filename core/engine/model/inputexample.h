// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/script.h>

#include <QString>

namespace jitscope {

// A value a tensor argument takes as it is, read from the first layer that reads it, through
// the submodules it is handed to: `randn(1, 3, 224, 224)` before a Conv2d of 3 input channels,
// `randn(1, 4)` before a Linear of 4 features. A type alone says only "a tensor", and conv_net
// refused the `randn(2, 3)` that suggested.
struct InputExample
{
    QString value; // empty when no layer reads the argument directly
    QString layer; // the module path of that layer ("" for the module itself)
};

// For argument `argument` (self is 0) of `method` of `module`, whose path is `modulePath`.
InputExample inputExample(const torch::jit::Module& module, const QString& modulePath, const torch::jit::Method& method,
                          size_t argument);

} // namespace jitscope
