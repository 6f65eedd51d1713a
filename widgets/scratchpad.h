// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/modelsnapshot.h"
#include "answers/tensorslice.h"
#include "values/compilelocation.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace jitscope {

class CodeView;
class InvokePanel;
class ModelSession;

// TorchScript typed by the user: highlighted editor, Compile (Ctrl+B) with the error marked at
// its line and column, and the invoke panel for the functions it defines.
class ScratchPad : public QWidget
{
    Q_OBJECT
public:
    explicit ScratchPad(ModelSession* session, QWidget* parent = nullptr);

    void setSource(const QString& source);
    QString source() const;
    void compile();
    void selectFunction(const QString& name);

    CodeView* editor() const { return m_editor; }
    InvokePanel* invokePanel() const { return m_invoke; }
    QComboBox* functionBox() const { return m_functions; }
    QLabel* status() const { return m_status; }
    CompileLocation lastError() const { return m_lastError; }

    static QString exampleSource();

Q_SIGNALS:
    void compileFinished(bool ok);
    void tensorActivated(const jitscope::TensorRef& ref);

private:
    void onCompiled(const QList<MethodInfo>& functions);
    void onFailed(const QString& message);
    void markError(const CompileLocation& location, const QString& message);

    ModelSession* m_session;
    CompileLocation m_lastError;
    CodeView* m_editor;
    QPushButton* m_compileButton;
    QComboBox* m_functions;
    QLabel* m_status;
    InvokePanel* m_invoke;
};

} // namespace jitscope
