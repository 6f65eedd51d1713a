// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "transformdialog.h"

#include "values/valueexpr.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace jitscope {

namespace {

QString titleOf(DeployTransform kind)
{
    switch (kind) {
    case DeployTransform::Freeze:
        return TransformDialog::tr("Freeze");
    case DeployTransform::Inference:
        return TransformDialog::tr("Optimize for Inference");
    case DeployTransform::Mobile:
        return TransformDialog::tr("Optimize for Mobile");
    }
    return {};
}

QString explanationOf(DeployTransform kind)
{
    switch (kind) {
    case DeployTransform::Freeze:
        return TransformDialog::tr("torch.jit.freeze: parameters and attributes become constants, calls are "
                                   "inlined, batch norm is folded into the convolution before it and dropout "
                                   "goes. Only forward and what you keep below survive.");
    case DeployTransform::Inference:
        return TransformDialog::tr("torch.jit.optimize_for_inference: frozen, then fused and converted for "
                                   "this CPU (oneDNN). The result runs only on a libtorch like this one.");
    case DeployTransform::Mobile:
        return TransformDialog::tr("optimize_for_mobile: frozen, convolutions and linear layers prepacked "
                                   "for XNNPACK, add and relu fused, dropout removed, as the passes below say.");
    }
    return {};
}

QListWidget* checkList(QWidget* parent, int rows)
{
    auto* list = new QListWidget(parent);
    list->setUniformItemSizes(true);
    const int row = list->fontMetrics().height() + 6;
    list->setMaximumHeight(row * rows + 2 * list->frameWidth() + 4);
    return list;
}

QListWidgetItem* checkItem(QListWidget* list, const QString& text, const QString& tip, bool checked)
{
    auto* item = new QListWidgetItem(text, list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    item->setToolTip(tip);
    return item;
}

QStringList checkedNames(const QListWidget* list, bool checked)
{
    QStringList names;
    for (int i = 0; list && i < list->count(); ++i)
        if ((list->item(i)->checkState() == Qt::Checked) == checked)
            names << list->item(i)->data(Qt::UserRole).toString();
    return names;
}

void check(QListWidget* list, const QStringList& names, bool checked)
{
    for (int i = 0; list && i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).isNull())
            continue; // "forward only"
        const bool listed = names.contains(list->item(i)->data(Qt::UserRole).toString());
        list->item(i)->setCheckState(listed == checked ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace

TransformDialog::TransformDialog(DeployTransform kind, const ModelSnapshot& snapshot, const QString& output,
                                 const QString& inputs, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_preserved(checkList(this, 4))
    , m_inputs(new QLineEdit(inputs, this))
    , m_calls(new QSpinBox(this))
    , m_output(new QLineEdit(output, this))
{
    setObjectName(QStringLiteral("TransformDialog"));
    setWindowTitle(titleOf(kind));
    auto* layout = new QVBoxLayout(this);
    auto* explanation = new QLabel(explanationOf(kind), this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addLayout(form);

    // The root's other methods, and for Freeze its attributes: what the transform keeps.
    m_preserved->setObjectName(QStringLiteral("PreservedList"));
    for (const MethodInfo& m : snapshot.methodsOf(QString()))
        if (m.name != QLatin1String("forward"))
            checkItem(m_preserved, tr("%1 (method)").arg(m.name), m.schema, false)->setData(Qt::UserRole, m.name);
    if (kind == DeployTransform::Freeze)
        for (const AttributeInfo& a : snapshot.attributes)
            if (a.module.isEmpty())
                checkItem(m_preserved, tr("%1: %2 (attribute)").arg(a.name, a.type), a.preview, false)
                    ->setData(Qt::UserRole, a.name);
    if (m_preserved->count() == 0)
        m_preserved->addItem(tr("forward only: the root has no other methods"));
    form->addRow(tr("Keep besides forward:"), m_preserved);

    if (kind == DeployTransform::Freeze) {
        m_numerics = new QCheckBox(tr("Fold what changes numerics slightly (optimize_numerics)"), this);
        m_numerics->setChecked(true);
        form->addRow(QString(), m_numerics);
    }
    if (kind == DeployTransform::Mobile) {
        m_passes = checkList(this, 6);
        m_passes->setObjectName(QStringLiteral("MobilePasses"));
        for (const QString& pass : TransformRequest::mobilePasses())
            checkItem(m_passes, pass, QString(), true)->setData(Qt::UserRole, pass);
        form->addRow(tr("Passes:"), m_passes);
    }

    m_inputs->setObjectName(QStringLiteral("TransformInputs"));
    m_inputs->setPlaceholderText(tr("forward's arguments, e.g. randn(1, 3, 32, 32); empty: not run"));
    m_inputs->setToolTip(tr("Both modules run on these inputs: their outputs are compared, and calls 1..N "
                            "of each are timed on a fresh copy"));
    form->addRow(tr("Compare on inputs:"), m_inputs);
    m_calls->setRange(1, 1000);
    m_calls->setValue(10);
    m_calls->setSuffix(tr(" calls"));
    form->addRow(tr("Time:"), m_calls);

    auto* outputRow = new QHBoxLayout;
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &TransformDialog::browse);
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browse);
    form->addRow(tr("Write to:"), outputRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(titleOf(kind));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_output->text().trimmed().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void TransformDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Write the Transformed Module"), m_output->text(),
                                                      tr("TorchScript archives (*.pt)"));
    if (!path.isEmpty())
        m_output->setText(path);
}

QString TransformDialog::inputsText() const
{
    return m_inputs->text().trimmed();
}

TransformRequest TransformDialog::request() const
{
    TransformRequest r;
    r.kind = m_kind;
    r.output = m_output->text().trimmed();
    r.preserved = checkedNames(m_preserved, true);
    r.preserved.removeAll(QString());
    r.optimizeNumerics = !m_numerics || m_numerics->isChecked();
    r.mobileSkip = checkedNames(m_passes, false);
    r.inputs = ValueExpr::splitList(inputsText());
    r.calls = m_calls->value();
    return r;
}

void TransformDialog::setRequest(const TransformRequest& request)
{
    m_output->setText(request.output);
    check(m_preserved, request.preserved, true);
    if (m_numerics)
        m_numerics->setChecked(request.optimizeNumerics);
    check(m_passes, request.mobileSkip, false);
    m_inputs->setText(request.inputs.join(QLatin1String(", ")));
    m_calls->setValue(request.calls);
}

} // namespace jitscope
