// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runerrorview.h"

#include "values/runfailure.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace jitscope {

RunErrorView::RunErrorView(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_cause(new QLabel(this))
    , m_location(new QLabel(this))
    , m_tracebackButton(new QToolButton(this))
    , m_traceback(new QPlainTextEdit(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("RunErrorView"));
    m_title->setObjectName(QStringLiteral("RunErrorTitle"));
    m_cause->setObjectName(QStringLiteral("RunErrorCause"));
    m_location->setObjectName(QStringLiteral("RunErrorLocation"));
    m_title->setStyleSheet(QStringLiteral("QLabel { color: #a02020; font-weight: bold; }"));
    for (QLabel* label : { m_title, m_cause, m_location }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setTextFormat(Qt::PlainText);
        // Wrapped labels ask for the width of their longest word: a path must not widen the dock.
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }
    m_location->setTextFormat(Qt::RichText);
    m_tracebackButton->setText(tr("Traceback"));
    m_tracebackButton->setCheckable(true);
    m_tracebackButton->setToolTip(tr("Show the TorchScript interpreter's whole message"));
    m_traceback->setObjectName(QStringLiteral("RunErrorTraceback"));
    m_traceback->setReadOnly(true);
    m_traceback->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_traceback->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_traceback->hide();
    connect(m_tracebackButton, &QToolButton::toggled, this, [this](bool on) {
        m_traceback->setVisible(on);
        if (on) // the cause keeps what it needs, the traceback gets the rest
            m_splitter->setSizes({ m_splitter->widget(0)->sizeHint().height(), m_splitter->height() });
    });

    // The cause scrolls when it is longer than the pane; it never makes the dock wider.
    auto* causeBox = new QWidget(this);
    auto* causeLayout = new QVBoxLayout(causeBox);
    causeLayout->setContentsMargins(6, 4, 6, 4);
    causeLayout->addWidget(m_title);
    causeLayout->addWidget(m_cause);
    causeLayout->addWidget(m_location);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_tracebackButton);
    causeLayout->addLayout(row);
    causeLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(causeBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_splitter->addWidget(scroll);
    m_splitter->addWidget(m_traceback);
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
}

void RunErrorView::setFailure(const QString& call, const RunFailure& failure)
{
    m_title->setText(tr("%1 failed").arg(call));
    m_cause->setText(failure.cause);
    m_location->setVisible(!failure.location.isEmpty());
    m_location->setText(
        tr("at %1:<br><code>%2</code>").arg(failure.location.toHtmlEscaped(), failure.sourceLine.toHtmlEscaped()));
    m_traceback->setPlainText(failure.details);
    m_tracebackButton->setChecked(false);
    m_tracebackButton->setVisible(failure.hasTraceback());
}

} // namespace jitscope
