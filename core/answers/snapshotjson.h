// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/modelsnapshot.h"

#include <QJsonArray>
#include <QJsonObject>

namespace jitscope {

// The JSON form of a snapshot, as `jitscope-cli info --json` prints it (README documents it).
QJsonObject snapshotToJson(const ModelSnapshot& snapshot);
QJsonObject tensorStatsToJson(const TensorStats& stats);
QJsonArray shapeToJson(const QList<qint64>& shape); // [8, 3, 3, 3]

} // namespace jitscope
