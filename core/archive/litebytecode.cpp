// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/litebytecode.h"

#include "archive/archivedirectory.h"
#include "common/usererror.h"
#include "pickle/picklereader.h"

#include <QJsonArray>

namespace jitscope {

namespace {

using pickle::Kind;
using pickle::Node;
using pickle::PickleDocument;

constexpr qint64 kMaxBytecodeBytes = 256 * 1024 * 1024;

class Reader
{
public:
    explicit Reader(const PickleDocument& doc)
        : m_doc(doc)
    { }

    // Every node looked at counts against a budget, and no text is longer than kMaxText: the pickle
    // memo lets a file name one node a million times for two bytes each, so what a file holds is
    // not a bound on the work of reading it.
    const Node& at(int index) const
    {
        if (index < 0 || size_t(index) >= m_doc.nodes.size())
            fail();
        if (++m_visits > kMaxVisits)
            throw UserError(LiteBytecode::tr("bytecode.pkl names its values more often than any bytecode does: "
                                             "refused before reading it takes more than 64 MiB."));
        return m_doc.nodes[size_t(index)];
    }
    const Node& item(const Node& n, size_t i) const
    {
        if ((n.kind != Kind::Tuple && n.kind != Kind::List) || i >= n.items.size())
            fail();
        return at(n.items[i]);
    }
    QString text(const Node& n) const
    {
        if (n.kind != Kind::String || n.text.size() > kMaxText)
            fail();
        charge(n.text.size());
        return QString::fromUtf8(n.text);
    }
    qint64 integer(const Node& n) const
    {
        if (n.kind != Kind::Int)
            fail();
        return n.integer;
    }
    // A value as the listing shows it.
    QString value(const Node& n, int depth = 0) const
    {
        switch (n.kind) {
        case Kind::None:
            return QStringLiteral("None");
        case Kind::Bool:
            return n.boolean ? QStringLiteral("True") : QStringLiteral("False");
        case Kind::Int:
            return QString::number(n.integer);
        case Kind::Float:
            return QString::number(n.real, 'g', 8);
        case Kind::String:
            charge(qMin<qsizetype>(n.text.size(), 800));
            return QLatin1Char('\'') + QString::fromUtf8(n.text.left(800)).left(200) + QLatin1Char('\'');
        case Kind::Global:
            return QString::fromUtf8(n.text);
        case Kind::Tensor: {
            if (n.tensor < 0 || size_t(n.tensor) >= m_doc.tensors.size())
                fail();
            const pickle::TensorRef& t = m_doc.tensors[size_t(n.tensor)];
            QStringList dims;
            for (const qint64 d : t.sizes)
                dims << QString::number(d);
            const QString dtype = t.storage >= 0 && size_t(t.storage) < m_doc.storages.size()
                ? m_doc.storages[size_t(t.storage)].dtype
                : QString();
            return QStringLiteral("Tensor[%1] %2").arg(dims.join(QLatin1String(", ")), dtype);
        }
        case Kind::Tuple:
        case Kind::List: {
            if (depth > 3)
                return QStringLiteral("(…)");
            QStringList items;
            for (size_t i = 0; i < n.items.size() && i < 16; ++i)
                items << value(at(n.items[i]), depth + 1);
            if (n.items.size() > 16)
                items << QStringLiteral("…");
            return (n.kind == Kind::Tuple ? QStringLiteral("(%1)") : QStringLiteral("[%1]"))
                .arg(items.join(QLatin1String(", ")));
        }
        case Kind::Object:
            return n.callable >= 0 ? QString::fromUtf8(at(n.callable).text.left(200)) + QStringLiteral("(…)")
                                   : QStringLiteral("object");
        default:
            return QStringLiteral("…");
        }
    }
    // Text made from the file's strings, counted: a string named a million times costs each time.
    void charge(qsizetype bytes) const
    {
        m_textBytes += bytes;
        if (m_textBytes > kMaxTextBytes)
            throw UserError(LiteBytecode::tr("bytecode.pkl names its values more often than any bytecode does: "
                                             "refused before reading it takes more than 64 MiB."));
    }
    [[noreturn]] static void fail()
    {
        throw UserError(LiteBytecode::tr("bytecode.pkl is not the lite interpreter's bytecode."));
    }

