// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What recording costs: an observed call (every value's shape, dtype and statistics; no timing
// runs) against a plain invoke of the same method on the same inputs, in the same process, calls
// interleaved; then the same with the tensors kept. Prints times and ratios; asserts nothing.
#include "benchutil.h"
#include "session/modelsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace jitscope;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s ARCHIVE.pt CALLS SHAPE... (e.g. resnet18.pt 20 1,3,224,224)\n", argv[0]);
        return 2;
    }
    const int calls = std::max(1, std::atoi(argv[2]));
    QStringList expressions;
    for (int i = 3; i < argc; ++i)
        expressions << QStringLiteral("rand(%1)").arg(QString::fromLocal8Bit(argv[i]));
    ModelSession session;
    session.open(QString::fromLocal8Bit(argv[1])).wait();
    InvokeRequest plain;
    plain.arguments = expressions;
    plain.maxValues = 0;
    ObserveRequest observed;
    observed.call = plain;
    observed.repeat = 0;
    observed.keepBytes = 0;
    ObserveRequest keeping = observed;
    keeping.keepBytes = qint64(1) << 30;

    std::vector<double> plainMs, observedMs, keepingMs;
    size_t values = 0;
    for (int i = 0; i < calls + 3; ++i) { // the first calls warm up (profiling executor, allocator)
        QElapsedTimer t;
        t.start();
        session.invoke(plain).wait();
        const double p = t.nsecsElapsed() / 1e6;
        t.restart();
        values = size_t(session.observe(observed).wait()->values.size());
        const double o = t.nsecsElapsed() / 1e6;
        t.restart();
        session.observe(keeping).wait();
        const double k = t.nsecsElapsed() / 1e6;
        if (i >= 3) {
            plainMs.push_back(p);
            observedMs.push_back(o);
            keepingMs.push_back(k);
        }
    }
    const double p = benchutil::median(plainMs), o = benchutil::median(observedMs), k = benchutil::median(keepingMs);
    std::printf("%s: plain invoke %.2f ms, observed (%zu values, statistics) %.2f ms, ratio %.3f (goal <= 1.5 on "
                "ResNet-18); with the tensors kept %.2f ms, ratio %.3f\n",
                argv[1], p, values, o, o / p, k, k / p);
    return 0;
}
