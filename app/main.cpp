#include "examples.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("JitScope"));
    QApplication::setApplicationName(QStringLiteral("JitScope"));
    QApplication::setApplicationVersion(QStringLiteral(JITSCOPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.jitscope.JitScope"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("jitscope"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desktop explorer for TorchScript archives."));
    parser.addHelpOption();
    parser.addVersionOption();
    QStringList exampleIds;
    for (const auto& example : jitscope::bundledExamples())
        exampleIds << example.id;
    const QCommandLineOption example(QStringLiteral("example"),
        QApplication::translate("main", "Open a bundled example: %1.").arg(exampleIds.join(QLatin1String(", "))),
        QApplication::translate("main", "NAME"));
    parser.addOption(example);
    parser.addPositionalArgument(QStringLiteral("FILE"), QApplication::translate("main", "TorchScript archive to open."));
    parser.process(app);

    jitscope::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openPath(parser.positionalArguments().first());
    else if (parser.isSet(example))
        window.openExample(parser.value(example));
    return app.exec();
}
