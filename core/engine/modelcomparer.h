#pragma once

#include "modeldiff.h"

namespace jitscope {

class ModelEngine;

// Computes a ModelDiff on the session's worker thread: opens both archives (once when they are
// the same file), builds and aligns the graphs, diffs code and parameters, and runs both sides
// on the same inputs (the random generator seeded alike for each side, so randn() agrees).
// Layout is left to the caller. Throws UserError naming the side that failed.
ModelDiff computeModelDiff(const DiffRequest& request);

} // namespace jitscope
