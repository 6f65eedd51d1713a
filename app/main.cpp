#include "examples.h"
#include "i18n.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("JitScope"));
    QApplication::setApplicationName(QStringLiteral("JitScope"));
    QApplication::setApplicationVersion(QStringLiteral(JITSCOPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.jitscope.JitScope"));

    jitscope::installTranslators(QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desktop explorer for TorchScript archives."));
    parser.addHelpOption();
    parser.addVersionOption();
    QStringList exampleIds;
    for (const auto& example : jitscope::bundledExamples())
        exampleIds << example.id;
    const QCommandLineOption example(
        QStringLiteral("example"),
        QApplication::translate("main", "Open a bundled example: %1.").arg(exampleIds.join(QLatin1String(", "))),
        QApplication::translate("main", "NAME"));
    parser.addOption(example);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("main", "TorchScript archive to open."));
    parser.process(app);

    jitscope::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openPath(parser.positionalArguments().first());
    else if (parser.isSet(example))
        window.openExample(parser.value(example));
    return app.exec();
}
