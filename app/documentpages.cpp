// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentpages.h"

#include "checkpointpage.h"
#include "codepage.h"
#include "graphpage.h"
#include "graphscene.h"
#include "observedrunview.h"
#include "scratchpad.h"
#include "session/document.h"
#include "tensorspane.h"

#include <QTabWidget>

namespace jitscope {

DocumentPages::DocumentPages(Document* document, ModelSession* session, QWidget* parent)
    : QStackedWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_checkpointPage(new CheckpointPage(this))
{
    setObjectName(QStringLiteral("DocumentStack"));
    m_checkpointPage->setObjectName(QStringLiteral("CheckpointPage"));
    m_tabs->setObjectName(QStringLiteral("DocumentTabs"));
    m_tabs->setDocumentMode(true);

    auto* graphPage = new GraphPage(session, m_tabs);
    graphPage->setObjectName(QStringLiteral("GraphPage"));
    connect(graphPage, &GraphPage::statusMessage, this, &DocumentPages::statusMessage);
    connect(graphPage, &GraphPage::tensorActivated, this, &DocumentPages::tensorActivated);
    m_tabs->addTab(graphPage, tr("Graph"));

    auto* codePage = new CodePage(CodePage::Kind::Code, m_tabs);
    codePage->setObjectName(QStringLiteral("CodePage"));
    m_tabs->addTab(codePage, tr("Code"));
    // The code view shows the printed TorchScript the archive stores: a node's line is found by its text.
    connect(graphPage->scene(), &GraphScene::nodeSelected, codePage, [graphPage, codePage](int node) {
        const LaidOutGraphPtr graph = graphPage->graph();
        if (graph && node >= 0 && node < graph->model.nodes.size())
            codePage->showNodeLine(graph->model.nodes[node]);
    });

    auto* irPage = new CodePage(CodePage::Kind::Ir, m_tabs);
    irPage->setObjectName(QStringLiteral("IrPage"));
    m_tabs->addTab(irPage, tr("IR Graph"));

    auto* observedView = new ObservedRunView(m_tabs);
    observedView->setObjectName(QStringLiteral("ObservedRunView"));
    m_tabs->addTab(observedView, tr("Observed Run"));
    m_tabs->setTabToolTip(m_tabs->count() - 1,
                          tr("Module summary and time per op of the call observed in the Run dock (Observe)"));

    auto* scratchPad = new ScratchPad(session, m_tabs);
    scratchPad->setObjectName(QStringLiteral("ScratchPad"));
    connect(scratchPad, &ScratchPad::tensorActivated, this, &DocumentPages::tensorActivated);
    m_tabs->addTab(scratchPad, tr("Scratch Pad"));
    m_tabs->setTabToolTip(m_tabs->count() - 1, tr("Compile TorchScript typed here and run its functions"));
    addWidget(m_tabs);
    addWidget(m_checkpointPage);
    // A node asked for (a lint finding): the graph that shows it comes forward.
    connect(document, &Document::nodeRevealed, m_tabs, [this, graphPage] { m_tabs->setCurrentWidget(graphPage); });

    for (DocumentPane* pane : std::initializer_list<DocumentPane*> { graphPage, codePage, irPage, observedView,
                                                                     m_checkpointPage, m_checkpointPage->tensors() })
        document->attach(pane);
}

void DocumentPages::showCheckpoint(bool checkpoint)
{
    if (checkpoint)
        setCurrentWidget(m_checkpointPage);
    else
        setCurrentWidget(m_tabs);
}

} // namespace jitscope
