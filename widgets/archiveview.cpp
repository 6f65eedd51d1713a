// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "archiveview.h"

#include "common/textformat.h"
#include "session/document.h"

#include <QHeaderView>

namespace jitscope {

ArchiveView::ArchiveView(QWidget* parent)
    : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({ tr("Item"), tr("Value") });
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    // The values fill what the names leave and are cut in the middle ("/home/…/model.pt"), whole
    // in their tooltips: no scrolling sideways to read a path's end.
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(1, QHeaderView::Stretch);
    setTextElideMode(Qt::ElideMiddle);
}

void ArchiveView::setSnapshot(const SnapshotPtr& snapshot)
{
    clear();
    if (!snapshot)
        return;
    const ArchiveInfo& a = snapshot->archive;
    auto add = [this](QTreeWidgetItem* parent, const QString& key, const QString& value) {
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
        item->setText(0, key);
        item->setText(1, value);
        item->setToolTip(1, value);
        return item;
    };
    add(nullptr, tr("File"), a.path);
    add(nullptr, tr("Size on disk"), formatBytes(a.fileSize, QLocale()));
    if (a.isCheckpoint())
        add(nullptr, tr("Format"), a.checkpointFormat);
    else
        add(nullptr, tr("File format version"),
            tr("%1 (libtorch %2 reads up to %3)").arg(a.formatVersion).arg(a.libtorchVersion).arg(a.maxFormatVersion));
    if (!a.openedOn.isEmpty())
        add(nullptr, tr("Device"),
            tr("saved on %1, opened on %2").arg(a.savedOn.join(QLatin1String(", ")), a.openedOn));
    else if (!a.savedOn.isEmpty())
        add(nullptr, tr("Device"), tr("saved on %1").arg(a.savedOn.join(QLatin1String(", "))));
    add(nullptr, a.isCheckpoint() ? tr("Tensors") : tr("Parameters"),
        tr("%1 tensors, %2 elements, %3")
            .arg(snapshot->parameters.size())
            .arg(formatCount(a.parameterCount, QLocale()), formatBytes(a.parameterBytes, QLocale())));
    if (!a.isCheckpoint()) // a checkpoint has neither buffers nor extra files
        add(nullptr, tr("Buffers"),
            tr("%1 tensors, %2").arg(snapshot->buffers.size()).arg(formatBytes(a.bufferBytes, QLocale())));
    QTreeWidgetItem* extras
        = a.isCheckpoint() ? nullptr : add(nullptr, tr("Extra files"), QString::number(a.extraFiles.size()));
    for (qsizetype i = 0; i < a.extraFiles.size(); ++i)
        add(extras, a.extraFiles[i], formatBytes(a.extraFileSizes.value(i), QLocale()));
    if (a.isCheckpoint() && a.entries.isEmpty()) { // a legacy pickle or a safetensors file: no zip
        resizeColumnToContents(0);
        return;
    }
    QTreeWidgetItem* entries = add(nullptr, tr("Zip entries"), QString::number(a.entries.size()));
    for (const ArchiveEntry& e : a.entries)
        add(entries, e.name,
            e.compressed
                ? tr("%1 (%2 compressed)").arg(formatBytes(e.size, QLocale()), formatBytes(e.compressedSize, QLocale()))
                : formatBytes(e.size, QLocale()));
    if (extras)
        extras->setExpanded(true);
    resizeColumnToContents(0);
}

} // namespace jitscope
