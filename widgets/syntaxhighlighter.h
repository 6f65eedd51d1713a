// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace jitscope {

// Colours TorchScript code (Python-like) or TorchScript IR graph text.
class SyntaxHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum class Language { TorchScript, IR };

    SyntaxHighlighter(Language language, QTextDocument* document);
    Language language() const { return m_language; }

protected:
    void highlightBlock(const QString& text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
        int group = 0; // which capture group is coloured
    };

    void addRule(const QString& pattern, const QTextCharFormat& format, int group = 0);

    Language m_language;
    QList<Rule> m_rules;
};

} // namespace jitscope
