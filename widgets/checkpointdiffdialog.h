// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/modeldiff.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QTableView;

namespace jitscope {

class ColumnFitter;

class Document;
class ParameterDiffModel;

// File → Compare With Checkpoint…: what is open (a module's parameters and buffers, or a
// checkpoint's tensors) against a checkpoint's tensors, by name: the comparison window's
// parameter diff (same, values differ with max |Δ|, shape or dtype differs, only on one side).
class CheckpointDiffDialog : public QDialog
{
    Q_OBJECT
public:
    CheckpointDiffDialog(Document* document, const QString& checkpoint, QWidget* parent = nullptr);

    ParameterDiffModel* model() const { return m_model; }
    QLabel* summary() const { return m_summary; }
    QCheckBox* differencesOnly() const { return m_differencesOnly; }
    QTableView* table() const { return m_table; }

Q_SIGNALS:
    void compared(bool ok);

private:
    void showParameters(const QList<ParameterDiff>& parameters);

    ParameterDiffModel* m_model;
    QLabel* m_summary;
    QCheckBox* m_differencesOnly;
    ColumnFitter* m_fitter = nullptr;
    QTableView* m_table;
};

} // namespace jitscope
