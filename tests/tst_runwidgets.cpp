// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The running side's widgets as a person uses them: the tensor viewer (slice table, index
// pickers, histogram, heatmap, export), its item model, the mode/device/dtype bar and the
// TorchScript scratch pad with error marks.
#include "codeview.h"
#include "elidedcombobox.h"
#include "filterpopup.h"
#include "invokepanel.h"
#include "models/tensorslicemodel.h"
#include "modelstatebar.h"
#include "runerrorview.h"
#include "scratchpad.h"
#include "session/buildinfo.h"
#include "session/modelsession.h"
#include "tensorviewer.h"
#include "testutil.h"
#include "values/histogram.h"

#include <qcustomplot.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <cmath>
#include <limits>

using namespace jitscope;

class TestRunWidgets : public QObject
{
    Q_OBJECT

    static TensorSlice showAndWait(TensorViewer& viewer, const TensorRef& ref)
    {
        QSignalSpy shown(&viewer, &TensorViewer::sliceShown);
        viewer.showTensor(ref);
        if (!shown.wait(20000))
            return {};
        return viewer.sliceModel()->slice();
    }

private Q_SLOTS:
    void histogramBins()
    {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        const Histogram h = computeHistogram({ 0, 1, 2, 3, 4, nan, inf, -inf, 4 }, 4);
        QCOMPARE(h.counts, QVector<double>({ 1, 1, 1, 3 })); // the maximum lands in the last bin
        QCOMPARE(h.finiteCount, 6);
        QCOMPARE(h.nanCount, 1);
        QCOMPARE(h.infCount, 2);
        QCOMPARE(h.binWidth(), 1.0);
        const Histogram flat = computeHistogram({ 7, 7 }, 10);
        QCOMPARE(flat.low, 6.5);
        QCOMPARE(flat.high, 7.5);
        QCOMPARE(std::accumulate(flat.counts.begin(), flat.counts.end(), 0.0), 2.0);
        QVERIFY(computeHistogram({ nan }, 10).counts.isEmpty());
    }

