// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/modelsnapshot.h"
#include "answers/observation.h"
#include "answers/tensorslice.h"
#include "graph/graphmodel.h"
#include "session/documentpane.h"

#include <QWidget>

class QCheckBox;
class QHBoxLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;
class QTextBrowser;
class QToolBar;
class QToolButton;

namespace jitscope {

class AdaptiveSplitter;
class ElidedLabel;
class GraphInspector;

class GraphScene;
class GraphView;
class ModelSession;

// The graph tab: a method's graph drawn from its layout, with method picker, folding,
// expand/collapse of calls, find, an inspector for the selected node, and export.
class GraphPage : public QWidget, public DocumentPane
{
    Q_OBJECT
public:
    // Shows the graph of the document's shown method.
    explicit GraphPage(ModelSession* session, QWidget* parent = nullptr);

    void onArchiveChanged(const SnapshotPtr& snapshot) override { setSnapshot(snapshot); }
    void onSnapshotChanged(const SnapshotPtr& snapshot) override { m_snapshot = snapshot; }
    void onSelectionChanged(const QString& module, const QString& method) override;
    void onObservedRunChanged(const ObservedRunPtr& run, const QString& reason) override;
    void onNodeRevealed(const QString& nodeKey) override;

    void setSnapshot(const SnapshotPtr& snapshot);
    // Shows a method's graph, collapsed; does nothing if it is already shown.
    void showMethod(const QString& module, const QString& method);

    void expandAll();
    void collapseAll();
    void expandToDepth(int depth);
    void toggleCall(const QString& expandKey);
    void setFolding(bool fold);
    // Selects the next (or previous) node matching the find text and centres it; returns hits.
    int find(const QString& text, bool backwards = false);
    bool exportTo(const QString& path, QString* error) const;

    GraphScene* scene() const { return m_scene; }
    GraphView* view() const { return m_view; }
    QTextBrowser* inspector() const;
    // The observed run's bar: what it was, the heat map switch, Clear; or why it was dropped.
    QLabel* runLabel() const { return m_runLabel; }
    QToolButton* heatButton() const { return m_heatButton; }
    LaidOutGraphPtr graph() const;
    QString module() const { return m_module; }
    QString method() const { return m_method; }

Q_SIGNALS:
    void graphShown();
    void statusMessage(const QString& message);
    // A clicked edge's value was kept by the observed run: show it in the tensor viewer.
    void tensorActivated(const jitscope::TensorRef& ref);

private:
    QToolBar* createToolBar();
    QHBoxLayout* createFindRow();
    void request();
    void onGraphReady(const LaidOutGraphPtr& graph);
    void onRequestFailed(const QString& message);
    void showInspector(bool shown);
    void openInspector();
    QWidget* createRunBar();
    void showHeatScale();
    void exportDialog();
    void updateMethodPicker();
    void revealPendingNode(); // once the graph that holds it is shown

    ModelSession* m_session;
    SnapshotPtr m_snapshot;
    QString m_module;
    QString m_method;
    GraphOptions m_options;
    QHash<QStringList, GraphOptions> m_shownOptions; // by module and method: how each was left
    bool m_waiting = false; // a graph was asked for and has not arrived
    QString m_focusKey; // centre on this call once the new layout arrives
    QString m_revealKey; // select and centre on this node (its observedKey) once its graph is shown
    bool m_fitPending = false;
    QList<int> m_hits;
    int m_hitIndex = -1;
    QString m_lastFind;

    GraphScene* m_scene;
    GraphView* m_view;
    GraphInspector* m_inspector;
    AdaptiveSplitter* m_splitter = nullptr;
    QTimer* m_inspectorLater; // opens the inspector once a click is known not to be a double-click
    QComboBox* m_methodPicker;
    QCheckBox* m_foldBox;
    QSpinBox* m_depthBox;
    QLineEdit* m_findEdit;
    QLabel* m_findLabel;
    ElidedLabel* m_info; // node and edge counts, cut with "…" when narrow
    QLabel* m_message;
    QWidget* m_runBar;
    QLabel* m_runLabel;
    QLabel* m_heatScale; // what the heat map's colours mean
    QToolButton* m_heatButton;
};

} // namespace jitscope
