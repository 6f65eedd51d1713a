// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildinfo.h"

#include "jitscope_revision.h"

#include <graphviz/graphviz_version.h>
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

QString jitscopeVersion()
{
    return QStringLiteral(JITSCOPE_VERSION);
}

QString jitscopeRevision()
{
    return QStringLiteral(JITSCOPE_REVISION);
}

QString graphvizVersion()
{
    return QStringLiteral(PACKAGE_VERSION);
}

QString qtVersion()
{
    return QString::fromLatin1(qVersion());
}

QString licenseLine()
{
    return BuildInfo::tr("GPL-3.0-or-later (GNU General Public License, version 3 or later)");
}

QString versionText(const QString& program)
{
    return BuildInfo::tr("%1 %2 (revision %3)\n"
                         "libtorch %4, Qt %5, Graphviz %6\n"
                         "License: %7 <https://www.gnu.org/licenses/gpl-3.0.html>\n"
                         "This is free software: you are free to change and redistribute it.\n"
                         "There is NO WARRANTY, to the extent permitted by law.\n")
        .arg(program, jitscopeVersion(), jitscopeRevision(), libtorchVersion(), qtVersion(), graphvizVersion(),
             licenseLine());
}

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
