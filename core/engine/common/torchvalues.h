// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/script.h>

#include <QList>

#include <optional>

namespace jitscope {

// Small questions about libtorch values that the engine's invoke, tensor, train and diff parts share.

// The first tensor in a value, depth first through tuples and lists.
std::optional<at::Tensor> firstTensor(const c10::IValue& value);
// Where a module's tensors live: its first parameter's device, else its first buffer's, else the CPU.
c10::Device moduleDevice(const torch::jit::Module& module);
// The one floating-point type of a module's parameters and buffers; none when they have several
// or none at all.
std::optional<c10::ScalarType> moduleFloatingType(const torch::jit::Module& module);
QList<qint64> shapeOf(const at::Tensor& tensor);
// A tensor as plain doubles on the CPU; complex becomes its magnitude, quantized is dequantized.
at::Tensor asDoubles(const at::Tensor& tensor);

// The submodule at a dotted path ("" is `root` itself); throws UserError naming what exists.
torch::jit::Module findSubmodule(const torch::jit::Module& root, const QString& path);
// A method of `module` (forward when `name` is empty); throws UserError naming the methods there are.
torch::jit::Method findMethod(const torch::jit::Module& module, const QString& modulePath, const QString& name);

} // namespace jitscope
