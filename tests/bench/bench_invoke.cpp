// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Per-call cost of ModelSession::invokeBlocking (thread hop, argument parsing and checking,
// result description) against calling the module's forward directly, in the same process,
// with the same fresh inputs each call. Prints times and the ratio; asserts nothing.
#include "benchutil.h"
#include "session/modelsession.h"

#include <torch/script.h>

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
        std::fprintf(stderr, "usage: %s ARCHIVE.pt CALLS SHAPE... (e.g. resnet18.pt 30 1,3,224,224)\n", argv[0]);
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int calls = std::max(1, std::atoi(argv[2]));
    std::vector<std::vector<int64_t>> shapes;
    QStringList expressions;
    for (int i = 3; i < argc; ++i) {
        std::vector<int64_t> shape;
        for (const QString& d : QString::fromLocal8Bit(argv[i]).split(QLatin1Char(',')))
            shape.push_back(d.toLongLong());
        shapes.push_back(shape);
        expressions << QStringLiteral("zeros(%1)").arg(QString::fromLocal8Bit(argv[i]));
    }
    torch::NoGradGuard noGrad;
    torch::jit::Module direct = torch::jit::load(argv[1]);
    ModelSession session;
    session.open(path).wait();
    InvokeRequest request;
    request.method = QStringLiteral("forward");
    request.arguments = expressions;
    request.maxValues = 0;

    std::vector<double> bare, viaSession;
    for (int i = 0; i < calls + 3; ++i) { // the first calls warm up both (profiling executor)
        QElapsedTimer t;
        t.start();
        std::vector<c10::IValue> inputs;
        for (const auto& s : shapes)
            inputs.emplace_back(torch::zeros(s));
        direct.forward(inputs);
        const double b = t.nsecsElapsed() / 1e3;
        t.restart();
        session.invoke(request).wait();
        const double s = t.nsecsElapsed() / 1e3;
        if (i >= 3) {
            bare.push_back(b);
            viaSession.push_back(s);
        }
    }
    const double b = benchutil::median(bare), s = benchutil::median(viaSession);
    std::printf("%s: direct forward %.1f us, ModelSession invoke %.1f us, overhead %.1f us, ratio %.3f (goal <= 1.02 "
                "on ResNet-18)\n",
                argv[1], b, s, s - b, s / b);
    return 0;
}
