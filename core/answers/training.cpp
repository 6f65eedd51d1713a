// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "answers/training.h"

namespace jitscope {

QStringList TrainRequest::losses()
{
    return { QStringLiteral("mse"),           QStringLiteral("l1"),  QStringLiteral("smooth_l1"),
             QStringLiteral("cross_entropy"), QStringLiteral("nll"), QStringLiteral("bce_with_logits"),
             QStringLiteral("method") };
}

QStringList TrainRequest::optimizers()
{
    return { QStringLiteral("sgd"), QStringLiteral("adam"), QStringLiteral("adamw"), QStringLiteral("rmsprop") };
}

} // namespace jitscope
