// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/modelsnapshot.h"

#include <ATen/core/Tensor.h>

#include <optional>

namespace jitscope {

// A tensor's statistics as TensorStats defines them (min, max, mean and sample std over the
// finite elements; NaN and Inf counted), in one parallel pass for float and double tensors on the
// CPU, the cost an observed run pays for every value. Other dtypes and devices are converted
// first. Empty when the tensor cannot be read (sparse, undefined).
std::optional<TensorStats> observedStats(const at::Tensor& tensor);

} // namespace jitscope
