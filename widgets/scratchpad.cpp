// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scratchpad.h"

#include "adaptivesplitter.h"

#include "codeview.h"
#include "invokepanel.h"
#include "session/modelsession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

namespace jitscope {

ScratchPad::ScratchPad(ModelSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_editor(new CodeView(SyntaxHighlighter::Language::TorchScript, this))
    , m_compileButton(new QPushButton(tr("Compile"), this))
    , m_functions(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_invoke(new InvokePanel(session, this))
{
    m_editor->setEditable(true);
    m_editor->setPlaceholderText(
        tr("TorchScript functions, e.g.\n\ndef add_i(x: Tensor, i: int) -> Tensor:\n    return x + i"));
    m_compileButton->setToolTip(tr("Compile the functions with torch::jit::compile (Ctrl+B)"));
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_B), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &ScratchPad::compile);
    connect(m_compileButton, &QPushButton::clicked, this, &ScratchPad::compile);
    m_functions->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_functions->setMinimumContentsLength(10); // the window may be narrow: the list shows long names
    m_functions->setToolTip(tr("The compiled function to run"));
    m_functions->setEnabled(false);
    connect(m_functions, &QComboBox::currentTextChanged, this, [this](const QString& name) {
        if (!name.isEmpty())
            m_invoke->setMethod(QString(), name);
    });
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_invoke->setFunctions({});
    connect(m_invoke, &InvokePanel::tensorActivated, this, &ScratchPad::tensorActivated);
    // Edits make an error mark stale: it points into text that changed.
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_editor->extraSelections().isEmpty())
            m_editor->setExtraSelections({});
    });

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_compileButton);
    bar->addWidget(new QLabel(tr("Function:"), this));
    bar->addWidget(m_functions);
    bar->addWidget(m_status, 1);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 4, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_editor, 1);
    // Narrow, the run panel moves under the editor.
    auto* splitter = new AdaptiveSplitter(0, this);
    splitter->addWidget(left);
    splitter->addWidget(m_invoke);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    setSource(exampleSource());
}

QString ScratchPad::exampleSource()
{
    return QStringLiteral("# ") + tr("TorchScript functions: Compile (Ctrl+B), pick one, fill in its arguments, Run.")
        + QStringLiteral("\n"
                         "\n"
                         "def relu_script(a, b):\n"
                         "    return torch.relu(a + b)\n"
                         "\n"
                         "def add_i(x: Tensor, i: int) -> Tensor:\n"
                         "    return x + i\n");
}

void ScratchPad::setSource(const QString& source)
{
    m_editor->setText(source);
}

QString ScratchPad::source() const
{
    return m_editor->toPlainText();
}

void ScratchPad::compile()
{
    m_editor->setExtraSelections({});
    m_lastError = CompileLocation();
    m_status->setText(tr("Compiling…"));
    m_status->setToolTip(QString());
    m_session->compile(source())
        .tag(QStringLiteral("compile"))
        .then(
            this, [this](const QList<MethodInfo>& functions) { onCompiled(functions); },
            [this](const QString& message) { onFailed(message); });
}

void ScratchPad::selectFunction(const QString& name)
{
    m_functions->setCurrentText(name);
    m_invoke->setMethod(QString(), name);
}

void ScratchPad::onCompiled(const QList<MethodInfo>& functions)
{
    const QString previous = m_functions->currentText();
    {
        const QSignalBlocker blocker(m_functions);
        m_functions->clear();
        for (const MethodInfo& f : functions) {
            m_functions->addItem(f.name);
            m_functions->setItemData(m_functions->count() - 1, f.schema, Qt::ToolTipRole);
        }
    }
    m_functions->setEnabled(!functions.isEmpty());
    m_invoke->setFunctions(functions);
    const int keep = m_functions->findText(previous);
    m_functions->setCurrentIndex(keep >= 0 ? keep : 0);
    if (!functions.isEmpty())
        m_invoke->setMethod(QString(), m_functions->currentText());
    m_status->setText(functions.isEmpty() ? tr("Compiled; the source defines no function.")
                                          : tr("Compiled %n function(s).", nullptr, int(functions.size())));
    Q_EMIT compileFinished(true);
}

void ScratchPad::onFailed(const QString& message)
{
    m_lastError = parseCompileLocation(message);
    markError(m_lastError, message);
    Q_EMIT compileFinished(false);
}

void ScratchPad::markError(const CompileLocation& location, const QString& message)
{
    m_status->setText(
        location.line > 0
            ? tr("<span style='color:#b00020'>Line %1, column %2: %3</span>")
                  .arg(location.line)
                  .arg(location.column)
                  .arg(location.summary.toHtmlEscaped())
            : QStringLiteral("<span style='color:#b00020'>%1</span>").arg(location.summary.toHtmlEscaped()));
    m_status->setToolTip(message);
    if (location.line <= 0)
        return;
    const QTextBlock block = m_editor->document()->findBlockByNumber(location.line - 1);
    if (!block.isValid())
        return;
    QList<QTextEdit::ExtraSelection> marks;
    QTextEdit::ExtraSelection line;
    line.format.setBackground(QColor(0xfd, 0xe8, 0xe8));
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.format.setToolTip(location.summary);
    line.cursor = QTextCursor(block);
    marks << line;
    // The culprit itself: from the column to the end of its word, underlined.
    QTextEdit::ExtraSelection culprit;
    culprit.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    culprit.format.setUnderlineColor(QColor(0xb0, 0x00, 0x20));
    culprit.format.setToolTip(location.summary);
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, qMax(0, location.column - 1));
    cursor.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
    if (!cursor.hasSelection())
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    culprit.cursor = cursor;
    marks << culprit;
    m_editor->setExtraSelections(marks);
    m_editor->setTextCursor(QTextCursor(block));
    m_editor->centerCursor();
}

} // namespace jitscope
