#include "picklereader.h"

#include <QHash>
#include <QtEndian>

#include <cstring>
#include <limits>
#include <unordered_map>

namespace jitscope::pickle {

namespace {

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
constexpr StorageType kStorageTypes[] = {
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

int Machine::makeLong(const char* bytes, qint64 n)
{
    if (n == 0)
        return makeInt(0);
    if (n <= 8) {
        quint64 v = 0;
        for (qint64 i = 0; i < n; ++i)
            v |= quint64(uchar(bytes[i])) << (8 * i);
        if (n < 8 && (uchar(bytes[n - 1]) & 0x80))
            v |= ~quint64(0) << (8 * n); // sign-extend
        return makeInt(qint64(v));
    }
    return makeText(Kind::BigInt, QByteArray(bytes, qsizetype(n)));
}

PickleDocument Machine::run()
{
    while (!m_stopped) {
        m_opStart = m_pos;
        if (remaining() <= 0)
            fail(PickleReader::tr("the pickle is truncated: it ends before its STOP mark."));
        step(byte());
    }
    return std::move(m_doc);
}

void Machine::step(uchar op)
{
    if (stepControl(op) || stepScalar(op) || stepText(op) || stepContainer(op) || stepObject(op))
        return;
    fail(PickleReader::tr("the pickle is damaged: unknown opcode 0x%1 at byte %2.")
             .arg(op, 2, 16, QLatin1Char('0'))
             .arg(m_opStart));
}

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

int Machine::setItems(int target, const std::vector<int>& items)
{
    if (items.size() % 2 != 0)
        fail(PickleReader::tr("the pickle is damaged: a dictionary has a key without a value."));
    if (at(target).kind != Kind::Dict && at(target).kind != Kind::Object)
        fail(PickleReader::tr("the pickle is damaged: it sets items of something that is not a dictionary."));
    for (int item : items)
        adopt(target, item);
    return target;
}

int Machine::persistent(int pid)
{
    const std::vector<int> items = tupleItems(pid);
    qint64 numel = 0;
    if (items.size() < 5 || at(items[0]).kind != Kind::String || at(items[0]).text != "storage"
        || at(items[1]).kind != Kind::Global || !intOf(items[4], &numel)) {
        // Not a storage: kept as an opaque object, as nothing here can load it.
        return makeObject(makeGlobal("pickle", "persistent_id"), pid);
    }
    if (numel < 0)
        fail(PickleReader::tr("the pickle is damaged: a storage declares %1 elements.").arg(numel));
    StorageRef ref;
    const QByteArray& type = at(items[1]).text;
    const QByteArray typeName = type.mid(type.lastIndexOf('.') + 1);
    for (const StorageType& t : kStorageTypes) {
        if (typeName == t.name) {
            ref.dtype = QLatin1String(t.dtype);
            ref.itemSize = t.itemSize;
        }
    }
    const Node& key = at(items[2]);
    ref.key = key.kind == Kind::Int ? QString::number(key.integer) : QString::fromUtf8(key.text);
    ref.location = QString::fromUtf8(at(items[3]).text);
    ref.numel = numel;
    const QString id = ref.key + QLatin1Char('|') + ref.dtype + QLatin1Char('|') + QString::number(numel);
    int index = m_storageIndex.value(id, -1);
    if (index < 0) {
        index = int(m_doc.storages.size());
        m_doc.storages.push_back(ref);
        m_storageIndex.insert(id, index);
    }
    const int node = add(Kind::Storage);
    at(node).storage = index;
    return node;
}

int Machine::rebuildTensor(const std::vector<int>& args, const QString& unsupported)
{
    TensorRef t;
    t.unsupported = unsupported;
    if (args.size() < 4 || at(args[0]).kind != Kind::Storage || !intOf(args[1], &t.offset)
        || !intList(args[2], &t.sizes) || !intList(args[3], &t.strides) || t.sizes.size() != t.strides.size())
        fail(PickleReader::tr("the pickle is damaged: a tensor's storage, offset, size or stride is malformed."));
    t.storage = at(args[0]).storage;
    if (args.size() > 4 && unsupported.isEmpty() && at(args[4]).kind == Kind::Bool)
        t.requiresGrad = at(args[4]).boolean;
    const int node = add(Kind::Tensor);
    at(node).tensor = int(m_doc.tensors.size());
    m_doc.tensors.push_back(t);
    return node;
}

int Machine::reduce(int callable, int args)
{
    // Copies: add() grows the node list, which would leave references into it dangling.
    const std::vector<int> a = tupleItems(args);
    const QByteArray name = at(callable).kind == Kind::Global ? at(callable).text : QByteArray();
    if (name == "torch._utils._rebuild_tensor_v2" || name == "torch._utils._rebuild_tensor")
        return rebuildTensor(a, {});
    if (name == "torch._utils._rebuild_qtensor")
        return rebuildTensor(a, PickleReader::tr("quantized"));
    if ((name == "torch._utils._rebuild_parameter" || name == "torch._utils._rebuild_parameter_with_state")
        && !a.empty() && at(a[0]).kind == Kind::Tensor) {
        TensorRef t = m_doc.tensors[size_t(at(a[0]).tensor)];
        t.isParameter = true;
        if (a.size() > 1 && at(a[1]).kind == Kind::Bool)
            t.requiresGrad = at(a[1]).boolean;
        const int node = add(Kind::Tensor);
        at(node).tensor = int(m_doc.tensors.size());
        m_doc.tensors.push_back(t);
        return node;
    }
    if (name == "collections.OrderedDict" || name == "builtins.dict") {
        const int dict = add(Kind::Dict);
        if (!a.empty()) {
            const std::vector<int> pairs = tupleItems(a[0]);
            for (int pair : pairs) {
                const std::vector<int> kv = tupleItems(pair);
                if (kv.size() != 2)
                    fail(PickleReader::tr("the pickle is damaged: a dictionary entry is not a pair."));
                setItems(dict, kv);
            }
        }
        return dict;
    }
    if ((name.startsWith("torch.jit._pickle.build_") || name == "torch.jit._pickle.restore_type_tag") && !a.empty())
        return a[0];
    if ((name == "builtins.set" || name == "builtins.frozenset") && (a.empty() || !tupleItems(a[0]).empty()))
        return makeSequence(Kind::Set, a.empty() ? std::vector<int>() : tupleItems(a[0]));
    if (name == "_codecs.encode" && !a.empty() && at(a[0]).kind == Kind::String) {
        // How protocol 2 spells bytes: encode(text, 'latin1').
        return makeText(Kind::Bytes, QString::fromUtf8(at(a[0]).text).toLatin1());
    }
    return makeObject(callable, args);
}

} // namespace

PickleDocument PickleReader::read(const QByteArray& data, const ReadLimits& limits)
{
    Machine machine(data, limits);
    return machine.run();
}

QString PickleDocument::string(int index) const
{
    const Node& n = node(index);
    return n.kind == Kind::String ? QString::fromUtf8(n.text) : QString();
}

namespace {

void collect(const PickleDocument& doc, int index, const QString& path, int depth, int maxDepth,
             std::vector<bool>& seen, QList<NamedTensor>& out)
{
    if (index < 0 || seen[size_t(index)])
        return;
    if (depth > maxDepth)
        throw PickleError(PickleReader::tr("the pickle nests values more than %1 levels deep.").arg(maxDepth), -1);
    seen[size_t(index)] = true;
    const Node& n = doc.node(index);
    auto join = [&](const QString& part) { return path.isEmpty() ? part : path + QLatin1Char('.') + part; };
    switch (n.kind) {
    case Kind::Tensor:
        out.append({ path, n.tensor });
        return;
    case Kind::Dict:
        for (size_t i = 0; i + 1 < n.items.size(); i += 2) {
            const Node& key = doc.node(n.items[i]);
            const QString part = key.kind == Kind::String ? QString::fromUtf8(key.text)
                : key.kind == Kind::Int                   ? QString::number(key.integer)
                                                          : QStringLiteral("[%1]").arg(i / 2);
            collect(doc, n.items[i + 1], join(part), depth + 1, maxDepth, seen, out);
        }
        return;
    case Kind::List:
    case Kind::Tuple:
    case Kind::Set:
        for (size_t i = 0; i < n.items.size(); ++i)
            collect(doc, n.items[i], path + QStringLiteral("[%1]").arg(i), depth + 1, maxDepth, seen, out);
        return;
    case Kind::Object:
        // An object's attributes are its state; its arguments and items are named by position.
        collect(doc, n.state, path, depth + 1, maxDepth, seen, out);
        collect(doc, n.args, path, depth + 1, maxDepth, seen, out);
        for (size_t i = 0; i < n.items.size(); ++i)
            collect(doc, n.items[i], path + QStringLiteral("[%1]").arg(i), depth + 1, maxDepth, seen, out);
        return;
    default:
        return;
    }
}

} // namespace

QList<NamedTensor> namedTensors(const PickleDocument& document, const QString& rootName, int maxDepth)
{
    QList<NamedTensor> out;
    std::vector<bool> seen(document.nodes.size(), false);
    collect(document, document.root, rootName, 0, maxDepth, seen, out);
    return out;
}

qint64 viewExtent(const TensorRef& tensor)
{
    if (tensor.offset < 0)
        return -1;
    qint64 furthest = tensor.offset;
    for (qsizetype i = 0; i < tensor.sizes.size(); ++i) {
        const qint64 size = tensor.sizes[i];
        if (size < 0)
            return -1;
        if (size == 0)
            return 0; // an empty view reads nothing
        const qint64 stride = tensor.strides[i];
        qint64 reach = 0;
        if (stride < 0 || __builtin_mul_overflow(size - 1, stride, &reach)
            || __builtin_add_overflow(furthest, reach, &furthest))
            return -1;
    }
    return furthest < std::numeric_limits<qint64>::max() ? furthest + 1 : -1;
}

int dtypeItemSize(const QString& dtype)
{
    for (const StorageType& t : kStorageTypes)
        if (dtype == QLatin1String(t.dtype))
            return t.itemSize;
    return 0;
}

} // namespace jitscope::pickle
