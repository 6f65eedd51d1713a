// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/model/modulestate.h"

#include "common/usererror.h"
#include "engine/common/torcherror.h"
#include "engine/common/valuetext.h"
#include "engine/model/runtimeinfo.h"

#include <torch/cuda.h>

#include <QCoreApplication>

namespace jitscope {

namespace {

struct StateText
{
    Q_DECLARE_TR_FUNCTIONS(StateText)
};

c10::Device parseDevice(const QString& device)
{
    c10::Device target(c10::kCPU);
    try {
        target = c10::Device(device.toStdString());
    } catch (const std::exception&) {
        throw UserError(StateText::tr("Unknown device '%1': use cpu or cuda:N.").arg(device));
    }
    if (target.is_cuda() && !torch::cuda::is_available())
        throw UserError(runtime::cudaUnavailableReason());
    if (target.is_cuda() && target.has_index() && target.index() >= int(torch::cuda::device_count()))
        throw UserError(StateText::tr("There is no %1: this machine has %2 CUDA device(s).")
                            .arg(device)
                            .arg(torch::cuda::device_count()));
    return target;
}

// As PyTorch's Module.to(dtype) / .half(): floating-point parameters and buffers change type;
// integer and bool ones (BatchNorm's num_batches_tracked, counters) keep theirs. libtorch's
// Module::to(dtype) converts every tensor, so it is not used.
void castFloatingTensors(torch::jit::Module& module, c10::ScalarType type)
{
    torch::NoGradGuard noGrad;
    for (at::Tensor t : module.parameters(/*recurse=*/true))
        if (t.is_floating_point())
            t.set_data(t.to(type));
    for (at::Tensor t : module.buffers(/*recurse=*/true))
        if (t.is_floating_point())
            t.set_data(t.to(type));
}

} // namespace

void setTrainingMode(torch::jit::Module& module, bool training)
{
    module.train(training);
}

void moveModule(torch::jit::Module& module, const QString& device, const QString& dtype)
{
    try {
        if (!device.isEmpty())
            module.to(parseDevice(device));
        if (!dtype.isEmpty()) {
            const c10::ScalarType type = parseDtype(dtype);
            if (!c10::isFloatingType(type))
                throw UserError(
                    StateText::tr("A module moves to float32, float64, float16 or bfloat16, not %1.").arg(dtype));
            castFloatingTensors(module, type);
        }
    } catch (const UserError&) {
        throw;
    } catch (const std::exception& e) {
        throw UserError(StateText::tr("Moving the module failed: %1").arg(cleanTorchMessage(e)));
    }
}

} // namespace jitscope
