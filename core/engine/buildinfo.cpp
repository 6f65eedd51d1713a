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

} // namespace jitscope
