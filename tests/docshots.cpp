// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Makes the README's pictures (docs/*.png) from the window itself, on the offscreen platform with
// a 1280x820 screen: build/tests/jitscope_docshots docs [RESNET18_SCRIPTED.pt] [VIT_B_16_SCRIPTED.pt].
// Not a test: the pictures are looked at, not compared.
#include "calltimesview.h"
#include "checkpointpage.h"
#include "comparisonview.h"
#include "deployactions.h"
#include "fileactions.h"
#include "graphpage.h"
#include "graphscene.h"
#include "graphview.h"
#include "invokepanel.h"
#include "loadweightsdialog.h"
#include "mainwindow.h"
#include "session/document.h"
#include "session/modelsession.h"
#include "tensorviewer.h"
#include "testutil.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>

#include <cstdio>
#include <functional>

using namespace jitscope;

namespace {

// Runs the event loop until `done` holds (or a minute passes, said on standard error).
bool waitFor(const std::function<bool()>& done, const char* what = "the window")
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > 60000) {
            std::fprintf(stderr, "jitscope_docshots: waited a minute for %s\n", what);
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

void settle()
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 400)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

bool open(MainWindow& w, const QString& path)
{
    bool opened = false, failed = false;
    const auto connection = QObject::connect(&w, &MainWindow::archiveOpened, [&] { opened = true; });
    const auto refusal = QObject::connect(&w, &MainWindow::openFailed, [&](const QString& message) {
        std::fprintf(stderr, "jitscope_docshots: %s\n", qPrintable(message));
        failed = true;
    });
    w.openPath(path);
    const bool ok = waitFor([&] { return opened || failed; }, "an archive to open") && opened;
    QObject::disconnect(connection);
    QObject::disconnect(refusal);
    return ok;
}

bool save(QWidget* window, const QString& path)
{
    settle();
    const bool ok = window->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "could not write", qPrintable(path));
    return ok;
}

GraphPage* graphPage(MainWindow& w)
{
    return w.findChild<GraphPage*>(QStringLiteral("GraphPage"));
}

bool waitForGraph(GraphPage* page, const std::function<void()>& ask)
{
    bool shown = false;
    const auto connection = QObject::connect(page, &GraphPage::graphShown, [&] { shown = true; });
    ask();
    const bool ok = waitFor([&] { return shown; }, "a graph");
    QObject::disconnect(connection);
    return ok;
}

void showDock(MainWindow& w, const char* name)
{
    auto* dock = w.findChild<QDockWidget*>(QLatin1String(name));
    dock->show();
    dock->raise();
}

bool run(InvokePanel* panel, const QString& argument, bool observed)
{
    bool finished = false;
    const auto connection = QObject::connect(panel, &InvokePanel::finished, [&] { finished = true; });
    panel->setArgument(0, argument);
    const bool started = observed ? panel->runObserved() : panel->run();
    const bool ok = started && waitFor([&] { return finished; }, "a call");
    QObject::disconnect(connection);
    return ok;
}

// Freeze on the open conv_net with its inputs: the Speed tab of the comparison, then the graph
// the executor ran beside the saved one.
bool deployShots(MainWindow& w, const QDir& out)
{
    bool ok = true;
    auto* deploy = w.findChild<DeployActions*>(QStringLiteral("DeployActions"));
    TransformRequest freeze;
    QTemporaryDir dir;
    freeze.output = dir.filePath(QStringLiteral("conv_net_freeze.pt"));
    freeze.inputs = { QStringLiteral("load(\"%1\")").arg(testutil::fixture(QStringLiteral("conv_input.npy"))) };
    ComparisonView* comparison = nullptr;
    const auto transformed = QObject::connect(deploy, &DeployActions::transformed, [&] {
        for (QWidget* top : QApplication::topLevelWidgets())
            if (auto* view = qobject_cast<ComparisonView*>(top))
                comparison = view;
    });
    deploy->transform(freeze);
    ok = ok && waitFor([&] { return comparison && comparison->outputTable()->topLevelItemCount() > 0; }, "a freeze");
    QObject::disconnect(transformed);
    if (comparison) {
        comparison->tabs()->setCurrentWidget(comparison->speedView());
        ok = ok && save(comparison, out.filePath(QStringLiteral("deploy-speed.png")));
        comparison->close();
    }
    WarmupRequest warm;
    warm.inputs = freeze.inputs;
    ComparisonView* executed = nullptr;
    const auto drawn
        = QObject::connect(deploy, &DeployActions::executedGraphShown, [&](ComparisonView* view) { executed = view; });
    const auto timed
        = QObject::connect(deploy, &DeployActions::reportShown, [deploy] { deploy->compareExecutedGraph(); });
    deploy->warmUp(warm);
    ok = ok && waitFor([&] { return executed && executed->diff(); }, "the executed graph");
    QObject::disconnect(drawn);
    QObject::disconnect(timed);
    if (executed) {
        executed->nextDifference();
        ok = ok && save(executed, out.filePath(QStringLiteral("deploy-executed.png")));
        executed->close();
    }
    return ok;
}

