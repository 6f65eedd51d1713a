// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/deploy.h"
#include "diff/modeldiff.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace jitscope {

class CallTimesView;
class CodeView;
class GraphScene;
class GraphView;
class ComparisonSession;
class ParameterDiffModel;

// Two graphs side by side with the diff's classes in colour, a legend and counts, the list of
// differences to step through (each centred in both views), partners selected together and
// pan/zoom kept in step; the code diff side by side, the parameter diff as a sortable table,
// and the outputs of both sides on the same inputs. Has its own session, so comparing never
// blocks the main window's model.
class ComparisonView : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonView(QWidget* parent = nullptr);
    ~ComparisonView() override;

    void compare(const DiffRequest& request);
    // A diff made elsewhere (the saved graph against the one the executor ran): shown as it is,
    // without the Parameters and Outputs tabs, which need two archives.
    void showDiff(const ModelDiffPtr& diff);
    void compareOutputs(const QString& inputs); // arguments as in the Run dock, comma-separated
    ModelDiffPtr diff() const { return m_diff; }
    // A Speed tab: a transform's calls 1..N beside the original's, and whether their outputs agree.
    void showSpeed(const TransformResult& result);
    CallTimesView* speedView() const { return m_speed; }

    void nextDifference();
    void previousDifference();
    void showDifference(int index); // index into the differences list
    int currentDifference() const { return m_current; }

    static QColor classColor(DiffClass c);

    GraphScene* leftScene() const { return m_leftScene; }
    GraphScene* rightScene() const { return m_rightScene; }
    GraphView* leftView() const { return m_leftView; }
    GraphView* rightView() const { return m_rightView; }
    QListWidget* differenceList() const { return m_differences; }
    QLabel* summary() const { return m_summary; }
    CodeView* leftCode() const { return m_leftCode; }
    CodeView* rightCode() const { return m_rightCode; }
    QTableView* parameterTable() const { return m_parameterTable; }
    QTreeWidget* outputTable() const { return m_outputs; }
    QLabel* outputStatus() const { return m_outputStatus; }
    QTabWidget* tabs() const { return m_tabs; }

Q_SIGNALS:
    void compared(bool ok);
    void outputsCompared(bool ok);

private:
    QWidget* graphsPage();
    QWidget* outputsPage();
    void onDiff(const ModelDiffPtr& diff);
    void onFailed(const QString& message);
    void showGraphs();
    void showCode();
    void showOutputs(const OutputComparison& comparison);
    void showDivergence(const Divergence& divergence);
    void listDivergence(const Divergence& divergence);
    void unlistDivergence();
    void syncSelection(bool fromLeft, int node);
    void syncZoom(bool fromLeft);
    void syncScroll(bool fromLeft);

    ComparisonSession* m_session;
    DiffRequest m_request;
    ModelDiffPtr m_diff;
    QList<int> m_differenceEntries;
    int m_current = -1;
    int m_listOffset = 0; // rows above the differences: where the outputs part ways
    std::optional<Divergence> m_divergence;
    bool m_syncing = false;

    QLabel* m_summary;
    QPushButton* m_previous;
    QPushButton* m_next;
    QTabWidget* m_tabs;
    QListWidget* m_differences;
    QLabel* m_leftTitle;
    QLabel* m_rightTitle;
    GraphScene* m_leftScene;
    GraphScene* m_rightScene;
    GraphView* m_leftView;
    GraphView* m_rightView;
    CodeView* m_leftCode;
    CodeView* m_rightCode;
    ParameterDiffModel* m_parameterModel;
    QTableView* m_parameterTable;
    QLineEdit* m_inputs;
    QPushButton* m_runOutputs;
    QLabel* m_outputStatus;
    QTreeWidget* m_outputs;
    CallTimesView* m_speed = nullptr;
};

} // namespace jitscope
