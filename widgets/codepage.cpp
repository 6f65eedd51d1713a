// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codepage.h"

#include "codeview.h"
#include "graphpainter.h"
#include "session/document.h"
#include "session/modelsession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace jitscope {

CodePage::CodePage(Kind kind, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_title(new QLabel(this))
    , m_view(new CodeView(
          kind == Kind::Code ? SyntaxHighlighter::Language::TorchScript : SyntaxHighlighter::Language::IR, this))
{
    m_view->setObjectName(kind == Kind::Code ? QStringLiteral("CodeView") : QStringLiteral("IrView"));
    m_title->setContentsMargins(6, 0, 6, 0);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    if (kind == Kind::Ir) {
        m_irKind = new QComboBox(this);
        m_irKind->setObjectName(QStringLiteral("IrKind"));
        m_irKind->addItem(tr("Graph"));
        m_irKind->addItem(tr("Inlined graph"));
        m_irKind->setToolTip(tr("Graph: method.graph, calls into submodules stay calls.\n"
                                "Inlined graph: method.inlined_graph, every call inlined.\n"
                                "Lite bytecode (a .ptl): the lite interpreter's instructions, read from "
                                "bytecode.pkl."));
        connect(m_irKind, &QComboBox::currentIndexChanged, this, &CodePage::request);
        bar->addWidget(m_irKind);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
}

void CodePage::onArchiveChanged(const SnapshotPtr& snapshot)
{
    // A .ptl also shows its lite interpreter bytecode.
    if (m_irKind) {
        const bool bytecode = snapshot && snapshot->hasBytecode();
        if (bytecode && m_irKind->count() == 2)
            m_irKind->addItem(tr("Lite bytecode"));
        else if (!bytecode && m_irKind->count() == 3)
            m_irKind->removeItem(2);
    }
    if (!snapshot) {
        m_title->clear();
        m_view->setText(QString());
    }
}

void CodePage::setInlined(bool inlined)
{
    if (m_irKind)
        m_irKind->setCurrentIndex(inlined ? 1 : 0);
}

QString CodePage::titleFor(const QString& method) const
{
    const SnapshotPtr snapshot = document()->snapshot();
    const QString module = document()->module();
    const QString who = (module.isEmpty() ? tr("(root)") : module).toHtmlEscaped();
    if (m_kind == Kind::Ir) {
        if (method.isEmpty())
            return tr("<b>%1</b>").arg(who);
        const QString what = m_irKind->currentIndex() == 2 ? tr("lite interpreter bytecode")
            : m_irKind->currentIndex() == 1                ? tr("inlined graph")
                                                           : tr("graph");
        return tr("<b>%1.%2</b> · %3").arg(who, method.toHtmlEscaped(), what);
    }
    if (method.isEmpty())
        return tr("<b>%1</b> · class %2 · all methods").arg(who, snapshot->module(module)->shortType().toHtmlEscaped());
    return tr("<b>%1.%2</b> · %3")
        .arg(who, method.toHtmlEscaped(), snapshot->method(module, method)->schema.toHtmlEscaped());
}

void CodePage::request()
{
    if (!document() || !document()->snapshot())
        return;
    // Code: the selected method, or the module's whole class. IR: the shown method's graph.
    const QString method = m_kind == Kind::Code ? document()->method() : document()->shownMethod();
    m_title->setText(titleFor(method));
    if (m_kind == Kind::Ir && method.isEmpty()) {
        document()->session()->cancel(this, QStringLiteral("text"));
        m_view->setPlaceholder(tr("This module has no methods, so it has no graph."));
        return;
    }
    TextRequest request { document()->module(), method, TextKind::Code };
    if (m_kind == Kind::Ir)
        request.kind = m_irKind->currentIndex() == 2 ? TextKind::Bytecode
            : m_irKind->currentIndex() == 1          ? TextKind::InlinedGraph
                                                     : TextKind::Graph;
    requestText(request);
}

void CodePage::requestText(const TextRequest& request, const QString& line)
{
    m_shownModule = request.module;
    m_shownMethod = request.method;
    document()
        ->session()
        ->text(request)
        .tag(QStringLiteral("text"))
        .then(
            this,
            [this, line](const QString& text) {
                m_view->setText(text);
                if (!line.isEmpty())
                    m_view->findLine(line);
                Q_EMIT textShown();
            },
            [this](const QString& message) { m_view->setPlaceholder(message); });
}

void CodePage::showNodeLine(const GraphNode& node)
{
    if (m_kind != Kind::Code || node.codeText.isEmpty() || !document() || !document()->snapshot())
        return;
    // The calls it ran in, outermost first: ":forward/head:forward@15/head.fc:forward@1", with
    // "relu@3" for a function. The innermost method's code holds the node's line.
    QString module, method;
    const QStringList calls = node.context.split(QLatin1Char('/'));
    // Inside a function ("…/relu@3"): its code is not a method's the Code tab can show; the line
    // is looked for in what is shown.
    if (!calls.isEmpty() && !calls.last().contains(QLatin1Char(':'))) {
        m_view->findLine(node.codeText);
        return;
    }
    for (auto call = calls.crbegin(); call != calls.crend() && method.isEmpty(); ++call)
        if (call->contains(QLatin1Char(':'))) {
            module = call->section(QLatin1Char(':'), 0, 0);
            method = call->section(QLatin1Char(':'), 1).section(QLatin1Char('@'), 0, 0);
        }
    // The module's whole class is shown, or the very method: the line is there already.
    if (module == m_shownModule && (m_shownMethod.isEmpty() || method == m_shownMethod || method.isEmpty())) {
        m_view->findLine(node.codeText);
        return;
    }
    if (method.isEmpty() || !document()->snapshot()->method(module, method))
        return;
    // The node named: the title stays true once the selection moves on or is cleared.
    m_title->setText(tr("<b>%1.%2</b> · where <i>%3</i> is")
                         .arg((module.isEmpty() ? tr("(root)") : module).toHtmlEscaped(), method.toHtmlEscaped(),
                              GraphPainter::shownLabel(node).toHtmlEscaped()));
    requestText({ module, method, TextKind::Code }, node.codeText);
}

} // namespace jitscope
