#include "buildinfo.h"

#include <torch/cuda.h>
#include <torch/version.h>

#include <QCoreApplication>

namespace jitscope {

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

QStringList availableDevices()
{
    QStringList devices { QStringLiteral("cpu") };
    if (torch::cuda::is_available())
        for (size_t i = 0; i < torch::cuda::device_count(); ++i)
            devices << QStringLiteral("cuda:%1").arg(i);
    return devices;
}

} // namespace jitscope
