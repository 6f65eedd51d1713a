// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// From launch to the first view of an archive's graph drawn in the window (the jitscope program,
// started as a person starts it, reporting GraphView::drawn on standard output), against a
// process that only runs torch::jit::load on the same file: both measured from process start to
// their answer, the same number of times, in this run. Needs a display (run it under xvfb-run).
// Cold: a first start (no settings: the crash guard checks the archive's code in its helper);
// warm: started again on the same file. Prints medians and ratios; asserts nothing.
#include "benchutil.h"

#include <torch/script.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

namespace {

// Starts `program` and waits for `line` on its standard output; milliseconds, or -1.
double timeUntil(const QString& program, const QStringList& args, const QProcessEnvironment& env,
                 const QByteArray& line)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    QByteArray out;
    while (!out.contains(line)) {
        if (!p.waitForReadyRead(60000)) {
            std::fprintf(stderr, "%s: no '%s' (%s)\n", qPrintable(program), line.constData(),
                         p.readAllStandardError().constData());
            return -1;
        }
        out += p.readAllStandardOutput();
    }
    const double ms = t.nsecsElapsed() / 1e6;
    p.kill();
    p.waitForFinished(10000);
    return ms;
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc == 3 && std::string(argv[1]) == "--load") {
        torch::jit::Module m = torch::jit::load(argv[2]);
        std::puts("loaded");
        std::fflush(stdout);
        return 0;
    }
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s ARCHIVE.pt [REPEATS]   (with a display: xvfb-run %s ...)\n", argv[0], argv[0]);
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    const QString window = QStringLiteral(JITSCOPE_APP);
    QTemporaryDir settings;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("JITSCOPE_QUIT_AFTER_FIRST_VIEW"), QStringLiteral("1"));

    // The page cache warmed first, for all of them alike.
    timeUntil(QCoreApplication::applicationFilePath(), { QStringLiteral("--load"), path }, env, "loaded");
    std::vector<double> bare, cold, warm;
    for (int i = 0; i < repeats; ++i) {
        bare.push_back(
            timeUntil(QCoreApplication::applicationFilePath(), { QStringLiteral("--load"), path }, env, "loaded"));
        QTemporaryDir fresh; // no settings: as on a first start
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), fresh.path());
        cold.push_back(timeUntil(window, { path }, env, "first view drawn"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), settings.path());
        warm.push_back(timeUntil(window, { path }, env, "first view drawn"));
    }
    for (const auto* times : { &bare, &cold, &warm })
        if (std::find(times->begin(), times->end(), -1.0) != times->end())
            return 1;
    const double b = benchutil::median(bare), c = benchutil::median(cold), w = benchutil::median(warm);
    std::printf("archive: %s (%d runs, medians, each from process start)\n", argv[1], repeats);
    std::printf("bare torch::jit::load process:      %8.1f ms\n", b);
    std::printf("window to first view, first start:  %8.1f ms, ratio %.2f\n", c, c / b);
    std::printf("window to first view, started again:%8.1f ms, ratio %.2f   (goal <= 800 ms)\n", w, w / b);
    return 0;
}
