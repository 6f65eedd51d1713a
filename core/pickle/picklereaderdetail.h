// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The unpickler's machine, shared by its files: the stack machine and tensor rebuilding
// (picklereader.cpp) and the opcode families (pickleops.cpp). Private to core/pickle.

#include "pickle/picklereader.h"

#include <QHash>
#include <QtEndian>

#include <cstring>
#include <limits>
#include <unordered_map>

namespace jitscope::pickle::detail {

// Python's pickle opcodes (Lib/pickletools.py).
enum Op : uchar {
    MARK = '(',
    STOP = '.',
    POP = '0',
    POP_MARK = '1',
    DUP = '2',
    FLOAT = 'F',
    INT = 'I',
    BININT = 'J',
    BININT1 = 'K',
    LONG = 'L',
    BININT2 = 'M',
    NONE = 'N',
    PERSID = 'P',
    BINPERSID = 'Q',
    REDUCE = 'R',
    STRING = 'S',
    BINSTRING = 'T',
    SHORT_BINSTRING = 'U',
    UNICODE = 'V',
    BINUNICODE = 'X',
    APPEND = 'a',
    BUILD = 'b',
    GLOBAL = 'c',
    DICT = 'd',
    EMPTY_DICT = '}',
    APPENDS = 'e',
    GET = 'g',
    BINGET = 'h',
    INST = 'i',
    LONG_BINGET = 'j',
    LIST = 'l',
    EMPTY_LIST = ']',
    OBJ = 'o',
    PUT = 'p',
    BINPUT = 'q',
    LONG_BINPUT = 'r',
    SETITEM = 's',
    TUPLE = 't',
    EMPTY_TUPLE = ')',
    SETITEMS = 'u',
    BINFLOAT = 'G',
    BINBYTES = 'B',
    SHORT_BINBYTES = 'C',
    PROTO = 0x80,
    NEWOBJ = 0x81,
    EXT1 = 0x82,
    EXT2 = 0x83,
    EXT4 = 0x84,
    TUPLE1 = 0x85,
    TUPLE2 = 0x86,
    TUPLE3 = 0x87,
    NEWTRUE = 0x88,
    NEWFALSE = 0x89,
    LONG1 = 0x8a,
    LONG4 = 0x8b,
    SHORT_BINUNICODE = 0x8c,
    BINUNICODE8 = 0x8d,
    BINBYTES8 = 0x8e,
    EMPTY_SET = 0x8f,
    ADDITEMS = 0x90,
    FROZENSET = 0x91,
    NEWOBJ_EX = 0x92,
    STACK_GLOBAL = 0x93,
    MEMOIZE = 0x94,
    FRAME = 0x95,
    BYTEARRAY8 = 0x96,
    NEXT_BUFFER = 0x97,
    READONLY_BUFFER = 0x98,
};

struct StorageType
{
    const char* name;
    const char* dtype;
    int itemSize;
};

// torch.<Name>Storage as torch.save and TorchScript's pickler name them.
inline constexpr StorageType kStorageTypes[] = {
    { "FloatStorage", "float32", 4 },
    { "DoubleStorage", "float64", 8 },
    { "HalfStorage", "float16", 2 },
    { "BFloat16Storage", "bfloat16", 2 },
    { "LongStorage", "int64", 8 },
    { "IntStorage", "int32", 4 },
    { "ShortStorage", "int16", 2 },
    { "CharStorage", "int8", 1 },
    { "ByteStorage", "uint8", 1 },
    { "BoolStorage", "bool", 1 },
    { "ComplexFloatStorage", "complex64", 8 },
    { "ComplexDoubleStorage", "complex128", 16 },
    { "ComplexHalfStorage", "complex32", 4 },
    { "QInt8Storage", "qint8", 1 },
    { "QUInt8Storage", "quint8", 1 },
    { "QInt32Storage", "qint32", 4 },
    { "QUInt4x2Storage", "quint4x2", 1 },
    { "QUInt2x4Storage", "quint2x4", 1 },
    { "UntypedStorage", "uint8", 1 },
};

class Machine
{
public:
    Machine(const QByteArray& data, const ReadLimits& limits)
        : m_data(data)
        , m_limits(limits)
    { }

    PickleDocument run();
    qint64 position() const { return m_pos; } // after run(): where the STOP mark ended

private:
    [[noreturn]] void fail(const QString& message) const { throw PickleError(message, m_opStart); }

    qint64 remaining() const { return m_data.size() - m_pos; }
    const char* take(qint64 n)
    {
        if (n < 0 || n > remaining())
            fail(PickleReader::tr("the pickle is truncated: an item needs %1 more bytes than the file holds.")
                     .arg(n - remaining()));
        const char* p = m_data.constData() + m_pos;
        m_pos += n;
        return p;
    }
    uchar byte() { return uchar(*take(1)); }
    quint16 u16() { return qFromLittleEndian<quint16>(take(2)); }
    quint32 u32() { return qFromLittleEndian<quint32>(take(4)); }
    quint64 u64() { return qFromLittleEndian<quint64>(take(8)); }
    QByteArray line()
    {
        const qsizetype end = m_data.indexOf('\n', m_pos);
        if (end < 0)
            fail(PickleReader::tr("the pickle is truncated: a line of text has no end."));
        QByteArray text = m_data.mid(m_pos, end - m_pos);
        m_pos = end + 1;
        if (text.endsWith('\r'))
            text.chop(1);
        return text;
    }
    QByteArray bytes(quint64 n)
    {
        if (n > quint64(remaining()))
            take(remaining() + 1); // reports the truncation
        return QByteArray(take(qint64(n)), qsizetype(n));
    }

