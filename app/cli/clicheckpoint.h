// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkpoint/checkpoint.h"

#include <QJsonObject>

namespace jitscope {

// `jitscope-cli info CHECKPOINT`: the file's facts, its structure as an indented tree, and its
// tensors as a table; or all of it as JSON. `stats` is empty, or one per tensor (--stats; a
// damaged tensor's stays empty: numel 0).
QString checkpointText(const Checkpoint& checkpoint, const QList<TensorStats>& stats = {});
QJsonObject checkpointToJson(const Checkpoint& checkpoint, const QList<TensorStats>& stats = {});

} // namespace jitscope
