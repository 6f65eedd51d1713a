// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Opening an archive through ModelSession (until the snapshot is ready) against a bare
// torch::jit::load of the same file, in the same process; also the longest stall of the
// calling thread's event loop meanwhile. Prints times and ratios; asserts nothing.
#include "benchutil.h"
#include "session/archiveguard.h"
#include "session/modelsession.h"

#include <torch/script.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace jitscope;

// A mode switch rebuilds the snapshot (its tree, tensors, methods and their run examples)
// against the bare switch: what the window waits for after Mode.
void timeModeSwitch(const char* path, ModelSession& s, int repeats, std::vector<double>& bare,
                    std::vector<double>& session)
{
    torch::jit::Module m = torch::jit::load(path);
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        m.train(i % 2 == 0);
        bare.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        s.setTraining(i % 2 == 0).wait();
        session.push_back(t.nsecsElapsed() / 1e6);
    }
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("JitScopeBench"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s ARCHIVE.pt [REPEATS]\n", argv[0]);
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;

    // Warm the page cache and libtorch's one-time initialisation before timing either side.
    torch::jit::load(argv[1]);

    std::vector<double> bare, session, stalls;
    ModelSession s;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        {
            torch::jit::Module m = torch::jit::load(argv[1]);
        }
        bare.push_back(t.nsecsElapsed() / 1e6);

        QEventLoop loop;
        QElapsedTimer gap;
        double maxGap = 0;
        QTimer tick;
        QObject::connect(&tick, &QTimer::timeout, [&] {
            maxGap = std::max(maxGap, gap.nsecsElapsed() / 1e6);
            gap.restart();
        });
        t.restart();
        gap.start();
        tick.start(1);
        s.open(path).then(
            &loop, [&](const SnapshotPtr&) { loop.quit(); },
            [&](const QString& message) {
                std::fprintf(stderr, "%s\n", qPrintable(message));
                loop.exit(1);
            });
        if (loop.exec() != 0)
            return 1;
        session.push_back(t.nsecsElapsed() / 1e6);
        stalls.push_back(maxGap);
    }

    std::vector<double> bareSwitch, sessionSwitch;
    timeModeSwitch(argv[1], s, repeats, bareSwitch, sessionSwitch);

    // The window's crash guard (ArchiveGuard): the helper process loads the code first. Cold: code
    // it has not seen (each run a fresh guard without memory); warm: code that passed before.
    std::vector<double> cold, warm;
    const QString helper = QString::fromLocal8Bit(JITSCOPE_CLI);
    for (int i = 0; i < repeats; ++i) {
        ArchiveGuard::forgetPassed();
        ArchiveGuard guard(helper);
        if (!guard.isActive())
            break;
        QEventLoop settle; // the helper's start-up is paid when the window starts, not here
        QTimer::singleShot(1500, &settle, &QEventLoop::quit);
        settle.exec();
        for (std::vector<double>* times : { &cold, &warm }) {
            QElapsedTimer t;
            t.start();
            QEventLoop loop;
            guard.check(path, &loop, [&](const QString& refusal) {
                if (!refusal.isEmpty())
                    std::fprintf(stderr, "%s\n", qPrintable(refusal));
                s.open(path).then(
                    &loop, [&](const SnapshotPtr&) { loop.quit(); }, [&](const QString&) { loop.exit(1); });
            });
            if (loop.exec() != 0)
                return 1;
            times->push_back(t.nsecsElapsed() / 1e6);
        }
    }
    ArchiveGuard::forgetPassed();

    const double b = benchutil::median(bare), m = benchutil::median(session);
    std::printf("archive: %s (%d runs, medians)\n", argv[1], repeats);
    std::printf("bare torch::jit::load:            %8.1f ms\n", b);
    std::printf("ModelSession open + snapshot:     %8.1f ms\n", m);
    std::printf("ratio session/bare:               %8.3f   (goal <= 1.10)\n", m / b);
    std::printf("longest event-loop stall meanwhile: %6.1f ms (goal < 50)\n",
                *std::max_element(stalls.begin(), stalls.end()));
    std::printf("mode switch, snapshot rebuilt:    %8.1f ms (bare module.train(): %.3f ms)\n",
                benchutil::median(sessionSwitch), benchutil::median(bareSwitch));
    if (!cold.empty()) {
        std::printf("guarded open, code not seen before: %6.1f ms, ratio %.3f\n", benchutil::median(cold),
                    benchutil::median(cold) / b);
        std::printf("guarded open, code seen before:     %6.1f ms, ratio %.3f   (goal <= 1.10)\n",
                    benchutil::median(warm), benchutil::median(warm) / b);
    }
    return 0;
}
