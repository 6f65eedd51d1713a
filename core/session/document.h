// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/modelsnapshot.h"
#include "answers/observation.h"
#include "session/documentpane.h"

#include <QObject>

namespace jitscope {

class ModelSession;

// The open archive as the window shows it: its snapshot, the selected module and method, and
// whether its weights changed since they were loaded or saved. Panes attach to it (DocumentPane)
// and ask its session for what they show; the main window only opens, saves and closes.
class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(ModelSession* session, QObject* parent = nullptr);
    ~Document() override;

    // Registers a pane and replays the current state to it: the archive (null when none is open),
    // then the selection when one is, the modified flag and the observed run when there is one.
    // A pane attached elsewhere moves here; it detaches itself when it goes.
    void attach(DocumentPane* pane);
    void detach(DocumentPane* pane);

    ModelSession* session() const { return m_session; }
    SnapshotPtr snapshot() const { return m_snapshot; }
    bool isOpen() const { return m_snapshot != nullptr; }
    QString path() const; // the archive's absolute path; empty when none is open
    QString displayName() const { return m_displayName; } // "conv_net.pt", "conv_net.pt (example)"
    bool isModified() const { return m_modified; }

    // The selection: a module, and one of its methods or none (the module itself).
    QString module() const { return m_module; }
    QString method() const { return m_method; }
    // The method whose graph and IR are shown: the selected one, else forward, else the first.
    QString shownMethod() const;

    // Another archive is open (or none, with null): selection and modified flag start afresh.
    void setArchive(const SnapshotPtr& snapshot, const QString& displayName);
    // The same archive in a new state (mode, device, dtype, reverted weights); selection kept.
    void updateSnapshot(const SnapshotPtr& snapshot);
    // The values of parameters or buffers changed (training): statistics and views are stale.
    void notifyWeightsChanged();
    // Selects a module and one of its methods (empty: the module); unknown ones are ignored.
    void select(const QString& module, const QString& method = {});
    // Selects the method and asks the panes to show one node of its graph: `nodeKey` is the
    // node's GraphNode::observedKey ("features:forward#13"), as lints and observed runs name it.
    void revealNode(const QString& module, const QString& method, const QString& nodeKey);
    void setModified(bool modified);
    void setDisplayName(const QString& name);

    // The latest observed run (ModelSession::observe), drawn on the graph until the module or the
    // call's inputs change; null when there is none.
    ObservedRunPtr observedRun() const { return m_observedRun; }
    void setObservedRun(const ObservedRunPtr& run);
    // Drops it; `reason` says why ("the module changed"), for the panes that showed it.
    void dropObservedRun(const QString& reason);

Q_SIGNALS:
    void archiveChanged(const jitscope::SnapshotPtr& snapshot); // per-archive state resets
    void snapshotChanged(const jitscope::SnapshotPtr& snapshot);
    void weightsChanged();
    void selectionChanged(const QString& module, const QString& method);
    void modifiedChanged(bool modified);
    void displayNameChanged(const QString& name);
    void nodeRevealed(const QString& nodeKey); // after the panes heard of it
    // A new observed run, or null with the reason it was dropped.
    void observedRunChanged(const jitscope::ObservedRunPtr& run, const QString& reason);

private:
    ModelSession* m_session;
    SnapshotPtr m_snapshot;
    QString m_displayName;
    QString m_module;
    QString m_method;
    bool m_modified = false;
    ObservedRunPtr m_observedRun;
    QList<DocumentPane*> m_panes;

    // Calls `f` on every attached pane, in the order they attached; a pane detached meanwhile is
    // skipped. Panes hear of a change before the signal goes out, so the window's own reactions
    // (the page shown, the docks sized) find them up to date.
    template <typename F> void tellPanes(F f)
    {
        const QList<DocumentPane*> panes = m_panes;
        for (DocumentPane* pane : panes)
            if (m_panes.contains(pane))
                f(pane);
    }
};

} // namespace jitscope
