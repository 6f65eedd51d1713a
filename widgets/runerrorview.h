// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QSplitter;
class QToolButton;

namespace jitscope {

struct RunFailure;

// A failed call where its result would be: the cause wrapped and whole, where in the source it
// happened, and the interpreter's traceback one click away in a scrollable pane the reader can
// make taller. Nothing in it widens the dock.
class RunErrorView : public QWidget
{
    Q_OBJECT
public:
    explicit RunErrorView(QWidget* parent = nullptr);

    // `call` names what failed ("layer1.forward").
    void setFailure(const QString& call, const RunFailure& failure);
    QLabel* cause() const { return m_cause; }
    QToolButton* tracebackButton() const { return m_tracebackButton; }
    QPlainTextEdit* traceback() const { return m_traceback; }

private:
    QLabel* m_title;
    QLabel* m_cause;
    QLabel* m_location;
    QToolButton* m_tracebackButton;
    QPlainTextEdit* m_traceback;
    QSplitter* m_splitter;
};

} // namespace jitscope
