// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>

#include <functional>

namespace jitscope {

// Order-aware alignment of two sequences: pairs (i, j), increasing in both, that maximise the
// summed weight; `weight(i, j)` is 0 for items that may not be paired. Exact dynamic
// programming up to a budget of cells; beyond it, items whose key is unique on both sides
// anchor the alignment (as patience diff does) and the stretches between anchors are aligned
// on their own, so long sequences stay fast.
using AlignWeight = std::function<int(int i, int j)>;
using AlignKey = std::function<quint64(bool left, int index)>;

QList<QPair<int, int>> alignSequences(int leftCount, int rightCount, const AlignKey& key, const AlignWeight& weight,
                                      qint64 cellBudget = 4'000'000);

} // namespace jitscope
