// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpointpage.h"

#include "common/textformat.h"
#include "tensorspane.h"

#include <QFileInfo>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace jitscope {

CheckpointPage::CheckpointPage(QWidget* parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("CheckpointTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true); // a long file name must not hold the window wide
    m_facts = new QLabel(this);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setText(
        tr("A checkpoint holds weights and values, no code: it was read without running anything in it. Its dicts "
           "and lists are in the Modules pane, its numbers and strings under Attributes. Double-click a tensor to "
           "look inside it. To run these weights, open a TorchScript archive of the same model and choose File → "
           "Load Weights…"));
    m_tensors = new TensorsPane(this);
    m_tensors->setObjectName(QStringLiteral("CheckpointTensors"));
    m_tensors->view()->setObjectName(QStringLiteral("CheckpointTensorTable")); // the dock's is "TensorTable"

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_note);
    layout->addSpacing(4);
    layout->addWidget(m_tensors, 1);
}

void CheckpointPage::showCheckpoint(const SnapshotPtr& snapshot)
{
    if (!snapshot || !snapshot->archive.isCheckpoint())
        return;
    const ArchiveInfo& a = snapshot->archive;
    m_title->setText(tr("%1 — %2").arg(QFileInfo(a.path).fileName(), a.checkpointFormat));
    m_title->setToolTip(a.path);
    QStringList facts;
    facts << tr("%n tensor(s)", nullptr, int(snapshot->parameters.size()))
          << tr("%1 elements").arg(formatCount(a.parameterCount, QLocale()))
          << tr("%1 of data").arg(formatBytes(a.parameterBytes, QLocale()))
          << tr("%1 on disk").arg(formatBytes(a.fileSize, QLocale()));
    if (!a.savedOn.isEmpty())
        facts << tr("saved on %1").arg(a.savedOn.join(QLatin1String(", ")));
    if (!a.entries.isEmpty())
        facts << tr("%n zip entries", nullptr, int(a.entries.size()));
    m_facts->setText(facts.join(QStringLiteral(" · ")));
}

} // namespace jitscope
