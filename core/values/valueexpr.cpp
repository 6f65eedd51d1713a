// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "values/valueexpr.h"

#include "common/usererror.h"

#include <QCoreApplication>
#include <QHash>

namespace jitscope {

namespace {

struct ValueExprText
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::ValueExpr)
};

class Parser
{
public:
    explicit Parser(const QString& text)
        : m_text(text)
    { }

    ValueExpr parseAll()
    {
        ValueExpr e = parseExpr();
        skipSpace();
        if (m_pos < m_text.size())
            fail(ValueExprText::tr("end of the expression"));
        return e;
    }

private:
    [[noreturn]] void fail(const QString& expected) const
    {
        const QString found
            = m_pos < m_text.size() ? QStringLiteral("'%1'").arg(m_text.mid(m_pos, 1)) : ValueExprText::tr("the end");
        throw UserError(ValueExprText::tr("column %1: expected %2, found %3").arg(m_pos + 1).arg(expected, found));
    }

    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text[m_pos].isSpace())
            ++m_pos;
    }

    bool accept(QChar c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    void expect(QChar c)
    {
        if (!accept(c))
            fail(QStringLiteral("'%1'").arg(c));
    }

    ValueExpr parseExpr()
    {
        // Each bracket costs a level of the parser's and the evaluator's stack: a hostile
        // [[[...]]] ten thousand deep would overflow it.
        struct Level
        {
            int& depth;
            explicit Level(int& d)
                : depth(++d)
            { }
            ~Level() { --depth; }
        } level(m_depth);
        if (m_depth > ValueExpr::kMaxDepth)
            throw UserError(ValueExprText::tr("column %1: brackets nest more than %2 deep; write the value "
                                              "flatter or load it from a file")
                                .arg(m_pos + 1)
                                .arg(ValueExpr::kMaxDepth));
        skipSpace();
        ValueExpr e;
        e.column = int(m_pos) + 1;
        if (m_pos >= m_text.size())
            fail(ValueExprText::tr("a value"));
        const QChar c = m_text[m_pos];
        if (c == QLatin1Char('(')) {
            ++m_pos;
            return sequence(e, ValueExpr::Kind::Tuple, QLatin1Char(')'));
        }
        if (c == QLatin1Char('[')) {
            ++m_pos;
            return sequence(e, ValueExpr::Kind::List, QLatin1Char(']'));
        }
        if (c == QLatin1Char('{')) {
            ++m_pos;
            return dict(e);
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\''))
            return string(e);
        if (c == QLatin1Char('$'))
            return history(e);
        if (c.isDigit() || c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('.'))
            return number(e);
        if (c.isLetter() || c == QLatin1Char('_'))
            return nameOrCall(e);
        fail(ValueExprText::tr("a value"));
    }

    ValueExpr sequence(ValueExpr e, ValueExpr::Kind kind, QChar close)
    {
        e.kind = kind;
        bool trailingComma = false;
        if (!accept(close)) {
            while (true) {
                e.items << parseExpr();
                trailingComma = false;
                if (accept(close))
                    break;
                if (!accept(QLatin1Char(',')))
                    fail(QStringLiteral("',' or '%1'").arg(close));
                trailingComma = true;
                if (accept(close))
                    break;
            }
        }
        // "(a)" is a, not a one-element tuple; "(a,)" is the tuple.
        if (kind == ValueExpr::Kind::Tuple && e.items.size() == 1 && !trailingComma)
            return e.items.first();
        return e;
    }

    ValueExpr dict(ValueExpr e)
    {
        e.kind = ValueExpr::Kind::Dict;
        if (accept(QLatin1Char('}')))
            return e;
        while (true) {
            e.items << parseExpr();
            expect(QLatin1Char(':'));
            e.items << parseExpr();
            if (accept(QLatin1Char('}')))
                break;
            expect(QLatin1Char(','));
            if (accept(QLatin1Char('}')))
                break;
        }
        return e;
    }

    ValueExpr string(ValueExpr e)
    {
        const QChar quote = m_text[m_pos++];
        e.kind = ValueExpr::Kind::String;
        while (m_pos < m_text.size() && m_text[m_pos] != quote) {
            QChar c = m_text[m_pos++];
            if (c == QLatin1Char('\\') && m_pos < m_text.size()) {
                const QChar n = m_text[m_pos++];
                c = n == QLatin1Char('n')   ? QChar(QLatin1Char('\n'))
                    : n == QLatin1Char('t') ? QChar(QLatin1Char('\t'))
                                            : n;
            }
            e.text += c;
        }
        if (m_pos >= m_text.size())
            fail(ValueExprText::tr("a closing %1").arg(quote));
        ++m_pos;
        return e;
    }

    ValueExpr history(ValueExpr e)
    {
        ++m_pos;
        e.kind = ValueExpr::Kind::History;
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos].isDigit())
            ++m_pos;
        if (m_pos == start)
            fail(ValueExprText::tr("a result number after '$'"));
        e.integer = m_text.mid(start, m_pos - start).toLongLong();
        while (m_pos < m_text.size() && m_text[m_pos] == QLatin1Char('[')) {
            ++m_pos;
            skipSpace();
            if (m_pos < m_text.size() && (m_text[m_pos] == QLatin1Char('"') || m_text[m_pos] == QLatin1Char('\''))) {
                e.indices << ValueExpr::Index { 0, string(ValueExpr()).text, true };
                skipSpace();
                expect(QLatin1Char(']'));
                continue;
            }
            const qsizetype s = m_pos;
            if (m_pos < m_text.size() && m_text[m_pos] == QLatin1Char('-'))
                ++m_pos;
            while (m_pos < m_text.size() && m_text[m_pos].isDigit())
                ++m_pos;
            bool ok = false;
            const qint64 index = m_text.mid(s, m_pos - s).toLongLong(&ok);
            if (!ok)
                fail(ValueExprText::tr("an index or a quoted key"));
            e.indices << ValueExpr::Index { index, QString(), false };
            expect(QLatin1Char(']'));
        }
        return e;
    }

    ValueExpr number(ValueExpr e)
    {
        const qsizetype start = m_pos;
        if (m_text[m_pos] == QLatin1Char('-') || m_text[m_pos] == QLatin1Char('+'))
            ++m_pos;
        bool isFloat = false;
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c.isDigit()) {
                ++m_pos;
            } else if (c == QLatin1Char('.') || c == QLatin1Char('e') || c == QLatin1Char('E')) {
                isFloat = true;
                ++m_pos;
                if ((c == QLatin1Char('e') || c == QLatin1Char('E')) && m_pos < m_text.size()
                    && (m_text[m_pos] == QLatin1Char('-') || m_text[m_pos] == QLatin1Char('+')))
                    ++m_pos;
            } else {
                break;
            }
        }
        const QString token = m_text.mid(start, m_pos - start);
        bool ok = false;
        if (isFloat) {
            e.kind = ValueExpr::Kind::Float;
            e.number = token.toDouble(&ok);
        } else {
            e.kind = ValueExpr::Kind::Int;
            e.integer = token.toLongLong(&ok);
        }
        if (!ok) {
            m_pos = start;
            fail(ValueExprText::tr("a number"));
        }
        return e;
    }

    QString identifier()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()
               && (m_text[m_pos].isLetterOrNumber() || m_text[m_pos] == QLatin1Char('_')
                   || m_text[m_pos] == QLatin1Char('.') || m_text[m_pos] == QLatin1Char(':')))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }

    ValueExpr nameOrCall(ValueExpr e)
    {
        const QString name = identifier();
        if (name == QLatin1String("True") || name == QLatin1String("False")) {
            e.kind = ValueExpr::Kind::Bool;
            e.boolean = name == QLatin1String("True");
            return e;
        }
        if (name == QLatin1String("None")) {
            e.kind = ValueExpr::Kind::None;
            return e;
        }
        e.text = name;
        if (!accept(QLatin1Char('('))) {
            e.kind = ValueExpr::Kind::Name;
            return e;
        }
        e.kind = ValueExpr::Kind::Call;
        if (accept(QLatin1Char(')')))
            return e;
        while (true) {
            skipSpace();
            // A keyword argument: name '=' value (but not '==').
            const qsizetype save = m_pos;
            if (m_pos < m_text.size() && (m_text[m_pos].isLetter() || m_text[m_pos] == QLatin1Char('_'))) {
                const QString key = identifier();
                skipSpace();
                if (m_pos < m_text.size() && m_text[m_pos] == QLatin1Char('=')) {
                    ++m_pos;
                    e.keywords << qMakePair(key, parseExpr());
                } else {
                    m_pos = save;
                    if (!e.keywords.isEmpty())
                        fail(ValueExprText::tr("a keyword argument (positional ones come first)"));
                    e.items << parseExpr();
                }
            } else {
                if (!e.keywords.isEmpty())
                    fail(ValueExprText::tr("a keyword argument (positional ones come first)"));
                e.items << parseExpr();
            }
            if (accept(QLatin1Char(')')))
                break;
            if (!accept(QLatin1Char(',')))
                fail(QStringLiteral("',' or ')'"));
        }
        return e;
    }

    const QString& m_text;
    int m_depth = 0;
    qsizetype m_pos = 0;
};

