// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/common/torcherror.h"

#include "common/usererror.h"

#include <c10/util/Exception.h>

namespace jitscope {

QString cleanTorchMessage(const std::exception& error)
{
    const auto* c10Error = dynamic_cast<const c10::Error*>(&error);
    return cleanErrorText(QString::fromStdString(c10Error ? c10Error->what_without_backtrace() : error.what()));
}

} // namespace jitscope
