// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace jitscope {

// Where TorchScript's compiler points in a message such as
//   undefined value foo:
//     File "<string>", line 2
//   def f(x: int):
//       return x + foo
//                  ~~~ <--- HERE
// line and column are 1-based; 0 when the message names no place.
struct CompileLocation
{
    int line = 0;
    int column = 0;
    QString summary; // the message's first line, without a trailing colon
};

CompileLocation parseCompileLocation(const QString& message);

} // namespace jitscope
