// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The unpickler's opcodes by family: control (stack, marks, memo, end), scalars, text,
// containers and objects.
#include "pickle/picklereaderdetail.h"

namespace jitscope::pickle::detail {

// The stack, marks, memo and the end.
bool Machine::stepControl(uchar op)
{
    switch (op) {
    case PROTO:
        if (byte() > 5)
            fail(PickleReader::tr("the pickle uses a protocol newer than 5."));
        return true;
    case FRAME:
        u64(); // frames only group opcodes; their contents follow inline
        return true;
    case STOP:
        m_doc.root = pop();
        m_stopped = true;
        return true;
    case MARK:
        m_marks.push_back(qsizetype(m_stack.size()));
        return true;
    case POP:
        if (qsizetype(m_stack.size()) <= base() && !m_marks.empty())
            popMark();
        else
            pop();
        return true;
    case POP_MARK:
        popMark();
        return true;
    case DUP:
        push(top());
        return true;
    case PUT:
        memoPut(decimal(line()));
        return true;
    case BINPUT:
        memoPut(byte());
        return true;
    case LONG_BINPUT:
        memoPut(u32());
        return true;
    case MEMOIZE:
        memoPut(m_memo.size());
        return true;
    case GET:
        memoGet(decimal(line()));
        return true;
    case BINGET:
        memoGet(byte());
        return true;
    case LONG_BINGET:
        memoGet(u32());
        return true;
    default:
        return false;
    }
}

// None, booleans and numbers.
bool Machine::stepScalar(uchar op)
{
    switch (op) {
    case NONE:
        push(add(Kind::None));
        return true;
    case NEWTRUE:
    case NEWFALSE: {
        const int node = add(Kind::Bool);
        at(node).boolean = op == NEWTRUE;
        push(node);
        return true;
    }
    case INT: {
        const QByteArray text = line();
        if (text == "00" || text == "01") {
            const int node = add(Kind::Bool);
            at(node).boolean = text == "01";
            push(node);
            return true;
        }
        bool ok = false;
        const qint64 v = text.toLongLong(&ok);
        push(ok ? makeInt(v) : makeText(Kind::BigInt, text));
        return true;
    }
    case LONG: {
        QByteArray text = line();
        if (text.endsWith('L'))
            text.chop(1);
        bool ok = false;
        const qint64 v = text.toLongLong(&ok);
        push(ok ? makeInt(v) : makeText(Kind::BigInt, text));
        return true;
    }
    case BININT:
        push(makeInt(qint32(u32())));
        return true;
    case BININT1:
        push(makeInt(byte()));
        return true;
    case BININT2:
        push(makeInt(u16()));
        return true;
    case LONG1: {
        const qint64 n = byte();
        push(makeLong(take(n), n));
        return true;
    }
    case LONG4: {
        const qint64 n = qint32(u32());
        if (n < 0)
            fail(PickleReader::tr("the pickle is damaged: an integer has a negative length."));
        push(makeLong(take(n), n));
        return true;
    }
    case FLOAT: {
        const int node = add(Kind::Float);
        at(node).real = line().toDouble();
        push(node);
        return true;
    }
    case BINFLOAT: {
        const int node = add(Kind::Float);
        const quint64 bits = qFromBigEndian<quint64>(take(8));
        std::memcpy(&at(node).real, &bits, sizeof bits);
        push(node);
        return true;
    }
    default:
        return false;
    }
}

// Text and bytes.
bool Machine::stepText(uchar op)
{
    switch (op) {
    case STRING:
    case UNICODE: {
        QByteArray text = line();
        if (op == STRING && text.size() >= 2 && (text.front() == '\'' || text.front() == '"'))
            text = text.mid(1, text.size() - 2);
        push(makeText(Kind::String, text));
        return true;
    }
    case BINSTRING: {
        const qint64 n = qint32(u32());
        if (n < 0)
            fail(PickleReader::tr("the pickle is damaged: a string has a negative length."));
        push(makeText(Kind::String, bytes(quint64(n))));
        return true;
    }
    case SHORT_BINSTRING:
    case SHORT_BINUNICODE: {
        push(makeText(Kind::String, bytes(byte())));
        return true;
    }
    case BINUNICODE: {
        push(makeText(Kind::String, bytes(u32())));
        return true;
    }
    case BINUNICODE8:
    case BINBYTES8:
    case BYTEARRAY8: {
        push(makeText(op == BINUNICODE8 ? Kind::String : Kind::Bytes, bytes(u64())));
        return true;
    }
    case BINBYTES: {
        push(makeText(Kind::Bytes, bytes(u32())));
        return true;
    }
    case SHORT_BINBYTES: {
        push(makeText(Kind::Bytes, bytes(byte())));
        return true;
    }
    default:
        return false;
    }
}

// Tuples, lists, dictionaries and sets.
bool Machine::stepContainer(uchar op)
{
    switch (op) {
    case EMPTY_TUPLE:
        push(add(Kind::Tuple));
        return true;
    case TUPLE:
        push(makeSequence(Kind::Tuple, popMark()));
        return true;
    case TUPLE1:
    case TUPLE2:
    case TUPLE3: {
        std::vector<int> items(size_t(op - TUPLE1 + 1));
        for (auto it = items.rbegin(); it != items.rend(); ++it)
            *it = pop();
        push(makeSequence(Kind::Tuple, items));
        return true;
    }
    case EMPTY_LIST:
        push(add(Kind::List));
        return true;
    case LIST:
        push(makeSequence(Kind::List, popMark()));
        return true;
    case APPEND: {
        const int value = pop();
        const int list = top();
        if (at(list).kind != Kind::List && at(list).kind != Kind::Object)
            fail(PickleReader::tr("the pickle is damaged: it appends to something that is not a list."));
        adopt(list, value);
        return true;
    }
    case APPENDS: {
        const std::vector<int> items = popMark();
        const int list = top();
        if (at(list).kind != Kind::List && at(list).kind != Kind::Object)
            fail(PickleReader::tr("the pickle is damaged: it appends to something that is not a list."));
        for (int item : items)
            adopt(list, item);
        return true;
    }
    case EMPTY_DICT:
        push(add(Kind::Dict));
        return true;
    case DICT:
        push(setItems(add(Kind::Dict), popMark()));
        return true;
    case SETITEM: {
        const int value = pop();
        const int key = pop();
        setItems(top(), { key, value });
        return true;
    }
    case SETITEMS: {
        const std::vector<int> items = popMark();
        setItems(top(), items);
        return true;
    }
    case EMPTY_SET:
        push(add(Kind::Set));
        return true;
    case ADDITEMS: {
        const std::vector<int> items = popMark();
        const int set = top();
        if (at(set).kind != Kind::Set)
            fail(PickleReader::tr("the pickle is damaged: it adds items to something that is not a set."));
        for (int item : items)
            adopt(set, item);
        return true;
    }
    case FROZENSET:
        push(makeSequence(Kind::Set, popMark()));
        return true;
    default:
        return false;
    }
}

// Classes, calls, state and persistent ids: kept as data, never called.
bool Machine::stepObject(uchar op)
{
    switch (op) {
    case GLOBAL: {
        const QByteArray module = line();
        const QByteArray name = line();
        push(makeGlobal(module, name));
        return true;
    }
    case STACK_GLOBAL: {
        const int name = pop();
        const int module = pop();
        if (at(name).kind != Kind::String || at(module).kind != Kind::String)
            fail(PickleReader::tr("the pickle is damaged: a class is named by something other than text."));
        push(makeGlobal(at(module).text, at(name).text));
        return true;
    }
    case INST: {
        const QByteArray module = line();
        const QByteArray name = line();
        const int args = makeSequence(Kind::Tuple, popMark());
        push(makeObject(makeGlobal(module, name), args));
        return true;
    }
    case OBJ: {
        std::vector<int> items = popMark();
        if (items.empty())
            fail(PickleReader::tr("the pickle is damaged: an object has no class."));
        const int cls = items.front();
        items.erase(items.begin());
        push(makeObject(cls, makeSequence(Kind::Tuple, items)));
        return true;
    }
    case NEWOBJ: {
        const int args = pop();
        const int cls = pop();
        push(makeObject(cls, args));
        return true;
    }
    case NEWOBJ_EX: {
        pop(); // keyword arguments: kept out, as nothing here calls the class
        const int args = pop();
        const int cls = pop();
        push(makeObject(cls, args));
        return true;
    }
    case REDUCE: {
        const int args = pop();
        const int callable = pop();
        push(reduce(callable, args));
        return true;
    }
    case BUILD: {
        const int state = pop();
        const int target = top();
        if (at(target).kind == Kind::Object) {
            at(target).state = state;
            nest(target, state);
        }
        return true;
    }
    case PERSID:
        push(persistent(makeText(Kind::String, line())));
        return true;
    case BINPERSID:
        push(persistent(pop()));
        return true;
    case EXT1:
    case EXT2:
    case EXT4:
        fail(PickleReader::tr("the pickle uses Python's extension registry (copyreg), which a data file never needs."));
    case NEXT_BUFFER:
    case READONLY_BUFFER:
        fail(PickleReader::tr("the pickle uses out-of-band buffers, which a file cannot carry."));
    default:
        return false;
    }
}

} // namespace jitscope::pickle::detail