QString join(const QList<ValueExpr>& items)
{
    QStringList parts;
    for (const ValueExpr& item : items)
        parts << item.toString();
    return parts.join(QLatin1String(", "));
}

} // namespace

ValueExpr ValueExpr::parse(const QString& text)
{
    Parser parser(text);
    return parser.parseAll();
}

QString ValueExpr::toString() const
{
    switch (kind) {
    case Kind::Int:
        return QString::number(integer);
    case Kind::Float: {
        QString s = QString::number(number, 'g', 17);
        for (int p = 1; p <= 17; ++p) {
            const QString c = QString::number(number, 'g', p);
            if (c.toDouble() == number) {
                s = c;
                break;
            }
        }
        return s.contains(QLatin1Char('.')) || s.contains(QLatin1Char('e')) || s.contains(QLatin1String("n"))
            ? s
            : s + QStringLiteral(".0");
    }
    case Kind::Bool:
        return boolean ? QStringLiteral("True") : QStringLiteral("False");
    case Kind::None:
        return QStringLiteral("None");
    case Kind::String: {
        QString escaped = text;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        return QLatin1Char('"') + escaped + QLatin1Char('"');
    }
    case Kind::Tuple:
        return QLatin1Char('(') + join(items) + (items.size() == 1 ? QStringLiteral(",)") : QStringLiteral(")"));
    case Kind::List:
        return QLatin1Char('[') + join(items) + QLatin1Char(']');
    case Kind::Dict: {
        QStringList parts;
        for (qsizetype i = 0; i + 1 < items.size(); i += 2)
            parts << items[i].toString() + QStringLiteral(": ") + items[i + 1].toString();
        return QLatin1Char('{') + parts.join(QLatin1String(", ")) + QLatin1Char('}');
    }
    case Kind::Call: {
        QStringList parts;
        for (const ValueExpr& item : items)
            parts << item.toString();
        for (const auto& kw : keywords)
            parts << kw.first + QLatin1Char('=') + kw.second.toString();
        return text + QLatin1Char('(') + parts.join(QLatin1String(", ")) + QLatin1Char(')');
    }
    case Kind::History: {
        QString s = QLatin1Char('$') + QString::number(integer);
        for (const Index& i : indices) {
            ValueExpr key;
            key.kind = Kind::String;
            key.text = i.key;
            s += QLatin1Char('[') + (i.isKey ? key.toString() : QString::number(i.position)) + QLatin1Char(']');
        }
        return s;
    }
    case Kind::Name:
        return text;
    }
    return {};
}

