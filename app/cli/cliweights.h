// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkpoint/weightmatch.h"

#include <QJsonObject>
#include <QStringList>

#include <cstdio>

namespace jitscope {

// `jitscope-cli load-weights ARCHIVE CHECKPOINT [--prefix P] [--source KEY] [--strict] -o OUT.pt`:
// the archive with the checkpoint's weights, saved; a refused matching exits 1 and writes nothing.
int runLoadWeightsCommand(const QStringList& args, FILE* out, FILE* err);

// The matching as text (a summary line and a row per entry that is not a plain match) and as JSON.
QString weightMatchText(const WeightMatch& match);
QJsonObject weightMatchJson(const WeightMatch& match);

} // namespace jitscope
