// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ModelSession against PyTorch's own answers: snapshots, code and IR text, statistics, threads.
#include "answers/snapshotjson.h"
#include "common/usererror.h"
#include "session/document.h"
#include "session/modelsession.h"
#include "session/workerthread.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QMutex>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace jitscope;

namespace {

// A pane that writes down what the document tells it.
struct RecordingPane : DocumentPane
{
    QStringList calls;
    void onArchiveChanged(const SnapshotPtr& s) override
    {
        calls << (s ? QStringLiteral("archive") : QStringLiteral("none"));
    }
    void onSnapshotChanged(const SnapshotPtr&) override { calls << QStringLiteral("snapshot"); }
    void onWeightsChanged() override { calls << QStringLiteral("weights"); }
    void onSelectionChanged(const QString& module, const QString& method) override
    {
        calls << QStringLiteral("select %1.%2").arg(module, method);
    }
    void onModifiedChanged(bool modified) override { calls << QStringLiteral("modified %1").arg(modified); }
    void onObservedRunChanged(const ObservedRunPtr& run, const QString& reason) override
    {
        calls << (run ? QStringLiteral("run") : QStringLiteral("no run ") + reason);
    }
};

} // namespace

class TestModelSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snapshotMatchesPyTorch_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString& id : testutil::referenceIds())
            QTest::newRow(qPrintable(id)) << id;
    }

    void snapshotMatchesPyTorch()
    {
        QFETCH(QString, id);
        const QJsonObject ref = testutil::reference(id);
        QVERIFY(!ref.isEmpty());
        ModelSession session;
        const SnapshotPtr s = session.open(testutil::archive(id)).wait();
        const QJsonObject json = snapshotToJson(*s);

        // Modules: path, demangled and raw type, training flag, in named_modules() order.
        const QJsonArray refModules = ref.value(QStringLiteral("modules")).toArray();
        QCOMPARE(s->modules.size(), refModules.size());
        for (qsizetype i = 0; i < s->modules.size(); ++i) {
            const QJsonObject r = refModules[i].toObject();
            QCOMPARE(s->modules[i].path, r.value(QStringLiteral("path")).toString());
            QCOMPARE(s->modules[i].type, r.value(QStringLiteral("type")).toString());
            QCOMPARE(s->modules[i].qualifiedType, r.value(QStringLiteral("qualified_type")).toString());
            QCOMPARE(s->modules[i].training, r.value(QStringLiteral("training")).toBool());
        }

        // Parameters and buffers: the JSON fields PyTorch can tell us.
        for (const QString& kind : { QStringLiteral("parameters"), QStringLiteral("buffers") }) {
            const QJsonArray mine = json.value(kind).toArray();
            const QJsonArray theirs = ref.value(kind).toArray();
            QCOMPARE(mine.size(), theirs.size());
            for (qsizetype i = 0; i < mine.size(); ++i) {
                for (const QString& key : { QStringLiteral("name"), QStringLiteral("shape"), QStringLiteral("dtype"),
                                            QStringLiteral("device"), QStringLiteral("requires_grad") })
                    QCOMPARE(mine[i].toObject().value(key), theirs[i].toObject().value(key));
            }
        }

        // Methods: schema exactly as str(method.schema); code and graphs exactly as PyTorch prints them.
        const QJsonArray refMethods = ref.value(QStringLiteral("methods")).toArray();
        QCOMPARE(s->methods.size(), refMethods.size());
        for (qsizetype i = 0; i < s->methods.size(); ++i) {
            const QJsonObject r = refMethods[i].toObject();
            const MethodInfo& m = s->methods[i];
            QCOMPARE(m.module, r.value(QStringLiteral("module")).toString());
            QCOMPARE(m.name, r.value(QStringLiteral("name")).toString());
            QCOMPARE(m.schema, r.value(QStringLiteral("schema")).toString());
            QCOMPARE(session.text({ m.module, m.name, TextKind::Code }).wait(),
                     r.value(QStringLiteral("code")).toString());
            QCOMPARE(session.text({ m.module, m.name, TextKind::Graph }).wait(),
                     r.value(QStringLiteral("graph")).toString());
            QCOMPARE(session.text({ m.module, m.name, TextKind::InlinedGraph }).wait(),
                     r.value(QStringLiteral("inlined_graph")).toString());
        }
        const QJsonObject classCode = ref.value(QStringLiteral("class_code")).toObject();
        for (const ModuleInfo& m : s->modules)
            QCOMPARE(session.text({ m.path, QString(), TextKind::Code }).wait(), classCode.value(m.path).toString());
    }

    void describesArgumentsAndAttributes()
    {
        ModelSession session;
        const SnapshotPtr s = session.open(testutil::example(QStringLiteral("conv_net"))).wait();
        const MethodInfo* classify = s->method(QStringLiteral("head"), QStringLiteral("classify"));
        QVERIFY(classify);
        QCOMPARE(classify->arguments.size(), 4);
        QCOMPARE(classify->arguments[1].name, QStringLiteral("x"));
        QCOMPARE(classify->arguments[1].type, QStringLiteral("Tensor"));
        QVERIFY(!classify->arguments[1].hasDefault);
        QCOMPARE(classify->arguments[2].name, QStringLiteral("top_k"));
        QCOMPARE(classify->arguments[2].defaultValue, QStringLiteral("1"));
        QCOMPARE(classify->arguments[3].type, QStringLiteral("float"));
        QCOMPARE(classify->arguments[3].defaultValue, QStringLiteral("1."));
        QCOMPARE(classify->returns, QStringList { QStringLiteral("List[str]") });
        QCOMPARE(classify->returnType, QStringLiteral("str[]"));

        auto attribute = [&](const QString& module, const QString& name) -> AttributeInfo {
            for (const AttributeInfo& a : s->attributes)
                if (a.module == module && a.name == name)
                    return a;
            return {};
        };
        QCOMPARE(attribute(QString(), QStringLiteral("repeats")).preview, QStringLiteral("2"));
        QCOMPARE(attribute(QString(), QStringLiteral("name")).preview, QStringLiteral("'conv-net'"));
        QCOMPARE(attribute(QStringLiteral("head"), QStringLiteral("scale")).preview, QStringLiteral("0.5"));
        QCOMPARE(attribute(QStringLiteral("head"), QStringLiteral("labels")).type, QStringLiteral("List[str]"));
        QCOMPARE(attribute(QStringLiteral("head"), QStringLiteral("labels")).preview,
                 QStringLiteral("['cat', 'dog', 'bird']"));
        QCOMPARE(attribute(QStringLiteral("head"), QStringLiteral("thresholds")).preview,
                 QStringLiteral("{'cat': 0.25, 'dog': 0.75}"));
        QCOMPARE(attribute(QStringLiteral("head"), QStringLiteral("shape")).preview, QStringLiteral("(2, 4)"));
        QCOMPARE(attribute(QStringLiteral("head"), QStringLiteral("note")).type, QStringLiteral("Optional[str]"));
        QCOMPARE(attribute(QStringLiteral("head"), QStringLiteral("note")).preview, QStringLiteral("None"));
        QCOMPARE(attribute(QStringLiteral("head"), QStringLiteral("verbose")).preview, QStringLiteral("True"));
        // Submodules, parameters and buffers are not attributes.
        QCOMPARE(attribute(QString(), QStringLiteral("head")).name, QString());
        QCOMPARE(attribute(QStringLiteral("head.fc"), QStringLiteral("weight")).name, QString());

        const ArchiveInfo& a = s->archive;
        QCOMPARE(a.extraFiles.size(), 2);
        QCOMPARE(a.parameterCount, 216 + 8 + 8 + 8 + 24 + 3);
        QCOMPARE(a.parameterBytes, a.parameterCount * 4);
        QCOMPARE(a.bufferBytes, 8 * 4 + 8 * 4 + 8 + 8);
        QCOMPARE(s->module(QStringLiteral("head.fc"))->qualifiedType.contains(QLatin1String("___torch_mangle_")), true);
        QCOMPARE(s->module(QStringLiteral("head.fc"))->type,
                 QStringLiteral("__torch__.torch.nn.modules.linear.Linear"));
        QCOMPARE(s->module(QStringLiteral("features"))->children.size(), 4);
    }

    // A tensor argument comes with a value the call takes as it is, read from the first layer
    // that reads it through the submodules it is handed to (conv_net refused the `randn(2, 3)`
    // its type suggested); none where no layer reads it directly.
    void tensorArgumentsGetAnExample()
    {
        auto example = [](const SnapshotPtr& s, const QString& module, const QString& method, int argument) {
            const MethodInfo* m = s->method(module, method);
            return m ? QStringList { m->arguments.value(argument).example, m->arguments.value(argument).exampleLayer }
                     : QStringList { QStringLiteral("no method") };
        };
        ModelSession session;
        SnapshotPtr s = session.open(testutil::example(QStringLiteral("conv_net"))).wait();
        QCOMPARE(example(s, QString(), QStringLiteral("forward"), 1),
                 (QStringList { QStringLiteral("randn(1, 3, 224, 224)"), QStringLiteral("features.0") }));
        QCOMPARE(example(s, QStringLiteral("head"), QStringLiteral("forward"), 1),
                 (QStringList { QStringLiteral("randn(1, 8)"), QStringLiteral("head.fc") }));
        for (const QString& cell : { QStringLiteral("my_cell_scripted"), QStringLiteral("my_cell_traced") }) {
            s = session.open(testutil::example(cell)).wait();
            QCOMPARE(example(s, QString(), QStringLiteral("forward"), 1),
                     (QStringList { QStringLiteral("randn(1, 4)"), QStringLiteral("linear") }));
            QCOMPARE(example(s, QString(), QStringLiteral("forward"), 2), (QStringList { QString(), QString() }));
        }
    }

    // libtorch compiles a call chain recursively while it loads: 1,500 and 3,000 functions deep
    // overflow a default 8 MB stack, not the engine thread's. (Not run: the first call of such a
    // chain spends half a minute and more in libtorch's optimizer.)
    void longCallChainsOpen()
    {
        for (const char* name : { "long_chain.pt", "longer_chain.pt" }) {
            ModelSession session;
            const SnapshotPtr snapshot = session.open(testutil::generated(QString::fromLatin1(name))).wait();
            QVERIFY2(snapshot->module(QString()) != nullptr, name);
        }
    }

    // A checkpoint in a session: its tensors are read, what needs a module refuses clearly, and
    // the archive open before is closed. Weights go into a module only as matched.
    void checkpointsAndWeights()
    {
        ModelSession session;
        session.open(testutil::example(QStringLiteral("conv_net"))).wait();
        const SnapshotPtr snapshot = session.open(testutil::fixture(QStringLiteral("checkpoint.pt"))).wait();
        QVERIFY(snapshot->archive.isCheckpoint());
        QCOMPARE(session.snapshot(), snapshot);
        const TensorStats views = session.tensorStats(QStringLiteral("views.full"), true).wait();
        QCOMPARE(*views.max, 11.0);
        TensorSliceRequest request;
        request.ref = TensorRef::parameter(QStringLiteral("views.column"));
        const TensorSlice column = session.tensorSlice(request).wait();
        QCOMPARE(column.values, QVector<double>({ 2, 6, 10 })); // a view with a stride, as torch.load gives it
        try {
            session.text({ QString(), QStringLiteral("forward"), TextKind::Code }).wait();
            QFAIL("a checkpoint has no code");
        } catch (const UserError& e) {
            QVERIFY2(e.message().contains(QLatin1String("is a checkpoint")), qPrintable(e.message()));
        }
        QVERIFY_THROWS_EXCEPTION(UserError,
                                 session.matchWeights(testutil::fixture(QStringLiteral("checkpoint.pt"))).wait());

        // Into an archive: a refused load changes nothing.
        session.open(testutil::example(QStringLiteral("conv_net"))).wait();
        const TensorStats before = session.tensorStats(QStringLiteral("features.0.weight"), true).wait();
        QVERIFY_THROWS_EXCEPTION(
            UserError, session.loadWeights(testutil::fixture(QStringLiteral("weights.safetensors")), {}, true).wait());
        QVERIFY(!session.isModified().wait());
        QCOMPARE(*session.tensorStats(QStringLiteral("features.0.weight"), true).wait().mean, *before.mean);
        // Not strict: the one tensor that matches is loaded, and the module is modified.
        const WeightMatch match = session.matchWeights(testutil::fixture(QStringLiteral("weights.safetensors"))).wait();
        QCOMPARE(match.count(WeightMatchEntry::Status::Matched), 1);
        QVERIFY(match.entries.first().maxAbsDiff.has_value() && *match.entries.first().maxAbsDiff > 0);
        session.loadWeights(testutil::fixture(QStringLiteral("weights.safetensors")), {}, false).wait();
        QVERIFY(session.isModified().wait());
        const WeightMatch again = session.matchWeights(testutil::fixture(QStringLiteral("weights.safetensors"))).wait();
        QVERIFY(again.entries.first().maxAbsDiff.has_value());
        QCOMPARE(*again.entries.first().maxAbsDiff, 0.0);

        // A matched tensor whose values are not read (an 8-bit float): the matching says so for
        // that one, and loading is refused with nothing changed. A file that breaks the format
        // is refused whole.
        QTemporaryDir dir;
        const QByteArray header
            = R"({"features.0.weight":{"dtype":"F8_E4M3","shape":[8,3,3,3],"data_offsets":[0,216]},)"
              R"("features.0.bias":{"dtype":"F32","shape":[8],"data_offsets":[216,248]}})";
        QByteArray bytes(8, '\0');
        bytes[0] = char(header.size());
        QFile file(dir.filePath(QStringLiteral("short.safetensors")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes + header + QByteArray(248, '\0'));
        file.close();
        QFile broken(dir.filePath(QStringLiteral("broken.safetensors")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(bytes + header + QByteArray(32, '\0'));
        broken.close();
        QVERIFY(testutil::errorOf([&] {
                    session.matchWeights(broken.fileName()).wait();
                }).contains(QLatin1String("breaks its format")));
        const WeightMatch damaged = session.matchWeights(file.fileName()).wait();
        QCOMPARE(damaged.count(WeightMatchEntry::Status::Matched), 2);
        QVERIFY(!damaged.entries[0].problem.isEmpty());
        QVERIFY(damaged.entries[1].maxAbsDiff.has_value()); // the readable one is still compared
        QVERIFY2(damaged.refusal(false).contains(QLatin1String("features.0.weight")),
                 qPrintable(damaged.refusal(false)));
        const double bias = *session.tensorStats(QStringLiteral("features.0.bias"), true).wait().mean;
        QVERIFY_THROWS_EXCEPTION(UserError, session.loadWeights(file.fileName(), {}, false).wait());
        QCOMPARE(*session.tensorStats(QStringLiteral("features.0.bias"), true).wait().mean, bias);
    }

    void tensorStatistics()
    {
        ModelSession session;
        session.open(testutil::generated(QStringLiteral("nan_inf.pt"))).wait();
        const TensorStats w = session.tensorStats(QStringLiteral("w"), true).wait();
        QCOMPARE(w.numel, 6);
        QCOMPARE(w.nanCount, 1);
        QCOMPARE(w.infCount, 2);
        QCOMPARE(w.finiteCount, 3);
        QCOMPARE(*w.min, 1.0);
        QCOMPARE(*w.max, 3.0);
        QCOMPARE(*w.mean, 2.0);
        QCOMPARE(*w.std, 1.0);
        const TensorStats steps = session.tensorStats(QStringLiteral("steps"), false).wait();
        QCOMPARE(*steps.max, 4.0);
        QCOMPARE(steps.nanCount, 0);
        QVERIFY_THROWS_EXCEPTION(UserError, session.tensorStats(QStringLiteral("steps"), true).wait());
    }

    void missingModuleOrMethodIsAClearError()
    {
        ModelSession session;
        session.open(testutil::example(QStringLiteral("my_cell_scripted"))).wait();
        try {
            session.text({ QStringLiteral("nope"), QString(), TextKind::Code }).wait();
            QFAIL("no error");
        } catch (const UserError& e) {
            QVERIFY2(e.message().contains(QLatin1String("No submodule 'nope'")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QLatin1String("dg, linear")), qPrintable(e.message()));
        }
        try {
            session.text({ QStringLiteral("dg"), QStringLiteral("predict"), TextKind::Graph }).wait();
            QFAIL("no error");
        } catch (const UserError& e) {
            QVERIFY2(e.message().contains(QLatin1String("No method 'predict' in 'dg'")), qPrintable(e.message()));
        }
    }

    // Work nobody waits for (statistics filled in on their own) runs after every other item
    // queued, even one queued later: a graph asked for after the statistics is not behind them.
    void backgroundWorkWaitsForTheRest()
    {
        WorkerThread worker(QStringLiteral("test"));
        QSemaphore started, release;
        QMutex mutex;
        QStringList order;
        auto record = [&](const QString& what) {
            return [&, what] {
                const QMutexLocker lock(&mutex);
                order << what;
            };
        };
        worker.post([&] {
            started.release();
            release.acquire(); // holds the thread while the others queue
        });
        started.acquire();
        worker.post(record(QStringLiteral("stats 1")), WorkerThread::Priority::Background);
        worker.post(record(QStringLiteral("stats 2")), WorkerThread::Priority::Background);
        worker.post(record(QStringLiteral("graph")));
        worker.post(record(QStringLiteral("call")));
        release.release();
        QSemaphore done;
        worker.post([&] { done.release(); }, WorkerThread::Priority::Background);
        QVERIFY(done.tryAcquire(1, 10000));
        const QMutexLocker lock(&mutex);
        QCOMPARE(order,
                 QStringList({ QStringLiteral("graph"), QStringLiteral("call"), QStringLiteral("stats 1"),
                               QStringLiteral("stats 2") }));
    }

    void asyncRequestsAnswerOnTheCallersThread()
    {
        ModelSession session;
        QThread* mainThread = QThread::currentThread();
        QList<Progress> progress;
        SnapshotPtr opened;
        bool deliveredOnMain = false;
        session.open(testutil::example(QStringLiteral("my_module")))
            .onProgress([&](const Progress& p) { progress << p; })
            .then(this, [&](const SnapshotPtr& snapshot) {
                opened = snapshot;
                deliveredOnMain = QThread::currentThread() == mainThread;
            });
        QTRY_VERIFY_WITH_TIMEOUT(opened, 10000);
        QVERIFY(deliveredOnMain);
        QVERIFY(progress.size() >= 3);
        QCOMPARE(progress.last().fraction, 1.0);
        QCOMPARE(session.snapshot(), opened);

        // Each answer goes to its own asker: one text, one failure, nothing broadcast.
        QString text;
        QString failure;
        session.text({ QString(), QStringLiteral("predict"), TextKind::Code })
            .then(
                this, [&](const QString& t) { text = t; }, [&](const QString&) { QFAIL("predict failed"); });
        session.text({ QString(), QStringLiteral("missing"), TextKind::Code })
            .then(
                this, [&](const QString&) { QFAIL("missing printed"); }, [&](const QString& e) { failure = e; });
        QTRY_VERIFY_WITH_TIMEOUT(!text.isEmpty() && !failure.isEmpty(), 10000);
        QVERIFY(text.contains(QLatin1String("torch.add(x, p)")));
        QVERIFY(failure.contains(QLatin1String("No method 'missing'")));
    }

    void answersAreDroppedWhenTheAskerIsGoneOrStale()
    {
        ModelSession session;
        session.open(testutil::example(QStringLiteral("my_module"))).wait();
        int answered = 0;
        {
            QObject gone;
            session.text({ QString(), QString(), TextKind::Code }).then(&gone, [&](const QString&) { ++answered; });
        }
        // Latest wins per asker and tag; cancel() drops one without sending another.
        QObject asker;
        QStringList texts;
        auto keep = [&](const QString& t) { texts << t; };
        session.text({ QString(), QStringLiteral("forward"), TextKind::Code })
            .tag(QStringLiteral("t"))
            .then(&asker, keep);
        session.text({ QString(), QStringLiteral("predict"), TextKind::Code })
            .tag(QStringLiteral("t"))
            .then(&asker, keep);
        session.text({ QString(), QString(), TextKind::Graph }).tag(QStringLiteral("u")).then(&asker, keep);
        session.cancel(&asker, QStringLiteral("u"));
        session.text({ QString(), QString(), TextKind::Code }).wait(); // the worker is past the ones above
        QTRY_COMPARE_WITH_TIMEOUT(texts.size(), 1, 10000);
        // Answers arrive in the order the worker sent them: once a later one is here, every
        // earlier one has arrived or was dropped.
        QObject other;
        bool later = false;
        session.text({ QString(), QString(), TextKind::Code }).then(&other, [&](const QString&) { later = true; });
        QTRY_VERIFY_WITH_TIMEOUT(later, 10000);
        QCOMPARE(answered, 0);
        QCOMPARE(texts.size(), 1);
        QVERIFY(texts.first().contains(QLatin1String("def predict")));
    }

    void documentOwnsSelectionAndModifiedFlag()
    {
        ModelSession session;
        Document document(&session);
        QSignalSpy archive(&document, &Document::archiveChanged);
        QSignalSpy selection(&document, &Document::selectionChanged);
        QSignalSpy modified(&document, &Document::modifiedChanged);
        const SnapshotPtr snapshot = session.open(testutil::example(QStringLiteral("conv_net"))).wait();
        document.setArchive(snapshot, QStringLiteral("conv_net.pt"));
        QCOMPARE(archive.size(), 1);
        QCOMPARE(selection.size(), 1); // the root, no method
        QCOMPARE(document.module(), QString());
        QCOMPARE(document.shownMethod(), QStringLiteral("forward"));

        document.select(QStringLiteral("head"), QStringLiteral("classify"));
        QCOMPARE(selection.size(), 2);
        QCOMPARE(document.shownMethod(), QStringLiteral("classify"));
        document.select(QStringLiteral("head"), QStringLiteral("classify")); // no change, no signal
        document.select(QStringLiteral("nope")); // unknown, ignored
        document.select(QStringLiteral("head"), QStringLiteral("nope"));
        QCOMPARE(selection.size(), 2);
        QCOMPARE(document.module(), QStringLiteral("head"));

        // A new state of the same archive keeps the selection; another archive starts afresh.
        modified.clear();
        document.setModified(true);
        document.setModified(true);
        QCOMPARE(modified.size(), 1);
        document.updateSnapshot(session.setTraining(true).wait());
        QCOMPARE(document.module(), QStringLiteral("head"));
        QVERIFY(document.isModified());
        document.setArchive(session.open(testutil::example(QStringLiteral("my_module"))).wait(),
                            QStringLiteral("my_module.pt"));
        QCOMPARE(document.module(), QString());
        QVERIFY(!document.isModified());
        QCOMPARE(archive.size(), 2);
        document.setArchive(nullptr, QString());
        QVERIFY(!document.isOpen());
        QCOMPARE(document.displayName(), QString());
    }

    // The pane contract: attached, a pane hears the state at once, then every change, until it
    // goes or attaches elsewhere.
    void panesAttachAndHearTheStateReplayed()
    {
        ModelSession session;
        Document document(&session);
        const SnapshotPtr snapshot = session.open(testutil::example(QStringLiteral("conv_net"))).wait();
        {
            RecordingPane early;
            document.attach(&early);
            QCOMPARE(early.calls, QStringList({ QStringLiteral("none"), QStringLiteral("modified 0") }));
            QCOMPARE(early.document(), &document);
            early.calls.clear();
            document.setArchive(snapshot, QStringLiteral("conv_net.pt"));
            QCOMPARE(early.calls,
                     QStringList({ QStringLiteral("archive"), QStringLiteral("no run "), QStringLiteral("modified 0"),
                                   QStringLiteral("select .") }));
        } // destroyed: detached, nothing is told to it again
        document.select(QStringLiteral("head"), QStringLiteral("classify"));
        document.setModified(true);
        auto run = std::make_shared<ObservedRun>();
        document.setObservedRun(run);

        RecordingPane late;
        document.attach(&late);
        document.attach(&late); // once is enough
        QCOMPARE(late.calls,
                 QStringList({ QStringLiteral("archive"), QStringLiteral("select head.classify"),
                               QStringLiteral("modified 1"), QStringLiteral("run") }));
        late.calls.clear();
        document.notifyWeightsChanged();
        QCOMPARE(late.calls, QStringList({ QStringLiteral("no run the weights changed"), QStringLiteral("weights") }));

        // Attached to another document, it hears only that one.
        Document other(&session);
        other.attach(&late);
        QCOMPARE(late.document(), &other);
        late.calls.clear();
        document.setModified(false);
        QVERIFY(late.calls.isEmpty());
        document.detach(&late); // not attached there: nothing happens
        QCOMPARE(late.document(), &other);
    }

    // An operator from another library fails the open as a typed error: the window acts on its
    // kind and subject, never on words parsed back out of the message.
    void missingOperatorIsATypedError()
    {
        ModelSession session;
        try {
            session.open(testutil::fixture(QStringLiteral("nms.pt"))).wait();
            QFAIL("nms.pt opened without torchvision's operators");
        } catch (const UserError& e) {
            QCOMPARE(e.kind(), UserError::Kind::MissingOperator);
            QCOMPARE(e.subject(), QStringLiteral("torchvision::nms"));
            QVERIFY2(summaryOf(e.message()).contains(QLatin1String("torchvision::nms")), qPrintable(e.message()));
        }
        // Any other failure is a general one.
        try {
            session.open(testutil::fixture(QStringLiteral("not_torchscript.zip"))).wait();
            QFAIL("a zip without an archive opened");
        } catch (const UserError& e) {
            QCOMPARE(e.kind(), UserError::Kind::General);
            QVERIFY(e.subject().isEmpty());
        }
    }

    void largeArchiveLoadsOffTheCallingThread()
    {
        ModelSession session;
        bool opened = false;
        int ticksWhileLoading = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&] { ticksWhileLoading += opened ? 0 : 1; });
        tick.start(1);
        session.open(testutil::generated(QStringLiteral("large.pt"))).then(this, [&](const SnapshotPtr&) {
            opened = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(opened, 60000);
        // The caller's event loop ran while the worker was still loading.
        QVERIFY(ticksWhileLoading > 0);
        QCOMPARE(session.snapshot()->archive.parameterBytes, qint64(4) * 2500 * 2500 * 4);
    }
};

QTEST_GUILESS_MAIN(TestModelSession)
#include "tst_modelsession.moc"