    void sliceModel()
    {
        TensorSliceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        TensorSlice slice;
        slice.shape = { 2, 3 };
        slice.dtype = QStringLiteral("float32");
        slice.rows = slice.totalRows = 2;
        slice.cols = slice.totalCols = 3;
        slice.values = { 1.5, std::nan(""), 3, -INFINITY, 0.25, 1e-9 };
        model.setSlice(slice);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("1.5"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("nan"));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("-inf"));
        QVERIFY(model.index(0, 1).data(Qt::BackgroundRole).isValid()); // NaN stands out
        QVERIFY(!model.index(0, 0).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.headerData(1, Qt::Vertical).toString(), QStringLiteral("1"));
        slice.dtype = QStringLiteral("int64");
        slice.values = { 1, 2, 3, 4, 5, 123456789012 };
        model.setSlice(slice);
        QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("123456789012"));
        slice.dtype = QStringLiteral("bool");
        slice.shape = { 6 };
        slice.rows = 1;
        slice.cols = 6;
        slice.values = { 1, 0, 0, 1, 1, 0 };
        model.setSlice(slice);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("True"));
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QString()); // 1-D: no row index
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void tensorViewerSlicesAndPlots()
    {
        ModelSession session;
        session.open(testutil::example(QStringLiteral("conv_net"))).wait();
        TensorViewer viewer(&session);
        viewer.resize(800, 500);
        viewer.show();
        QVERIFY(!viewer.hasTensor());

        // A 4-D convolution weight: two index pickers, a 3 x 3 slice.
        const TensorInfo weight = session.snapshot()->parameters.first();
        TensorSlice slice = showAndWait(viewer, TensorRef::parameter(weight.name));
        QCOMPARE(slice.shape, weight.shape);
        QCOMPARE(viewer.indexPickers().size(), 2);
        QCOMPARE(viewer.indexPickers()[0]->maximum(), int(weight.shape[0] - 1));
        QCOMPARE(viewer.sliceModel()->rowCount(), int(weight.shape[2]));
        QVERIFY(viewer.summary()->text().contains(QLatin1String("216 elements")));
        QVERIFY(viewer.summary()->text().contains(QLatin1String("no NaN or Inf")));
        // The heatmap and histogram hold exactly the slice.
        QCOMPARE(viewer.heatmap()->data()->keySize(), int(weight.shape[3]));
        QCOMPARE(viewer.heatmap()->data()->valueSize(), int(weight.shape[2]));
        QCOMPARE(viewer.heatmap()->data()->cell(1, 2), slice.values[2 * 3 + 1]);
        double histogramTotal = 0;
        for (auto it = viewer.histogramBars()->data()->constBegin(); it != viewer.histogramBars()->data()->constEnd();
             ++it)
            histogramTotal += it->value;
        QCOMPARE(histogramTotal, 9.0);

        // Picking another index shows that slice: weight[7, 1] is a different 3 x 3 block.
        const QVector<double> first = slice.values;
        QSignalSpy shown(&viewer, &TensorViewer::sliceShown);
        viewer.setIndex(0, 7);
        QVERIFY(shown.wait(20000));
        shown.clear();
        viewer.setIndex(1, 1);
        QVERIFY(shown.wait(20000));
        slice = viewer.sliceModel()->slice();
        QCOMPARE(slice.index, QList<qint64>({ 7, 1 }));
        QVERIFY(slice.values != first);
        TensorSliceRequest direct { TensorRef::parameter(weight.name), { 7, 1 }, 8, 8 };
        QCOMPARE(slice.values, session.tensorSlice(direct).wait().values);

        // A 1-D tensor has no pickers; export writes a .npy that loads back with its shape.
        slice = showAndWait(viewer, TensorRef::parameter(session.snapshot()->parameters[1].name));
        QVERIFY(viewer.indexPickers().isEmpty());
        QCOMPARE(viewer.sliceModel()->rowCount(), 1);
        // One row is drawn as a row of cells, not as a line of no height (a [1, 1000] result).
        QCOMPARE(viewer.heatmap()->data()->valueSize(), 1);
        QVERIFY(viewer.heatmap()->data()->valueRange().size() > 0);
        QVERIFY(viewer.heatmap()->colorScale()->visible());
        QTemporaryDir dir;
        QSignalSpy exported(&viewer, &TensorViewer::exported);
        viewer.exportTo(dir.filePath(QStringLiteral("bias.npy")));
        QVERIFY(exported.wait(20000));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("bias.npy"))));
        QSignalSpy failed(&viewer, &TensorViewer::failed);
        viewer.exportTo(dir.filePath(QStringLiteral("missing/bias.npy")));
        QVERIFY(failed.wait(20000));
        QVERIFY(viewer.summary()->text().contains(QLatin1String("cannot be written")));

        viewer.clear();
        QVERIFY(!viewer.hasTensor());
        QCOMPARE(viewer.sliceModel()->rowCount(), 0);
        // Nothing shown, no scale left from the tensor that was.
        QVERIFY(!viewer.heatmap()->colorScale()->visible());
    }

    void tensorViewerCountsNanAndInf()
    {
        ModelSession session;
        session.open(testutil::generated(QStringLiteral("nan_inf.pt"))).wait();
        TensorViewer viewer(&session);
        const TensorSlice slice = showAndWait(viewer, TensorRef::parameter(QStringLiteral("w")));
        QCOMPARE(slice.stats.nanCount, 1);
        QCOMPARE(slice.stats.infCount, 2);
        QVERIFY(viewer.summary()->text().contains(QStringLiteral("1 NaN · 2 Inf")));
        QCOMPARE(viewer.histogram().finiteCount, 3);
        QCOMPARE(viewer.sliceModel()->index(0, 1).data().toString(), QStringLiteral("nan"));
        // An integer buffer shows whole numbers.
        showAndWait(viewer, TensorRef::buffer(QStringLiteral("steps")));
        QCOMPARE(viewer.sliceModel()->index(0, 4).data().toString(), QStringLiteral("4"));
    }

    void resultTensorsOpenInTheViewer()
    {
        ModelSession session;
        session.open(testutil::example(QStringLiteral("my_module"))).wait();
        InvokePanel panel(&session);
        panel.setSnapshot(session.snapshot());
        // Its own list holds every method; picking one shows its arguments.
        QCOMPARE(panel.methodPicker()->count(), 3); // forward, predict, add_scalar
        QSignalSpy picked(&panel, &InvokePanel::methodPicked);
        const int addScalar = panel.methodPicker()->findText(QStringLiteral("add_scalar"));
        panel.methodPicker()->setCurrentIndex(addScalar);
        Q_EMIT panel.methodPicker()->activated(addScalar);
        QCOMPARE(picked.size(), 1);
        QCOMPARE(picked.first().at(1).toString(), QStringLiteral("add_scalar"));
        panel.setMethod(QString(), QStringLiteral("forward"));
        QCOMPARE(panel.methodPicker()->currentText(), QStringLiteral("forward"));
        panel.setArgument(0, QStringLiteral("ones(2, 3)"));
        panel.setArgument(1, QStringLiteral("full((2, 3), 2)"));
        QSignalSpy finished(&panel, &InvokePanel::finished);
        QVERIFY(panel.run());
        QVERIFY(finished.wait(20000));
        QTreeWidgetItem* tuple = panel.results()->topLevelItem(0);
        QCOMPARE(tuple->childCount(), 2);
        // Rows cut at the dock's edge are whole in their tooltips, the call in the history too.
        QCOMPARE(tuple->child(1)->toolTip(2), tuple->child(1)->text(2));
        QVERIFY(tuple->child(1)->text(2).startsWith(QLatin1String("[-1, -1")));
        QCOMPARE(panel.history()->item(0)->toolTip(), panel.history()->item(0)->text());
        QVERIFY(panel.history()->item(0)->text().startsWith(QLatin1String("$0 = forward(")));
        QSignalSpy activated(&panel, &InvokePanel::tensorActivated);
        Q_EMIT panel.results()->itemActivated(tuple->child(1), 0);
        QCOMPARE(activated.count(), 1);
        const TensorRef ref = activated.first().at(0).value<TensorRef>();
        QCOMPARE(ref.kind, TensorRef::Kind::History);
        QCOMPARE(ref.name, QStringLiteral("$0[1]"));
        TensorViewer viewer(&session);
        const TensorSlice difference = showAndWait(viewer, ref);
        QCOMPARE(difference.values, QVector<double>(6, -1.0)); // x - y
        // Activating the tuple itself opens nothing: it is not a tensor.
        Q_EMIT panel.results()->itemActivated(tuple, 0);
        QCOMPARE(activated.count(), 1);
        // The first two calls' times say what they are (TorchScript profiles, then optimizes); the third not.
        QVERIFY2(panel.status()->text().contains(QLatin1String("call 1 of this method")),
                 qPrintable(panel.status()->text()));
        auto runForward = [&] {
            panel.setMethod(QString(), QStringLiteral("forward"));
            panel.setArgument(0, QStringLiteral("ones(2, 3)"));
            panel.setArgument(1, QStringLiteral("full((2, 3), 2)"));
            return panel.run();
        };
        QVERIFY(runForward());
        panel.setMethod(QString(), QStringLiteral("add_scalar")); // picked while the call runs: not the one counted
        QVERIFY(finished.wait(20000));
        QVERIFY2(panel.status()->text().contains(QLatin1String("call 2 of this method")),
                 qPrintable(panel.status()->text()));
        QVERIFY(runForward());
        QVERIFY(finished.wait(20000));
        QVERIFY2(panel.status()->text().startsWith(QLatin1String("$2 in ")), qPrintable(panel.status()->text()));
        QVERIFY(!panel.status()->text().contains(QLatin1String("of this method")));
    }

    // A method picker too narrow for its text cuts it in the middle, "…" where the cut is, and
    // shows it whole when it has the room (it was clipped at the edge: "roi_heads.postproce").
    void pickerCutsLongNamesInTheMiddle()
    {
        ElidedComboBox picker;
        const QString method = QStringLiteral("roi_heads.postprocess_detections");
        picker.addItem(method);
        picker.resize(picker.fontMetrics().horizontalAdvance(method) / 2 + 40, picker.sizeHint().height());
        const QString cut = picker.shownText();
        QVERIFY2(cut.contains(QChar(0x2026)) && cut.startsWith(QLatin1String("roi_"))
                     && cut.endsWith(QLatin1String("ons")),
                 qPrintable(cut));
        picker.resize(picker.fontMetrics().horizontalAdvance(method) + 80, picker.height());
        QCOMPARE(picker.shownText(), method);
        QCOMPARE(picker.grab().size(), picker.size()); // it paints
        // A deep module's method keeps the module's own name and the method whole.
        const QString layer = QStringLiteral("encoder.layers.encoder_layer_3.forward");
        picker.addItem(layer);
        picker.setCurrentIndex(1);
        picker.resize(picker.fontMetrics().horizontalAdvance(layer) * 3 / 4 + 40, picker.height());
        const QString kept = picker.shownText();
        QVERIFY2(kept.contains(QChar(0x2026)) && kept.endsWith(QLatin1String(".encoder_layer_3.forward")),
                 qPrintable(kept));
        QVERIFY2(kept.startsWith(QLatin1String("enc")), qPrintable(kept));
        // Narrower than its last two parts, it keeps its end: the layer's number and the method.
        picker.resize(picker.fontMetrics().horizontalAdvance(QStringLiteral("layer_3.forward")) + 40, picker.height());
        const QString end = picker.shownText();
        QVERIFY2(end.startsWith(QChar(0x2026)) && end.endsWith(QLatin1String("_3.forward")), qPrintable(end));
    }

    // A picker of many entries (Faster R-CNN's methods) opens a list with a filter field: the
    // words typed keep the entries holding them all, the arrows move, Enter picks, Escape picks
    // nothing. A picker of few opens the plain list.
    void pickerOfManyEntriesFiltersByWords()
    {
        ElidedComboBox picker;
        for (int i = 0; i < ElidedComboBox::kFilteredFrom; ++i)
            picker.addItem(QStringLiteral("backbone.body.%1.forward").arg(i));
        const int post = picker.count();
        picker.addItem(QStringLiteral("roi_heads.postprocess_detections"));
        picker.addItem(QStringLiteral("roi_heads.forward"));
        picker.setCurrentIndex(2);
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        QSignalSpy activated(&picker, &QComboBox::activated);
        picker.showPopup();
        FilterPopup* popup = picker.filterPopup();
        QVERIFY(popup);
        QCOMPARE(popup->list()->model()->rowCount(), picker.count());
        QCOMPARE(popup->list()->currentIndex().data().toString(), picker.itemText(2)); // it opens on the current one
        const int tall = popup->height();
        QTest::keyClicks(popup->field(), QStringLiteral("ROI post"));
        QCOMPARE(popup->list()->model()->rowCount(), 1);
        QVERIFY2(popup->height() < tall, "it shrinks to what it lists");
        QTest::keyClick(popup->field(), Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(0).toInt(), post);
        QCOMPARE(picker.currentIndex(), post);
        QVERIFY(!picker.filterPopup());

        picker.showPopup();
        QVERIFY(popup->field()->text().isEmpty()); // each opening starts unfiltered
        QTest::keyClicks(popup->field(), QStringLiteral("roi"));
        QCOMPARE(popup->list()->model()->rowCount(), 2);
        QTest::keyClick(popup->field(), Qt::Key_Down);
        QTest::keyClick(popup->field(), Qt::Key_Return);
        QCOMPARE(picker.currentText(), QStringLiteral("roi_heads.forward"));

        picker.showPopup();
        QTest::keyClicks(popup->field(), QStringLiteral("nowhere"));
        QCOMPARE(popup->list()->model()->rowCount(), 0);
        QVERIFY(!popup->list()->isVisible());
        QTest::keyClick(popup->field(), Qt::Key_Escape);
        QVERIFY(!picker.filterPopup());
        QCOMPARE(activated.count(), 2);
        QCOMPARE(picker.currentText(), QStringLiteral("roi_heads.forward"));

        ElidedComboBox few;
        few.addItem(QStringLiteral("forward"));
        few.show();
        few.showPopup();
        QVERIFY(!few.filterPopup());
        few.hidePopup();
    }

    void isolatedRunInItsOwnProcess()
    {
        // Asked for, a call runs in a separate jitscope-cli on the archive as saved: its outputs
        // come back as a tree (not a $N), and the window's module takes no part.
        qputenv("JITSCOPE_CLI", JITSCOPE_CLI);
        ModelSession session;
        session.open(testutil::example(QStringLiteral("my_module"))).wait();
        InvokePanel panel(&session);
        panel.setSnapshot(session.snapshot());
        panel.setMethod(QString(), QStringLiteral("add_scalar"));
        panel.setArgument(0, QStringLiteral("zeros(3)"));
        panel.setArgument(1, QStringLiteral("-2"));
        panel.isolatedBox()->setChecked(true);
        QSignalSpy finished(&panel, &InvokePanel::finished);
        QVERIFY(panel.run());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QTreeWidgetItem* result = panel.results()->topLevelItem(0);
        QCOMPARE(result->text(0), QStringLiteral("isolated"));
        QCOMPARE(result->text(1), QStringLiteral("Tensor[3] float32"));
        QCOMPARE(result->text(2), QStringLiteral("[-2, -2, -2]"));
        QCOMPARE(panel.history()->count(), 0); // nothing to refer back to
        QVERIFY2(panel.status()->text().contains(QLatin1String("a first call there")), // a fresh process each time
                 qPrintable(panel.status()->text()));
        // Earlier results live in this process: an isolated run cannot use them.
        panel.setArgument(0, QStringLiteral("$0"));
        panel.run();
        QVERIFY2(panel.status()->text().contains(QLatin1String("cannot use earlier results")),
                 qPrintable(panel.status()->text()));
        qunsetenv("JITSCOPE_CLI");
    }

    // conv_net's forward opens with its input filled in for its first Conv2d, and runs as it is.
    void tensorFieldsComeFilledForTheirFirstLayer()
    {
        ModelSession session;
        session.open(testutil::example(QStringLiteral("conv_net"))).wait();
        InvokePanel panel(&session);
        panel.setSnapshot(session.snapshot());
        panel.setMethod(QString(), QStringLiteral("forward"));
        auto* field = panel.findChild<QLineEdit*>();
        QVERIFY(field);
        QCOMPARE(field->text(), QStringLiteral("randn(1, 3, 224, 224)"));
        QVERIFY2(field->toolTip().contains(QLatin1String("features.0")), qPrintable(field->toolTip()));
        QSignalSpy finished(&panel, &InvokePanel::finished);
        QVERIFY(panel.run());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(panel.results()->topLevelItem(0)->text(1).contains(QLatin1String("[1, 3]")));
    }

    void failedRunShowsItsCause()
    {
        ModelSession session;
        session.open(testutil::example(QStringLiteral("my_module"))).wait();
        InvokePanel panel(&session);
        panel.setSnapshot(session.snapshot());
        panel.setMethod(QString(), QStringLiteral("predict"));
        // An empty field is not a value: the hint cannot pass for one.
        QVERIFY(!panel.run());
        QVERIFY(panel.status()->text().contains(QLatin1String("has no value")));
        panel.setArgument(0, QStringLiteral("randn(3, 3)")); // predict adds a [10] parameter
        QSignalSpy finished(&panel, &InvokePanel::finished);
        QVERIFY(panel.run());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        // The cause where the result would be, whole, and the source line under it.
        const QString cause = QStringLiteral("RuntimeError: The size of tensor a (3) must match");
        QCOMPARE(panel.errorView()->findChild<QLabel*>(QStringLiteral("RunErrorTitle"))->text(),
                 QStringLiteral("predict failed"));
        QVERIFY(panel.status()->text().isEmpty()); // said once, where the result would be
        RunErrorView* error = panel.errorView();
        QVERIFY(error->isVisibleTo(&panel));
        QVERIFY(!panel.results()->isVisibleTo(&panel));
        QVERIFY2(error->cause()->text().startsWith(cause), qPrintable(error->cause()->text()));
        QVERIFY(error->cause()->text().endsWith(QLatin1String("non-singleton dimension 1")));
        QVERIFY(error->cause()->wordWrap());
        const auto* location = error->findChild<QLabel*>(QStringLiteral("RunErrorLocation"));
        QVERIFY(location->text().contains(QLatin1String("models.py:41, in predict")));
        QVERIFY(location->text().contains(QLatin1String("return x + self.p")));
        // The traceback one click away, whole and selectable.
        QVERIFY(!error->tracebackButton()->isHidden());
        QVERIFY(error->traceback()->isHidden());
        error->tracebackButton()->click();
        QVERIFY(!error->traceback()->isHidden());
        QVERIFY(error->traceback()->toPlainText().contains(QLatin1String("Traceback of TorchScript")));
        QVERIFY(error->traceback()->isReadOnly());
        // A good call shows its result in the same place.
        panel.setArgument(0, QStringLiteral("randn(3, 10)"));
        QVERIFY(panel.run());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QVERIFY(!error->isVisibleTo(&panel));
        QVERIFY(panel.results()->isVisibleTo(&panel));
    }

    void stateBarShowsAndRequests()
    {
        ModelSession session;
        ModelStateBar bar;
        QVERIFY(!bar.modeBox()->isEnabled()); // nothing open
        session.open(testutil::example(QStringLiteral("conv_net"))).wait();
        bar.setSnapshot(session.snapshot());
        QVERIFY(bar.modeBox()->isEnabled());
        QCOMPARE(bar.modeBox()->currentText(), QStringLiteral("eval"));
        QCOMPARE(bar.deviceBox()->currentText(), QStringLiteral("cpu"));
        QCOMPARE(bar.dtypeBox()->currentText(), QStringLiteral("float32"));
        QVERIFY(bar.modeBox()->toolTip().contains(QLatin1String("Traced submodules keep")));
        // A type the CPU cannot compute in is marked in the list before it is picked.
        const int half = bar.dtypeBox()->findText(QStringLiteral("float16"));
        QVERIFY(half >= 0);
        if (!cudaUnavailableReason().isEmpty()) {
            QVERIFY2(bar.dtypeBox()->itemData(half, Qt::ToolTipRole).toString().contains(QLatin1String("convolution")),
                     qPrintable(bar.dtypeBox()->itemData(half, Qt::ToolTipRole).toString()));
            QVERIFY(!bar.dtypeBox()->itemData(half, Qt::DecorationRole).isNull());
            QVERIFY(bar.dtypeBox()
                        ->itemData(bar.dtypeBox()->findText(QStringLiteral("float32")), Qt::ToolTipRole)
                        .isNull());
        }
        // The GPU action says why it is off on a CPU-only build.
        const QString reason = cudaUnavailableReason();
        QCOMPARE(bar.gpuAction()->isEnabled(), reason.isEmpty());
        if (!reason.isEmpty()) {
            QCOMPARE(bar.gpuAction()->toolTip(), reason);
            QVERIFY(reason.contains(QLatin1String("CUDA is not available")));
            QCOMPARE(bar.deviceBox()->count(), 1);
        }
        QSignalSpy training(&bar, &ModelStateBar::trainingRequested);
        QSignalSpy move(&bar, &ModelStateBar::moveRequested);
        bar.modeBox()->activated(1);
        QCOMPARE(training.first().at(0).toBool(), true);
        bar.dtypeBox()->activated(1);
        QCOMPARE(move.first().at(1).toString(), QStringLiteral("float64"));
        // The bar shows what the snapshot says, not what was clicked.
        bar.modeBox()->setCurrentIndex(1); // as a click leaves it, before the session answers
        bar.setSnapshot(session.snapshot());
        QCOMPARE(bar.modeBox()->currentText(), QStringLiteral("eval"));
        bar.setSnapshot(session.moveTo(QString(), QStringLiteral("float16")).wait());
        QCOMPARE(bar.dtypeBox()->currentText(), QStringLiteral("float16"));
        QCOMPARE(session.snapshot()->floatingDtype(), QStringLiteral("float16"));
    }

    void scratchPadCompilesMarksAndRuns()
    {
        ModelSession session;
        ScratchPad pad(&session);
        pad.resize(900, 500);
        pad.show();
        QVERIFY(pad.source().contains(QLatin1String("def add_i")));
        QVERIFY(!pad.editor()->isReadOnly());
        QVERIFY(!pad.invokePanel()->run()); // nothing compiled yet

        // Typing indents as a Python editor does: one level after "def ...:", kept after that.
        pad.setSource(QString());
        QTest::keyClicks(pad.editor(), QStringLiteral("def g(x: int):"));
        QTest::keyClick(pad.editor(), Qt::Key_Return);
        QTest::keyClicks(pad.editor(), QStringLiteral("y = x"));
        QTest::keyClick(pad.editor(), Qt::Key_Return);
        QTest::keyClicks(pad.editor(), QStringLiteral("return y"));
        QCOMPARE(pad.source(), QStringLiteral("def g(x: int):\n    y = x\n    return y"));

        // An error: the status names line and column, the line is marked, the cursor is on it.
        pad.setSource(QStringLiteral("def f(x: int):\n    return x + undefined_name\n"));
        QSignalSpy done(&pad, &ScratchPad::compileFinished);
        pad.compile();
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().at(0).toBool(), false);
        QCOMPARE(pad.lastError().line, 2);
        QCOMPARE(pad.lastError().column, 16);
        QVERIFY(pad.status()->text().contains(QLatin1String("Line 2, column 16: undefined value undefined_name")));
        const auto marks = pad.editor()->extraSelections();
        QCOMPARE(marks.size(), 2);
        QCOMPARE(marks[0].cursor.blockNumber(), 1);
        QCOMPARE(marks[1].cursor.selectedText(), QStringLiteral("undefined_name"));
        QCOMPARE(pad.editor()->textCursor().blockNumber(), 1);
        // Typing clears the stale mark.
        pad.editor()->insertPlainText(QStringLiteral(" "));
        QVERIFY(pad.editor()->extraSelections().isEmpty());

        // The example compiles; its functions are listed and run through the invoke panel.
        pad.setSource(ScratchPad::exampleSource());
        done.clear();
        pad.compile();
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().at(0).toBool(), true);
        QCOMPARE(pad.functionBox()->count(), 2);
        QVERIFY(pad.editor()->extraSelections().isEmpty());
        pad.selectFunction(QStringLiteral("add_i"));
        pad.invokePanel()->setArgument(0, QStringLiteral("zeros(3)"));
        pad.invokePanel()->setArgument(1, QStringLiteral("4"));
        QSignalSpy finished(pad.invokePanel(), &InvokePanel::finished);
        QVERIFY(pad.invokePanel()->run());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(pad.invokePanel()->results()->topLevelItem(0)->text(2).contains(QLatin1String("[4, 4, 4]")));
        // A wrong type is refused with the argument named; the pad stays usable.
        pad.invokePanel()->setArgument(1, QStringLiteral("\"four\""));
        finished.clear();
        QVERIFY(pad.invokePanel()->run());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(pad.invokePanel()->errorView()->cause()->text().contains(QLatin1String("'i'")));
    }
};

QTEST_MAIN(TestRunWidgets)
#include "tst_runwidgets.moc"
