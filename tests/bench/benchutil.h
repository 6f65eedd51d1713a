// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What the benchmarks share.
#pragma once

#include <algorithm>
#include <vector>

namespace benchutil {

// The middle one of the times (the upper of two middles).
inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace benchutil
