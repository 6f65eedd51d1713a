// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "weightloader.h"

#include "tensorio.h"
#include "usererror.h"

#include <torch/torch.h>

#include <QCoreApplication>

#include <unordered_map>

namespace jitscope {

namespace {

struct WeightText
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::WeightLoader)
};

// The module's parameters and buffers by name.
std::unordered_map<std::string, at::Tensor> moduleTensors(const torch::jit::Module& module)
{
    std::unordered_map<std::string, at::Tensor> out;
    for (const auto& p : module.named_parameters(true))
        out.emplace(p.name, p.value);
    for (const auto& b : module.named_buffers(true))
        out.emplace(b.name, b.value);
    return out;
}

double maxAbsDifference(const at::Tensor& a, const at::Tensor& b)
{
    auto asDoubles = [](const at::Tensor& t) {
        at::Tensor d = t.detach().to(at::kCPU);
        if (d.is_complex())
            d = d.abs();
        return d.to(at::kDouble).flatten();
    };
    const at::Tensor x = asDoubles(a), y = asDoubles(b);
    if (x.numel() == 0)
        return 0;
    if (!at::equal(x.isnan(), y.isnan()))
        return std::nan("");
    const at::Tensor both = x.isfinite().logical_and(y.isfinite());
    double most = 0;
    if (both.any().item<bool>())
        most = (x.masked_select(both) - y.masked_select(both)).abs().max().item<double>();
    // Infinities: the same sign on both sides is no difference; otherwise an infinite one.
    const at::Tensor infinite = x.isinf().logical_or(y.isinf());
    if (infinite.any().item<bool>() && !at::equal(x.masked_select(infinite), y.masked_select(infinite)))
        return std::numeric_limits<double>::infinity();
    return most;
}

} // namespace

void compareWeights(const torch::jit::Module& module, const Checkpoint& checkpoint, WeightMatch& match)
{
    torch::NoGradGuard noGrad;
    const auto tensors = moduleTensors(module);
    for (WeightMatchEntry& e : match.entries) {
        if (e.status != WeightMatchEntry::Status::Matched)
            continue;
        const auto found = tensors.find(e.name.toStdString());
        if (found == tensors.end())
            continue;
        e.maxAbsDiff = maxAbsDifference(found->second, checkpointTensor(checkpoint, e.tensor));
    }
}

void loadWeights(torch::jit::Module& module, const Checkpoint& checkpoint, const WeightMatch& match, bool strict)
{
    const QString refusal = match.refusal(strict);
    if (!refusal.isEmpty())
        throw UserError(WeightText::tr("The weights of %1 were not loaded: %2.").arg(checkpoint.path, refusal));
    torch::NoGradGuard noGrad;
    const auto tensors = moduleTensors(module);
    std::vector<std::pair<at::Tensor, at::Tensor>> copies; // into, from
    for (const WeightMatchEntry& e : match.entries) {
        if (e.status != WeightMatchEntry::Status::Matched)
            continue;
        const auto found = tensors.find(e.name.toStdString());
        if (found == tensors.end())
            throw UserError(WeightText::tr("The module has no parameter or buffer '%1' any more.").arg(e.name));
        copies.emplace_back(found->second, checkpointTensor(checkpoint, e.tensor));
    }
    for (auto& [into, from] : copies)
        into.copy_(from);
}

} // namespace jitscope
