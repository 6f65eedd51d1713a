#include "modelsession.h"

#include "graphlayouter.h"
#include "modelcomparer.h"
#include "modelengine.h"
#include "usererror.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutexLocker>

#include <exception>

namespace jitscope {

// Lives on the session's thread and owns the engine, so the module is touched there only.
class SessionWorker : public QObject
{
public:
    ModelEngine engine;
};

// Lives on the layout thread and owns its Graphviz context and cache of group layouts.
class LayoutWorker : public QObject
{
public:
    GraphLayouter layouter;
};

ModelSession::ModelSession(QObject* parent)
    : QObject(parent)
    , m_worker(new SessionWorker)
{
    qRegisterMetaType<jitscope::SnapshotPtr>();
    qRegisterMetaType<jitscope::TextResult>();
    qRegisterMetaType<jitscope::TensorStats>();
    qRegisterMetaType<jitscope::LaidOutGraphPtr>();
    qRegisterMetaType<jitscope::InvokeResult>();
    qRegisterMetaType<jitscope::TensorSlice>();
    qRegisterMetaType<jitscope::ModelDiffPtr>();
    qRegisterMetaType<jitscope::TrainStep>();
    qRegisterMetaType<jitscope::TrainResult>();
    qRegisterMetaType<QList<jitscope::MethodInfo>>();
    m_layoutWorker = new LayoutWorker;
    m_layoutThread.setObjectName(QStringLiteral("jitscope-layout"));
    m_layoutThread.setStackSize(256u << 20);
    m_layoutWorker->moveToThread(&m_layoutThread);
    m_layoutThread.start();
    m_thread.setObjectName(QStringLiteral("jitscope-session"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

ModelSession::~ModelSession()
{
    if (m_graphCancel)
        m_graphCancel->store(true);
    m_thread.quit();
    m_thread.wait();
    m_layoutThread.quit();
    m_layoutThread.wait();
    delete m_worker;
    delete m_layoutWorker;
}

quint64 ModelSession::post(std::function<void(quint64, ModelEngine&)> job)
{
    const quint64 id = ++m_nextId;
    ++m_pending;
    SessionWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker, id, job = std::move(job)] {
            try {
                job(id, worker->engine);
            } catch (const UserError& e) {
                Q_EMIT requestFailed(id, e.message());
            } catch (const std::exception& e) {
                // The engine turns libtorch errors into UserError; anything else is a bug, but
                // it still must not take the session down.
                Q_EMIT requestFailed(id, QString::fromLocal8Bit(e.what()));
            }
            --m_pending;
        },
        Qt::QueuedConnection);
    return id;
}

void ModelSession::runBlocking(const std::function<void(ModelEngine&)>& job)
{
    Q_ASSERT(QThread::currentThread() != &m_thread);
    std::exception_ptr error;
    SessionWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [&] {
            try {
                job(worker->engine);
            } catch (...) {
                error = std::current_exception();
            }
        },
        Qt::BlockingQueuedConnection);
    if (!error)
        return;
    try {
        std::rethrow_exception(error);
    } catch (const UserError&) {
        throw;
    } catch (const std::exception& e) {
        throw UserError(QString::fromLocal8Bit(e.what()));
    }
}

void ModelSession::layoutBlocking(const std::function<void(GraphLayouter& layouter)>& job)
{
    std::exception_ptr error;
    LayoutWorker* layoutWorker = m_layoutWorker;
    QMetaObject::invokeMethod(
        m_layoutWorker,
        [&] {
            try {
                job(layoutWorker->layouter);
            } catch (...) {
                error = std::current_exception();
            }
        },
        Qt::BlockingQueuedConnection);
    if (error)
        std::rethrow_exception(error);
}

void ModelSession::setSnapshot(const SnapshotPtr& snapshot)
{
    QMutexLocker lock(&m_snapshotMutex);
    m_snapshot = snapshot;
}

SnapshotPtr ModelSession::snapshot() const
{
    QMutexLocker lock(&m_snapshotMutex);
    return m_snapshot;
}

quint64 ModelSession::open(const QString& path)
{
    return post([this, path](quint64 id, ModelEngine& engine) {
        try {
            SnapshotPtr snapshot = engine.open(
                path, [this, id](double fraction, const QString& phase) { Q_EMIT progress(id, fraction, phase); });
            setSnapshot(snapshot);
            Q_EMIT opened(id, snapshot);
        } catch (const UserError& e) {
            Q_EMIT openFailed(id, path, e.message());
        }
    });
}

quint64 ModelSession::requestText(const TextRequest& request)
{
    return post([this, request](quint64 id, ModelEngine& engine) {
        Q_EMIT textReady(id, TextResult { request, engine.text(request) });
    });
}

quint64 ModelSession::requestTensorStats(const QString& name, bool isParameter)
{
    return post([this, name, isParameter](quint64 id, ModelEngine& engine) {
        Q_EMIT tensorStatsReady(id, engine.tensorStats(name, isParameter));
    });
}

quint64 ModelSession::requestGraph(const GraphRequest& request)
{
    if (m_graphCancel)
        m_graphCancel->store(true);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_graphCancel = cancel;
    LayoutWorker* layoutWorker = m_layoutWorker;
    ++m_pending; // until the layout is done too
    return post([this, request, cancel, layoutWorker](quint64 id, ModelEngine& engine) {
        if (cancel->load()) {
            --m_pending;
            return;
        }
        QElapsedTimer timer;
        timer.start();
        GraphModel model;
        try {
            model = engine.graphModel(request);
        } catch (...) {
            --m_pending;
            throw;
        }
        const double buildMs = timer.nsecsElapsed() / 1e6;
        QMetaObject::invokeMethod(
            layoutWorker,
            [this, id, cancel, layoutWorker, buildMs, model = std::move(model)]() mutable {
                auto graph = std::make_shared<LaidOutGraph>();
                graph->buildMs = buildMs;
                QElapsedTimer layoutTimer;
                layoutTimer.start();
                try {
                    graph->layout = layoutWorker->layouter.layout(model, cancel.get());
                    graph->model = std::move(model);
                    graph->layoutMs = layoutTimer.nsecsElapsed() / 1e6;
                    if (!cancel->load())
                        Q_EMIT graphReady(id, graph);
                } catch (const UserError& e) {
                    Q_EMIT requestFailed(id, e.message());
                }
                --m_pending;
            },
            Qt::QueuedConnection);
    });
}

quint64 ModelSession::requestInvoke(const InvokeRequest& request)
{
    return post([this, request](quint64 id, ModelEngine& engine) { Q_EMIT invoked(id, engine.invoke(request)); });
}

quint64 ModelSession::requestTensorSlice(const TensorSliceRequest& request)
{
    return post(
        [this, request](quint64 id, ModelEngine& engine) { Q_EMIT tensorSliceReady(id, engine.tensorSlice(request)); });
}

quint64 ModelSession::requestExportTensor(const TensorRef& ref, const QString& path)
{
    return post([this, ref, path](quint64 id, ModelEngine& engine) {
        engine.exportTensor(ref, path);
        Q_EMIT tensorExported(id, path);
    });
}

quint64 ModelSession::requestCompile(const QString& source)
{
    return post(
        [this, source](quint64 id, ModelEngine& engine) { Q_EMIT compiled(id, engine.compileFunctions(source)); });
}

quint64 ModelSession::requestSetTraining(bool training)
{
    return post([this, training](quint64 id, ModelEngine& engine) {
        const SnapshotPtr snapshot = engine.setTraining(training);
        setSnapshot(snapshot);
        Q_EMIT snapshotChanged(id, snapshot);
    });
}

quint64 ModelSession::requestMoveTo(const QString& device, const QString& dtype)
{
    return post([this, device, dtype](quint64 id, ModelEngine& engine) {
        const SnapshotPtr snapshot = engine.moveTo(device, dtype);
        setSnapshot(snapshot);
        Q_EMIT snapshotChanged(id, snapshot);
    });
}

quint64 ModelSession::requestDiff(const DiffRequest& request)
{
    LayoutWorker* layoutWorker = m_layoutWorker;
    ++m_pending; // until the layout is done too
    return post([this, request, layoutWorker](quint64 id, ModelEngine&) {
        std::shared_ptr<ModelDiff> diff;
        try {
            diff = std::make_shared<ModelDiff>(computeModelDiff(request));
        } catch (...) {
            --m_pending;
            throw;
        }
        if (!request.layout) {
            Q_EMIT diffReady(id, diff);
            --m_pending;
            return;
        }
        QMetaObject::invokeMethod(
            layoutWorker,
            [this, id, layoutWorker, diff] {
                QElapsedTimer timer;
                timer.start();
                try {
                    diff->left.layout = layoutWorker->layouter.layout(diff->left.model);
                    diff->right.layout = layoutWorker->layouter.layout(diff->right.model);
                    diff->layoutMs = timer.nsecsElapsed() / 1e6;
                    Q_EMIT diffReady(id, diff);
                } catch (const UserError& e) {
                    Q_EMIT requestFailed(id, e.message());
                }
                --m_pending;
            },
            Qt::QueuedConnection);
    });
}

ModelDiffPtr ModelSession::diffBlocking(const DiffRequest& request)
{
    auto diff = std::make_shared<ModelDiff>();
    runBlocking([&](ModelEngine&) { *diff = computeModelDiff(request); });
    if (request.layout) {
        QElapsedTimer timer;
        timer.start();
        layoutBlocking([&](GraphLayouter& layouter) {
            diff->left.layout = layouter.layout(diff->left.model);
            diff->right.layout = layouter.layout(diff->right.model);
        });
        diff->layoutMs = timer.nsecsElapsed() / 1e6;
    }
    return diff;
}

quint64 ModelSession::requestTrain(const TrainRequest& request)
{
    if (m_trainCancel)
        m_trainCancel->store(true);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_trainCancel = cancel;
    return post([this, request, cancel](quint64 id, ModelEngine& engine) {
        const TrainResult result = engine.train(
            request, [this, id](const TrainStep& step) { Q_EMIT trainProgress(id, step); }, cancel.get());
        Q_EMIT trained(id, result);
    });
}

void ModelSession::cancelTraining()
{
    if (m_trainCancel)
        m_trainCancel->store(true);
}

quint64 ModelSession::requestSave(const QString& path, bool overwriteOpened)
{
    return post([this, path, overwriteOpened](quint64 id, ModelEngine& engine) {
        engine.saveArchive(path, overwriteOpened);
        Q_EMIT saved(id, path);
    });
}

quint64 ModelSession::requestRevert()
{
    return post([this](quint64 id, ModelEngine& engine) {
        const SnapshotPtr snapshot = engine.revertToLoaded();
        setSnapshot(snapshot);
        Q_EMIT snapshotChanged(id, snapshot);
    });
}

TrainResult ModelSession::trainBlocking(const TrainRequest& request,
                                        const std::function<void(const TrainStep&)>& onStep)
{
    TrainResult result;
    runBlocking([&](ModelEngine& engine) { result = engine.train(request, onStep); });
    return result;
}

void ModelSession::saveBlocking(const QString& path, bool overwriteOpened)
{
    runBlocking([&](ModelEngine& engine) { engine.saveArchive(path, overwriteOpened); });
}

SnapshotPtr ModelSession::revertBlocking()
{
    SnapshotPtr result;
    runBlocking([&](ModelEngine& engine) { result = engine.revertToLoaded(); });
    setSnapshot(result);
    return result;
}

bool ModelSession::isModified()
{
    bool modified = false;
    runBlocking([&](ModelEngine& engine) { modified = engine.isModified(); });
    return modified;
}

TensorSlice ModelSession::tensorSliceBlocking(const TensorSliceRequest& request)
{
    TensorSlice result;
    runBlocking([&](ModelEngine& engine) { result = engine.tensorSlice(request); });
    return result;
}

void ModelSession::exportTensorBlocking(const TensorRef& ref, const QString& path)
{
    runBlocking([&](ModelEngine& engine) { engine.exportTensor(ref, path); });
}

InvokeResult ModelSession::invokeBlocking(const InvokeRequest& request)
{
    InvokeResult result;
    runBlocking([&](ModelEngine& engine) { result = engine.invoke(request); });
    return result;
}

QStringList ModelSession::compileBlocking(const QString& source)
{
    QStringList result;
    runBlocking([&](ModelEngine& engine) { result = engine.compile(source); });
    return result;
}

SnapshotPtr ModelSession::setTrainingBlocking(bool training)
{
    SnapshotPtr result;
    runBlocking([&](ModelEngine& engine) { result = engine.setTraining(training); });
    setSnapshot(result);
    return result;
}

SnapshotPtr ModelSession::moveToBlocking(const QString& device, const QString& dtype)
{
    SnapshotPtr result;
    runBlocking([&](ModelEngine& engine) { result = engine.moveTo(device, dtype); });
    setSnapshot(result);
    return result;
}

QString ModelSession::cudaUnavailableReason()
{
    return ModelEngine::cudaUnavailableReason();
}

QStringList ModelSession::availableDevices()
{
    return ModelEngine::availableDevices();
}

LaidOutGraphPtr ModelSession::graphBlocking(const GraphRequest& request)
{
    auto graph = std::make_shared<LaidOutGraph>();
    QElapsedTimer timer;
    timer.start();
    runBlocking([&](ModelEngine& engine) { graph->model = engine.graphModel(request); });
    graph->buildMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    layoutBlocking([&](GraphLayouter& layouter) { graph->layout = layouter.layout(graph->model); });
    graph->layoutMs = timer.nsecsElapsed() / 1e6;
    return graph;
}

SnapshotPtr ModelSession::openBlocking(const QString& path)
{
    SnapshotPtr result;
    runBlocking([&](ModelEngine& engine) { result = engine.open(path); });
    setSnapshot(result);
    return result;
}

QString ModelSession::textBlocking(const TextRequest& request)
{
    QString result;
    runBlocking([&](ModelEngine& engine) { result = engine.text(request); });
    return result;
}

TensorStats ModelSession::tensorStatsBlocking(const QString& name, bool isParameter)
{
    TensorStats result;
    runBlocking([&](ModelEngine& engine) { result = engine.tensorStats(name, isParameter); });
    return result;
}

} // namespace jitscope
