#include "loadedarchive.h"

#include "archivedirectory.h"
#include "snapshotbuilder.h"
#include "torcherror.h"
#include "usererror.h"

#include <caffe2/serialize/versions.h>
#include <torch/csrc/jit/serialization/import.h>
#include <torch/version.h>

#include <QFileInfo>
#include <QSaveFile>

#include <sstream>

namespace jitscope {

namespace {

QString describeLoadFailure(const QString& path, const QString& torchMessage)
{
    if (torchMessage.contains(QLatin1String("failed finding central directory")))
        return path + QLatin1String(": ")
            + LoadedArchive::tr("not a TorchScript archive: no zip directory found. TorchScript archives are zip "
                                "files written by torch.jit.save().");
    if (torchMessage.contains(QLatin1String("PytorchStreamReader failed")))
        return path + QLatin1String(": ")
            + LoadedArchive::tr("the archive is damaged (%1). Fetch or save the file again.").arg(torchMessage);
    if (torchMessage.contains(QLatin1String("Unknown type name"))
        || torchMessage.contains(QLatin1String("Unknown builtin op")))
        return path + QLatin1String(": ")
            + LoadedArchive::tr(
                  "the archive uses code this libtorch (%1) does not know; it was probably written by a newer "
                  "PyTorch or needs a custom operator library.\n%2")
                  .arg(QStringLiteral(TORCH_VERSION), torchMessage);
    return path + QLatin1String(": ") + LoadedArchive::tr("libtorch could not load the archive:\n%1").arg(torchMessage);
}

} // namespace

qint64 LoadedArchive::maxFormatVersion()
{
    return qint64(caffe2::serialize::kMaxSupportedFileFormatVersion);
}

SnapshotPtr LoadedArchive::open(const QString& path, const ProgressFn& progress)
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
    m_info = directory.info();
    m_modified = false;
    report(1.0, tr("Ready"));
    return snapshot;
}

torch::jit::Module& LoadedArchive::module()
{
    if (!m_module)
        throw UserError(tr("No archive is open."));
    return *m_module;
}

SnapshotPtr LoadedArchive::refresh()
{
    try {
        m_snapshot = std::make_shared<const ModelSnapshot>(buildSnapshot(module(), m_info));
    } catch (const UserError&) {
        throw;
    } catch (const std::exception& e) {
        throw UserError(tr("Describing the module failed: %1").arg(cleanTorchMessage(e)));
    }
    return m_snapshot;
}

void LoadedArchive::save(const QString& path, bool overwriteOpened)
{
    torch::jit::Module& m = module();
    const QFileInfo target(path);
    if (target.exists() && target.canonicalFilePath() == QFileInfo(m_info.path).canonicalFilePath() && !overwriteOpened)
        throw UserError(tr("%1 is the archive that is open: saving over it needs your confirmation.").arg(path));
    std::ostringstream out;
    try {
        torch::jit::ExtraFilesMap extras(m_extraFiles.begin(), m_extraFiles.end());
        m.save(out, extras);
    } catch (const std::exception& e) {
        throw UserError(tr("Saving the module failed: %1").arg(cleanTorchMessage(e)));
    }
    const std::string bytes = out.str();
    // Written aside in the target folder and renamed: a failure leaves every existing file intact.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw UserError(tr("%1: cannot be written: %2.").arg(path, file.errorString()));
    if (file.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()) || !file.commit())
        throw UserError(tr("%1: cannot be written: %2. Nothing was changed.").arg(path, file.errorString()));
    m_modified = false;
}

SnapshotPtr LoadedArchive::saveAs(const QString& path)
{
    save(path, true);
    // From now on this is the archive that is open: its facts, Save and Revert are the new file's.
    m_info = ArchiveDirectory::read(path, maxFormatVersion()).info();
    return refresh();
}

SnapshotPtr LoadedArchive::revert()
{
    if (!m_module)
        throw UserError(tr("No archive is open."));
    return open(m_info.path);
}

} // namespace jitscope
