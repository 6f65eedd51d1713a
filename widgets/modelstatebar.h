// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/modelsnapshot.h"
#include "session/documentpane.h"
#include "session/job.h"

#include <QToolBar>

class QComboBox;
class QLabel;

namespace jitscope {

// The module's mode, device and dtype as toolbar controls. Shows the state of the snapshot it
// is given; a change the user makes is only requested (the session answers with a new snapshot).
class ModelStateBar : public QToolBar, public DocumentPane
{
    Q_OBJECT
public:
    explicit ModelStateBar(QWidget* parent = nullptr);

    void setSnapshot(const SnapshotPtr& snapshot);
    void setBusy(bool busy);

    QComboBox* modeBox() const { return m_mode; }
    QComboBox* deviceBox() const { return m_device; }
    QComboBox* dtypeBox() const { return m_dtype; }
    QAction* gpuAction() const { return m_gpu; }

    // Follows the document's state and asks its session for the changes the user picks; the
    // document then gets the module's new state, or failed() says why it stays as it was.
    void onArchiveChanged(const SnapshotPtr& snapshot) override { setSnapshot(snapshot); }
    void onSnapshotChanged(const SnapshotPtr& snapshot) override { setSnapshot(snapshot); }

Q_SIGNALS:
    void trainingRequested(bool training);
    void moveRequested(const QString& device, const QString& dtype);
    void failed(const QString& message);

private:
    void send(Job<SnapshotPtr> job);
    void showState();

    SnapshotPtr m_snapshot;
    QComboBox* m_mode;
    QComboBox* m_device;
    QComboBox* m_dtype;
    QString m_dtypeTip;
    QAction* m_gpu;
};

} // namespace jitscope
