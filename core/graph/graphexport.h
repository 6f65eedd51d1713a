// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/graphmodel.h"

#include <QByteArray>
#include <QJsonObject>

namespace jitscope {

// The JSON form of a laid-out graph, as `jitscope-cli graph --format json` prints it.
QJsonObject graphToJson(const LaidOutGraph& graph);
// Graphviz DOT text of the model, groups as clusters, for use with Graphviz's own tools.
QByteArray graphToDot(const GraphModel& model);

} // namespace jitscope
