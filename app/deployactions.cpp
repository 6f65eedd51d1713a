// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deployactions.h"

#include "calltimesview.h"
#include "codeview.h"
#include "common/usererror.h"
#include "comparisonview.h"
#include "fileactions.h"
#include "session/document.h"
#include "session/modelsession.h"
#include "transformdialog.h"
#include "values/valueexpr.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace jitscope {

DeployActions::DeployActions(Document* document, FileActions* files, QWidget* window)
    : QObject(window)
    , m_document(document)
    , m_files(files)
    , m_window(window)
{
    setObjectName(QStringLiteral("DeployActions"));
}

void DeployActions::addTo(QMenu* menu)
{
    QAction* freeze = menu->addAction(tr("&Freeze…"), this, [this] { askAndTransform(DeployTransform::Freeze); });
    freeze->setStatusTip(tr("torch.jit.freeze into a new file, opened beside the original in a comparison window"));
    QAction* inference = menu->addAction(tr("Optimize for &Inference…"), this,
                                         [this] { askAndTransform(DeployTransform::Inference); });
    inference->setStatusTip(tr("torch.jit.optimize_for_inference: frozen, then fused for this CPU"));
    QAction* mobile
        = menu->addAction(tr("Optimize for &Mobile…"), this, [this] { askAndTransform(DeployTransform::Mobile); });
    mobile->setStatusTip(tr("optimize_for_mobile: frozen, prepacked for XNNPACK, dropout removed"));
    menu->addSeparator();
    QAction* lite = menu->addAction(tr("Save for the &Lite Interpreter…"), this, &DeployActions::askAndExportLite);
    lite->setStatusTip(tr("A .ptl, at the newest bytecode version or an older one, loaded back to check it"));
    menu->addSeparator();
    QAction* ops = menu->addAction(tr("Will It &Run There?"), this, &DeployActions::showOperators);
    ops->setStatusTip(tr("Versions, root operators, types and the oldest runtime that loads this archive"));
    QAction* lint = menu->addAction(tr("Lint for &Deployment"), this, &DeployActions::showLints);
    lint->setStatusTip(tr("Training mode, grad, baked-in devices and sizes, MKLDNN operations"));
    QAction* warm = menu->addAction(tr("&Warm-Up Times…"), this, &DeployActions::askAndWarmUp);
    warm->setStatusTip(tr("Calls 1..N of the selected method from cold, and the graph the executor ran"));
    for (QAction* a : menu->actions())
        a->setEnabled(false);
    connect(m_document, &Document::archiveChanged, menu, [menu](const SnapshotPtr& snapshot) {
        for (QAction* a : menu->actions())
            a->setEnabled(snapshot && !snapshot->archive.isCheckpoint());
    });
}

QString DeployActions::suggestedPath(const QString& suffix) const
{
    const QFileInfo file(m_document->path());
    return file.absolutePath() + QLatin1Char('/') + file.completeBaseName() + suffix;
}

void DeployActions::askAndTransform(DeployTransform kind)
{
    const SnapshotPtr snapshot = m_document->snapshot();
    if (!snapshot)
        return;
    const QString suffix = QLatin1Char('_') + TransformRequest::name(kind) + QStringLiteral(".pt");
    TransformDialog dialog(kind, *snapshot, suggestedPath(suffix), m_inputs, m_window);
    if (dialog.exec() == QDialog::Accepted) {
        m_inputs = dialog.inputsText();
        transform(dialog.request());
    }
}

void DeployActions::transform(const TransformRequest& request)
{
    const QString original = m_document->path();
    Q_EMIT m_files->message(
        request.inputs.isEmpty()
            ? tr("Transforming (%1)…").arg(TransformRequest::name(request.kind))
            : tr("Transforming (%1), then timing both modules…").arg(TransformRequest::name(request.kind)),
        0);
    m_document->session()->transform(request).then(
        this,
        [this, original, request](const TransformResult& r) {
            if (r.output.isEmpty()) {
                m_files->showError(tr("Not Kept"), r.saveNote);
                return;
            }
            Q_EMIT m_files->message(tr("%1: %2 nodes → %3 in forward; written to %4")
                                        .arg(r.transform)
                                        .arg(r.nodesBefore)
                                        .arg(r.nodesAfter)
                                        .arg(QFileInfo(r.output).fileName()),
                                    10000);
            DiffRequest diff;
            diff.left = { original, QString(), QString() };
            diff.right = { r.output, QString(), QString() };
            ComparisonView* view = FileActions::openComparison(diff, m_window);
            view->showSpeed(r);
            // The Outputs tab on the same inputs, once both graphs are there: where the two part ways.
            if (!request.inputs.isEmpty())
                connect(
                    view, &ComparisonView::compared, view,
                    [view, request](bool ok) {
                        if (ok)
                            view->compareOutputs(request.inputs.join(QLatin1String(", ")));
                    },
                    Qt::SingleShotConnection);
            Q_EMIT transformed(r);
        },
        [this](const QString& error) { m_files->showError(tr("Cannot Transform"), error); });
}

