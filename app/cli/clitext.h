// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/modelsnapshot.h"

namespace jitscope {

// The text form of `jitscope-cli info`: aligned sections a person can read in a terminal.
// Stats lists are empty unless --stats was given; otherwise they match the tensors one to one.
QString snapshotText(const ModelSnapshot& snapshot, const QList<TensorStats>& parameterStats,
                     const QList<TensorStats>& bufferStats);

} // namespace jitscope
