// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkpoint/weightmatch.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableView;

namespace jitscope {

class ColumnFitter;

class Document;
class ParameterDiffModel;

// File → Load Weights…: a checkpoint's tensors matched to the open module's parameters and
// buffers by name, shown before anything changes (matched, missing, unexpected, shape mismatch,
// and how far each matched value is from the module's: the comparison window's parameter diff);
// the dict that holds the weights, the prefix stripped from their keys and strictness can be
// changed, and the matching follows. Load copies them in, as load_state_dict does, and marks
// the module modified.
class LoadWeightsDialog : public QDialog
{
    Q_OBJECT
public:
    LoadWeightsDialog(Document* document, const QString& checkpoint, QWidget* parent = nullptr);

    QString checkpoint() const { return m_checkpoint; }
    bool hasMatch() const { return m_hasMatch; }
    const WeightMatch& match() const { return m_match; }
    WeightMatchOptions options() const;

    // The parts, for the tests.
    QComboBox* sourceBox() const { return m_source; }
    QComboBox* prefixBox() const { return m_prefix; }
    QCheckBox* strictBox() const { return m_strict; }
    QLabel* summary() const { return m_summary; }
    ParameterDiffModel* model() const { return m_model; }
    QPushButton* loadButton() const { return m_load; }

    // Loads the weights as matched now (the Load button).
    void load();
    void reject() override; // not while loading: its answer must reach the document

Q_SIGNALS:
    void matched(); // a new matching is shown
    void loaded(const QString& message); // the weights are in the module
    void failed(const QString& message);

private:
    void requestMatch();
    void showMatch(const WeightMatch& match);
    void showFailure(const QString& message);
    void updateLoadButton();

    Document* m_document;
    QString m_checkpoint;
    WeightMatch m_match;
    bool m_hasMatch = false;
    bool m_fillingSources = false;
    bool m_loading = false;

    QLabel* m_file;
    QComboBox* m_source;
    QComboBox* m_prefix;
    QCheckBox* m_strict;
    QLabel* m_summary;
    ParameterDiffModel* m_model;
    ColumnFitter* m_fitter = nullptr;
    QTableView* m_table;
    QDialogButtonBox* m_buttons;
    QPushButton* m_load;
};

} // namespace jitscope
