// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/run/observedstats.h"

#include <ATen/Parallel.h>
#include <torch/script.h>

#include <cmath>
#include <limits>
#include <vector>

namespace jitscope {

namespace {

struct Partial
{
    int64_t finite = 0, nan = 0, inf = 0;
    double mean = 0, m2 = 0; // of the finite elements: the sum of squared deviations from the mean
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
};

// One chunk, in one pass: sums of deviations from the chunk's first finite element, which keeps
// them small when the values sit far from zero; Chan's formula then joins the chunks.
template <typename T> Partial chunkStats(const T* data, int64_t count)
{
    Partial p;
    // The common case, all finite: no branch per element, four independent lanes.
    constexpr int kLanes = 4;
    const double shift = double(data[0]);
    double sum[kLanes] = {}, squares[kLanes] = {};
    T low[kLanes], high[kLanes];
    for (int k = 0; k < kLanes; ++k)
        low[k] = high[k] = data[0];
    bool finite = true;
    int64_t i = 0;
    for (; i + kLanes <= count; i += kLanes) {
        for (int k = 0; k < kLanes; ++k) {
            const T x = data[i + k];
            finite &= (x - x) == T(0); // false for NaN and for Inf
            const double d = double(x) - shift;
            sum[k] += d;
            squares[k] += d * d;
            low[k] = x < low[k] ? x : low[k];
            high[k] = x > high[k] ? x : high[k];
        }
    }
    for (; i < count; ++i) {
        const T x = data[i];
        finite &= (x - x) == T(0);
        const double d = double(x) - shift;
        sum[0] += d;
        squares[0] += d * d;
        low[0] = x < low[0] ? x : low[0];
        high[0] = x > high[0] ? x : high[0];
    }
    if (finite) {
        const double n = double(count);
        const double s = sum[0] + sum[1] + sum[2] + sum[3];
        p.finite = count;
        p.mean = shift + s / n;
        p.m2 = std::max(0.0, squares[0] + squares[1] + squares[2] + squares[3] - s * s / n);
        for (int k = 0; k < kLanes; ++k) {
            p.min = std::min(p.min, double(low[k]));
            p.max = std::max(p.max, double(high[k]));
        }
        return p;
    }
    double from = 0;
    bool shifted = false;
    double total = 0, totalSquares = 0;
    for (i = 0; i < count; ++i) {
        const double x = double(data[i]);
        if (std::isnan(x)) {
            ++p.nan;
        } else if (std::isinf(x)) {
            ++p.inf;
        } else {
            if (!shifted) {
                from = x;
                shifted = true;
            }
            ++p.finite;
            const double d = x - from;
            total += d;
            totalSquares += d * d;
            p.min = std::min(p.min, x);
            p.max = std::max(p.max, x);
        }
    }
    if (p.finite > 0) {
        p.mean = from + total / double(p.finite);
        p.m2 = std::max(0.0, totalSquares - total * total / double(p.finite));
    }
    return p;
}

// Chan et al.'s pairwise update: two chunks' means and squared deviations as one.
void combine(Partial& a, const Partial& b)
{
    a.nan += b.nan;
    a.inf += b.inf;
    a.min = std::min(a.min, b.min);
    a.max = std::max(a.max, b.max);
    if (b.finite == 0)
        return;
    const double n = double(a.finite + b.finite);
    const double delta = b.mean - a.mean;
    a.mean += delta * double(b.finite) / n;
    a.m2 += b.m2 + delta * delta * double(a.finite) * double(b.finite) / n;
    a.finite += b.finite;
}

template <typename T> TensorStats statsOf(const T* data, int64_t count, int64_t repeats)
{
    constexpr int64_t grain = 32768;
    const int64_t chunks = (count + grain - 1) / grain;
    std::vector<Partial> parts(size_t(std::max<int64_t>(chunks, 1)));
    at::parallel_for(0, chunks, 4, [&](int64_t begin, int64_t end) {
        for (int64_t c = begin; c < end; ++c)
            parts[size_t(c)] = chunkStats(data + c * grain, std::min(grain, count - c * grain));
    });
    Partial all;
    for (const Partial& p : parts)
        combine(all, p);
    // A broadcast view repeats each element the same number of times: counts scale, the moments
    // do not (the sample std's n - 1 is the whole view's).
    TensorStats s;
    s.numel = count * repeats;
    s.finiteCount = all.finite * repeats;
    s.nanCount = all.nan * repeats;
    s.infCount = all.inf * repeats;
    if (all.finite > 0) {
        s.min = all.min;
        s.max = all.max;
        s.mean = all.mean;
        const double n = double(s.finiteCount);
        s.std = n > 1 ? std::sqrt(std::max(0.0, all.m2 * double(repeats) / (n - 1))) : 0.0;
    }
    return s;
}

} // namespace

std::optional<TensorStats> observedStats(const at::Tensor& tensor)
{
    if (!tensor.defined() || tensor.layout() != at::kStrided)
        return std::nullopt;
    try {
        torch::NoGradGuard noGrad;
        at::Tensor t = tensor.detach();
        if (t.is_nested())
            return std::nullopt;
        // A broadcast view (stride 0, an expanded attention mask) is read once per element it
        // holds, never materialised.
        int64_t repeats = 1;
        for (int64_t d = 0; d < t.dim(); ++d)
            if (t.stride(d) == 0 && t.size(d) > 1) {
                repeats *= t.size(d);
                t = t.narrow(d, 0, 1);
            }
        if (!t.device().is_cpu())
            t = t.to(at::kCPU);
        if (t.is_quantized())
            t = t.dequantize();
        if (t.is_complex())
            t = t.abs();
        // Narrow types widen to float (at most 4x their size), wide integers to double.
        if (t.scalar_type() != at::kFloat && t.scalar_type() != at::kDouble)
            t = t.to(t.element_size() >= 4 ? at::kDouble : at::kFloat);
        t = t.contiguous();
        if (t.scalar_type() == at::kFloat)
            return statsOf(t.data_ptr<float>(), t.numel(), repeats);
        return statsOf(t.data_ptr<double>(), t.numel(), repeats);
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

} // namespace jitscope
