// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace jitscope {

// A failed call as a person reads it: the cause in one line, where in the source it happened,
// and the interpreter's whole text for whoever wants the traceback. From a message such as
//   predict failed:
//   The following operation failed in the TorchScript interpreter.
//   Traceback of TorchScript, serialized code (most recent call last):
//     File "code/__torch__/models.py", line 18, in predict
//   ...
//   Traceback of TorchScript, original code (most recent call last):
//     File "/src/models.py", line 41, in predict
//       def predict(self, x: Tensor) -> Tensor:
//           return x + self.p
//                  ~~~~~~~~~~ <--- HERE
//   RuntimeError: The size of tensor a (3) must match the size of tensor b (10) ...
struct RunFailure
{
    QString cause; // "RuntimeError: The size of tensor a (3) must match ..."
    QString location; // "models.py:41, in predict" (the original code where the archive kept it)
    QString sourceLine; // "return x + self.p"
    QString details; // the whole message
    bool hasTraceback() const { return details.contains(QLatin1Char('\n')); }
};

RunFailure describeRunFailure(const QString& message);

// What an observed run's instrumented copy of a method is called when it runs: every call in it
// is inlined, so its frames name it instead of the function they are in, and a failure's
// location leaves it out.
inline constexpr const char* kObservedCodeName = "__jitscope_observed";

} // namespace jitscope
