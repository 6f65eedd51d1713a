// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/deploy.h"
#include "answers/invocation.h"
#include "answers/modelsnapshot.h"
#include "answers/observation.h"
#include "answers/tensorslice.h"
#include "answers/training.h"
#include "checkpoint/weightmatch.h"
#include "diff/modeldiff.h"
#include "graph/graphmodel.h"
#include "session/job.h"

#include <QMutex>

#include <memory>

namespace jitscope {

class LayoutService;

// One open TorchScript archive. The module lives on the session's own engine thread and only
// that thread calls libtorch; every request is a Job that answers the asker alone, with an
// immutable snapshot: `session->text(r).tag(u"code").then(this, onText, onError)` in the window,
// `session->text(r).wait()` in the CLI and tests. Graphs are laid out on a second thread.
class ModelSession : public JobHost
{
    Q_OBJECT
public:
    explicit ModelSession(QObject* parent = nullptr);
    ~ModelSession() override; // cancels what runs (training, layouts) and joins the threads

    // Opens an archive, or a checkpoint (Checkpoint::looksLikeCheckpoint) read by the restricted
    // reader and described as ArchiveInfo::isCheckpoint: its tensors can be read and shown, and
    // what needs a module refuses. On failure what was open before stays open. Progress while it
    // loads.
    Job<SnapshotPtr> open(const QString& path);
    Job<QString> text(const TextRequest& request);
    Job<TensorStats> tensorStats(const QString& name, bool isParameter);
    // Builds the graph on the engine thread and lays it out on the layout thread; a newer job of
    // the same tag stops the layout of an older one.
    Job<LaidOutGraphPtr> graph(const GraphRequest& request);
    // Runs a method or compiled function; its result is $N from then on.
    Job<InvokeResult> invoke(const InvokeRequest& request);
    // Runs a method observed (ObservedRun): every value recorded, every node timed. Its result is
    // $N as invoke's is, and the tensors it kept are TensorRef::observed until the module changes
    // or the next observed run.
    Job<ObservedRunPtr> observe(const ObserveRequest& request);
    // Compiles TorchScript source; its functions can then be invoked (request.compiled).
    Job<QList<MethodInfo>> compile(const QString& source);
    Job<TensorSlice> tensorSlice(const TensorSliceRequest& request);
    Job<QString> exportTensor(const TensorRef& ref, const QString& path); // answers the path
    // Training steps; progress after each applied step. JobHost::stop() ends it after the current step.
    Job<TrainResult, TrainStep> train(const TrainRequest& request);
    Job<QString> save(const QString& path, bool overwriteOpened = false); // answers the path
    // Saves elsewhere and makes that file the open archive; answers its snapshot.
    Job<SnapshotPtr> saveAs(const QString& path);
    Job<SnapshotPtr> revert(); // the weights as loaded: reads the archive again
    // Mode, device and dtype; each answers the module's new state.
    Job<SnapshotPtr> setTraining(bool training);
    Job<SnapshotPtr> moveTo(const QString& device, const QString& dtype);
    Job<bool> isModified(); // trained or given other weights since loaded or saved

    // Ready to ship (README, "Deploy"). Each works on a copy: the open module stays as it is.
    // Freeze, optimize for inference or for mobile, written to request.output; with inputs, both
    // timed from cold and their outputs compared.
    Job<TransformResult> transform(const TransformRequest& request);
    // Saved for the lite interpreter (.ptl), loaded back with it and, with inputs, run beside the module.
    Job<LiteResult> exportLite(const LiteRequest& request);
    // "Will it run there?": versions, root operators with call counts, types, the oldest runtime.
    Job<OpsReport> operators();
    // Deployment lints; with `twin` (a scripted twin of a traced model), the control flow it dropped.
    Job<LintReport> lint(const QString& twin = {});
    // Calls 1..N on a fresh copy, timed, and the graph the executor ran.
    Job<WarmupResult> warmup(const WarmupRequest& request);
    // The last warm-up's method as saved (calls expanded) beside the graph the executor ran, diffed
    // and laid out, for the comparison window.
    Job<ModelDiffPtr> executedGraphs();
    // The open module's parameters and buffers matched by name to the tensors of a checkpoint
    // file (Checkpoint::read), every matched pair's values compared; nothing changes.
    Job<WeightMatch> matchWeights(const QString& checkpoint, const WeightMatchOptions& options = {});
    // What is open (a module's parameters and buffers, or a checkpoint's tensors) against another
    // checkpoint's tensors, by name, as the comparison window's parameter diff: left is what is
    // open. A module is matched as matchWeights matches it.
    Job<QList<ParameterDiff>> compareWithCheckpoint(const QString& checkpoint);
    // Copies them into the module as load_state_dict does (refused, nothing changed, on a shape
    // mismatch, or on missing or unexpected keys when strict); answers the new state, modified.
    Job<SnapshotPtr> loadWeights(const QString& checkpoint, const WeightMatchOptions& options, bool strict);

    // Where every archive this process opens puts its tensors from then on ("cpu", "cuda:0"; empty:
    // where they were saved, or the CPU when that device is missing here). jitscope-cli
    // --map-location.
    static void setMapLocation(const QString& device);
    // Every archive this process opens from then on is first loaded by jitscope-cli's crash guard
    // (ArchiveGuard::checkOnce) in a helper process `helper`; a crash there refuses it.
    static void guardEveryLoad(const QString& helper);
    // What TorchScript code print()s (a model's forward, a class's __setstate__ while it loads)
    // goes to standard error from then on, so that standard output holds only the answer.
    static void printScriptOutputToStandardError();

    // The snapshot of the archive open now; null before the first successful open. Any thread.
    SnapshotPtr snapshot() const;

private:
    struct Engine;
    void setSnapshot(const SnapshotPtr& snapshot);
    template <typename F> Job<SnapshotPtr> changeState(F change);

    std::unique_ptr<Engine> m_engine; // touched on the engine thread only
    std::unique_ptr<LayoutService> m_layout;
    mutable QMutex m_snapshotMutex;
    SnapshotPtr m_snapshot;
};

} // namespace jitscope

Q_DECLARE_METATYPE(jitscope::InvokeResult)
