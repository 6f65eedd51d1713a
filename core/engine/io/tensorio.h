// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "values/npyfile.h"

#include <ATen/core/Tensor.h>
#include <ATen/core/ivalue.h>

#include <QString>

namespace jitscope {

struct Checkpoint;

// Tensors to and from files: .npy for every dtype NumPy and libtorch share, .pt for tensors
// written by torch.save. All throw UserError naming the file.
at::Tensor npyToTensor(const NpyArray& array, const QString& source);
NpyArray tensorToNpy(const at::Tensor& tensor);
at::Tensor loadTensorFile(const QString& path);
// What load("FILE") in a value expression gives: a .npy file's tensor, or the whole structure of
// a torch.save file or safetensors file (a tensor, a dict of tensors, a checkpoint's nested
// dicts and lists), read by the restricted checkpoint reader: nothing in the file is run.
c10::IValue loadValueFile(const QString& path);
// One tensor of a checkpoint, its data read from the file now, as the file lays it out (dtype,
// strides, offset into its storage). Throws UserError for a damaged tensor or an unreadable file.
at::Tensor checkpointTensor(const Checkpoint& checkpoint, int tensor);
// The same in two steps, so that views of one storage read it once: the whole storage a tensor
// views (a 1-D tensor of its dtype), and the tensor as a view of it.
at::Tensor checkpointStorage(const Checkpoint& checkpoint, int tensor);
at::Tensor checkpointView(const Checkpoint& checkpoint, int tensor, const at::Tensor& storage);
void saveTensorFile(const at::Tensor& tensor, const QString& path);

} // namespace jitscope
