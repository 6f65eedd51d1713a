#pragma once

#include "graphmodel.h"
#include "invocation.h"
#include "modeldiff.h"
#include "modelsnapshot.h"
#include "tensorslice.h"
#include "training.h"

#include <QMutex>
#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace jitscope {

class GraphLayouter;

class ModelEngine;
class LayoutWorker;
class SessionWorker;

// One open TorchScript archive. The module lives on the session's own worker thread and only
// that thread calls libtorch; callers post requests and get immutable snapshots back through
// queued signals, each tagged with the id its request returned. The *Blocking variants wait
// for the answer instead, for the CLI and for tests; they must not be called from the worker.
class ModelSession : public QObject
{
    Q_OBJECT
public:
    explicit ModelSession(QObject* parent = nullptr);
    ~ModelSession() override;

    quint64 open(const QString& path);
    quint64 requestText(const TextRequest& request);
    quint64 requestTensorStats(const QString& name, bool isParameter);
    // Builds the graph on the session thread and lays it out on the layout thread. A newer
    // graph request makes an older one stale: its layout stops and it is never answered.
    quint64 requestGraph(const GraphRequest& request);
    quint64 requestInvoke(const InvokeRequest& request);
    quint64 requestTensorSlice(const TensorSliceRequest& request);
    // Compares two methods (of two archives, or of one); both graphs laid out when asked.
    quint64 requestDiff(const DiffRequest& request);
    quint64 requestExportTensor(const TensorRef& ref, const QString& path);
    quint64 requestCompile(const QString& source);
    // Training: trainProgress after each step, then trained; cancelTraining stops after the
    // current step. Saving answers with saved.
    quint64 requestTrain(const TrainRequest& request);
    void cancelTraining();
    quint64 requestSave(const QString& path, bool overwriteOpened);
    quint64 requestRevert(); // answered by snapshotChanged
    // Mode, device and dtype: answered by snapshotChanged with the module's new state.
    quint64 requestSetTraining(bool training);
    quint64 requestMoveTo(const QString& device, const QString& dtype);

    // Throw UserError with a message fit for a person.
    SnapshotPtr openBlocking(const QString& path);
    QString textBlocking(const TextRequest& request);
    TensorStats tensorStatsBlocking(const QString& name, bool isParameter);
    LaidOutGraphPtr graphBlocking(const GraphRequest& request);
    InvokeResult invokeBlocking(const InvokeRequest& request);
    QStringList compileBlocking(const QString& source); // the compiled functions' schemas
    TensorSlice tensorSliceBlocking(const TensorSliceRequest& request);
    ModelDiffPtr diffBlocking(const DiffRequest& request);
    TrainResult trainBlocking(const TrainRequest& request, const std::function<void(const TrainStep&)>& onStep = {});
    void saveBlocking(const QString& path, bool overwriteOpened = false);
    SnapshotPtr revertBlocking();
    bool isModified(); // blocking: asks the worker
    void exportTensorBlocking(const TensorRef& ref, const QString& path);
    SnapshotPtr setTrainingBlocking(bool training);
    SnapshotPtr moveToBlocking(const QString& device, const QString& dtype);
    static QString cudaUnavailableReason(); // empty when a CUDA device can be used
    static QStringList availableDevices();

    // The snapshot of the archive open now; null before the first successful open. Any thread.
    SnapshotPtr snapshot() const;
    // Requests posted and not yet answered.
    int pendingRequests() const { return m_pending.load(); }

Q_SIGNALS:
    // fraction in [0, 1], or -1 while a phase of unknown length runs.
    void progress(quint64 id, double fraction, const QString& phase);
    void opened(quint64 id, jitscope::SnapshotPtr snapshot);
    void openFailed(quint64 id, const QString& path, const QString& message);
    void textReady(quint64 id, const jitscope::TextResult& result);
    void tensorStatsReady(quint64 id, const jitscope::TensorStats& stats);
    void graphReady(quint64 id, jitscope::LaidOutGraphPtr graph);
    void invoked(quint64 id, const jitscope::InvokeResult& result);
    void diffReady(quint64 id, jitscope::ModelDiffPtr diff);
    void trainProgress(quint64 id, const jitscope::TrainStep& step);
    void trained(quint64 id, const jitscope::TrainResult& result);
    void saved(quint64 id, const QString& path);
    void tensorSliceReady(quint64 id, const jitscope::TensorSlice& slice);
    void tensorExported(quint64 id, const QString& path);
    void compiled(quint64 id, const QList<jitscope::MethodInfo>& functions);
    void snapshotChanged(quint64 id, jitscope::SnapshotPtr snapshot);
    void requestFailed(quint64 id, const QString& message);

private:
    quint64 post(std::function<void(quint64 id, ModelEngine& engine)> job);
    void runBlocking(const std::function<void(ModelEngine& engine)>& job);
    void layoutBlocking(const std::function<void(GraphLayouter& layouter)>& job); // on the layout thread
    void setSnapshot(const SnapshotPtr& snapshot);

    QThread m_thread;
    SessionWorker* m_worker = nullptr;
    QThread m_layoutThread;
    LayoutWorker* m_layoutWorker = nullptr;
    std::shared_ptr<std::atomic<bool>> m_graphCancel; // of the newest graph request
    std::shared_ptr<std::atomic<bool>> m_trainCancel; // of the newest training
    std::atomic<quint64> m_nextId { 0 };
    std::atomic<int> m_pending { 0 };
    mutable QMutex m_snapshotMutex;
    SnapshotPtr m_snapshot;
};

} // namespace jitscope

Q_DECLARE_METATYPE(jitscope::InvokeResult)
