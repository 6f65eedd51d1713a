// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "observedstats.h"

#include <ATen/Parallel.h>
#include <torch/script.h>

#include <cmath>
#include <limits>
#include <vector>

namespace jitscope {

namespace {

struct Partial
{
    double sum = 0, squares = 0; // of (x - shift), against cancellation
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    int64_t finite = 0, nan = 0, inf = 0;
};

template <typename T> void accumulateCarefully(const T* data, int64_t count, double shift, Partial& p)
{
    for (int64_t i = 0; i < count; ++i) {
        const double x = double(data[i]);
        if (std::isnan(x)) {
            ++p.nan;
        } else if (std::isinf(x)) {
            ++p.inf;
        } else {
            ++p.finite;
            const double d = x - shift;
            p.sum += d;
            p.squares += d * d;
            p.min = std::min(p.min, x);
            p.max = std::max(p.max, x);
        }
    }
}

// The common case, all finite, without a branch per element and with four independent lanes the
// processor can overlap; answers false (and adds nothing) when the chunk holds NaN or Inf.
template <typename T> bool accumulateFinite(const T* data, int64_t count, double shift, Partial& p)
{
    constexpr int kLanes = 4;
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
    if (!finite)
        return false;
    for (int k = 0; k < kLanes; ++k) {
        p.sum += sum[k];
        p.squares += squares[k];
        p.min = std::min(p.min, double(low[k]));
        p.max = std::max(p.max, double(high[k]));
    }
    p.finite += count;
    return true;
}

template <typename T> void accumulate(const T* data, int64_t count, double shift, Partial& p)
{
    if (count > 0 && !accumulateFinite(data, count, shift, p))
        accumulateCarefully(data, count, shift, p);
}

template <typename T> TensorStats statsOf(const T* data, int64_t count)
{
    constexpr int64_t grain = 32768;
    double shift = 0;
    for (int64_t i = 0; i < count && i < 64; ++i)
        if (std::isfinite(double(data[i]))) {
            shift = double(data[i]);
            break;
        }
    const int64_t chunks = (count + grain - 1) / grain;
    std::vector<Partial> parts(size_t(std::max<int64_t>(chunks, 1)));
    at::parallel_for(0, chunks, 4, [&](int64_t begin, int64_t end) {
        for (int64_t c = begin; c < end; ++c)
            accumulate(data + c * grain, std::min(grain, count - c * grain), shift, parts[size_t(c)]);
    });
    Partial all;
    for (const Partial& p : parts) {
        all.sum += p.sum;
        all.squares += p.squares;
        all.min = std::min(all.min, p.min);
        all.max = std::max(all.max, p.max);
        all.finite += p.finite;
        all.nan += p.nan;
        all.inf += p.inf;
    }
    TensorStats s;
    s.numel = count;
    s.finiteCount = all.finite;
    s.nanCount = all.nan;
    s.infCount = all.inf;
    if (all.finite > 0) {
        const double n = double(all.finite);
        s.min = all.min;
        s.max = all.max;
        s.mean = shift + all.sum / n;
        s.std = all.finite > 1 ? std::sqrt(std::max(0.0, (all.squares - all.sum * all.sum / n) / (n - 1))) : 0.0;
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
        if (!t.device().is_cpu())
            t = t.to(at::kCPU);
        if (t.is_quantized())
            t = t.dequantize();
        if (t.is_complex())
            t = t.abs();
        if (t.scalar_type() != at::kFloat && t.scalar_type() != at::kDouble)
            t = t.to(at::kDouble);
        t = t.contiguous();
        if (t.scalar_type() == at::kFloat)
            return statsOf(t.data_ptr<float>(), t.numel());
        return statsOf(t.data_ptr<double>(), t.numel());
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

} // namespace jitscope