QStringList ValueExpr::splitList(const QString& text)
{
    QStringList out;
    QString current;
    int depth = 0;
    QChar quote;
    for (const QChar c : text) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{')) {
            ++depth;
        } else if (c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}')) {
            --depth;
        } else if (c == QLatin1Char(',') && depth == 0) {
            out << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

namespace {

// `nested`: inside a container, where a tensor is a short one.
QString exampleOfType(const QString& type, bool nested)
{
    static const QHash<QString, QString> scalars {
        { QStringLiteral("int"), QStringLiteral("3") },      { QStringLiteral("float"), QStringLiteral("0.5") },
        { QStringLiteral("bool"), QStringLiteral("True") },  { QStringLiteral("str"), QStringLiteral("\"text\"") },
        { QStringLiteral("number"), QStringLiteral("1.5") },
    };
    if (type == QLatin1String("Tensor"))
        return nested ? QStringLiteral("randn(2)") : QStringLiteral("randn(2, 3)");
    if (type == QLatin1String("str") && nested)
        return QStringLiteral("\"a\""); // a dict's key: short
    if (const auto known = scalars.constFind(type); known != scalars.cend())
        return *known;
    const qsizetype open = type.indexOf(QLatin1Char('['));
    if (open <= 0 || !type.endsWith(QLatin1Char(']')))
        return QString();
    const QString outer = type.left(open);
    if (outer == QLatin1String("Optional"))
        return QStringLiteral("None");
    if (type == QLatin1String("Tuple[()]"))
        return QStringLiteral("()");
    QStringList items;
    for (const QString& t : ValueExpr::splitList(type.mid(open + 1, type.size() - open - 2))) {
        items << exampleOfType(t, true);
        if (items.last().isEmpty())
            return QString();
    }
    if (outer == QLatin1String("List") && items.size() == 1)
        return items[0].size() <= 4 ? QStringLiteral("[%1, %1]").arg(items[0]) : QStringLiteral("[%1]").arg(items[0]);
    if (outer == QLatin1String("Tuple") && !items.isEmpty())
        return QLatin1Char('(') + items.join(QLatin1String(", ")) + QLatin1String(items.size() == 1 ? "," : "")
            + QLatin1Char(')');
    if (outer == QLatin1String("Dict") && items.size() == 2)
        return QStringLiteral("{%1: %2}").arg(items[0], items[1]);
    return QString();
}

} // namespace

QString ValueExpr::exampleOf(const QString& type)
{
    const QString example = exampleOfType(type.trimmed(), false);
    return example.size() <= 20 ? example : QString(); // a hint must show whole in a narrow field
}

} // namespace jitscope
