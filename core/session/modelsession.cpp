// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/modelsession.h"

#include "session/archiveguard.h"

#include "archive/litebytecode.h"
#include "checkpoint/checkpointsnapshot.h"
#include "common/usererror.h"
#include "engine/common/torcherror.h"
#include "engine/deploy/lints.h"
#include "engine/deploy/liteexport.h"
#include "engine/deploy/opsreport.h"
#include "engine/deploy/transforms.h"
#include "engine/deploy/warmup.h"
#include "engine/io/weightloader.h"
#include "engine/ir/graphbuilder.h"
#include "engine/model/loadedarchive.h"
#include "engine/model/modulestate.h"
#include "engine/model/textprinter.h"
#include "engine/run/invoker.h"
#include "engine/run/observer.h"
#include "engine/run/tensorreader.h"
#include "engine/run/trainer.h"
#include "session/comparisonsession.h"
#include "session/layoutservice.h"

#include <torch/csrc/jit/runtime/print_handler.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QMutexLocker>

namespace jitscope {

// What the engine thread owns: the open archive and the calls made on it.
struct ModelSession::Engine
{
    LoadedArchive archive;
    std::optional<Checkpoint> checkpoint; // open instead of an archive
    QHash<QString, int> checkpointPaths; // its tensors by path
    Invoker invoker;
    Observer observer; // the latest observed run's tensors, dropped when the module changes
    // The graph the executor ran in the last warm-up, with what was warmed up in which archive.
    std::shared_ptr<torch::jit::Graph> executed;
    WarmupRequest executedFor;
    QString executedIn;