    // ("name", value) pairs of a method's code table, by name.
    const Node* field(const Node& table, const char* name) const
    {
        for (size_t i = 0; (table.kind == Kind::Tuple || table.kind == Kind::List) && i < table.items.size(); ++i) {
            const Node& pair = at(table.items[i]);
            if (pair.kind == Kind::Tuple && pair.items.size() == 2 && at(pair.items[0]).kind == Kind::String
                && at(pair.items[0]).text == name)
                return &at(pair.items[1]);
        }
        return nullptr;
    }

    QStringList schemaPart(const Node& schema, const char* name) const
    {
        QStringList out;
        const Node* list = field(schema, name);
        for (size_t i = 0; list && i < list->items.size(); ++i) {
            const Node& arg = at(list->items[i]);
            const Node* argName = field(arg, "name");
            const Node* type = field(arg, "type");
            const QString n = argName && argName->kind == Kind::String ? QString::fromUtf8(argName->text) : QString();
            const QString t = type && type->kind == Kind::String ? QString::fromUtf8(type->text) : QString();
            out << (n.isEmpty() ? t : n + QStringLiteral(": ") + t);
        }
        return out;
    }

    BytecodeMethod method(const Node& entry) const
    {
        BytecodeMethod m;
        m.name = text(item(entry, 0));
        const Node& code = item(entry, 1);
        if (const Node* list = field(code, "instructions"))
            for (size_t i = 0; i < list->items.size(); ++i) {
                const Node& ins = at(list->items[i]);
                m.instructions << BytecodeInstruction { text(item(ins, 0)), integer(item(ins, 1)),
                                                        integer(item(ins, 2)) };
            }
        if (const Node* list = field(code, "operators"))
            for (size_t i = 0; i < list->items.size(); ++i) {
                const Node& op = at(list->items[i]);
                BytecodeOperator o { text(item(op, 0)), text(item(op, 1)), -1 };
                if (op.items.size() > 2 && at(op.items[2]).kind == Kind::Int)
                    o.arguments = int(at(op.items[2]).integer);
                m.operators << o;
            }
        if (const Node* list = field(code, "constants"))
            for (size_t i = 0; i < list->items.size(); ++i)
                m.constants << value(at(list->items[i]));
        if (const Node* list = field(code, "types"))
            for (size_t i = 0; i < list->items.size(); ++i)
                m.types << value(at(list->items[i]));
        if (const Node* size = field(code, "register_size"))
            m.registerSize = integer(*size);
        if (entry.items.size() > 2) {
            m.arguments = schemaPart(item(entry, 2), "arguments");
            m.returns = schemaPart(item(entry, 2), "returns");
        }
        return m;
    }

private:
    static constexpr qint64 kMaxVisits = 20'000'000;
    static constexpr qsizetype kMaxText = 64 * 1024;
    static constexpr qint64 kMaxTextBytes = 64 * 1024 * 1024;
    const PickleDocument& m_doc;
    mutable qint64 m_visits = 0;
    mutable qint64 m_textBytes = 0;
};

} // namespace

bool LiteBytecode::isBytecodeEntry(const QString& name)
{
    // The archive's own, at its top: "<top>/bytecode.pkl", not an extra file of that name.
    return name.endsWith(QLatin1String("/bytecode.pkl")) && name.count(QLatin1Char('/')) == 1;
}

LiteBytecode LiteBytecode::read(const QString& path, bool versionOnly)
{
    const ArchiveDirectory zip = ArchiveDirectory::readZip(path);
    QString entry;
    for (const ArchiveEntry& e : zip.info().entries)
        if (isBytecodeEntry(e.name))
            entry = e.name;
    LiteBytecode bytecode;
    if (entry.isEmpty())
        return bytecode;
    PickleDocument doc;
    try {
        doc = pickle::PickleReader::read(zip.readEntry(entry, kMaxBytecodeBytes));
    } catch (const pickle::PickleError& e) {
        throw UserError(tr("%1 is damaged: %2").arg(entry, QString::fromUtf8(e.what())));
    }
    const Reader r(doc);
    const Node& root = r.at(doc.root);
    bytecode.version = r.integer(r.item(root, 0));
    if (versionOnly)
        return bytecode;
    for (size_t i = 1; i < root.items.size(); ++i)
        bytecode.methods << r.method(r.at(root.items[i]));
    return bytecode;
}

QString BytecodeMethod::listing() const
{
    QString t = QStringLiteral("def %1(%2) -> (%3):  # %4 registers\n")
                    .arg(name, arguments.join(QLatin1String(", ")), returns.join(QLatin1String(", ")),
                         QString::number(registerSize));
    for (qsizetype i = 0; i < instructions.size(); ++i) {
        const BytecodeInstruction& ins = instructions[i];
        QString note;
        if ((ins.op == QLatin1String("OP") || ins.op == QLatin1String("OPN")) && ins.x >= 0 && ins.x < operators.size())
            note = operators[ins.x].fullName();
        else if (ins.op == QLatin1String("LOADC") && ins.x >= 0 && ins.x < constants.size())
            note = constants[ins.x];
        else if (ins.op.contains(QLatin1String("TYPE")) && ins.x >= 0 && ins.x < types.size())
            note = types[ins.x];
        // One arg() call: the names come from the file, and a "%2" in one must stay as it is.
        t += QStringLiteral("  %1  %2 %3 %4%5\n")
                 .arg(QStringLiteral("%1").arg(i, 4), ins.op.leftJustified(14), QStringLiteral("%1").arg(ins.x, 4),
                      QStringLiteral("%1").arg(ins.n, 3),
                      note.isEmpty() ? QString() : QString(QStringLiteral("  # ") + note));
    }
    return t;
}

QString LiteBytecode::listing() const
{
    QString t = tr("# bytecode version %1, %n method(s)\n", nullptr, int(methods.size())).arg(version);
    for (const BytecodeMethod& m : methods)
        t += QLatin1Char('\n') + m.listing();
    return t;
}

QString LiteBytecode::listingFor(const QString& qualifiedType, const QString& method) const
{
    QString t;
    for (const BytecodeMethod& m : methods) {
        const QString owner = m.name.section(QLatin1Char('.'), 0, -2);
        if (owner == qualifiedType && (method.isEmpty() || m.name.section(QLatin1Char('.'), -1) == method))
            t += (t.isEmpty() ? QString() : QStringLiteral("\n")) + m.listing();
    }
    return t;
}

QJsonObject LiteBytecode::toJson() const
{
    QJsonArray list;
    for (const BytecodeMethod& m : methods) {
        QJsonArray instructions, operators;
        for (const BytecodeInstruction& i : m.instructions)
            instructions << QJsonArray { i.op, i.x, i.n };
        for (const BytecodeOperator& o : m.operators)
            operators << QJsonObject { { QStringLiteral("name"), o.fullName() },
                                       { QStringLiteral("arguments"), o.arguments } };
        list << QJsonObject { { QStringLiteral("name"), m.name },
                              { QStringLiteral("instructions"), instructions },
                              { QStringLiteral("operators"), operators },
                              { QStringLiteral("constants"), QJsonArray::fromStringList(m.constants) },
                              { QStringLiteral("types"), QJsonArray::fromStringList(m.types) },
                              { QStringLiteral("register_size"), m.registerSize },
                              { QStringLiteral("arguments"), QJsonArray::fromStringList(m.arguments) },
                              { QStringLiteral("returns"), QJsonArray::fromStringList(m.returns) } };
    }
    return { { QStringLiteral("bytecode_version"), version }, { QStringLiteral("methods"), list } };
}

} // namespace jitscope
