// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <exception>

namespace jitscope {

// The part of a libtorch exception a person should read: the message without the C++
// backtrace, the "Exception raised from" frame and internal-assert boilerplate.
QString cleanTorchMessage(const std::exception& error);

} // namespace jitscope
