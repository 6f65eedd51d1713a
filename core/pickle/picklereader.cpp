// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pickle/picklereaderdetail.h"

namespace jitscope::pickle {

namespace detail {

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
        if (name == "collections.OrderedDict")
            at(dict).text = name;
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

} // namespace detail

PickleDocument PickleReader::read(const QByteArray& data, const ReadLimits& limits)
{
    detail::Machine machine(data, limits);
    return machine.run();
}

PickleDocument PickleReader::readPrefix(const QByteArray& data, qint64* end, const ReadLimits& limits)
{
    detail::Machine machine(data, limits);
    PickleDocument document = machine.run();
    *end = machine.position();
    return document;
}

int dtypeItemSize(const QString& dtype)
{
    for (const detail::StorageType& t : detail::kStorageTypes)
        if (dtype == QLatin1String(t.dtype))
            return t.itemSize;
    return 0;
}

} // namespace jitscope::pickle
