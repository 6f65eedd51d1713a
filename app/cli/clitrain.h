#pragma once

#include <QStringList>

#include <cstdio>

namespace jitscope {

// `jitscope-cli train FILE --input EXPR --target EXPR ... -o OUT.pt`: training steps, then the
// trained module saved. A run that meets NaN or Inf exits 1 and writes nothing.
int runTrainCommand(const QStringList& args, FILE* out, FILE* err);

} // namespace jitscope
