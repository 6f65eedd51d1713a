#include "cli.h"

#include <QGuiApplication>

int main(int argc, char* argv[])
{
    // Drawing graphs (svg, png) needs fonts, so a Gui application, but never a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jitscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JITSCOPE_VERSION));
    return jitscope::runCli(QCoreApplication::arguments(), stdout, stderr);
}
