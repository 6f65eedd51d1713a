// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "session/buildinfo.h"

#include <QGuiApplication>

#include <cstring>
#include <memory>

namespace {

// Qt's own chatter (no XDG_RUNTIME_DIR, offscreen platform notes) is noise on a CLI's stderr,
// which carries only JitScope's messages.
void quietQtMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtDebugMsg || type == QtInfoMsg || message.startsWith(QLatin1String("QStandardPaths:")))
        return;
    std::fprintf(stderr, "jitscope-cli: Qt: %s\n", qPrintable(message));
}

} // namespace

int main(int argc, char* argv[])
{
    qInstallMessageHandler(quietQtMessages);
    // Drawing graphs (svg, png) needs fonts, so a Gui application, but never a display.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && std::strcmp(argv[1], "graph") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("jitscope-cli"));
    QCoreApplication::setApplicationVersion(jitscope::jitscopeVersion());
    return jitscope::runCli(QCoreApplication::arguments(), stdout, stderr);
}
