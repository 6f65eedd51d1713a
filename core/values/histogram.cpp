// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "values/histogram.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace jitscope {

Histogram computeHistogram(const QVector<double>& values, int bins)
{
    Histogram h;
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (const double v : values) {
        if (std::isnan(v)) {
            ++h.nanCount;
        } else if (std::isinf(v)) {
            ++h.infCount;
        } else {
            ++h.finiteCount;
            low = std::min(low, v);
            high = std::max(high, v);
        }
    }
    if (h.finiteCount == 0 || bins < 1)
        return h;
    if (low == high) {
        low -= 0.5;
        high += 0.5;
    }
    h.low = low;
    h.high = high;
    h.counts.fill(0, bins);
    const double scale = bins / (high - low);
    for (const double v : values) {
        if (!std::isfinite(v))
            continue;
        // The maximum belongs to the last bin, not one past it.
        const int bin = std::min(bins - 1, int((v - low) * scale));
        h.counts[bin] += 1;
    }
    return h;
}

} // namespace jitscope
