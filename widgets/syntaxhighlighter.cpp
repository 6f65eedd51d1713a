// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntaxhighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace jitscope {

namespace {

QTextCharFormat textFormat(const QColor& color, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(color);
    if (bold)
        f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    return f;
}

bool darkPalette()
{
    const QPalette palette = QGuiApplication::palette();
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

SyntaxHighlighter::SyntaxHighlighter(Language language, QTextDocument* document)
    : QSyntaxHighlighter(document)
    , m_language(language)
{
    const bool dark = darkPalette();
    const QColor keyword = dark ? QColor(0xc6, 0x78, 0xdd) : QColor(0x00, 0x33, 0xb3);
    const QColor type = dark ? QColor(0xe5, 0xc0, 0x7b) : QColor(0x00, 0x80, 0x80);
    const QColor number = dark ? QColor(0xd1, 0x9a, 0x66) : QColor(0x17, 0x50, 0xeb);
    const QColor string = dark ? QColor(0x98, 0xc3, 0x79) : QColor(0x06, 0x7d, 0x17);
    const QColor comment = dark ? QColor(0x7f, 0x84, 0x8e) : QColor(0x8c, 0x8c, 0x8c);
    const QColor call = dark ? QColor(0x61, 0xaf, 0xef) : QColor(0x00, 0x62, 0x7a);
    const QColor value = dark ? QColor(0xe0, 0x6c, 0x75) : QColor(0x87, 0x10, 0x94);

    if (language == Language::TorchScript) {
        addRule(QStringLiteral(R"(\b(def|return|if|elif|else|for|while|in|not|and|or|is|class|pass|break|continue|)"
                               R"(raise|assert|with|as|import|from|lambda|global|del|yield)\b)"),
                textFormat(keyword, true));
        addRule(QStringLiteral(R"(\b(None|True|False|self)\b)"), textFormat(keyword));
        addRule(QStringLiteral(
                    R"(\b(Tensor|int|float|bool|str|List|Dict|Tuple|Optional|Union|Any|NoneType|Device|Module)\b)"),
                textFormat(type));
        addRule(QStringLiteral(R"(\b(__torch__(\.\w+)*))"), textFormat(type));
        addRule(QStringLiteral(R"(\bdef\s+(\w+))"), textFormat(call, true), 1);
        addRule(QStringLiteral(R"(\b(torch|ops|annotate|unchecked_cast|uninitialized)\b)"), textFormat(call));
        addRule(QStringLiteral(R"(\b\d+(\.\d*)?([eE][-+]?\d+)?\b)"), textFormat(number));
        addRule(QStringLiteral(R"(^\s*@\w+(\.\w+)*)"), textFormat(keyword, false, true));
        addRule(QStringLiteral(R"("([^"\\]|\\.)*"|'([^'\\]|\\.)*')"), textFormat(string));
        addRule(QStringLiteral(R"(#.*$)"), textFormat(comment, false, true));
    } else {
        addRule(QStringLiteral(R"(\b(graph|block\d+|return)\b)"), textFormat(keyword, true));
        addRule(QStringLiteral(R"(:\s*([^=,)]+?)(?=\s*(=|,|\)\s*:|\)$)))"), textFormat(type), 1);
        addRule(QStringLiteral(R"(\b(aten|prim|quantized|onnx|_caffe2|profiler|cuda)::\w+)"), textFormat(call, true));
        addRule(QStringLiteral(R"(%[\w.]+)"), textFormat(value));
        addRule(QStringLiteral(R"(\b\d+(\.\d*)?([eE][-+]?\d+)?\b)"), textFormat(number));
        addRule(QStringLiteral(R"("([^"\\]|\\.)*")"), textFormat(string));
        addRule(QStringLiteral(R"(#.*$)"), textFormat(comment, false, true));
    }
}

void SyntaxHighlighter::addRule(const QString& pattern, const QTextCharFormat& format, int group)
{
    m_rules << Rule { QRegularExpression(pattern), format, group };
}

void SyntaxHighlighter::highlightBlock(const QString& text)
{
    for (const Rule& rule : std::as_const(m_rules)) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            if (match.capturedLength(rule.group) > 0)
                setFormat(int(match.capturedStart(rule.group)), int(match.capturedLength(rule.group)), rule.format);
        }
    }
}

} // namespace jitscope
