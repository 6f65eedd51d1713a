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
QList<qint64> shapeOf(const at::Tensor& tensor);

} // namespace jitscope
