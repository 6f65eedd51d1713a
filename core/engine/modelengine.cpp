#include "modelengine.h"

#include "archivedirectory.h"
#include "graphbuilder.h"
#include "snapshotbuilder.h"
#include "torcherror.h"
#include "usererror.h"

#include <caffe2/serialize/versions.h>
#include <torch/csrc/jit/passes/inliner.h>
#include <torch/csrc/jit/serialization/import.h>
#include <torch/csrc/jit/serialization/python_print.h>
#include <torch/version.h>

#include <QCoreApplication>
#include <QFileInfo>

namespace jitscope {

namespace {

QString describeLoadFailure(const QString& path, const QString& torchMessage)
{
    if (torchMessage.contains(QLatin1String("failed finding central directory")))
        return path + QLatin1String(": ")
            + ModelEngine::tr("not a TorchScript archive: no zip directory found. TorchScript archives are zip files "
                              "written by torch.jit.save().");
    if (torchMessage.contains(QLatin1String("PytorchStreamReader failed")))
        return path + QLatin1String(": ")
            + ModelEngine::tr("the archive is damaged (%1). Fetch or save the file again.").arg(torchMessage);
    if (torchMessage.contains(QLatin1String("Unknown type name"))
        || torchMessage.contains(QLatin1String("Unknown builtin op")))
        return path + QLatin1String(": ")
            + ModelEngine::tr(
                  "the archive uses code this libtorch (%1) does not know; it was probably written by a newer PyTorch "
                  "or needs a custom operator library.\n%2")
                  .arg(QStringLiteral(TORCH_VERSION), torchMessage);
    return path + QLatin1String(": ") + ModelEngine::tr("libtorch could not load the archive:\n%1").arg(torchMessage);
}

} // namespace

ModelEngine::ModelEngine() = default;

qint64 ModelEngine::maxFormatVersion()
{
    return qint64(caffe2::serialize::kMaxSupportedFileFormatVersion);
}

SnapshotPtr ModelEngine::open(const QString& path, const Progress& progress)
{
    auto report = [&](double fraction, const QString& phase) {
        if (progress)
            progress(fraction, phase);
    };

    report(0.0, tr("Reading the archive directory"));
    const ArchiveDirectory directory = ArchiveDirectory::read(path, maxFormatVersion());
    directory.checkTensorData();

    std::unordered_map<std::string, std::string> extraFiles;
    for (const QString& name : directory.info().extraFiles)
        extraFiles.emplace(name.toStdString(), std::string());

    // libtorch reports nothing while it loads: a fraction of -1 says "busy, length unknown".
    report(-1.0, tr("Loading the module with libtorch"));
    std::optional<torch::jit::Module> loaded;
    try {
        loaded = torch::jit::load(QFile::encodeName(directory.info().path).toStdString(), c10::nullopt, extraFiles);
    } catch (const std::exception& e) {
        throw UserError(describeLoadFailure(path, cleanTorchMessage(e)));
    }

    report(0.9, tr("Describing modules, tensors and methods"));
    SnapshotPtr snapshot;
    try {
        snapshot = std::make_shared<const ModelSnapshot>(buildSnapshot(*loaded, directory.info()));
    } catch (const std::exception& e) {
        throw UserError(path + QLatin1String(": ")
                        + tr("the archive loaded, but describing it failed:\n%1").arg(cleanTorchMessage(e)));
    }

    // Only now, with everything in hand, replace what was open.
    m_module = std::move(loaded);
    m_extraFiles = std::move(extraFiles);
    m_snapshot = snapshot;
    m_archive = directory.info();
    m_history.clear();
    m_modified = false;
    report(1.0, tr("Ready"));
    return snapshot;
}

torch::jit::Module& ModelEngine::module()
{
    if (!m_module)
        throw UserError(tr("No archive is open."));
    return *m_module;
}

torch::jit::Module ModelEngine::findModule(const QString& path) const
{
    if (!m_module)
        throw UserError(tr("No archive is open."));
    return findSubmodule(*m_module, path);
}

torch::jit::Method ModelEngine::findMethod(const torch::jit::Module& module, const QString& modulePath,
                                           const QString& method) const
{
    const QString name = method.isEmpty() ? QStringLiteral("forward") : method;
    if (auto found = module.find_method(name.toStdString()))
        return *found;
    QStringList names;
    for (const auto& m : module.get_methods())
        names << QString::fromStdString(m.name());
    const QString where
        = modulePath.isEmpty() ? tr("the root module") : QLatin1Char('\'') + modulePath + QLatin1Char('\'');
    throw UserError(tr("No method '%1' in %2. Its methods: %3.")
                        .arg(name, where, names.isEmpty() ? tr("none") : names.join(QLatin1String(", "))));
}

QString ModelEngine::text(const TextRequest& request) const
{
    const torch::jit::Module module = findModule(request.module);
    try {
        if (request.kind == TextKind::Code && request.method.isEmpty()) {
            std::vector<at::IValue> constants;
            torch::jit::PrintDepsTable deps;
            torch::jit::PythonPrint printer(constants, deps);
            printer.printNamedType(module.type());
            return QString::fromStdString(printer.str());
        }
        const torch::jit::Method method = findMethod(module, request.module, request.method);
        switch (request.kind) {
        case TextKind::Code: {
            std::vector<at::IValue> constants;
            torch::jit::PrintDepsTable deps;
            torch::jit::PythonPrint printer(constants, deps);
            printer.printMethod(method.function());
            return QString::fromStdString(printer.str());
        }
        case TextKind::Graph:
            return QString::fromStdString(method.graph()->toString());
        case TextKind::InlinedGraph: {
            auto graph = method.graph()->copy();
            torch::jit::Inline(*graph);
            return QString::fromStdString(graph->toString());
        }
        }
    } catch (const UserError&) {
        throw;
    } catch (const std::exception& e) {
        throw UserError(tr("Printing '%1' failed: %2").arg(request.method, cleanTorchMessage(e)));
    }
    return {};
}

GraphModel ModelEngine::graphModel(const GraphRequest& request) const
{
    if (!m_module)
        throw UserError(tr("No archive is open."));
    try {
        return buildGraphModel(*m_module, request.module, request.method, request.options);
    } catch (const UserError&) {
        throw;
    } catch (const std::exception& e) {
        throw UserError(tr("Building the graph of '%1' failed: %2").arg(request.method, cleanTorchMessage(e)));
    }
}

} // namespace jitscope
