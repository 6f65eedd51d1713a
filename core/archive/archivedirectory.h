// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/modelsnapshot.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

class QFile;

namespace jitscope {

// Reads a TorchScript archive's zip directory without libtorch, so a file can be diagnosed
// precisely (missing, a folder, empty, truncated, not a zip, a torch.save() pickle, a newer
// format) before torch::jit::load sees it, and so its entries and extra files can be listed.
class ArchiveDirectory
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::ArchiveDirectory)

public:
    // Throws UserError naming the file and the problem. `maxFormatVersion` is the newest file
    // format the running libtorch reads.
    static ArchiveDirectory read(const QString& path, qint64 maxFormatVersion);
    // Any zip file: its entries, nothing about what they hold (torch.save checkpoints, say).
    static ArchiveDirectory readZip(const QString& path);

    const ArchiveInfo& info() const { return m_info; }
    // Contents of an entry stored without compression (PyTorch stores all but code that way).
    QByteArray readStored(const QString& name) const;
    // Contents of an entry, stored or deflated. Throws UserError when the entry is missing,
    // damaged, or would be larger than `maxBytes` once read.
    QByteArray readEntry(const QString& name, qint64 maxBytes) const;
    const ArchiveEntry* entry(const QString& name) const;

    // Checks every tensor the archive's pickles (data.pkl, constants.pkl) declare against the
    // records that hold their data, without libtorch and before anything reads them: a storage
    // must be backed by as many bytes as it declares, and a view must stay inside its storage.
    // libtorch trusts both and would read past the data. Throws UserError naming the tensor.
    // Returns where the tensors were saved ("cpu", "cuda:0"), each once, in the order met.
    QStringList checkTensorData() const;

private:
    qint64 dataOffset(qsizetype index) const;
    void readEntries(QFile& file, quint64 entryCount, quint64 dirOffset, quint64 dirSize);
    QString findVersionRecord(); // sets the prefix; empty when there is none

    qsizetype indexOf(const QString& name) const; // the first entry of that name; -1: none

    ArchiveInfo m_info;
    QList<qint64> m_localHeaderOffsets;
    QHash<QString, qsizetype> m_byName; // the first entry of each name: a million entries, looked up alike
};

} // namespace jitscope
