// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/valueinfo.h"

#include <QStringList>

namespace jitscope {

// A call of a method (or of a function compiled from text): arguments as value expressions,
// in schema order, optionally `name=value` for keyword ones.
struct InvokeRequest
{
    QString module;
    QString method;
    QStringList arguments;
    int repeat = 1;
    qint64 maxValues = 1000;
    QString saveOutputs; // .npy or .pt: the output tensor (or the first tensor of the outputs)
    bool compiled = false; // call a function of the compilation unit made by compile()
};

struct InvokeResult
{
    ValueInfo outputs;
    int historyIndex = 0; // the result is $historyIndex from now on
    int repeat = 1;
    double latencyMs = 0; // the first call
    double medianMs = 0, p90Ms = 0, minMs = 0; // over all calls
    QString argumentsText; // the arguments as understood, for the history list
};

} // namespace jitscope
