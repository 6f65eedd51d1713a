// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/io/weightloader.h"

#include "common/usererror.h"
#include "engine/io/tensorio.h"

#include <torch/torch.h>

#include <QCoreApplication>

#include <limits>
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

// max |module - checkpoint| once the checkpoint's tensor has the module's dtype (what loading
// would change); complex values by the magnitude of their difference; NaN when only one side has
// a NaN somewhere, infinite when an infinity is not matched.
double maxAbsDifference(const at::Tensor& module, const at::Tensor& checkpoint)
{
    const at::Tensor a = module.detach().to(at::kCPU);
    at::Tensor b = checkpoint.to(a.scalar_type());
    const bool complex = a.is_complex();
    const at::Tensor x = complex ? a.to(at::kComplexDouble).flatten() : a.to(at::kDouble).flatten();
    const at::Tensor y = complex ? b.to(at::kComplexDouble).flatten() : b.to(at::kDouble).flatten();
    if (x.numel() == 0)
        return 0;
    if (!at::equal(x.isnan(), y.isnan()))
        return std::nan("");
    const at::Tensor both = x.isfinite().logical_and(y.isfinite());
    double most = 0;
    if (both.any().item<bool>())
        most = (x.masked_select(both) - y.masked_select(both)).abs().max().item<double>();
    // Infinities: the same on both sides is no difference; otherwise an infinite one.
    const at::Tensor infinite = x.isinf().logical_or(y.isinf());
    if (infinite.any().item<bool>() && !at::equal(x.masked_select(infinite), y.masked_select(infinite)))
        return std::numeric_limits<double>::infinity();
    return most;
}

// The checkpoint's tensors, each storage read once however many tensors view it.
class StorageCache
{
public:
    explicit StorageCache(const Checkpoint& checkpoint)
        : m_checkpoint(checkpoint)
    { }
    at::Tensor tensor(int index)
    {
        const QString& key = m_checkpoint.tensors.at(index).storage;
        auto found = m_storages.find(key);
        if (found == m_storages.end())
            found = m_storages.emplace(key, checkpointStorage(m_checkpoint, index)).first;
        return checkpointView(m_checkpoint, index, found->second);
    }

private:
    const Checkpoint& m_checkpoint;
    std::unordered_map<QString, at::Tensor> m_storages;
};

} // namespace

void compareWeights(const torch::jit::Module& module, const Checkpoint& checkpoint, WeightMatch& match)
{
    torch::NoGradGuard noGrad;
    const auto tensors = moduleTensors(module);
    StorageCache cache(checkpoint);
    for (WeightMatchEntry& e : match.entries) {
        if (e.status != WeightMatchEntry::Status::Matched || !e.problem.isEmpty())
            continue;
        const auto found = tensors.find(e.name.toStdString());
        if (found == tensors.end())
            continue;
        try {
            e.maxAbsDiff = maxAbsDifference(found->second, cache.tensor(e.tensor));
        } catch (const UserError& error) {
            e.problem = error.message(); // this one cannot be read: the rest are still shown
        } catch (const std::exception& error) {
            e.problem = QString::fromUtf8(error.what()).section(QLatin1Char('\n'), 0, 0);
        }
    }
}

void loadWeights(torch::jit::Module& module, const Checkpoint& checkpoint, const WeightMatch& match, bool strict)
{
    const QString refusal = match.refusal(strict);
    if (!refusal.isEmpty())
        throw UserError(WeightText::tr("The weights of %1 were not loaded: %2.").arg(checkpoint.path, refusal));
    torch::NoGradGuard noGrad;
    const auto tensors = moduleTensors(module);
    StorageCache cache(checkpoint);
    std::vector<std::pair<at::Tensor, at::Tensor>> copies; // into, from: all read before any is copied
    for (const WeightMatchEntry& e : match.entries) {
        if (e.status != WeightMatchEntry::Status::Matched)
            continue;
        const auto found = tensors.find(e.name.toStdString());
        if (found == tensors.end())
            throw UserError(WeightText::tr("The module has no parameter or buffer '%1' any more.").arg(e.name));
        copies.emplace_back(found->second, cache.tensor(e.tensor));
    }
    for (auto& [into, from] : copies)
        into.copy_(from);
}

} // namespace jitscope
