#include "cli.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jitscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JITSCOPE_VERSION));
    return jitscope::runCli(QCoreApplication::arguments(), stdout, stderr);
}