void DeployActions::askAndExportLite()
{
    const QString output
        = QFileDialog::getSaveFileName(m_window, tr("Save for the Lite Interpreter"),
                                       suggestedPath(QStringLiteral(".ptl")), tr("Lite interpreter files (*.ptl)"));
    if (output.isEmpty())
        return;
    bool ok = false;
    const int version
        = QInputDialog::getInt(m_window, tr("Bytecode Version"),
                               tr("The newest bytecode version the target's runtime reads:"), 8, 4, 8, 1, &ok);
    if (ok)
        exportLiteTo(output, version);
}

void DeployActions::exportLiteTo(const QString& output, int bytecodeVersion)
{
    LiteRequest request;
    request.output = output;
    request.bytecodeVersion = bytecodeVersion;
    m_document->session()->exportLite(request).then(
        this,
        [this](const LiteResult& r) {
            Q_EMIT m_files->message(tr("%1: bytecode version %2, loaded back by the lite interpreter (%3)")
                                        .arg(QFileInfo(r.output).fileName())
                                        .arg(r.bytecodeVersion)
                                        .arg(r.methods.join(QLatin1String(", "))),
                                    10000);
            Q_EMIT liteWritten(r);
        },
        [this](const QString& error) { m_files->showError(tr("Cannot Save for the Lite Interpreter"), error); });
}

QDialog* DeployActions::reportDialog(const QString& title, const QString& objectName)
{
    auto* dialog = new QDialog(m_window);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto* layout = new QVBoxLayout(dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(760, 520);
    return dialog;
}

namespace {

// Below the report: a target's bytecode version and operator list (a file), checked on request.
QWidget* targetChecker(const OpsReport& report, QWidget* parent)
{
    auto* box = new QGroupBox(DeployActions::tr("Check against a target"), parent);
    auto* version = new QSpinBox(box);
    version->setObjectName(QStringLiteral("TargetBytecodeVersion"));
    version->setRange(0, 99);
    version->setSpecialValueText(DeployActions::tr("any"));
    version->setToolTip(DeployActions::tr("The newest bytecode version the target's lite interpreter reads"));
    auto* operators = new QLineEdit(box);
    operators->setObjectName(QStringLiteral("TargetOperatorList"));
    operators->setPlaceholderText(DeployActions::tr("operator list of the target's build (YAML or one per line)"));
    auto* browse = new QPushButton(DeployActions::tr("Browse…"), box);
    auto* check = new QPushButton(DeployActions::tr("Check"), box);
    check->setObjectName(QStringLiteral("TargetCheckButton"));
    auto* result = new QLabel(box);
    result->setObjectName(QStringLiteral("TargetCheckResult"));
    result->setWordWrap(true);
    result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* grid = new QGridLayout(box);
    grid->addWidget(new QLabel(DeployActions::tr("Bytecode version:"), box), 0, 0);
    grid->addWidget(version, 0, 1);
    grid->addWidget(operators, 0, 2);
    grid->addWidget(browse, 0, 3);
    grid->addWidget(check, 0, 4);
    grid->addWidget(result, 1, 0, 1, 5);
    grid->setColumnStretch(2, 1);
    QObject::connect(browse, &QPushButton::clicked, box, [box, operators] {
        const QString path
            = QFileDialog::getOpenFileName(box, DeployActions::tr("Operator List of the Target"), QString(),
                                           DeployActions::tr("YAML or text (*.yaml *.yml *.txt);;All files (*)"));
        if (!path.isEmpty())
            operators->setText(path);
    });
    QObject::connect(check, &QPushButton::clicked, box, [report, version, operators, result] {
        DeployTarget target;
        target.bytecodeVersion = version->value();
        try {
            if (!operators->text().trimmed().isEmpty())
                target.operators = DeployTarget::readOperatorList(operators->text().trimmed());
        } catch (const UserError& e) {
            result->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(e.message().toHtmlEscaped()));
            return;
        }
        if (target.bytecodeVersion == 0 && target.operators.isEmpty()) {
            result->setText(DeployActions::tr("Give the target's bytecode version, its operator list, or both."));
            return;
        }
        const TargetCheck c = checkTarget(report, target);
        QStringList lines;
        for (const QString& problem : c.problems)
            lines << QStringLiteral("✗ ") + problem.toHtmlEscaped();
        result->setText(
            c.ok ? QStringLiteral("<span style='color:#1b7a1b'>✓ %1</span>")
                       .arg(DeployActions::tr("It runs there: the target reads this bytecode and has "
                                              "every operator the model calls.")
                                .toHtmlEscaped())
                 : QStringLiteral("<span style='color:#b00020'>%1</span>").arg(lines.join(QLatin1String("<br>"))));
    });
    return box;
}

} // namespace

