// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/modeldiff.h"
#include "engine/run/observer.h"

namespace jitscope {

// The first pair of nodes the graph diff matched, in its program order, whose output tensors (as
// the two observers kept them) differ by more than atol + rtol * |right|, or differ in shape; NaN
// on one side only counts as a difference. Counts the pairs compared into `compared`, and the
// outputs it could not compare (not kept) into `missing`.
std::optional<Divergence> findDivergence(const GraphModel& left, const GraphModel& right, const GraphDiff& diff,
                                         const ObservedRun& leftRun, const Observer& leftTensors,
                                         const ObservedRun& rightRun, const Observer& rightTensors, double atol,
                                         double rtol, int* compared = nullptr, int* missing = nullptr);

} // namespace jitscope
