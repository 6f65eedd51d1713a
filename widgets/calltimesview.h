// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/deploy.h"

#include <QWidget>

class QCustomPlot;
class QLabel;
class QTreeWidget;

namespace jitscope {

// The times of calls 1..N (README, "Deploy"): first call, the next few and the steady state on
// top, then every call. Two sides: each row with the right's time as a ratio to the left's (a
// transform against its original); one side: each call as a ratio to its steady state (warm-up).
class CallTimesView : public QWidget
{
    Q_OBJECT
public:
    explicit CallTimesView(QWidget* parent = nullptr);

    void showComparison(const QString& leftName, const CallTimes& left, const QString& rightName,
                        const CallTimes& right);
    void showSingle(const CallTimes& times);
    void showNote(const QString& text); // instead of times: why there are none

    QTreeWidget* table() const { return m_table; }
    QCustomPlot* plot() const { return m_plot; }
    QLabel* summary() const { return m_summary; }

    static QString ratioText(double ratio); // "0.88×"

private:
    void addRow(const QString& label, const QList<double>& values, bool summaryRow);
    void fitColumns();
    void plotCalls(const QList<QPair<QString, CallTimes>>& sides); // ms against the call, log scale

    QLabel* m_summary;
    QTreeWidget* m_table;
    QCustomPlot* m_plot;
};

} // namespace jitscope