void DeployActions::showOperators()
{
    m_document->session()->operators().then(
        this,
        [this](const OpsReport& r) {
            QDialog* dialog = reportDialog(tr("Will It Run There?"), QStringLiteral("OperatorsReport"));
            auto* text = new CodeView(SyntaxHighlighter::Language::IR, dialog);
            text->setText(r.text());
            text->setLineWrapMode(QPlainTextEdit::WidgetWidth); // the runtime sentence is long
            auto* layout = static_cast<QVBoxLayout*>(dialog->layout());
            layout->insertWidget(0, text, 1);
            layout->insertWidget(1, targetChecker(r, dialog));
            auto* yaml = new QPushButton(tr("Save Selective-Build List…"), dialog);
            static_cast<QDialogButtonBox*>(layout->itemAt(2)->widget())->addButton(yaml, QDialogButtonBox::ActionRole);
            connect(yaml, &QPushButton::clicked, dialog, [this, dialog, r] {
                const QString path
                    = QFileDialog::getSaveFileName(dialog, tr("Save Selective-Build List"),
                                                   suggestedPath(QStringLiteral("_ops.yaml")), tr("YAML (*.yaml)"));
                QFile file(path);
                if (!path.isEmpty() && (!file.open(QIODevice::WriteOnly) || file.write(r.yaml().toUtf8()) < 0))
                    m_files->showError(tr("Cannot Save"), file.errorString());
            });
            dialog->show();
            Q_EMIT reportShown(dialog);
        },
        [this](const QString& error) { m_files->showError(tr("Cannot List the Operators"), error); });
}

void DeployActions::showLints()
{
    m_document->session()->lint().then(
        this,
        [this](const LintReport& r) {
            QDialog* dialog = reportDialog(tr("Lint for Deployment"), QStringLiteral("LintReport"));
            // One finding an item, wrapped to the width: rule and place, then what and why, then the code.
            auto* list = new QListWidget(dialog);
            list->setObjectName(QStringLiteral("LintFindings"));
            list->setWordWrap(true);
            list->setResizeMode(QListView::Adjust);
            list->setSpacing(3);
            for (const LintFinding& f : r.findings) {
                QString text = QStringLiteral("%1 · %2\n%3").arg(f.rule, f.where(), f.message);
                if (!f.code.isEmpty())
                    text += QStringLiteral("\n| ") + f.code;
                auto* item = new QListWidgetItem(text, list);
                item->setIcon(list->style()->standardIcon(f.severity == QLatin1String("warning")
                                                              ? QStyle::SP_MessageBoxWarning
                                                              : QStyle::SP_MessageBoxInformation));
                item->setData(Qt::UserRole, f.module);
                item->setData(Qt::UserRole + 1, f.method);
                item->setData(Qt::UserRole + 2, f.rule);
                item->setData(Qt::UserRole + 3, f.inTwin ? QString() : f.node);
            }
            if (r.findings.isEmpty())
                new QListWidgetItem(tr("Nothing found: nothing here would go wrong where the model is shipped."), list);
            // Double-click: the module and method it points to in every pane, and its node in the graph.
            connect(list, &QListWidget::itemDoubleClicked, dialog, [this](QListWidgetItem* item) {
                if (!item->data(Qt::UserRole + 2).isNull())
                    m_document->revealNode(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString(),
                                           item->data(Qt::UserRole + 3).toString());
            });
            auto* hint = new QLabel(tr("Double-click a finding to show its module, method and node."), dialog);
            static_cast<QVBoxLayout*>(dialog->layout())->insertWidget(0, hint);
            static_cast<QVBoxLayout*>(dialog->layout())->insertWidget(0, list, 1);
            dialog->show();
            Q_EMIT reportShown(dialog);
        },
        [this](const QString& error) { m_files->showError(tr("Cannot Lint"), error); });
}

