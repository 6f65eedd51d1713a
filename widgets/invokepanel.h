// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/invocation.h"
#include "answers/modelsnapshot.h"
#include "answers/observation.h"
#include "answers/tensorslice.h"
#include "session/documentpane.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QToolButton;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace jitscope {

class ModelSession;
class RunErrorView;

// Runs the selected method: one field per schema argument (type shown, default pre-filled,
// checked as typed), Run (Ctrl+Enter), latency, the result as a tree, and a history of calls
// whose results later arguments name as $0, $1, ...
class InvokePanel : public QWidget, public DocumentPane
{
    Q_OBJECT
public:
    explicit InvokePanel(ModelSession* session, QWidget* parent = nullptr);

    // Follows the document: its archive, state and shown method; picking a method selects it there.
    void onArchiveChanged(const SnapshotPtr& snapshot) override { setSnapshot(snapshot); }
    void onSnapshotChanged(const SnapshotPtr& snapshot) override { updateSnapshot(snapshot); }
    void onSelectionChanged(const QString& module, const QString& method) override;
    void onObservedRunChanged(const ObservedRunPtr& run, const QString&) override { m_observedShown = run != nullptr; }
    void setSnapshot(const SnapshotPtr& snapshot); // a new archive: history and results cleared
    void updateSnapshot(const SnapshotPtr& snapshot); // the same archive in a new state: kept
    // Runs functions compiled from text instead of the archive's methods.
    void setFunctions(const QList<MethodInfo>& functions);
    void setMethod(const QString& module, const QString& method);
    void setArgument(int index, const QString& text);
    bool run(); // false when an argument does not parse
    // Runs it observed (ModelSession::observe): the result as run() shows it, and observedRun().
    bool runObserved();
    QPushButton* observeButton() const { return m_observeButton; }

    QTreeWidget* results() const { return m_results; }
    QListWidget* history() const { return m_history; }
    QLabel* status() const { return m_status; }
    // A failed call's cause and traceback, shown in the results' place.
    RunErrorView* errorView() const { return m_error; }
    QComboBox* methodPicker() const { return m_picker; }
    // Runs in a separate process on the archive as saved (see IsolatedInvoke).
    QCheckBox* isolatedBox() const { return m_isolated; }

Q_SIGNALS:
    void finished(bool ok);
    // The user picked a method in the panel's own list (the window selects it everywhere).
    void methodPicked(const QString& module, const QString& method);
    // A tensor in the results was double-clicked: show it in the tensor viewer.
    void tensorActivated(const jitscope::TensorRef& ref);
    // An observed call answered (also when it failed part-way: what ran is in it).
    void observedRun(const jitscope::ObservedRunPtr& run);
    // An argument was edited after an observed call: what the graph shows is of other inputs.
    void argumentsEdited();

private:
    void connectDocumentActions();
    QWidget* callBox();
    QWidget* resultsAndHistory();
    void rebuildFields();
    void showDtypeNote();
    // The fields as name=value arguments; empty, with the status saying why, when one is missing
    // or does not parse.
    std::optional<QStringList> arguments();
    void validate(QLineEdit* field);
    void onInvoked(const InvokeResult& result);
    void showCallTime(const InvokeResult& result, const QString& key); // a plain call's, not an observed one's
    void onFailed(const QString& message);
    void runIsolated(const QStringList& arguments);
    const MethodInfo* currentMethod() const;
    static void addValue(QTreeWidgetItem* parent, QTreeWidget* tree, const QString& name, const QString& ref,
                         const ValueInfo& value);

    ModelSession* m_session;
    SnapshotPtr m_snapshot;
    bool m_compiled = false;
    QList<MethodInfo> m_functions;
    QString m_module;
    QString m_method;
    QComboBox* m_picker;
    QLabel* m_title;
    QFormLayout* m_form;
    QList<QLineEdit*> m_fields;
    QList<QString> m_names;
    QPushButton* m_runButton;
    QPushButton* m_observeButton;
    QString m_observeTip;
    bool m_observedShown = false; // an observed run of these fields' values is on the graph
    // The calls of each method ("module:method") since the module last changed: TorchScript
    // optimizes a method over its first two calls, so their times are not its speed.
    QHash<QString, int> m_calls;
    quint64 m_inputsGeneration = 0; // bumped by every edit: an observed run of older inputs is not shown
    QCheckBox* m_isolated;
    QLabel* m_dtypeNote;
    QLabel* m_status;
    QTreeWidget* m_results;
    RunErrorView* m_error;
    QStackedWidget* m_resultStack;
    QListWidget* m_history;
};

} // namespace jitscope