    int add(Kind kind)
    {
        if (qint64(m_doc.nodes.size()) >= m_limits.maxNodes)
            fail(PickleReader::tr("the pickle holds more than %1 values.").arg(m_limits.maxNodes));
        m_doc.nodes.emplace_back();
        m_doc.nodes.back().kind = kind;
        m_depth.push_back(0);
        return int(m_doc.nodes.size() - 1);
    }
    Node& at(int index) { return m_doc.nodes[size_t(index)]; }
    void push(int index) { m_stack.push_back(index); }
    qsizetype base() const { return m_marks.empty() ? 0 : m_marks.back(); }
    int pop()
    {
        if (qsizetype(m_stack.size()) <= base())
            fail(PickleReader::tr("the pickle is damaged: it takes a value from an empty stack."));
        const int v = m_stack.back();
        m_stack.pop_back();
        return v;
    }
    int top()
    {
        if (qsizetype(m_stack.size()) <= base())
            fail(PickleReader::tr("the pickle is damaged: it uses a value from an empty stack."));
        return m_stack.back();
    }
    std::vector<int> popMark()
    {
        if (m_marks.empty())
            fail(PickleReader::tr("the pickle is damaged: a mark is missing."));
        const qsizetype from = m_marks.back();
        m_marks.pop_back();
        std::vector<int> items(m_stack.begin() + from, m_stack.end());
        m_stack.resize(size_t(from));
        return items;
    }
    // Puts `child` into `container`, keeping the nesting depth within the limit.
    void adopt(int container, int child)
    {
        at(container).items.push_back(child);
        nest(container, child);
    }
    void nest(int parent, int child)
    {
        if (child < 0)
            return;
        const int depth = m_depth[size_t(child)] + 1;
        if (depth > m_depth[size_t(parent)]) {
            if (depth > m_limits.maxDepth)
                fail(PickleReader::tr("the pickle nests values more than %1 levels deep.").arg(m_limits.maxDepth));
            m_depth[size_t(parent)] = depth;
        }
    }
    // By value: `items` often lives in a node, and adding a node may move every node.
    int makeSequence(Kind kind, std::vector<int> items)
    {
        const int node = add(kind);
        for (int item : items)
            adopt(node, item);
        return node;
    }
    int makeInt(qint64 value)
    {
        const int node = add(Kind::Int);
        at(node).integer = value;
        return node;
    }
    int makeText(Kind kind, const QByteArray& text)
    {
        const int node = add(kind);
        at(node).text = text;
        return node;
    }
    int makeGlobal(const QByteArray& module, const QByteArray& name)
    {
        return makeText(Kind::Global, module + '.' + name);
    }
    int makeObject(int callable, int args)
    {
        const int node = add(Kind::Object);
        at(node).callable = callable;
        at(node).args = args;
        nest(node, args);
        return node;
    }
    int makeLong(const char* bytes, qint64 n);
    void memoPut(quint64 key) { m_memo[key] = top(); }
    void memoGet(quint64 key)
    {
        const auto it = m_memo.find(key);
        if (it == m_memo.end())
            fail(
                PickleReader::tr("the pickle is damaged: it refers to memo entry %1, which it never stored.").arg(key));
        push(it->second);
    }
    quint64 decimal(const QByteArray& text)
    {
        bool ok = false;
        const quint64 v = text.trimmed().toULongLong(&ok);
        if (!ok)
            fail(PickleReader::tr("the pickle is damaged: '%1' is not a number.")
                     .arg(QString::fromLatin1(text.left(40))));
        return v;
    }

    void step(uchar op);
    bool stepControl(uchar op);
    bool stepScalar(uchar op);
    bool stepText(uchar op);
    bool stepContainer(uchar op);
    bool stepObject(uchar op);
    int persistent(int pid);
    int reduce(int callable, int args);
    int rebuildTensor(const std::vector<int>& args, const QString& unsupported);
    int setItems(int target, const std::vector<int>& items);

    const std::vector<int>& tupleItems(int node) const
    {
        static const std::vector<int> none;
        const Node& n = m_doc.nodes[size_t(node)];
        return n.kind == Kind::Tuple || n.kind == Kind::List ? n.items : none;
    }
    bool intOf(int node, qint64* value) const
    {
        const Node& n = m_doc.nodes[size_t(node)];
        if (n.kind == Kind::Int || n.kind == Kind::Bool) {
            *value = n.kind == Kind::Bool ? qint64(n.boolean) : n.integer;
            return true;
        }
        return false;
    }
    bool intList(int node, QList<qint64>* values) const
    {
        const Node& n = m_doc.nodes[size_t(node)];
        if (n.kind != Kind::Tuple && n.kind != Kind::List && n.kind != Kind::Object)
            return false;
        // torch.Size pickles as a REDUCE of torch.Size over a tuple: look inside its argument.
        if (n.kind == Kind::Object)
            return n.args >= 0 && !tupleItems(n.args).empty() && intList(tupleItems(n.args).front(), values);
        for (int item : n.items) {
            qint64 v = 0;
            if (!intOf(item, &v))
                return false;
            values->append(v);
        }
        return true;
    }

    const QByteArray& m_data;
    ReadLimits m_limits;
    qint64 m_pos = 0;
    qint64 m_opStart = 0;
    PickleDocument m_doc;
    std::vector<int> m_depth;
    std::vector<int> m_stack;
    std::vector<qsizetype> m_marks;
    std::unordered_map<quint64, int> m_memo;
    QHash<QString, int> m_storageIndex; // "key|dtype|numel" -> index into m_doc.storages
    bool m_stopped = false;
};

} // namespace jitscope::pickle::detail
