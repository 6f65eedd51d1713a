// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/run/divergence.h"

#include "engine/common/torchvalues.h"
#include "engine/run/observedstats.h"

namespace jitscope {

namespace {

// Whether two outputs differ beyond the tolerance; fills the divergence's numbers when they do.
bool differs(const at::Tensor& l, const at::Tensor& r, double atol, double rtol, Divergence& d)
{
    if (l.sizes() != r.sizes()) {
        d.note = QStringLiteral("shapes differ: %1 and %2").arg(dimsText(shapeOf(l)), dimsText(shapeOf(r)));
        return true;
    }
    if (l.numel() == 0)
        return false;
    torch::NoGradGuard noGrad;
    const at::Tensor a = asDoubles(l), b = asDoubles(r);
    const at::Tensor nanA = a.isnan(), nanB = b.isnan();
    const bool nanMismatch = nanA.ne(nanB).any().item<bool>();
    const at::Tensor both = nanA.logical_or(nanB).logical_not();
    const at::Tensor diff = (a - b).abs().masked_fill(both.logical_not(), 0);
    const at::Tensor bound = b.abs().mul(rtol).add(atol);
    // Equal infinities agree; an infinity against anything else differs, whichever side holds it
    // (the bound of an infinite right side is infinite too).
    const at::Tensor infinite = a.isinf().logical_or(b.isinf());
    const at::Tensor over = diff.gt(bound).logical_or(infinite).logical_and(a.ne(b)).logical_and(both);
    if (!nanMismatch && !over.any().item<bool>())
        return false;
    const at::Tensor finite = diff.isfinite();
    d.maxAbs = diff.masked_fill(finite.logical_not(), 0).max().item<double>();
    const at::Tensor scale = at::maximum(a.abs(), b.abs());
    const at::Tensor rel = diff.div(scale).masked_fill(scale.eq(0).logical_or(finite.logical_not()), 0);
    d.maxRel = rel.max().item<double>();
    if (nanMismatch)
        d.note = QStringLiteral("NaN on one side only");
    return true;
}

} // namespace

std::optional<Divergence> findDivergence(const GraphModel& left, const GraphModel& right, const GraphDiff& diff,
                                         const ObservedRun& leftRun, const Observer& leftTensors,
                                         const ObservedRun& rightRun, const Observer& rightTensors, double atol,
                                         double rtol, int* compared, int* missing)
{
    int pairs = 0, absent = 0;
    std::optional<Divergence> found;
    for (const NodeDiff& entry : diff.entries) {
        if (entry.left < 0 || entry.right < 0)
            continue;
        const GraphNode& l = left.nodes[entry.left];
        const GraphNode& r = right.nodes[entry.right];
        bool counted = false;
        for (qsizetype i = 0; i < l.outputs.size() && i < r.outputs.size() && !found; ++i) {
            const ObservedValue* lv = leftRun.value(l.outputs[i].key);
            const ObservedValue* rv = rightRun.value(r.outputs[i].key);
            if (!lv || !rv || !lv->isTensor || !rv->isTensor)
                continue; // not run (a branch not taken), or not a tensor
            const at::Tensor lt = leftTensors.tensor(lv->key), rt = rightTensors.tensor(rv->key);
            if (!lt.defined() || !rt.defined()) {
                ++absent;
                continue;
            }
            counted = true;
            Divergence d;
            if (!differs(lt, rt, atol, rtol, d))
                continue;
            d.left = entry.left;
            d.right = entry.right;
            d.leftKey = l.observedKey();
            d.rightKey = r.observedKey();
            d.kind = r.kind;
            d.leftLabel = l.label;
            d.rightLabel = r.label;
            d.module = r.module;
            d.value = r.outputs[i].name;
            d.leftStats = lv->stats ? lv->stats : observedStats(lt);
            d.rightStats = rv->stats ? rv->stats : observedStats(rt);
            found = d;
        }
        pairs += counted ? 1 : 0;
        if (found)
            break;
    }
    if (compared)
        *compared = pairs;
    if (missing)
        *missing = absent;
    return found;
}

} // namespace jitscope
