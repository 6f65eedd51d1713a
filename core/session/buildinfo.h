#pragma once

#include <QString>
#include <QStringList>

namespace jitscope {

// Facts about the libtorch JitScope runs with, for About boxes and `--version`.
QString libtorchVersion();
// "CPU only (this libtorch has no CUDA)" or "CUDA: 2 devices".
QString computeDevicesSummary();
// Why a CUDA device cannot be used; empty when one can.
QString cudaUnavailableReason();
// "cpu", then "cuda:0", "cuda:1", ... as this libtorch finds them at run time.
QStringList availableDevices();

} // namespace jitscope
