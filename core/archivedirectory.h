#pragma once

#include "snapshot.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

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

    const ArchiveInfo& info() const { return m_info; }
    // Contents of an entry stored without compression (PyTorch stores all but code that way).
    QByteArray readStored(const QString& name) const;

private:
    ArchiveInfo m_info;
    QList<qint64> m_localHeaderOffsets;
};

} // namespace jitscope
