// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Checkpoints in the window: the checkpoint page, the module tree and Archive pane on one,
// Compare With Checkpoint, and File > Load Weights (its matching, then Python's outputs).
#include "checkpointdiffdialog.h"
#include "checkpointpage.h"
#include "common/resourcelimits.h"
#include "fileactions.h"
#include "hostilefiles.h"
#include "i18n.h"
#include "loadweightsdialog.h"
#include "models/parameterdiffmodel.h"
#include "models/tensorslicemodel.h"
#include "models/tensortablemodel.h"
#include "session/document.h"
#include "session/modelsession.h"
#include "testutil.h"
#include "windowui.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidgetItem>

#include <cmath>

class TestCheckpointWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("JitScopeTest"));
        QSettings().clear();
    }

    // A refusal built in core (a file claiming too much, a checkpoint tensor's problem) writes its
    // numbers as the window's language does: "3,00 TiB" in a German sentence, "3.00 TiB" after.
    void refusalsWriteNumbersAsTheWindowsLanguage()
    {
        auto refusal = [] {
            return testutil::errorOf([] { jitscope::requireAllocatable({ qint64(3) << 40 }, 1, QStringLiteral("x")); });
        };
        const auto english = qScopeGuard([] { jitscope::removeTranslators(); }); // whatever fails
        QVERIFY(jitscope::installTranslators(QLocale(QLocale::German, QLocale::Germany)));
        const QString german = refusal();
        jitscope::removeTranslators();
        QVERIFY2(german.contains(QLatin1String("3,00 TiB")), qPrintable(german));
        QVERIFY2(refusal().contains(QLatin1String("x asks for 3.00 TiB")), qPrintable(refusal()));
    }

    // The attack files in the window, under 1 GB more address space: a million safetensors
    // entries refused (the window keeps what it had), 100,000 sound ones shown in the table.
    void hostileFilesWithinBudget()
    {
        QTemporaryDir dir;
        const QString shared = dir.filePath(QStringLiteral("shared.safetensors"));
        // A million entries; just past the limit under a sanitizer, where reading a 77 MB header
        // takes minutes (the refusal and its rule are the same).
        const int entries = testutil::kSlowdown > 1 ? 100'001 : 1'000'000;
        QVERIFY(hostile::writeFile(shared, hostile::sharedRangeSafetensors(entries)));
        const QString many = dir.filePath(QStringLiteral("many.safetensors"));
        QVERIFY(hostile::writeFile(many, hostile::contiguousSafetensors(100'000)));
        MainWindow w;
        w.files()->setDialogsEnabled(false);
        w.show();
        hostile::AddressSpaceBudget budget(qint64(1) << 30);
        openAndWait(w, many);
        auto* table = Ui { w }.find<QTableView>("CheckpointTensorTable");
        QCOMPARE(table->model()->rowCount(), 100'000);
        QSignalSpy failed(&w, &MainWindow::openFailed);
        w.openPath(shared);
        QVERIFY(failed.wait(testutil::waitMs(30000)));
        QVERIFY2(w.files()->lastError().contains(QLatin1String("more than 100000 tensors")),
                 qPrintable(w.files()->lastError()));
        QCOMPARE(table->model()->rowCount(), 100'000);
    }

    // A checkpoint opens like an archive: its tensors in the middle with their statistics, its
    // dicts as the module tree (an optimizer's state by parameter), its scalars as attributes; the
    // tensor viewer reads its tensors; what needs a module is off.
    void checkpointOpens()
    {
        MainWindow w;
        w.files()->setDialogsEnabled(false);
        w.show();
        openAndWait(w, testutil::fixture(QStringLiteral("checkpoint.pt")));
        auto* page = Ui { w }.find<CheckpointPage>("CheckpointPage");
        QVERIFY(page->isVisible());
        QVERIFY(!Ui { w }.tabs()->isVisible());
        QVERIFY(page->title()->text().contains(QLatin1String("torch.save (zip")));
        auto* table = Ui { w }.find<QTableView>("CheckpointTensorTable");
        QCOMPARE(table->model()->rowCount(), 31);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("model.features.0.weight"));
        QCOMPARE(table->model()->index(0, TensorTableModel::KindColumn).data().toString(), QStringLiteral("tensor"));
        QTRY_VERIFY(!table->model()->index(0, TensorTableModel::MinColumn).data().toString().isEmpty());
        QVERIFY(!Ui { w }.stateBar()->modeBox()->isEnabled());
        QVERIFY(Ui { w }.statusFacts().contains(QLatin1String("31 tensors")));
        // The Archive pane: its format and zip entries, no TorchScript format version.
        ArchiveView* archive = Ui { w }.archiveView();
        QCOMPARE(archive->topLevelItem(2)->text(0), QStringLiteral("Format"));
        QVERIFY(archive->topLevelItem(2)->text(1).startsWith(QLatin1String("torch.save (zip")));
        QCOMPARE(archive->topLevelItem(archive->topLevelItemCount() - 1)->childCount(), 31);

        // The module tree: the optimizer's state entries are named by parameter.
        QAbstractItemModel* tree = Ui { w }.moduleTree()->model();
        const QModelIndexList found = tree->match(tree->index(0, 0), Qt::DisplayRole,
                                                  QStringLiteral("4 (head.fc.weight)"), 1, Qt::MatchRecursive);
        QCOMPARE(found.size(), 1);
        QVERIFY(Ui { w }.moduleTree()->isExpanded(found.first().parent())); // shown at once

        // Double-click: the tensor viewer reads it from the file.
        QSignalSpy shown(Ui { w }.tensorViewer(), &TensorViewer::sliceShown);
        table->setCurrentIndex(table->model()->index(2, 0));
        Q_EMIT table->activated(table->currentIndex());
        QVERIFY(shown.wait(20000));
        QCOMPARE(Ui { w }.tensorViewer()->currentRef().name, QStringLiteral("model.features.1.weight"));
        QCOMPARE(Ui { w }.tensorViewer()->sliceModel()->slice().values.size(), 8);

        // Compared with the same checkpoint in the legacy format: every tensor the same.
        CheckpointDiffDialog* diff
            = w.files()->compareWithCheckpoint(testutil::fixture(QStringLiteral("checkpoint_legacy.pt")));
        QSignalSpy compared(diff, &CheckpointDiffDialog::compared);
        diff->show();
        QVERIFY(compared.wait(20000));
        QCOMPARE(compared.first().first().toBool(), true);
        QCOMPARE(diff->model()->rowCount(), 31);
        QVERIFY2(diff->summary()->text().contains(QLatin1String("31")), qPrintable(diff->summary()->text()));
        diff->differencesOnly()->setChecked(true);
        QCOMPARE(diff->table()->model()->rowCount(), 0);
        diff->close();

        // An archive again: the graph is back.
        openAndWait(w, testutil::example(QStringLiteral("conv_net")));
        QVERIFY(Ui { w }.tabs()->isVisible());
        QVERIFY(!page->isVisible());
        QVERIFY(Ui { w }.stateBar()->modeBox()->isEnabled());
    }

    // File → Load Weights…: the matching is shown first; Load puts the weights in, the module is
    // modified, and it runs as Python's load_state_dict made it.
    void loadWeightsIntoTheModule()
    {
        MainWindow w;
        w.files()->setDialogsEnabled(false);
        w.show();
        openAndWait(w, testutil::example(QStringLiteral("conv_net")));
        LoadWeightsDialog* dialog = w.files()->loadWeightsFrom(testutil::fixture(QStringLiteral("checkpoint.pt")));
        QSignalSpy matched(dialog, &LoadWeightsDialog::matched);
        dialog->show();
        QVERIFY(matched.wait(20000));
        QCOMPARE(dialog->match().source, QStringLiteral("model"));
        QCOMPARE(dialog->model()->rowCount(), 10);
        QCOMPARE(dialog->model()->index(0, ParameterDiffModel::StatusColumn).data().toString(),
                 QStringLiteral("values differ"));
        QVERIFY(dialog->summary()->text().contains(QLatin1String("10 matched")));
        QVERIFY(dialog->loadButton()->isEnabled());
        QCOMPARE(dialog->sourceBox()->count(), 1 + dialog->match().sources.size());

        // The whole file as the source: the optimizer's tensors are unexpected; strict refuses.
        matched.clear();
        dialog->sourceBox()->setCurrentIndex(dialog->sourceBox()->findData(QString()));
        // Until the new matching is there, nothing may be loaded, strict or not.
        QVERIFY(!dialog->loadButton()->isEnabled());
        dialog->strictBox()->setChecked(true);
        dialog->strictBox()->setChecked(false);
        QVERIFY(!dialog->loadButton()->isEnabled());
        QVERIFY(matched.wait(20000));
        QCOMPARE(dialog->match().prefix, QStringLiteral("model."));
        QCOMPARE(
            dialog->model()->index(dialog->model()->rowCount() - 1, ParameterDiffModel::StatusColumn).data().toString(),
            QStringLiteral("unexpected"));
        dialog->strictBox()->setChecked(true);
        QVERIFY(!dialog->loadButton()->isEnabled());
        QVERIFY(dialog->summary()->text().contains(QLatin1String("Cannot load")));
        dialog->strictBox()->setChecked(false);
        QVERIFY(dialog->loadButton()->isEnabled());

        QSignalSpy loaded(dialog, &LoadWeightsDialog::loaded);
        QSignalSpy weights(w.document(), &Document::weightsChanged);
        dialog->load();
        QVERIFY(loaded.wait(20000));
        QVERIFY(w.document()->isModified());
        QCOMPARE(weights.size(), 1);
        QVERIFY(w.isWindowModified());

        // The module computes what Python computes after load_state_dict.
        const QJsonObject ref = testutil::reference(QStringLiteral("conv_net_checkpoint"));
        InvokeRequest request;
        request.method = QStringLiteral("forward");
        request.arguments
            = { QStringLiteral("load(\"%1\")").arg(testutil::fixture(ref.value(QStringLiteral("input")).toString())) };
        const InvokeResult result = w.document()->session()->invoke(request).wait();
        const QJsonArray expected = ref.value(QStringLiteral("output")).toArray();
        QCOMPARE(result.outputs.values.size(), 6);
        for (int i = 0; i < 6; ++i)
            QVERIFY(std::abs(result.outputs.values[i] - expected[i / 3].toArray()[i % 3].toDouble()) < 1e-5);

        // Compare With Checkpoint: the module now holds the checkpoint's model, all the same.
        CheckpointDiffDialog* diff
            = w.files()->compareWithCheckpoint(testutil::fixture(QStringLiteral("checkpoint.pt")));
        QSignalSpy compared(diff, &CheckpointDiffDialog::compared);
        diff->show();
        QVERIFY(compared.wait(20000));
        QCOMPARE(diff->model()->rowCount(), 10);
        QVERIFY2(diff->summary()->text().contains(QLatin1String("All 10")), qPrintable(diff->summary()->text()));
        diff->close();
    }
};

QTEST_MAIN(TestCheckpointWindow)
#include "tst_checkpointwindow.moc"
