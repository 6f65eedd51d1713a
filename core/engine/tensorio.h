// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "npyfile.h"

#include <ATen/core/Tensor.h>
#include <ATen/core/ivalue.h>

#include <QString>

namespace jitscope {

// Tensors to and from files: .npy for every dtype NumPy and libtorch share, .pt for tensors
// written by torch.save. All throw UserError naming the file.
at::Tensor npyToTensor(const NpyArray& array, const QString& source);
NpyArray tensorToNpy(const at::Tensor& tensor);
at::Tensor loadTensorFile(const QString& path);
// What load("FILE") in a value expression gives: a .npy file's tensor, or the whole structure of
// a torch.save file or safetensors file (a tensor, a dict of tensors, a checkpoint's nested
// dicts and lists), read by the restricted checkpoint reader: nothing in the file is run.
c10::IValue loadValueFile(const QString& path);
void saveTensorFile(const at::Tensor& tensor, const QString& path);

} // namespace jitscope
