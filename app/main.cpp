// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "comparisonview.h"
#include "examples.h"
#include "fileactions.h"
#include "graphview.h"
#include "i18n.h"
#include "mainwindow.h"
#include "session/buildinfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

void print(FILE* stream, const QString& text)
{
    std::fputs(qPrintable(text), stream);
}

// --help and --version answer without a display (from a terminal over ssh, or while a
// package is built), so they are looked for before a QApplication exists.
bool asksForText(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) // Qt's GUI options need the GUI application
        if (std::strcmp(argv[i], "-platform") == 0 || std::strcmp(argv[i], "--platform") == 0)
            return false;
    for (int i = 1; i < argc; ++i)
        for (const char* option : { "-h", "--help", "-v", "--version" })
            if (std::strcmp(argv[i], option) == 0)
                return true;
    return false;
}

// For tests/bench/bench_firstview: says on standard output when the first graph is drawn, then quits.
void quitAfterFirstView(jitscope::MainWindow* window)
{
    auto* view = window->findChild<jitscope::GraphView*>();
    QObject::connect(view, &jitscope::GraphView::drawn, view, [] {
        std::fputs("first view drawn\n", stdout);
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
}

} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (asksForText(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("JitScope"));
    QCoreApplication::setApplicationName(QStringLiteral("JitScope"));
    QCoreApplication::setApplicationVersion(jitscope::jitscopeVersion());
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.jitscope.JitScope"));

    jitscope::installTranslators(QLocale());

    QStringList examples;
    for (const auto& example : jitscope::bundledExamples())
        examples << example.id;
    const jitscope::WindowCommandLine commandLine = jitscope::windowCommandLine(examples);
    QCommandLineParser parser;
    parser.setApplicationDescription(commandLine.description);
    const QCommandLineOption help = jitscope::toCommandLineOption(jitscope::cliHelpOption());
    parser.addOption(help);
    const QCommandLineOption version = jitscope::toCommandLineOption(jitscope::versionOption());
    parser.addOption(version);
    for (const jitscope::CliOption& option : commandLine.options)
        parser.addOption(jitscope::toCommandLineOption(option));
    parser.addPositionalArgument(QStringLiteral("FILE"), commandLine.argumentsText, commandLine.arguments);
    parser.process(*app);
    if (parser.isSet(help)) {
        print(stdout, parser.helpText());
        return 0;
    }
    if (parser.isSet(version)) {
        print(stdout, jitscope::versionText(QStringLiteral("jitscope")));
        return 0;
    }

    const QStringList files = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("diff"))) {
        if (files.size() != 1) {
            print(stderr,
                  QCoreApplication::translate("main", "--diff needs two archives: jitscope --diff A.pt B.pt")
                      + QLatin1Char('\n'));
            return 2;
        }
        jitscope::DiffRequest request;
        request.left.path = parser.value(QStringLiteral("diff"));
        request.right.path = files.first();
        jitscope::FileActions::openComparison(request);
        return app->exec();
    }

    // Files passed together (the desktop's "Open With" on a selection) open one window each.
    auto newWindow = [] {
        auto* window = new jitscope::MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        return window;
    };
    if (files.isEmpty()) {
        jitscope::MainWindow* window = newWindow();
        if (qEnvironmentVariableIsSet("JITSCOPE_QUIT_AFTER_FIRST_VIEW"))
            quitAfterFirstView(window);
        if (parser.isSet(QStringLiteral("example")))
            window->openExample(parser.value(QStringLiteral("example")));
        window->show();
    }
    for (qsizetype i = 0; i < files.size(); ++i) {
        jitscope::MainWindow* window = newWindow();
        if (qEnvironmentVariableIsSet("JITSCOPE_QUIT_AFTER_FIRST_VIEW"))
            quitAfterFirstView(window);
        if (i > 0)
            window->move(window->pos() + QPoint(32, 32) * int(i)); // stacked, each title bar in sight
        // Loading starts on the engine thread while the window shows itself.
        window->openPath(files[i]);
        window->show();
    }
    return app->exec();
}
