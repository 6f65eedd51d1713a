// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deployactions.h"

#include "codeview.h"
#include "comparisonview.h"
#include "fileactions.h"
#include "session/document.h"
#include "session/modelsession.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
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
    const QString suffix = QLatin1Char('_') + TransformRequest::name(kind) + QStringLiteral(".pt");
    const QString output = QFileDialog::getSaveFileName(m_window, tr("Write the Transformed Module"),
                                                        suggestedPath(suffix), tr("TorchScript archives (*.pt)"));
    if (!output.isEmpty())
        transformTo(kind, output);
}

void DeployActions::transformTo(DeployTransform kind, const QString& output)
{
    TransformRequest request;
    request.kind = kind;
    request.output = output;
    const QString original = m_document->path();
    Q_EMIT m_files->message(tr("Transforming (%1)…").arg(TransformRequest::name(kind)), 0);
    m_document->session()->transform(request).then(
        this,
        [this, original](const TransformResult& r) {
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
            FileActions::openComparison(diff, m_window);
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
            auto* yaml = new QPushButton(tr("Save Selective-Build List…"), dialog);
            static_cast<QDialogButtonBox*>(layout->itemAt(1)->widget())->addButton(yaml, QDialogButtonBox::ActionRole);
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
            }
            if (r.findings.isEmpty())
                new QListWidgetItem(tr("Nothing found: nothing here would go wrong where the model is shipped."), list);
            // Double-click: the module and method it points to, in every pane.
            connect(list, &QListWidget::itemDoubleClicked, dialog, [this](QListWidgetItem* item) {
                if (!item->data(Qt::UserRole + 2).isNull())
                    m_document->select(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString());
            });
            auto* hint = new QLabel(tr("Double-click a finding to show its module and method."), dialog);
            static_cast<QVBoxLayout*>(dialog->layout())->insertWidget(0, hint);
            static_cast<QVBoxLayout*>(dialog->layout())->insertWidget(0, list, 1);
            dialog->show();
            Q_EMIT reportShown(dialog);
        },
        [this](const QString& error) { m_files->showError(tr("Cannot Lint"), error); });
}

} // namespace jitscope
