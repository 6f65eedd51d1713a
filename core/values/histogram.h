// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>

namespace jitscope {

// Equal-width bins over the finite values; NaN and Inf are counted apart. When every finite
// value is the same, one unit-wide range centred on it is used so the bar is still drawn.
struct Histogram
{
    double low = 0;
    double high = 0;
    QVector<double> counts;
    qint64 finiteCount = 0;
    qint64 nanCount = 0;
    qint64 infCount = 0;

    double binWidth() const { return counts.isEmpty() ? 0 : (high - low) / counts.size(); }
    double binCentre(int bin) const { return low + (bin + 0.5) * binWidth(); }
};

Histogram computeHistogram(const QVector<double>& values, int bins);

} // namespace jitscope
