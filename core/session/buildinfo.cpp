// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/buildinfo.h"

#include "engine/model/runtimeinfo.h"
#include "jitscope_revision.h"

#include <graphviz/graphviz_version.h>

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

// The runtime facts are the engine's: it alone includes libtorch.
QString libtorchVersion()
{
    return runtime::libtorchVersion();
}

QString computeDevicesSummary()
{
    return runtime::computeDevicesSummary();
}

QString cudaUnavailableReason()
{
    return runtime::cudaUnavailableReason();
}

QStringList availableDevices()
{
    return runtime::availableDevices();
}

QString dtypeLimitation(const QString& device, const QString& dtype)
{
    return runtime::dtypeLimitation(device, dtype);
}

} // namespace jitscope
