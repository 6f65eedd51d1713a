// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Diff timings: scripted against traced, fully expanded. Baseline, in the same process: building
// the two expanded graph models (what showing them at all costs). Measured: the structural
// alignment, and the layout of both sides. Goals: under 2 s (ResNet-50), 10 s (ViT-B/16) for
// diff plus layout. Prints; asserts nothing.
#include "session/comparisonsession.h"

#include <QCoreApplication>

#include <cstdio>

using namespace jitscope;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() < 2 || args.size() % 2) {
        std::fprintf(stderr, "usage: bench_diff SCRIPTED.pt TRACED.pt [SCRIPTED.pt TRACED.pt ...]\n");
        return 2;
    }
    ComparisonSession session;
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        DiffRequest r;
        r.left = { args[i + 1], {}, {} };
        r.right = { args[i], {}, {} };
        r.layout = true;
        try {
            const ModelDiffPtr d = session.diff(r).wait();
            const double work = d->diffMs + d->layoutMs;
            std::printf("%s vs %s: %lld + %lld nodes; %d matched, %d changed, %d only traced, %d only scripted\n"
                        "  load %.0f ms, build both graphs %.0f ms (baseline)\n"
                        "  structural diff %.1f ms (%.3f x baseline), layout of both %.0f ms (%.2f x baseline)\n"
                        "  diff + layout %.0f ms\n",
                        qPrintable(r.right.displayName()), qPrintable(r.left.displayName()),
                        qint64(d->right.model.nodes.size()), qint64(d->left.model.nodes.size()), d->graph.matched,
                        d->graph.changed, d->graph.onlyLeft, d->graph.onlyRight, d->loadMs, d->buildMs, d->diffMs,
                        d->diffMs / d->buildMs, d->layoutMs, d->layoutMs / d->buildMs, work);
        } catch (const std::exception& e) {
            std::fprintf(stderr, "bench_diff: %s\n", e.what());
            return 1;
        }
    }
    return 0;
}
