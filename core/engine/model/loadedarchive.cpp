// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/model/loadedarchive.h"

#include "archive/archivedirectory.h"
#include "common/operatorlibraries.h"
#include "common/processwide.h"
#include "common/usererror.h"
#include "engine/common/torcherror.h"
#include "engine/model/codescan.h"
#include "engine/model/runtimeinfo.h"
#include "engine/model/snapshotbuilder.h"

#include <caffe2/serialize/inline_container.h>
#include <caffe2/serialize/versions.h>
#include <torch/csrc/jit/serialization/import.h>
#include <torch/cuda.h>
#include <torch/version.h>

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>

#include <sstream>

namespace jitscope {

namespace {

QString describeLoadFailure(const QString& path, const QString& torchMessage)
{
    const QString where = path + QLatin1String(": ");
    if (torchMessage.contains(QLatin1String("failed finding central directory")))
        return where
            + LoadedArchive::tr("not a TorchScript archive, checkpoint or safetensors file: no zip directory "
                                "found. JitScope opens the zip files torch.jit.save() and torch.save() write, "
                                "legacy torch.save() pickles and .safetensors files.");
    if (torchMessage.contains(QLatin1String("PytorchStreamReader failed")))
        return where
            + withDetails(LoadedArchive::tr("the archive is damaged (%1). Fetch or save the file again.")
                              .arg(torchMessage.section(QLatin1Char('\n'), 0, 0)),
                          torchMessage);
    // An operator or class from another library (torchvision::nms in a Detectron2 export).
    const QString op = OperatorLibraries::missingOperator(torchMessage);
    if (!op.isEmpty() && !op.startsWith(QLatin1String("aten::")) && !op.startsWith(QLatin1String("prim::"))) {
        const QString ns = op.section(QStringLiteral("::"), 0, 0);
        const QString provider = OperatorLibraries::providerOf(op);
        const QString how = provider.isEmpty()
            ? LoadedArchive::tr("Load the library that defines it: jitscope-cli --ops-library PATH, or File > "
                                "Operator Libraries in the window.")
            : LoadedArchive::tr("%1's operator library is installed here: %2 (jitscope-cli --ops-library, or File > "
                                "Operator Libraries in the window).")
                  .arg(ns, provider);
        return where
            + withDetails(LoadedArchive::tr("the archive uses %1, which comes from %2's operator library, not from "
                                            "libtorch. %3")
                              .arg(op, ns, how),
                          torchMessage);
    }
    if (torchMessage.contains(QLatin1String("Unknown type name"))
        || torchMessage.contains(QLatin1String("Unknown builtin op")))
        return where
            + withDetails(LoadedArchive::tr("the archive uses code this libtorch (%1) does not know; it was probably "
                                            "written by a newer PyTorch or needs a custom operator library: %2")
                              .arg(QStringLiteral(TORCH_VERSION), torchMessage.section(QLatin1Char('\n'), 0, 0)),
                          torchMessage);
    // The TorchScript parser's complaint about the archive's code: which file, which line, what.
    static const QRegularExpression file(QStringLiteral(R"re(File "([^"]+)", line (\d+))re"));
    const QRegularExpressionMatch m = file.match(torchMessage);
    QString first = torchMessage.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (first.endsWith(QLatin1String(" here:")))
        first.chop(6);
    else if (first.endsWith(QLatin1Char(':')))
        first.chop(1);
    if (m.hasMatch())
        return where
            + withDetails(LoadedArchive::tr("the archive's code is damaged: %1, line %2: %3.")
                              .arg(m.captured(1), m.captured(2), first),
                          torchMessage);
    return where + withDetails(LoadedArchive::tr("libtorch could not load the archive: %1").arg(first), torchMessage);
}

// The refusal as a UserError: an operator or class from another library also as its kind and
// name, for the window to offer the library (never parsed back out of the text).
UserError loadFailure(const QString& path, const QString& torchMessage)
{
    const QString op = OperatorLibraries::missingOperator(torchMessage);
    if (!op.isEmpty() && !op.startsWith(QLatin1String("aten::")) && !op.startsWith(QLatin1String("prim::")))
        return UserError(describeLoadFailure(path, torchMessage), UserError::Kind::MissingOperator, op);
    return UserError(describeLoadFailure(path, torchMessage));
}

// What every load in the process follows: where tensors go, and the guard run before libtorch.
using MapLocation = ProcessWide<struct MapLocationTag, QString>;
using CurrentLoadGuard = ProcessWide<struct LoadGuardTag, LoadedArchive::LoadGuard>;

// Whether this libtorch can put tensors on `device` ("cpu", "cuda", "cuda:1").
bool deviceAvailable(const c10::Device& device)
{
    if (device.is_cpu())
        return true;
    if (device.is_cuda())
        return torch::cuda::is_available()
            && (!device.has_index() || size_t(device.index()) < torch::cuda::device_count());
    return false;
}

// Where to load the tensors: the device asked for, or the CPU when the archive was saved on a
// device this libtorch cannot use; none (where they were saved) otherwise.
c10::optional<c10::Device> loadDevice(const QString& path, const QStringList& savedOn, const QString& mapLocation)
{
    if (!mapLocation.isEmpty()) {
        c10::optional<c10::Device> device;
        try {
            device = c10::Device(mapLocation.toStdString());
        } catch (const std::exception&) {
            throw UserError(path + QLatin1String(": ")
                            + LoadedArchive::tr("unknown map location '%1': use cpu or cuda:N.").arg(mapLocation));
        }
        if (!deviceAvailable(*device))
            throw UserError(path + QLatin1String(": ")
                            + LoadedArchive::tr("cannot load onto %1: %2")
                                  .arg(mapLocation,
                                       device->is_cuda() ? runtime::cudaUnavailableReason()
                                                         : LoadedArchive::tr("this libtorch has no such device.")));
        return device;
    }
    for (const QString& location : savedOn) {
        try {
            if (!deviceAvailable(c10::Device(location.toStdString())))
                return c10::Device(c10::kCPU);
        } catch (const std::exception&) {
            return c10::Device(c10::kCPU); // a location libtorch does not even name
        }
    }
    return c10::nullopt;
}

} // namespace

qint64 LoadedArchive::maxFormatVersion()
{
    return qint64(caffe2::serialize::kMaxSupportedFileFormatVersion);
}

void LoadedArchive::setMapLocation(const QString& device)
{
    MapLocation::set(device);
}

void LoadedArchive::setLoadGuard(LoadGuard guard)
{
    CurrentLoadGuard::set(std::move(guard));
}

namespace {

bool isTensorRecord(const QString& name, const QString& prefix)
{
    // <prefix>/data/N and <prefix>/constants/N; data.pkl and constants.pkl stay.
    const QString relative = name.mid(prefix.size() + 1);
    return (relative.startsWith(QLatin1String("data/")) || relative.startsWith(QLatin1String("constants/")))
        && !relative.endsWith(QLatin1String(".pkl"));
}

constexpr qint64 kMaxCodeRecord = qint64(1) << 30;

} // namespace

QByteArray LoadedArchive::codeKey(const QString& path)
{
    const ArchiveDirectory directory = ArchiveDirectory::read(path, maxFormatVersion());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const ArchiveEntry& e : directory.info().entries) {
        // Each field with its length first, so that no two archives hash the same fields alike.
        const QByteArray name = e.name.toUtf8();
        const QByteArray contents = isTensorRecord(e.name, directory.info().prefix)
            ? QByteArray()
            : directory.readEntry(e.name, kMaxCodeRecord);
        for (const QByteArray& field : { QByteArray::number(name.size()), name, QByteArray::number(e.size),
                                         QByteArray::number(contents.size()), contents }) {
            hash.addData(field);
            hash.addData(QByteArrayView("\0", 1));
        }
    }
    return hash.result().toHex();
}

void LoadedArchive::checkCodeLoads(const QString& path)
{
    const ArchiveDirectory directory = ArchiveDirectory::read(path, maxFormatVersion());
    directory.checkTensorData();
    const ArchiveInfo& info = directory.info();
    // Every record but the tensors', read once.
    QHash<QString, QByteArray> records;
    for (const ArchiveEntry& e : info.entries)
        if (!isTensorRecord(e.name, info.prefix))
            records.insert(e.name, directory.readEntry(e.name, kMaxCodeRecord));
    // First the cheap look: libtorch's parser over every code file. Ordinary code is done;
    // unusual or unparsable code is compiled next, where a crash is what the guard is for (and
    // where a refusal gets the same words as opening it would).
    CodeShape shape;
    bool parsed = true;
    try {
        for (auto it = records.cbegin(); it != records.cend(); ++it)
            if (it.key().endsWith(QLatin1String(".py")))
                scanCode(it.key(), it.value(), shape);
    } catch (const UserError&) {
        parsed = false;
    }
    if (parsed && shape.isOrdinary())
        return;
    // A class's __setstate__ runs while libtorch loads and may read its tensors (a quantized
    // Linear packs its weight): then the records get zeros of their size, else they stay empty.
    bool readsTensors = false;
    for (auto it = records.cbegin(); it != records.cend() && !readsTensors; ++it)
        readsTensors = it.key().endsWith(QLatin1String(".py")) && it.value().contains("__setstate__");
    std::string zip;
    try {
        caffe2::serialize::PyTorchStreamWriter writer([&zip](const void* data, size_t size) {
            zip.append(static_cast<const char*>(data), size);
            return size;
        });
        writer.setMinVersion(uint64_t(info.formatVersion));
        for (const ArchiveEntry& e : info.entries) {
            const QString relative = e.name.mid(info.prefix.size() + 1);
            if (relative == QLatin1String("version") || relative == QLatin1String(".data/version"))
                continue; // the writer adds its own
            const auto record = records.constFind(e.name);
            const QByteArray bytes = record != records.cend()
                ? *record
                : (readsTensors ? QByteArray(qsizetype(e.size), '\0') : QByteArray());
            writer.writeRecord(relative.toStdString(), bytes.constData(), size_t(bytes.size()));
        }
        writer.writeEndOfFile();
    } catch (const std::exception& e) {
        throw UserError(path + QLatin1String(": ") + cleanTorchMessage(e));
    }
    std::istringstream stream(zip);
    std::unordered_map<std::string, std::string> extraFiles;
    try {
        torch::jit::load(stream, c10::Device(c10::kCPU), extraFiles);
    } catch (const std::exception& e) {
        throw loadFailure(path, cleanTorchMessage(e));
    }
}

SnapshotPtr LoadedArchive::open(const QString& path, const ProgressFn& progress)
{
    auto report = [&](double fraction, const QString& phase) {
        if (progress)
            progress(fraction, phase);
    };

    report(0.0, tr("Reading the archive directory"));
    const ArchiveDirectory directory = ArchiveDirectory::read(path, maxFormatVersion());
    ArchiveInfo info = directory.info();
    info.savedOn = directory.checkTensorData();
    const QString mapLocation = MapLocation::get();
    const c10::optional<c10::Device> device = loadDevice(path, info.savedOn, mapLocation);
    if (device && info.savedOn != QStringList { QString::fromStdString(device->str()) })
        info.openedOn = QString::fromStdString(device->str());

    std::unordered_map<std::string, std::string> extraFiles;
    for (const QString& name : directory.info().extraFiles)
        extraFiles.emplace(name.toStdString(), std::string());

    const LoadGuard guard = CurrentLoadGuard::get();
    if (guard) {
        report(-1.0, tr("Checking the archive's code in a separate process"));
        guard(info.path);
    }
    // libtorch reports nothing while it loads: a fraction of -1 says "busy, length unknown".
    report(-1.0, tr("Loading the module with libtorch"));
    std::optional<torch::jit::Module> loaded;
    try {
        loaded = torch::jit::load(QFile::encodeName(info.path).toStdString(), device, extraFiles);
    } catch (const std::exception& e) {
        throw loadFailure(path, cleanTorchMessage(e));
    }

    report(0.9, tr("Describing modules, tensors and methods"));
    SnapshotPtr snapshot;
    try {
        snapshot = std::make_shared<const ModelSnapshot>(buildSnapshot(*loaded, info));
    } catch (const std::exception& e) {
        throw UserError(path + QLatin1String(": ")
                        + tr("the archive loaded, but describing it failed:\n%1").arg(cleanTorchMessage(e)));
    }

    // Only now, with everything in hand, replace what was open.
    m_module = std::move(loaded);
    m_extraFiles = std::move(extraFiles);
    m_snapshot = snapshot;
    m_info = info;
    m_modified = false;
    report(1.0, tr("Ready"));
    return snapshot;
}

void LoadedArchive::close()
{
    m_module.reset();
    m_extraFiles.clear();
    m_info = {};
    m_snapshot.reset();
    m_modified = false;
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