void DeployActions::askAndWarmUp()
{
    WarmupRequest request;
    request.module = m_document->module();
    request.method = m_document->shownMethod();
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Warm-Up Times"));
    auto* form = new QFormLayout(&dialog);
    auto* inputs = new QLineEdit(m_inputs, &dialog);
    inputs->setPlaceholderText(tr("the method's arguments, e.g. randn(1, 3, 32, 32)"));
    inputs->setMinimumWidth(360);
    auto* calls = new QSpinBox(&dialog);
    calls->setRange(1, 1000);
    calls->setValue(request.calls);
    calls->setSuffix(tr(" calls"));
    form->addRow(
        tr("Method:"),
        new QLabel(request.module.isEmpty() ? request.method : request.module + QLatin1Char('.') + request.method,
                   &dialog));
    form->addRow(tr("Inputs:"), inputs);
    form->addRow(tr("Time:"), calls);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_inputs = inputs->text().trimmed();
    request.inputs = ValueExpr::splitList(m_inputs);
    request.calls = calls->value();
    warmUp(request);
}

void DeployActions::warmUp(const WarmupRequest& request)
{
    Q_EMIT m_files->message(tr("Timing %n call(s) from cold…", nullptr, request.calls), 0);
    m_document->session()->warmup(request).then(
        this,
        [this, request](const WarmupResult& r) {
            Q_EMIT m_files->message(QString(), 0);
            const QString method
                = request.module.isEmpty() ? request.method : request.module + QLatin1Char('.') + request.method;
            QDialog* dialog = reportDialog(tr("Warm-Up Times: %1").arg(method), QStringLiteral("WarmupReport"));
            auto* times = new CallTimesView(dialog);
            times->showSingle(r.times);
            auto* graphs = new QLabel(r.executedGraph.isEmpty()
                                          ? r.note
                                          : tr("For these inputs the executor ran a graph of %1 nodes; the saved "
                                               "one has %2 with every call expanded.")
                                                .arg(r.executedNodes)
                                                .arg(r.savedNodes),
                                      dialog);
            graphs->setWordWrap(true);
            auto* layout = static_cast<QVBoxLayout*>(dialog->layout());
            layout->insertWidget(0, times, 1);
            layout->insertWidget(1, graphs);
            if (!r.executedGraph.isEmpty()) {
                auto* compare = new QPushButton(tr("Compare Executed Graph with Saved"), dialog);
                compare->setObjectName(QStringLiteral("CompareExecuted"));
                static_cast<QDialogButtonBox*>(layout->itemAt(2)->widget())
                    ->addButton(compare, QDialogButtonBox::ActionRole);
                connect(compare, &QPushButton::clicked, this, &DeployActions::compareExecutedGraph);
            }
            dialog->show();
            Q_EMIT reportShown(dialog);
        },
        [this](const QString& error) { m_files->showError(tr("Cannot Time the Calls"), error); });
}

void DeployActions::compareExecutedGraph()
{
    m_document->session()->executedGraphs().then(
        this,
        [this](const ModelDiffPtr& diff) {
            auto* view = new ComparisonView(m_window);
            view->setWindowFlag(Qt::Window);
            view->setAttribute(Qt::WA_DeleteOnClose);
            view->showDiff(diff);
            view->show();
            Q_EMIT executedGraphShown(view);
        },
        [this](const QString& error) { m_files->showError(tr("Cannot Draw the Executed Graph"), error); });
}

} // namespace jitscope
