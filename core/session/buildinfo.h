#pragma once

#include <QString>

namespace jitscope {

// Facts about the libtorch JitScope runs with, for About boxes and `--version`.
QString libtorchVersion();
// "CPU only (this libtorch has no CUDA)" or "CUDA: 2 devices".
QString computeDevicesSummary();

} // namespace jitscope
