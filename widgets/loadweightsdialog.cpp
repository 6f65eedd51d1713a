// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadweightsdialog.h"

#include "columnfitter.h"
#include "parametertable.h"
#include "session/document.h"
#include "session/modelsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace jitscope {

namespace {

constexpr int kAutomatic = 0; // the first item of both boxes: let the matching find it

} // namespace

LoadWeightsDialog::LoadWeightsDialog(Document* document, const QString& checkpoint, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_checkpoint(checkpoint)
{
    setObjectName(QStringLiteral("LoadWeightsDialog"));
    setWindowTitle(tr("Load Weights"));
    m_file = new QLabel(this);
    m_file->setText(
        tr("Weights from <b>%1</b> into <b>%2</b>")
            .arg(QFileInfo(checkpoint).fileName().toHtmlEscaped(), document->displayName().toHtmlEscaped()));
    m_file->setToolTip(checkpoint);
    m_file->setWordWrap(true);

    m_source = new QComboBox(this);
    m_source->setToolTip(tr("The dict in the checkpoint that holds the weights"));
    m_source->addItem(tr("Automatic"));
    m_prefix = new QComboBox(this);
    m_prefix->setEditable(true);
    m_prefix->setInsertPolicy(QComboBox::NoInsert);
    m_prefix->setToolTip(tr("Stripped from the front of the checkpoint's keys, such as \"module.\" (DataParallel) or "
                            "\"model.\"; type your own"));
    m_prefix->addItem(tr("Automatic"));
    m_prefix->addItem(tr("None"), QString());
    m_strict = new QCheckBox(tr("Strict: every parameter and buffer matched, no key left over"), this);

    auto* form = new QFormLayout;
    form->addRow(tr("Weights from:"), m_source);
    form->addRow(tr("Strip prefix:"), m_prefix);
    form->addRow(QString(), m_strict);

    m_summary = new QLabel(tr("Matching…"), this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_model = new ParameterDiffModel(this);
    m_model->setSides(tr("Module"), tr("Checkpoint"), tr("missing"), tr("unexpected"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("WeightMatchTable"));
    // The module's order until a header is clicked.
    m_fitter = showParameterTable(m_table, new QSortFilterProxyModel(this), m_model);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_load = m_buttons->addButton(tr("&Load"), QDialogButtonBox::AcceptRole);
    m_load->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_load, &QPushButton::clicked, this, &LoadWeightsDialog::load);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_file);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    resize(760, 520);

    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_fillingSources)
            requestMatch();
    });
    connect(m_prefix, &QComboBox::currentIndexChanged, this, &LoadWeightsDialog::requestMatch);
    connect(m_prefix->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        // Typed text that is not one of the items is a prefix of its own; one that is, is picked.
        const int found = m_prefix->findText(m_prefix->currentText());
        if (found < 0) {
            m_prefix->addItem(m_prefix->currentText(), m_prefix->currentText());
            m_prefix->setCurrentIndex(m_prefix->count() - 1);
        } else {
            m_prefix->setCurrentIndex(found);
        }
    });
    connect(m_strict, &QCheckBox::toggled, this, [this] {
        if (m_hasMatch)
            showMatch(m_match); // strictness changes only what may be loaded
    });
    requestMatch();
}

WeightMatchOptions LoadWeightsDialog::options() const
{
    WeightMatchOptions o;
    if (m_source->currentIndex() != kAutomatic)
        o.source = m_source->currentData().toString();
    if (m_prefix->currentIndex() != kAutomatic)
        o.prefix = m_prefix->currentData().toString();
    return o;
}

void LoadWeightsDialog::requestMatch()
{
    m_hasMatch = false; // until the answer: nothing shown may be loaded
    m_load->setEnabled(false);
    m_summary->setText(tr("Matching…"));
    m_document->session()
        ->matchWeights(m_checkpoint, options())
        .tag(QStringLiteral("weights-match"))
        .then(
            this, [this](const WeightMatch& match) { showMatch(match); },
            [this](const QString& error) { showFailure(error); });
}

void LoadWeightsDialog::showMatch(const WeightMatch& match)
{
    m_match = match;
    m_hasMatch = true;
    if (m_source->count() == 1) { // the first answer names the dicts to pick from
        m_fillingSources = true;
        for (const QString& source : match.sources)
            m_source->addItem(source.isEmpty() ? tr("The whole file") : source, source);
        m_fillingSources = false;
    }
    m_source->setItemText(kAutomatic,
                          tr("Automatic (%1)").arg(match.source.isEmpty() ? tr("the whole file") : match.source));
    m_prefix->setItemText(kAutomatic, tr("Automatic (%1)").arg(match.prefix.isEmpty() ? tr("none") : match.prefix));
    m_model->setParameters(match.parameterDiff());
    m_fitter->fit();

    const QString refusal = match.refusal(m_strict->isChecked());
    int differ = 0;
    for (const WeightMatchEntry& e : match.entries)
        differ += e.maxAbsDiff && *e.maxAbsDiff != 0 ? 1 : 0;
    QString text = match.summary() + QLatin1Char('.');
    if (match.count(WeightMatchEntry::Status::Matched) > 0)
        text += QLatin1Char(' ')
            + (differ == 0 ? tr("The matched tensors hold the module's values already.")
                           : tr("%n matched tensor(s) will change.", nullptr, differ));
    if (!refusal.isEmpty())
        text += QStringLiteral("<br><span style=\"color:#b3261e\">%1</span>")
                    .arg(tr("Cannot load: %1.").arg(refusal).toHtmlEscaped());
    m_summary->setText(text);
    updateLoadButton();
    Q_EMIT matched();
}

void LoadWeightsDialog::showFailure(const QString& message)
{
    m_hasMatch = false;
    m_model->setParameters({});
    m_summary->setText(QStringLiteral("<span style=\"color:#b3261e\">%1</span>").arg(message.toHtmlEscaped()));
    updateLoadButton();
    Q_EMIT failed(message);
}

void LoadWeightsDialog::updateLoadButton()
{
    m_load->setEnabled(m_hasMatch && m_match.refusal(m_strict->isChecked()).isEmpty());
}

void LoadWeightsDialog::reject()
{
    if (m_loading)
        return; // the weights are going in: the answer must reach the document
    QDialog::reject();
}

void LoadWeightsDialog::load()
{
    if (m_loading || !m_hasMatch || !m_match.refusal(m_strict->isChecked()).isEmpty())
        return;
    m_loading = true;
    m_load->setEnabled(false);
    m_summary->setText(tr("Loading…"));
    const int count = m_match.count(WeightMatchEntry::Status::Matched);
    m_document->session()
        ->loadWeights(m_checkpoint, options(), m_strict->isChecked())
        .tag(QStringLiteral("load-weights"))
        .then(
            this,
            [this, count](const SnapshotPtr& snapshot) {
                m_loading = false;
                m_document->updateSnapshot(snapshot);
                m_document->setModified(true);
                m_document->notifyWeightsChanged();
                Q_EMIT loaded(
                    tr("Loaded %n tensor(s) from %1", nullptr, count).arg(QFileInfo(m_checkpoint).fileName()));
                accept();
            },
            [this](const QString& error) {
                m_loading = false;
                showFailure(error);
            });
}

} // namespace jitscope
