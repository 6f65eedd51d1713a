// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace jitscope {

// "1.5 MiB", "812 B": sizes as the window and the CLI show them.
QString formatBytes(qint64 bytes);
// "25,557,032": element counts with thousands separators, locale-independent.
QString formatCount(qint64 count);
// "1.82 G", "118.01 M", "512.00 K", "96": multiply-accumulates as torchinfo prints them.
QString formatMacs(qint64 macs);

} // namespace jitscope
