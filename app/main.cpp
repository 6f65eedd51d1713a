#include "comparisonview.h"
#include "examples.h"
#include "fileactions.h"
#include "i18n.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>

#include <cstdio>

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
    const QCommandLineOption diff(
        QStringLiteral("diff"),
        QApplication::translate("main", "Compare the forward methods of two archives: --diff A.pt B.pt."),
        QApplication::translate("main", "A.pt"));
    parser.addOption(diff);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("main", "TorchScript archive to open."));
    parser.process(app);

    if (parser.isSet(diff)) {
        const QStringList rest = parser.positionalArguments();
        if (rest.size() != 1) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(QApplication::translate("main", "--diff needs two archives: jitscope --diff A.pt B.pt")));
            return 2;
        }
        jitscope::DiffRequest request;
        request.left.path = parser.value(diff);
        request.right.path = rest.first();
        jitscope::FileActions::openComparison(request);
        return app.exec();
    }

    jitscope::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openPath(parser.positionalArguments().first());
    else if (parser.isSet(example))
        window.openExample(parser.value(example));
    return app.exec();
}
