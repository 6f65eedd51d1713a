// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/run/tensorreader.h"

#include "checkpoint/checkpointsnapshot.h"
#include "common/usererror.h"
#include "engine/common/torcherror.h"
#include "engine/common/torchvalues.h"
#include "engine/common/valuetext.h"
#include "engine/io/tensorio.h"
#include "engine/run/observer.h"
#include "engine/run/valueevaluator.h"
#include "values/valueexpr.h"

#include <algorithm>

namespace jitscope {

namespace {

TensorStats statsOf(const at::Tensor& tensor, const QString& name, bool isParameter)
{
    TensorStats stats;
    stats.name = name;
    stats.isParameter = isParameter;
    if (!tensor.defined())
        return stats;
    torch::NoGradGuard noGrad;
    const at::Tensor t = asDoubles(tensor).flatten();
    stats.numel = t.numel();
    stats.nanCount = t.isnan().sum().item<int64_t>();
    stats.infCount = t.isinf().sum().item<int64_t>();
    const at::Tensor finite = t.masked_select(t.isfinite());
    stats.finiteCount = finite.numel();
    if (stats.finiteCount > 0) {
        stats.min = finite.min().item<double>();
        stats.max = finite.max().item<double>();
        stats.mean = finite.mean().item<double>();
        stats.std = stats.finiteCount > 1 ? finite.std().item<double>() : 0.0;
    }
    return stats;
}

} // namespace

TensorReader::TensorReader(const torch::jit::Module* root, const std::vector<c10::IValue>& history,
                           const Checkpoint* checkpoint, const QHash<QString, int>* paths)
    : m_root(root)
    , m_history(history)
    , m_checkpoint(checkpoint)
    , m_paths(paths)
{ }

at::Tensor TensorReader::resolve(const TensorRef& ref) const
{
    if (ref.kind == TensorRef::Kind::History) {
        const ValueExpr expr = ValueExpr::parse(ref.name);
        ValueEvaluator evaluator(m_history, c10::Device(c10::kCPU));
        const c10::IValue value = evaluator.evaluate(expr, nullptr, ref.name);
        if (!value.isTensor())
            throw UserError(tr("%1 is a %2, not a tensor.").arg(ref.name, QString::fromStdString(value.tagKind())));
        return value.toTensor();
    }
    if (ref.kind == TensorRef::Kind::Observed) {
        const at::Tensor kept = m_observer ? m_observer->tensor(ref.name) : at::Tensor();
        if (!kept.defined())
            throw UserError(tr("The observed run kept no tensor for '%1': observe the call again (the module or its "
                               "inputs changed, or the tensor was over the budget).")
                                .arg(ref.name.section(QLatin1Char('|'), -1)));
        return kept;
    }
    if (!m_root && m_checkpoint) {
        const int index = m_paths ? m_paths->value(ref.name, -1) : checkpointTensorAt(*m_checkpoint, ref.name);
        if (index < 0)
            throw UserError(tr("%1 holds no tensor at '%2'.").arg(m_checkpoint->path, ref.name));
        return checkpointTensor(*m_checkpoint, index);
    }
    if (!m_root)
        throw UserError(tr("No archive is open."));
    const std::string wanted = ref.name.toStdString();
    if (ref.kind == TensorRef::Kind::Parameter) {
        for (const auto& p : m_root->named_parameters(true))
            if (p.name == wanted)
                return p.value;
    } else {
        for (const auto& b : m_root->named_buffers(true))
            if (b.name == wanted)
                return b.value;
    }
    throw UserError(
        tr("No %1 named '%2'.").arg(ref.kind == TensorRef::Kind::Parameter ? tr("parameter") : tr("buffer"), ref.name));
}

TensorStats TensorReader::stats(const QString& name, bool isParameter) const
{
    const at::Tensor tensor = resolve(isParameter ? TensorRef::parameter(name) : TensorRef::buffer(name));
    try {
        return statsOf(tensor, name, isParameter);
    } catch (const std::exception& e) {
        throw UserError(tr("Statistics of '%1' failed: %2").arg(name, cleanTorchMessage(e)));
    }
}

TensorSlice TensorReader::slice(const TensorSliceRequest& request) const
{
    const at::Tensor tensor = resolve(request.ref);
    TensorSlice slice;
    slice.ref = request.ref;
    if (!tensor.defined())
        throw UserError(
            tr("%1 is an undefined tensor (None in Python): there is nothing to show.").arg(request.ref.name));
    slice.shape = shapeOf(tensor);
    slice.dtype = dtypeName(tensor.scalar_type());
    slice.device = QString::fromStdString(tensor.device().str());
    slice.requiresGrad = tensor.requires_grad();
    try {
        torch::NoGradGuard noGrad;
        slice.stats = statsOf(tensor, request.ref.name, request.ref.kind == TensorRef::Kind::Parameter);
        at::Tensor t = tensor.detach();
        const int64_t dims = t.dim();
        // Fix every dimension but the last two; out-of-range indices are clamped, not refused,
        // so a picker can never ask for something impossible.
        for (int64_t d = 0; d + 2 < dims; ++d) {
            const int64_t size = tensor.size(d);
            const int64_t wanted = d < request.index.size() ? request.index[d] : 0;
            const int64_t i = size == 0 ? 0 : std::clamp<int64_t>(wanted, 0, size - 1);
            slice.index << i;
        }
        for (const qint64 i : std::as_const(slice.index)) {
            if (t.size(0) == 0)
                break;
            t = t.select(0, i);
        }
        if (t.dim() > 2) // an empty leading dimension: nothing to select, show nothing
            t = t.reshape({ 0, 0 });
        if (t.dim() == 0)
            t = t.reshape({ 1, 1 });
        else if (t.dim() == 1)
            t = t.unsqueeze(0);
        slice.totalRows = t.size(0);
        slice.totalCols = t.size(1);
        slice.rows = std::min<int64_t>(slice.totalRows, std::max<qint64>(1, request.maxRows));
        slice.cols = std::min<int64_t>(slice.totalCols, std::max<qint64>(1, request.maxCols));
        const at::Tensor shown = asDoubles(t.slice(0, 0, slice.rows).slice(1, 0, slice.cols)).contiguous();
        slice.values.resize(shown.numel());
        std::copy_n(shown.data_ptr<double>(), shown.numel(), slice.values.data());
    } catch (const std::exception& e) {
        throw UserError(tr("Reading %1 failed: %2").arg(request.ref.name, cleanTorchMessage(e)));
    }
    return slice;
}

void TensorReader::exportTo(const TensorRef& ref, const QString& path) const
{
    saveTensorFile(resolve(ref), path);
}

} // namespace jitscope
