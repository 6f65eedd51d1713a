// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace jitscope {

// What this build of JitScope is, for Help > About and `--version`.
QString jitscopeVersion(); // "0.1.0", the project version
QString jitscopeRevision(); // `git describe` of the source tree at build time, or "unknown"
QString graphvizVersion(); // of the Graphviz headers JitScope was built with
QString qtVersion(); // of the Qt it runs with
// The license, in one line: "GPL-3.0-or-later (GNU General Public License, version 3 or later)".
QString licenseLine();
// `PROGRAM --version`: version and revision, the libraries' versions, the license and the
// no-warranty sentence, one fact per line.
QString versionText(const QString& program);

// Facts about the libtorch JitScope runs with.
QString libtorchVersion();
// "CPU only (this libtorch has no CUDA)" or "CUDA: 2 devices".
QString computeDevicesSummary();
// Why a CUDA device cannot be used; empty when one can.
QString cudaUnavailableReason();
// "cpu", then "cuda:0", "cuda:1", ... as this libtorch finds them at run time.
QStringList availableDevices();
// What a module in `dtype` on `device` cannot run here ("float16 on cpu: this libtorch has no
// convolution, linear for it; …"), found by trying the common ops on a few elements once; empty
// when they all run (or the device is not here, which cudaUnavailableReason() says).
QString dtypeLimitation(const QString& device, const QString& dtype);

} // namespace jitscope
