// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/modelsnapshot.h"

#include <torch/script.h>

#include <QCoreApplication>

#include <functional>
#include <optional>
#include <unordered_map>

namespace jitscope {

// An open archive: the module libtorch loaded from it, its extra files, the snapshot that
// describes it, and whether its weights changed since it was loaded or saved. Not thread-safe:
// a session touches it on its one engine thread. Throws UserError, never a libtorch exception.
class LoadedArchive
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::LoadedArchive)

public:
    using ProgressFn = std::function<void(double fraction, const QString& phase)>;

    // Loads an archive. On failure the module that was open before stays open. Tensors go to
    // the map location when one is set ("cpu", "cuda:0"); otherwise where they were saved, or to
    // the CPU when that device is not available here (a model saved on a GPU, opened on a
    // CPU-only libtorch), which the snapshot's archive.openedOn then says.
    SnapshotPtr open(const QString& path, const ProgressFn& progress = {});
    // For every archive this process opens from then on (jitscope-cli --map-location).
    static void setMapLocation(const QString& device);
    // Called with each archive's path before libtorch reads it, from then on; throws UserError to
    // refuse it (jitscope-cli's crash guard: the archive loaded once in a helper process first).
    using LoadGuard = std::function<void(const QString& path)>;
    static void setLoadGuard(LoadGuard guard);

    // What the window's crash guard runs in a helper process. libtorch's parser reads every code
    // file (scanCode); code that parses and is ordinary passes. Otherwise libtorch loads the
    // archive's code and pickles, with every tensor record left empty (so it costs the code's
    // compilation, not the data), and the module is dropped. Throws UserError as open() would; a
    // crash inside libtorch takes only the helper down.
    static void checkCodeLoads(const QString& path);
    // What identifies the part checkCodeLoads reads: a hash of every entry but the tensor data.
    static QByteArray codeKey(const QString& path);
    bool isOpen() const { return m_module.has_value(); }
    void close(); // forgets the module (a checkpoint was opened instead)
    SnapshotPtr snapshot() const { return m_snapshot; }
    const ArchiveInfo& info() const { return m_info; }
    torch::jit::Module& module(); // throws when none is open

    // Describes the module again after its state changed (mode, device, dtype, weights).
    SnapshotPtr refresh();
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }

    // Writes the module with the archive's extra files to a temporary file beside `path`, then
    // renames it; refuses to replace the open archive unless overwriteOpened.
    void save(const QString& path, bool overwriteOpened = false);
    SnapshotPtr revert(); // the weights as loaded: reads the archive again
    // Saves to `path` (replacing a file there) and makes it the open archive, as an editor's Save As.
    SnapshotPtr saveAs(const QString& path);

    static qint64 maxFormatVersion();

private:
    std::optional<torch::jit::Module> m_module;
    std::unordered_map<std::string, std::string> m_extraFiles;
    ArchiveInfo m_info;
    SnapshotPtr m_snapshot;
    bool m_modified = false;
};

} // namespace jitscope
