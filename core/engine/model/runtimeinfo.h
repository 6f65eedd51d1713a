// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Facts about the libtorch JitScope runs with, as session/buildinfo.h documents them; the engine's
// own parts (opening, moving, describing a module) ask them here.
namespace jitscope::runtime {

QString libtorchVersion();
QString computeDevicesSummary();
QString cudaUnavailableReason();
QStringList availableDevices();
QString dtypeLimitation(const QString& device, const QString& dtype);

} // namespace jitscope::runtime
