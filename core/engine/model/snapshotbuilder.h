// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/modelsnapshot.h"

#include <torch/script.h>

namespace jitscope {

// Describes a loaded module: its tree, tensors, attributes and methods. Runs on the session's
// worker thread; the result is immutable and safe to share with any thread.
ModelSnapshot buildSnapshot(const torch::jit::Module& root, const ArchiveInfo& archive);

// A method's or function's schema as the GUI shows it; `modulePath` is "" for free functions.
MethodInfo describeSchema(const QString& modulePath, const c10::FunctionSchema& schema);

// "__torch__.a.___torch_mangle_3.B" -> "__torch__.a.B".
QString demangledTypeName(const QString& qualified);
// A module's or class's type as a summary names it: "Conv2d", "BoxCoder".
QString shortTypeName(const c10::ClassTypePtr& type);
QString shortTypeName(const torch::jit::Module& module);

} // namespace jitscope
