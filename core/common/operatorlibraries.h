// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace jitscope {

// Operator libraries: shared objects that register TorchScript operators and classes when
// loaded, as Python's torch.ops.load_library does (torchvision's _C for torchvision::nms and
// roi_align). Loading one runs its code, so only files the user names are loaded, never
// anything an archive names. Thread-safe; a library stays loaded for the life of the process.
namespace OperatorLibraries {

// Loads `path` (dlopen, symbols global); a second call for the same file does nothing. Throws
// UserError saying why the loader refused it.
void load(const QString& path);
QStringList loaded(); // absolute paths, in the order loaded

// The operator an archive's refusal names ("torchvision::nms" from libtorch's "Unknown builtin
// op: torchvision::nms"), or the namespace of a class it lacks ("torchtext" from
// "__torch__.torch.classes.torchtext.Vocab"); empty when the message names neither.
QString missingOperator(const QString& torchMessage);
// The installed library that provides `op`'s namespace, where one is known and present
// ("torchvision::nms" -> torchvision's _C library of Debian's python3-torchvision); else empty.
QString providerOf(const QString& op);

} // namespace OperatorLibraries

} // namespace jitscope