// An encoder layer of ViT-B/16, Graph Only, expanded to depth 3; then its attention expanded.
bool vitShots(const QString& vit, const QDir& out)
{
    bool ok = true;
    // An encoder layer of ViT-B/16, Graph Only, expanded to depth 3.
    MainWindow w;
    w.files()->setDialogsEnabled(false);
    w.show();
    ok = ok && open(w, vit);
    GraphPage* page = graphPage(w);
    ok = ok && waitFor([page] { return page->graph() != nullptr; });
    w.findChild<QAction*>(QStringLiteral("GraphOnlyAction"))->trigger();
    ok = ok && waitForGraph(page, [page] { page->expandToDepth(3); });
    const LaidOutGraphPtr graph = page->graph();
    for (const GraphGroup& g : graph->model.groups)
        if (g.label.endsWith(QLatin1String("encoder_layer_0"))) {
            page->view()->zoomBy(0.8 / page->view()->zoom());
            page->view()->centerOn(graph->layout.groups[g.id].center());
            break;
        }
    ok = ok && save(&w, out.filePath(QStringLiteral("vit-encoder-layer.png")));
    // Its attention expanded: the fast path's reasons folded into selects, the kernel below.
    ok = ok && waitForGraph(page, [page] {
             page->toggleCall(QStringLiteral("encoder.layers.encoder_layer_0.self_attention:forward"));
         });
    const LaidOutGraphPtr expanded = page->graph();
    for (const GraphNode& n : expanded->model.nodes)
        if (n.kind == QLatin1String("aten::_native_multi_head_attention")) {
            page->view()->zoomBy(0.75 / page->view()->zoom());
            page->view()->centerOn(expanded->layout.nodes[n.id].center() - QPointF(250, 150));
            break;
        }
    ok = ok && save(&w, out.filePath(QStringLiteral("vit-attention-expanded.png")));
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" JITSCOPE_SOURCE_DIR "/tests/screens/1280x820.json");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s OUT_DIR [RESNET18_SCRIPTED.pt] [VIT_B_16_SCRIPTED.pt]\n", argv[0]);
        return 2;
    }
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("JitScopeDocShots"));
    QSettings().clear();
    const QDir out(QString::fromLocal8Bit(argv[1]));
    const QString resnet = argc > 2 ? QFileInfo(QString::fromLocal8Bit(argv[2])).absoluteFilePath() : QString();
    const QString vit = argc > 3 ? QFileInfo(QString::fromLocal8Bit(argv[3])).absoluteFilePath() : QString();
    bool ok = true;

    {
        // The ConvNet example: its features expanded, a call in the Run dock.
        MainWindow w;
        w.files()->setDialogsEnabled(false);
        w.show();
        ok = ok && open(w, testutil::example(QStringLiteral("conv_net")));
        GraphPage* page = graphPage(w);
        ok = ok && waitFor([page] { return page->graph() != nullptr; });
        ok = ok && waitForGraph(page, [page] { page->toggleCall(QStringLiteral("features:forward")); });
        showDock(w, "RunDock");
        ok = ok
            && run(w.findChild<InvokePanel*>(QStringLiteral("InvokePanel")), QStringLiteral("randn(2, 3, 16, 16)"),
                   false);
        page->view()->showTop();
        ok = ok && save(&w, out.filePath(QStringLiteral("screenshot.png")));

        ok = deployShots(w, out) && ok;

        // Its checkpoint's weights, as Load Weights matches them ("module." found and stripped).
        LoadWeightsDialog* load = w.files()->loadWeightsFrom(testutil::fixture(QStringLiteral("checkpoint_legacy.pt")));
        load->show();
        ok = ok && waitFor([load] { return load->findChild<QTableView*>()->model()->rowCount() > 0; });
        ok = ok && save(load, out.filePath(QStringLiteral("load-weights.png")));
        load->close();

        // A training checkpoint: its structure, every tensor, one in the heatmap.
        ok = ok && open(w, testutil::fixture(QStringLiteral("checkpoint.pt")));
        auto* table = w.findChild<QTableView*>(QStringLiteral("CheckpointTensorTable"));
        table->setCurrentIndex(table->model()->index(0, 0));
        Q_EMIT table->activated(table->currentIndex());
        auto* viewer = w.findChild<TensorViewer*>(QStringLiteral("TensorViewer"));
        ok = ok && waitFor([viewer] { return viewer->hasTensor(); });
        viewer->findChild<QTabWidget*>()->setCurrentIndex(2);
        ok = ok && save(&w, out.filePath(QStringLiteral("checkpoint.png")));
    }
    if (!resnet.isEmpty()) {
        // Scripted ResNet-18's first view, then observed with a block expanded and the heat map.
        MainWindow w;
        w.files()->setDialogsEnabled(false);
        w.show();
        ok = ok && open(w, resnet);
        GraphPage* page = graphPage(w);
        ok = ok && waitFor([page] { return page->graph() != nullptr; });
        ok = ok && save(&w, out.filePath(QStringLiteral("resnet18-first-view.png")));
        showDock(w, "RunDock");
        ok = ok
            && run(w.findChild<InvokePanel*>(QStringLiteral("InvokePanel")), QStringLiteral("randn(1, 3, 224, 224)"),
                   true);
        ok = ok && waitForGraph(page, [page] { page->toggleCall(QStringLiteral("layer1:forward")); });
        page->heatButton()->setChecked(true);
        page->view()->showTop();
        ok = ok && save(&w, out.filePath(QStringLiteral("observed.png")));
    }
    if (!vit.isEmpty())
        ok = vitShots(vit, out) && ok;
    return ok ? 0 : 1;
}
