#pragma once

#include "graphmodel.h"
#include "invocation.h"
#include "modelsnapshot.h"
#include "tensorslice.h"
#include "training.h"

#include <torch/script.h>

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <optional>
#include <unordered_map>

namespace jitscope {

// The libtorch side of a session: owns the loaded module and answers requests about it,
// synchronously. Not thread-safe by design; ModelSession calls it from its one worker thread.
// Every method throws UserError with a message fit for a person, never a libtorch exception.
class ModelEngine
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::ModelEngine)

public:
    using Progress = std::function<void(double fraction, const QString& phase)>;

    ModelEngine();

    // Loads an archive. On failure the module that was open before stays open.
    SnapshotPtr open(const QString& path, const Progress& progress = {});
    bool isOpen() const { return m_module.has_value(); }
    SnapshotPtr snapshot() const { return m_snapshot; }

    QString text(const TextRequest& request) const;
    TensorStats tensorStats(const QString& name, bool isParameter) const;
    // The tensor viewer's data: a 2-D slice with the whole tensor's statistics; export as .npy/.pt.
    TensorSlice tensorSlice(const TensorSliceRequest& request) const;
    void exportTensor(const TensorRef& ref, const QString& path) const;
    GraphModel graphModel(const GraphRequest& request) const;

    // Runs a method or compiled function; every libtorch error becomes a UserError and the
    // module stays usable. Results are kept: `$N` names the N-th.
    InvokeResult invoke(const InvokeRequest& request);
    // Compiles TorchScript source into a compilation unit; returns its functions' schemas.
    QStringList compile(const QString& source);
    QList<MethodInfo> compileFunctions(const QString& source); // the same, described for the GUI
    // The newest call's result; None before the first call.
    c10::IValue lastResult() const { return m_history.empty() ? c10::IValue() : m_history.back(); }
    // Mode, device and dtype of the whole module; return the new snapshot.
    SnapshotPtr setTraining(bool training);
    SnapshotPtr moveTo(const QString& device, const QString& dtype);
    // Training steps on the worker thread; onStep after each applied step; stops when *cancel
    // turns true, or before applying a step whose loss or gradient is NaN/Inf.
    TrainResult train(const TrainRequest& request, const std::function<void(const TrainStep&)>& onStep = {},
                      const std::atomic<bool>* cancel = nullptr);
    bool isModified() const { return m_modified; } // trained since loaded or saved
    // Writes the module with the archive's extra files to a temporary file beside `path`, then
    // renames it; refuses to replace the open archive unless overwriteOpened.
    void saveArchive(const QString& path, bool overwriteOpened = false);
    SnapshotPtr revertToLoaded(); // the weights as loaded: reads the archive again

    static QString cudaUnavailableReason(); // empty when CUDA can be used
    static QStringList availableDevices(); // "cpu", then "cuda:0", "cuda:1", ... as this build finds them

    // Extra files as read from the archive (name -> contents), kept to save them back.
    const std::unordered_map<std::string, std::string>& extraFiles() const { return m_extraFiles; }
    torch::jit::Module& module();

    static qint64 maxFormatVersion();

private:
    // A call's function (and self), its arguments evaluated and checked against the schema.
    struct BoundCall
    {
        torch::jit::Function* function = nullptr;
        std::optional<torch::jit::Module> self;
        QString where; // "head.classify", for messages
        std::vector<c10::IValue> stack; // without self
        QStringList understood;
    };
    BoundCall bindCall(const InvokeRequest& request);
    at::Tensor resolveTensor(const TensorRef& ref) const;
    torch::jit::Module findModule(const QString& path) const;
    torch::jit::Method findMethod(const torch::jit::Module& module, const QString& modulePath,
                                  const QString& method) const;

    std::optional<torch::jit::Module> m_module;
    std::unordered_map<std::string, std::string> m_extraFiles;
    std::vector<c10::IValue> m_history;
    std::shared_ptr<torch::jit::CompilationUnit> m_compiled;
    ArchiveInfo m_archive;
    SnapshotPtr m_snapshot;
    bool m_modified = false;
};

} // namespace jitscope
