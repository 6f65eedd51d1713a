// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ATen/core/ivalue.h>

#include <QString>

namespace jitscope {

// Short, Python-like text for a TorchScript value, for attribute previews: scalars and strings
// in full (up to `budget` characters), containers elided, tensors as shape and dtype.
QString valuePreview(const c10::IValue& value, int budget = 80);

// PyTorch's name of a dtype without "torch.": float32, int64, bfloat16, ...
QString dtypeName(c10::ScalarType type);
// "float16" -> Half; throws UserError for an unknown name.
c10::ScalarType parseDtype(const QString& name);

} // namespace jitscope
