#include "buildinfo.h"

#include <torch/cuda.h>
#include <torch/version.h>

#include <QCoreApplication>

namespace jitscope {

QString libtorchVersion() { return QStringLiteral(TORCH_VERSION); }

QString computeDevicesSummary()
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("jitscope::BuildInfo", text); };
    if (!torch::cuda::is_available())
        return tr("CPU only (this libtorch build finds no CUDA device)");
    return tr("CPU and CUDA: %1 device(s)").arg(torch::cuda::device_count());
}

} // namespace jitscope
