// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/model/runtimeinfo.h"

#include "common/processwide.h"
#include "engine/common/valuetext.h"

#include <ATen/ATen.h>
#include <torch/cuda.h>
#include <torch/version.h>

#include <QCoreApplication>
#include <QHash>

#include <functional>

namespace jitscope::runtime {

namespace {
struct BuildInfo
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::BuildInfo)
};
} // namespace

QString libtorchVersion()
{
    return QStringLiteral(TORCH_VERSION);
}

QString computeDevicesSummary()
{
    if (!torch::cuda::is_available())
        return BuildInfo::tr("CPU only (this libtorch build finds no CUDA device)");
    return BuildInfo::tr("CPU and CUDA: %1 device(s)").arg(torch::cuda::device_count());
}

QString cudaUnavailableReason()
{
    if (torch::cuda::is_available())
        return {};
    return BuildInfo::tr("CUDA is not available: this libtorch build finds no CUDA device (Debian's libtorch is "
                         "CPU-only; build JitScope against a CUDA libtorch through CMAKE_PREFIX_PATH to use a GPU).");
}

namespace {

// What `dtype` on `device` cannot compute among the ops nearly every model runs; empty when it can,
// or when there is no such device or dtype here (said where it is picked).
QString probeLimitation(const QString& device, const QString& dtype)
{
    QStringList missing;
    try {
        const auto o = at::TensorOptions().dtype(parseDtype(dtype)).device(c10::Device(device.toStdString()));
        const at::NoGradGuard noGrad;
        // The ops nearly every model runs, each tried on a few elements.
        const std::pair<QString, std::function<void()>> ops[] = {
            { BuildInfo::tr("convolution"),
              [&] {
                  at::conv2d(at::ones({ 1, 1, 3, 3 }, o), at::ones({ 1, 1, 2, 2 }, o));
              } },
            { BuildInfo::tr("linear"),
              [&] {
                  at::linear(at::ones({ 2, 2 }, o), at::ones({ 2, 2 }, o));
              } },
            { BuildInfo::tr("matmul"),
              [&] {
                  at::matmul(at::ones({ 2, 2 }, o), at::ones({ 2, 2 }, o));
              } },
            { BuildInfo::tr("batch norm"),
              [&] {
                  const at::Tensor c = at::ones({ 2 }, o);
                  at::batch_norm(at::ones({ 2, 2, 2, 2 }, o), c, c, c, c, false, 0.1, 1e-5, false);
              } },
            { BuildInfo::tr("layer norm"),
              [&] {
                  at::layer_norm(at::ones({ 2, 4 }, o), { 4 });
              } },
            { BuildInfo::tr("softmax"),
              [&] {
                  at::softmax(at::ones({ 2, 2 }, o), 1);
              } },
            { BuildInfo::tr("max pooling"),
              [&] {
                  at::max_pool2d(at::ones({ 1, 1, 2, 2 }, o), { 2 });
              } },
        };
        for (const auto& [name, run] : ops) {
            try {
                run();
            } catch (const std::exception&) {
                missing << name;
            }
        }
    } catch (const std::exception&) {
        return {};
    }
    return missing.isEmpty() ? QString()
                             : BuildInfo::tr("%1 on %2: this libtorch has no %3 for it; a call that needs one fails.")
                                   .arg(dtype, device, missing.join(QLatin1String(", ")));
}

// Each answer once per process: probing runs ops on the device.
using KnownLimitations = ProcessWide<struct KnownLimitationsTag, QHash<QString, QString>>;

} // namespace

QString dtypeLimitation(const QString& device, const QString& dtype)
{
    const QString key = device + QLatin1Char('|') + dtype;
    return KnownLimitations::with([&](QHash<QString, QString>& known) {
        if (const auto it = known.constFind(key); it != known.constEnd())
            return *it;
        const QString limitation = probeLimitation(device, dtype);
        known.insert(key, limitation);
        return limitation;
    });
}

QStringList availableDevices()
{
    QStringList devices { QStringLiteral("cpu") };
    if (torch::cuda::is_available())
        for (size_t i = 0; i < torch::cuda::device_count(); ++i)
            devices << QStringLiteral("cuda:%1").arg(i);
    return devices;
}

} // namespace jitscope::runtime
