// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/deploy.h"

#include <QDialog>

class QMenu;
class QWidget;

namespace jitscope {

class ComparisonView;
class Document;
class FileActions;

// The Deploy menu (README, "Deploy"): freeze or optimize the open module into a new file that
// opens beside the original in a comparison window; save it for the lite interpreter; "Will it
// run there?"; the deployment lints. Each runs as a job on the session: the window stays usable.
class DeployActions : public QObject
{
    Q_OBJECT
public:
    DeployActions(Document* document, FileActions* files, QWidget* window);

    void addTo(QMenu* menu);

    // Without dialogs (tests and scripting): the transform written to request.output, then opened
    // beside the original; with inputs, its Outputs and Speed tabs compare both on them.
    void transform(const TransformRequest& request);
    void exportLiteTo(const QString& output, int bytecodeVersion);
    // The report dialogs (delete themselves when closed), shown when their job answers.
    void showOperators();
    void showLints();
    // Calls 1..N of the selected method timed on a fresh copy, in a dialog that also offers the
    // graph the executor ran, drawn beside the saved one.
    void warmUp(const WarmupRequest& request);
    void compareExecutedGraph();

Q_SIGNALS:
    void transformed(const jitscope::TransformResult& result); // after the comparison opened
    void liteWritten(const jitscope::LiteResult& result);
    void reportShown(QDialog* dialog);
    void executedGraphShown(jitscope::ComparisonView* view);

private:
    void askAndTransform(DeployTransform kind);
    void askAndExportLite();
    void askAndWarmUp();
    QString suggestedPath(const QString& suffix) const;
    QDialog* reportDialog(const QString& title, const QString& objectName);

    Document* m_document;
    FileActions* m_files;
    QWidget* m_window;
    QString m_inputs; // what the last transform was compared on: the next one offers it again
};

} // namespace jitscope
