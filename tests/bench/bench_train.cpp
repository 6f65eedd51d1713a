// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Training throughput: the session's trainer against a hand-written libtorch loop over the same
// model, data, loss and optimizer, in the same process (goal ratio >= 0.97), and against a
// Python torch loop when Debian's python3-torch is there. Prints steps/s; asserts nothing.
#include "session/modelsession.h"

#include <torch/csrc/api/include/torch/optim.h>
#include <torch/csrc/api/include/torch/serialize.h>
#include <torch/script.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <fstream>

using namespace jitscope;

namespace {

std::vector<int64_t> shapeOf(const QString& text)
{
    std::vector<int64_t> shape;
    for (const QString& d : text.split(QLatin1Char(',')))
        shape.push_back(d.toLongLong());
    return shape;
}

void saveTensor(const at::Tensor& t, const QString& path)
{
    const std::vector<char> bytes = torch::pickle_save(c10::IValue(t));
    std::ofstream(path.toStdString(), std::ios::binary).write(bytes.data(), std::streamsize(bytes.size()));
}

at::Tensor lossOf(bool classes, const at::Tensor& out, const at::Tensor& y)
{
    return classes ? at::cross_entropy_loss(out, y) : at::mse_loss(out, y);
}

double handWritten(const QString& path, const at::Tensor& x, const at::Tensor& y, bool classes, int steps)
{
    torch::jit::Module m = torch::jit::load(path.toStdString());
    std::vector<at::Tensor> params;
    for (const auto& p : m.parameters())
        params.push_back(p);
    torch::optim::Adam optimizer(params, torch::optim::AdamOptions(1e-3));
    auto step = [&] {
        optimizer.zero_grad();
        at::Tensor loss = lossOf(classes, m.forward({ x }).toTensor(), y);
        loss.backward();
        optimizer.step();
        return loss.item<double>();
    };
    for (int i = 0; i < 3; ++i) // warm-up: the profiling executor optimizes after a few runs
        step();
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < steps; ++i)
        step();
    return steps / (t.nsecsElapsed() / 1e9);
}

double trainer(ModelSession& session, const QString& path, TrainRequest r, int steps)
{
    session.open(path).wait();
    r.steps = 3;
    session.train(r).wait(); // the same warm-up
    r.steps = steps;
    QElapsedTimer t;
    t.start();
    session.train(r).wait();
    return steps / (t.nsecsElapsed() / 1e9);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() != 4) {
        std::fprintf(stderr,
                     "usage: bench_train ARCHIVE STEPS INPUT_SHAPE TARGET_SHAPE|classes:N\n"
                     "  e.g. bench_train mlp.pt 300 64,4 64,1\n"
                     "       bench_train resnet18_traced.pt 10 8,3,64,64 classes:1000\n");
        return 2;
    }
    const QString path = args[0];
    const int steps = args[1].toInt();
    torch::manual_seed(0);
    const at::Tensor x = torch::randn(shapeOf(args[2]));
    const bool classes = args[3].startsWith(QLatin1String("classes:"));
    const at::Tensor y = classes ? torch::randint(args[3].mid(8).toLongLong(), { x.size(0) }, at::kLong)
                                 : torch::randn(shapeOf(args[3]));
    QTemporaryDir dir;
    const QString xPath = dir.filePath(QStringLiteral("x.pt")), yPath = dir.filePath(QStringLiteral("y.pt"));
    saveTensor(x, xPath);
    saveTensor(y, yPath);

    TrainRequest r;
    r.inputs = { QStringLiteral("load(\"%1\")").arg(xPath) };
    r.target = QStringLiteral("load(\"%1\")").arg(yPath);
    r.loss = classes ? QStringLiteral("cross_entropy") : QStringLiteral("mse");
    r.optimizer = QStringLiteral("adam");
    r.lr = 1e-3;
    ModelSession session;
    double best = 0, bestTrainer = 0;
    for (int round = 0; round < 2; ++round) { // alternate, keep each one's best
        best = std::max(best, handWritten(path, x, y, classes, steps));
        bestTrainer = std::max(bestTrainer, trainer(session, path, r, steps));
    }
    std::printf("%s, %d steps, batch %lld: hand-written libtorch loop %.1f steps/s, JitScope trainer %.1f steps/s, "
                "ratio %.3f (goal >= 0.97)\n",
                qPrintable(path), steps, static_cast<long long>(x.size(0)), best, bestTrainer, bestTrainer / best);

    // The same loop in Python, when Debian's python3-torch is there.
    const QString script = QStringLiteral(
        "import sys, time, torch\n"
        "m = torch.jit.load(sys.argv[1]); x = torch.load(sys.argv[2]); y = torch.load(sys.argv[3])\n"
        "f = torch.nn.functional.cross_entropy if sys.argv[5] == '1' else torch.nn.functional.mse_loss\n"
        "opt = torch.optim.Adam(m.parameters(), lr=1e-3)\n"
        "def step():\n"
        "    opt.zero_grad(); l = f(m(x), y); l.backward(); opt.step(); return l.item()\n"
        "for _ in range(3): step()\n"
        "best = 0\n"
        "for _ in range(2):\n"
        "    t = time.perf_counter()\n"
        "    for _ in range(int(sys.argv[4])): step()\n"
        "    best = max(best, int(sys.argv[4]) / (time.perf_counter() - t))\n"
        "print(best)\n");
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 { QStringLiteral("-c"), script, path, xPath, yPath, QString::number(steps),
                   classes ? QStringLiteral("1") : QStringLiteral("0") });
    if (python.waitForFinished(600000) && python.exitCode() == 0) {
        const double py = python.readAllStandardOutput().trimmed().toDouble();
        std::printf("  Python torch loop %.1f steps/s, JitScope trainer / Python %.3f\n", py, bestTrainer / py);
    } else {
        std::printf("  Python torch loop: not run (%s)\n",
                    qPrintable(QString::fromUtf8(python.readAllStandardError()).section(QLatin1Char('\n'), -2, -2)
                               + python.errorString()));
    }
    return 0;
}
