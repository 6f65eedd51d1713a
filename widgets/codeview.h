// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syntaxhighlighter.h"

#include <QPlainTextEdit>

namespace jitscope {

// A highlighted view of code or IR text with line numbers; read-only unless made editable.
class CodeView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeView(SyntaxHighlighter::Language language, QWidget* parent = nullptr);

    void setText(const QString& text);
    // Read-only by default; the scratch pad edits.
    void setEditable(bool editable);
    // Shows a short italic note (nothing selected, an error) instead of text.
    void setPlaceholder(const QString& note);
    void gotoLine(int line);
    // Selects and centres the first line containing `needle`; false when there is none.
    bool findLine(const QString& needle);
    int lineNumberAreaWidth() const;

protected:
    void resizeEvent(QResizeEvent* event) override;
    // Editable: Enter keeps the line's indentation, one level more after a line ending in ':'
    // (def, if, for), as Python editors do; Tab inserts four spaces.
    void keyPressEvent(QKeyEvent* event) override;

private:
    friend class LineNumberArea;
    void paintLineNumbers(QPaintEvent* event);
    void updateLineNumberArea(const QRect& rect, int dy);

    QWidget* m_lineNumbers;
    SyntaxHighlighter* m_highlighter;
};

} // namespace jitscope