    torch::jit::Module* root() { return archive.isOpen() ? &archive.module() : nullptr; }
    TensorReader reader()
    {
        TensorReader r(root(), invoker.history(), checkpoint ? &*checkpoint : nullptr, &checkpointPaths);
        r.setObserver(&observer);
        return r;
    }
    torch::jit::Module& module()
    {
        if (checkpoint)
            throw UserError(ModelSession::tr("%1 is a checkpoint: it holds weights, no module and no code. Open a "
                                             "TorchScript archive to run, draw or train a model, and load these "
                                             "weights into it with File → Load Weights….")
                                .arg(QFileInfo(checkpoint->path).fileName()));
        return archive.module();
    }
    // The open module's parameters and buffers matched to `file`'s tensors, values compared.
    WeightMatch matched(const Checkpoint& file, const WeightMatchOptions& options)
    {
        torch::jit::Module& m = module();
        WeightMatch match = jitscope::matchWeights(*archive.snapshot(), file, options);
        compareWeights(m, file, match);
        return match;
    }
};

ModelSession::ModelSession(QObject* parent)
    : JobHost(QStringLiteral("jitscope-session"), parent)
    , m_engine(std::make_unique<Engine>())
    , m_layout(std::make_unique<LayoutService>())
{
    qRegisterMetaType<jitscope::SnapshotPtr>();
}

ModelSession::~ModelSession()
{
    shutDown(); // the engine thread first: its jobs may still hand graphs to the layout thread
    m_layout.reset();
}

void ModelSession::setSnapshot(const SnapshotPtr& snapshot)
{
    QMutexLocker lock(&m_snapshotMutex);
    m_snapshot = snapshot;
}

void ModelSession::guardEveryLoad(const QString& helper)
{
    LoadedArchive::setLoadGuard([helper](const QString& path) {
        const QString refusal = ArchiveGuard::checkOnce(helper, path);
        if (!refusal.isEmpty())
            throw UserError(refusal);
    });
}

void ModelSession::setMapLocation(const QString& device)
{
    LoadedArchive::setMapLocation(device);
}

void ModelSession::printScriptOutputToStandardError()
{
    torch::jit::setPrintHandler([](const std::string& text) {
        std::fwrite(text.data(), 1, text.size(), stderr);
        std::fflush(stderr);
    });
}

SnapshotPtr ModelSession::snapshot() const
{
    QMutexLocker lock(&m_snapshotMutex);
    return m_snapshot;
}

Job<SnapshotPtr> ModelSession::open(const QString& path)
{
    Engine* engine = m_engine.get();
    return makeJob<SnapshotPtr>(this, [this, engine, path](const Reply<SnapshotPtr, Progress>& reply) {
        SnapshotPtr snapshot;
        if (Checkpoint::looksLikeCheckpoint(path)) {
            // The restricted reader: nothing in the file runs, and libtorch never sees it.
            Checkpoint checkpoint = Checkpoint::read(path);
            snapshot = checkpointSnapshot(checkpoint);
            engine->archive.close();
            engine->checkpointPaths = checkpointTensorPaths(checkpoint);
            engine->checkpoint = std::move(checkpoint);
        } else {
            snapshot = engine->archive.open(path, [&reply](double fraction, const QString& phase) {
                reply.progress({ fraction, phase });
            });
            engine->checkpoint.reset();
            engine->checkpointPaths.clear();
        }
        engine->invoker.clearHistory();
        engine->observer.clear();
        engine->executed.reset();
        setSnapshot(snapshot);
        return snapshot;
    });
}

Job<QString> ModelSession::text(const TextRequest& request)
{
    Engine* engine = m_engine.get();
    return makeJob<QString>(this, [engine, request](auto&) -> QString {
        if (request.kind != TextKind::Bytecode)
            return printText(engine->module(), request);
        engine->module(); // throws when a checkpoint or nothing is open
        const ModuleInfo* module = engine->archive.snapshot()->module(request.module);
        const LiteBytecode code = LiteBytecode::read(engine->archive.info().path);
        const QString text = module ? code.listingFor(module->qualifiedType, request.method) : QString();
        if (text.isEmpty())
            throw UserError(code.version == 0
                                ? tr("This archive holds no lite interpreter bytecode.")
                                : tr("The bytecode holds no code of this module's own: the lite interpreter inlines "
                                     "submodules' methods into the root module's."));
        return tr("# lite interpreter bytecode, version %1\n").arg(code.version) + text;
    });
}

Job<TensorStats> ModelSession::tensorStats(const QString& name, bool isParameter)
{
    Engine* engine = m_engine.get();
    return makeJob<TensorStats>(
        this, [engine, name, isParameter](auto&) { return engine->reader().stats(name, isParameter); });
}

Job<LaidOutGraphPtr> ModelSession::graph(const GraphRequest& request)
{
    Engine* engine = m_engine.get();
    LayoutService* layout = m_layout.get();
    return Job<LaidOutGraphPtr>(this, [engine, layout, request](const ReplyPtr<LaidOutGraphPtr, Progress>& reply) {
        auto graph = std::make_shared<LaidOutGraph>();
        QElapsedTimer timer;
        timer.start();
        const bool built = attempt(reply, [&] {
            graph->model = buildGraphModel(engine->module(), request.module, request.method, request.options);
        });
        if (!built)
            return;
        graph->buildMs = timer.nsecsElapsed() / 1e6;
        layout->post([graph, reply](GraphLayouter& layouter) {
            answer(reply, [&] {
                QElapsedTimer layoutTimer;
                layoutTimer.start();
                graph->layout = layouter.layout(graph->model, reply->control().cancelFlag());
                graph->layoutMs = layoutTimer.nsecsElapsed() / 1e6;
                return LaidOutGraphPtr(graph);
            });
        });
    });
}

Job<InvokeResult> ModelSession::invoke(const InvokeRequest& request)
{
    Engine* engine = m_engine.get();
    return makeJob<InvokeResult>(this, [engine, request](auto&) {
        return engine->invoker.invoke(request.compiled ? nullptr : &engine->module(), request);
    });
}

Job<ObservedRunPtr> ModelSession::observe(const ObserveRequest& request)
{
    Engine* engine = m_engine.get();
    return makeJob<ObservedRunPtr>(this, [engine, request](auto&) {
        return std::make_shared<const ObservedRun>(
            engine->observer.observe(engine->module(), engine->invoker, request));
    });
}

Job<QList<MethodInfo>> ModelSession::compile(const QString& source)
{
    Engine* engine = m_engine.get();
    return makeJob<QList<MethodInfo>>(this, [engine, source](auto&) { return engine->invoker.compile(source); });
}

Job<TensorSlice> ModelSession::tensorSlice(const TensorSliceRequest& request)
{
    Engine* engine = m_engine.get();
    return makeJob<TensorSlice>(this, [engine, request](auto&) { return engine->reader().slice(request); });
}

Job<QString> ModelSession::exportTensor(const TensorRef& ref, const QString& path)
{
    Engine* engine = m_engine.get();
    return makeJob<QString>(this, [engine, ref, path](auto&) {
        engine->reader().exportTo(ref, path);
        return path;
    });
}

Job<TrainResult, TrainStep> ModelSession::train(const TrainRequest& request)
{
    Engine* engine = m_engine.get();
    return makeJob<TrainResult, TrainStep>(this, [engine, request](const Reply<TrainResult, TrainStep>& reply) {
        Trainer trainer(engine->module(), engine->invoker);
        const TrainResult result = trainer.train(
            request,
            [engine, &reply](const TrainStep& step) {
                engine->observer.clear();
                engine->archive.setModified(true); // a step was applied: the weights are not those saved
                reply.progress(step);
            },
            &reply.control());
        return result;
    });
}

Job<QString> ModelSession::save(const QString& path, bool overwriteOpened)
{
    Engine* engine = m_engine.get();
    return makeJob<QString>(this, [engine, path, overwriteOpened](auto&) {
        engine->archive.save(path, overwriteOpened);
        return path;
    });
}

Job<SnapshotPtr> ModelSession::saveAs(const QString& path)
{
    return changeState([path](Engine& engine) { return engine.archive.saveAs(path); });
}

template <typename F> Job<SnapshotPtr> ModelSession::changeState(F change)
{
    Engine* engine = m_engine.get();
    return makeJob<SnapshotPtr>(this, [this, engine, change](auto&) {
        const SnapshotPtr snapshot = change(*engine);
        engine->observer.clear(); // what it kept was computed by the module as it was
        setSnapshot(snapshot);
        return snapshot;
    });
}

Job<SnapshotPtr> ModelSession::revert()
{
    return changeState([](Engine& engine) { return engine.archive.revert(); });
}

Job<SnapshotPtr> ModelSession::setTraining(bool training)
{
    return changeState([training](Engine& engine) {
        setTrainingMode(engine.module(), training);
        return engine.archive.refresh();
    });
}

Job<SnapshotPtr> ModelSession::moveTo(const QString& device, const QString& dtype)
{
    return changeState([device, dtype](Engine& engine) {
        moveModule(engine.module(), device, dtype);
        return engine.archive.refresh();
    });
}

Job<WeightMatch> ModelSession::matchWeights(const QString& checkpoint, const WeightMatchOptions& options)
{
    Engine* engine = m_engine.get();
    return makeJob<WeightMatch>(
        this, [engine, checkpoint, options](auto&) { return engine->matched(Checkpoint::read(checkpoint), options); });
}

Job<QList<ParameterDiff>> ModelSession::compareWithCheckpoint(const QString& checkpoint)
{
    Engine* engine = m_engine.get();
    return makeJob<QList<ParameterDiff>>(this, [engine, checkpoint](auto&) {
        const Checkpoint other = Checkpoint::read(checkpoint);
        if (engine->checkpoint)
            return compareCheckpoints(*engine->checkpoint, other);
        return engine->matched(other, {}).parameterDiff();
    });
}

Job<SnapshotPtr> ModelSession::loadWeights(const QString& checkpoint, const WeightMatchOptions& options, bool strict)
{
    return changeState([checkpoint, options, strict](Engine& engine) {
        torch::jit::Module& module = engine.module();
        const Checkpoint file = Checkpoint::read(checkpoint);
        jitscope::loadWeights(module, file, jitscope::matchWeights(*engine.archive.snapshot(), file, options), strict);
        engine.archive.setModified(true); // the weights are not those saved
        return engine.archive.refresh();
    });
}

Job<bool> ModelSession::isModified()
{
    Engine* engine = m_engine.get();
    return makeJob<bool>(this, [engine](auto&) { return engine->archive.isModified(); });
}

Job<TransformResult> ModelSession::transform(const TransformRequest& request)
{
    Engine* engine = m_engine.get();
    return makeJob<TransformResult>(
        this, [engine, request](auto&) { return applyTransform(engine->module(), engine->invoker, request); });
}

Job<LiteResult> ModelSession::exportLite(const LiteRequest& request)
{
    Engine* engine = m_engine.get();
    return makeJob<LiteResult>(
        this, [engine, request](auto&) { return jitscope::exportLite(engine->module(), engine->invoker, request); });
}

Job<OpsReport> ModelSession::operators()
{
    Engine* engine = m_engine.get();
    return makeJob<OpsReport>(this,
                              [engine](auto&) { return operatorsReport(engine->module(), engine->archive.info()); });
}

Job<LintReport> ModelSession::lint(const QString& twin)
{
    Engine* engine = m_engine.get();
    return makeJob<LintReport>(this, [engine, twin](auto&) {
        torch::jit::Module& module = engine->module();
        LoadedArchive twinArchive;
        if (!twin.isEmpty())
            twinArchive.open(twin);
        LintReport report = lintModule(module, twin.isEmpty() ? nullptr : &twinArchive.module());
        report.file = engine->archive.info().path;
        report.twin = twin.isEmpty() ? QString() : twinArchive.info().path;
        return report;
    });
}

Job<WarmupResult> ModelSession::warmup(const WarmupRequest& request)
{
    Engine* engine = m_engine.get();
    return makeJob<WarmupResult>(this, [engine, request](auto&) {
        engine->executed.reset();
        WarmupResult result = warmUp(engine->module(), engine->invoker, request, &engine->executed);
        engine->executedFor = request;
        engine->executedIn = engine->archive.info().path;
        return result;
    });
}

Job<ModelDiffPtr> ModelSession::executedGraphs()
{
    Engine* engine = m_engine.get();
    LayoutService* layout = m_layout.get();
    return Job<ModelDiffPtr>(this, [engine, layout](const ReplyPtr<ModelDiffPtr, Progress>& reply) {
        std::shared_ptr<ModelDiff> diff;
        const bool built = attempt(reply, [&] {
            if (!engine->executed)
                throw UserError(tr("Warm a method up first: the executed graph is that of the last warm-up."));
            diff = std::make_shared<ModelDiff>(
                diffExecutedGraph(engine->module(), engine->executedIn, engine->executedFor, engine->executed));
        });
        if (!built)
            return;
        layOutDiff(*layout, diff, reply);
    });
}

} // namespace jitscope
