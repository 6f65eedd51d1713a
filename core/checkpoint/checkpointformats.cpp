// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpoint/checkpointdetail.h"

#include "archive/archivedirectory.h"
#include "checkpoint/safetensorsheader.h"
#include "common/textformat.h"
#include "common/usererror.h"
#include "pickle/picklereader.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cstring>
#include <limits>

namespace jitscope::checkpointformat {

namespace {

using pickle::Kind;
using pickle::PickleDocument;

constexpr qint64 kMaxPickle = qint64(256) << 20;
constexpr int kMaxDepth = 500;
// The pickle's own values, before the structure is built from them (a tensor takes about ten).
constexpr pickle::ReadLimits kPickleLimits { kMaxDepth * 2, qint64(Checkpoint::kMaxValues) * 8 };
// torch.save's legacy files start with the pickled magic number 0x1950a86a20f9469cfc6c.
const QByteArray kLegacyMagic("\x80\x02\x8a\x0a\x6c\xfc\x9c\x46\xf9\x20\x6a\xa8\x50\x19", 14);

} // namespace

[[noreturn]] void fail(const QString& path, const QString& message)
{
    throw UserError(path + QLatin1String(": ") + message);
}

QByteArray head(const QString& path, qint64 n)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(n);
}

bool isSafetensorsHead(const QByteArray& bytes)
{
    // Eight bytes of header length, then the header's JSON object: whether the length is sound
    // is the reader's to say (a damaged safetensors file is refused as one).
    return bytes.size() >= 9 && bytes[8] == '{' && !bytes.startsWith("PK") && !isLegacyHead(bytes);
}

bool isLegacyHead(const QByteArray& bytes)
{
    return bytes.startsWith(kLegacyMagic);
}

namespace {

// Builds the structure tree and the tensor list of a pickled checkpoint.
class TreeBuilder
{
public:
    TreeBuilder(const PickleDocument& doc, Checkpoint& out)
        : m_doc(doc)
        , m_out(out)
    { }

    void build() { add(m_doc.root, QString(), -1, QString(), 0); }

private:
    QString scalarText(const pickle::Node& n) const
    {
        switch (n.kind) {
        case Kind::None:
            return QStringLiteral("None");
        case Kind::Bool:
            return n.boolean ? QStringLiteral("True") : QStringLiteral("False");
        case Kind::Int:
            return QString::number(n.integer);
        case Kind::BigInt:
            return Checkpoint::tr("(a %1-byte integer)").arg(n.text.size());
        case Kind::Float:
            return QString::number(n.real, 'g', 8);
        case Kind::String: {
            QString text = QString::fromUtf8(n.text);
            if (text.size() > 80)
                text = text.left(77) + QStringLiteral("...");
            return QLatin1Char('\'') + text + QLatin1Char('\'');
        }
        case Kind::Bytes:
            return Checkpoint::tr("%n byte(s)", nullptr, int(qMin<qsizetype>(n.text.size(), INT_MAX)));
        case Kind::Global:
            return QString::fromUtf8(n.text);
        default:
            return {};
        }
    }

    static QString kindName(Kind kind)
    {
        switch (kind) {
        case Kind::None:
            return QStringLiteral("None");
        case Kind::Bool:
            return QStringLiteral("bool");
        case Kind::Int:
        case Kind::BigInt:
            return QStringLiteral("int");
        case Kind::Float:
            return QStringLiteral("float");
        case Kind::String:
            return QStringLiteral("str");
        case Kind::Bytes:
            return QStringLiteral("bytes");
        case Kind::List:
            return QStringLiteral("list");
        case Kind::Tuple:
            return QStringLiteral("tuple");
        case Kind::Set:
            return QStringLiteral("set");
        case Kind::Dict:
            return QStringLiteral("dict");
        case Kind::Global:
            return QStringLiteral("class");
        case Kind::Object:
            return QStringLiteral("object");
        case Kind::Storage:
            return QStringLiteral("storage");
        case Kind::Tensor:
            return QStringLiteral("tensor");
        }
        return {};
    }

    // The key text of a dict key node.
    QString keyText(int index) const
    {
        const pickle::Node& k = m_doc.node(index);
        if (k.kind == Kind::String)
            return QString::fromUtf8(k.text);
        const QString scalar = scalarText(k);
        return scalar.isEmpty() ? kindName(k.kind) : scalar;
    }

    static QString childPath(const QString& path, const QString& key, bool positional)
    {
        if (positional)
            return path + QLatin1Char('[') + key + QLatin1Char(']');
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    int add(int index, const QString& key, int parent, const QString& path, int depth)
    {
        if (depth > kMaxDepth)
            fail(m_out.path, Checkpoint::tr("its values nest more than %1 levels deep.").arg(kMaxDepth));
        const pickle::Node& n = m_doc.node(index);
        if (m_out.nodes.size() >= Checkpoint::kMaxValues)
            fail(m_out.path,
                 Checkpoint::tr("its structure holds more than %1 values, more than JitScope reads in one file.")
                     .arg(Checkpoint::kMaxValues));
        CheckpointNode node;
        node.key = key;
        node.kind = kindName(n.kind);
        node.parent = parent;
        node.value = scalarText(n);
        const int self = int(m_out.nodes.size());
        m_out.nodes.append(node);
        if (parent >= 0)
            m_out.nodes[parent].children.append(self);
        if (m_onPath.contains(index)) {
            m_out.nodes[self].value = Checkpoint::tr("(contains itself)");
            return self;
        }
        // A container the pickle refers to again (its memo) is shown once, where it first
        // appears: lists of references to lists (the "billion laughs") stay as small as the file.
        const bool container = n.kind == Kind::Dict || n.kind == Kind::List || n.kind == Kind::Tuple
            || n.kind == Kind::Set || n.kind == Kind::Object;
        if (container) {
            const auto shown = m_shownAt.constFind(index);
            if (shown != m_shownAt.cend()) {
                m_out.nodes[self].value = Checkpoint::tr("the same %1 as %2").arg(m_out.nodes[self].kind, *shown);
                return self;
            }
            m_shownAt.insert(index, path.isEmpty() ? Checkpoint::tr("the root") : path);
        }
        m_onPath.insert(index);
        switch (n.kind) {
        case Kind::Dict:
            if (!n.text.isEmpty())
                m_out.nodes[self].type = QString::fromUtf8(n.text); // collections.OrderedDict
            for (size_t i = 0; i + 1 < n.items.size(); i += 2) {
                const int child = add(n.items[i + 1], keyText(n.items[i]), self,
                                      childPath(path, keyText(n.items[i]), false), depth + 1);
                m_out.nodes[child].intKey = m_doc.node(n.items[i]).kind == Kind::Int;
            }
            m_out.nodes[self].value = Checkpoint::tr("%n item(s)", nullptr, int(n.items.size() / 2));
            break;
        case Kind::List:
        case Kind::Tuple:
        case Kind::Set:
            for (size_t i = 0; i < n.items.size(); ++i)
                add(n.items[i], QStringLiteral("[%1]").arg(i), self, childPath(path, QString::number(i), true),
                    depth + 1);
            m_out.nodes[self].value = Checkpoint::tr("%n item(s)", nullptr, int(n.items.size()));
            break;
        case Kind::Object: {
            const pickle::Node& callable = m_doc.node(n.callable);
            m_out.nodes[self].type = callable.kind == Kind::Global ? QString::fromUtf8(callable.text) : QString();
            // A sparse or nested tensor is not read as one tensor: it is shown as the parts it was
            // saved as (a sparse COO tensor's indices and values), and says so.
            if (m_out.nodes[self].type.startsWith(QLatin1String("torch._utils._rebuild_sparse"))
                || m_out.nodes[self].type.startsWith(QLatin1String("torch._utils._rebuild_nested")))
                m_out.nodes[self].value = Checkpoint::tr(
                    "a sparse or nested tensor: not read as a tensor; shown as the parts it was saved as");
            // Its pickled state (the attributes of argparse.Namespace and most classes), else the
            // arguments it was made with.
            int content = n.state >= 0 ? n.state : n.args;
            if (content >= 0) {
                const pickle::Node& c = m_doc.node(content);
                if (c.kind == Kind::Dict) {
                    for (size_t i = 0; i + 1 < c.items.size(); i += 2)
                        add(c.items[i + 1], keyText(c.items[i]), self, childPath(path, keyText(c.items[i]), false),
                            depth + 1);
                } else if (c.kind == Kind::Tuple || c.kind == Kind::List) {
                    for (size_t i = 0; i < c.items.size(); ++i)
                        add(c.items[i], QStringLiteral("[%1]").arg(i), self, childPath(path, QString::number(i), true),
                            depth + 1);
                } else {
                    add(content, Checkpoint::tr("state"), self, childPath(path, QStringLiteral("state"), false),
                        depth + 1);
                }
            }
            break;
        }
        case Kind::Tensor:
            m_out.nodes[self].tensor = tensorFor(n.tensor, path, self);
            break;
        default:
            break;
        }
        m_onPath.remove(index);
        return self;
    }

    // The tensor at `node`: described once, however often the structure holds it.
    int tensorFor(int tensorIndex, const QString& path, int node)
    {
        const auto known = m_tensorIndex.constFind(tensorIndex);
        if (known != m_tensorIndex.cend()) {
            m_out.nodes[node].value = Checkpoint::tr("the same tensor as %1").arg(m_out.tensors[*known].name);
            m_out.nodes[node].type = m_out.tensors[*known].dtype;
            return *known;
        }
        if (m_out.tensors.size() >= Checkpoint::kMaxTensors)
            fail(m_out.path,
                 Checkpoint::tr("it holds more than %1 tensors, more than JitScope reads in one file.")
                     .arg(Checkpoint::kMaxTensors));
        const pickle::TensorRef& t = m_doc.tensors[size_t(tensorIndex)];
        const pickle::StorageRef& s = m_doc.storages[size_t(t.storage)];
        CheckpointTensor info;
        info.name = path;
        info.dtype = s.dtype;
        info.shape = t.sizes;
        info.strides = t.strides;
        info.offset = t.offset;
        info.storage = s.key;
        info.device = s.location;
        info.isParameter = t.isParameter;
        info.requiresGrad = t.requiresGrad;
        info.numel = 1;
        for (qint64 d : t.sizes) {
            if (d < 0 || __builtin_mul_overflow(info.numel, d, &info.numel)) {
                info.numel = -1;
                break;
            }
        }
        if (info.numel < 0 || __builtin_mul_overflow(info.numel, qint64(s.itemSize), &info.bytes))
            info.problem = Checkpoint::tr("its shape %1 overflows").arg(shapeText(t.sizes));
        if (__builtin_mul_overflow(s.numel, qint64(s.itemSize), &info.storageBytes))
            info.problem = Checkpoint::tr("its storage declares more than 2^63 bytes");
        if (!t.unsupported.isEmpty())
            info.problem = Checkpoint::tr("%1 tensors are not read").arg(t.unsupported);
        else if (s.itemSize == 0)
            info.problem = Checkpoint::tr("its storage has an unknown type");
        const qint64 extent = pickle::viewExtent(t);
        if (info.problem.isEmpty() && (extent < 0 || extent > s.numel))
            info.problem = Checkpoint::tr("it reaches past the end of its storage of %1 elements").arg(s.numel);
        // A view may repeat its storage (a stride of 0, as expand() makes), and a hostile file can
        // make it repeat a few bytes into terabytes: a view over twice its storage's bytes and
        // 64 MiB is not read.
        if (info.problem.isEmpty() && info.bytes > (qint64(64) << 20) && info.bytes / 2 > info.storageBytes)
            info.problem = Checkpoint::tr("its view repeats %1 of storage into %2 (strides %3); not read")
                               .arg(formatBytes(info.storageBytes, messageLocale()),
                                    formatBytes(info.bytes, messageLocale()), shapeText(t.strides));
        if (!s.location.isEmpty() && !m_out.savedOn.contains(s.location))
            m_out.savedOn << s.location;
        const int index = int(m_out.tensors.size());
        m_out.tensors.append(info);
        m_tensorIndex.insert(tensorIndex, index);
        m_out.nodes[node].type = info.dtype;
        m_out.nodes[node].value = shapeText(info.shape);
        return index;
    }

    const PickleDocument& m_doc;
    Checkpoint& m_out;
    QSet<int> m_onPath;
    QHash<int, QString> m_shownAt; // containers shown so far: where
    QHash<int, int> m_tensorIndex;
};

// Each storage's bytes: `located(key)` gives the record or file range and the bytes there.
template <typename Locate> void placeStorages(Checkpoint& c, Locate located)
{
    for (CheckpointTensor& t : c.tensors) {
        qint64 available = 0;
        if (!located(t, &available)) {
            if (t.problem.isEmpty() && t.storageBytes > 0)
                t.problem = Checkpoint::tr("the data of its storage '%1' are missing").arg(t.storage);
            continue;
        }
        if (t.problem.isEmpty() && t.storageBytes > available)
            t.problem = Checkpoint::tr("its storage declares %1 of data, but the file holds %2")
                            .arg(formatBytes(t.storageBytes, messageLocale()), formatBytes(available, messageLocale()));
    }
}

} // namespace

void readZip(Checkpoint& c)
{
    const ArchiveDirectory directory = ArchiveDirectory::readZip(c.path);
    c.entries = directory.info().entries;
    QString prefix;
    for (const ArchiveEntry& e : c.entries) {
        if (e.name.endsWith(QLatin1String("/data.pkl")) && e.name.count(QLatin1Char('/')) == 1)
            prefix = e.name.chopped(int(qstrlen("/data.pkl")));
    }
    if (prefix.isEmpty())
        fail(c.path, Checkpoint::tr("not a PyTorch checkpoint: the zip has no data.pkl."));
    for (const ArchiveEntry& e : c.entries)
        if (e.name.startsWith(prefix + QLatin1String("/code/")))
            fail(c.path, Checkpoint::tr("a TorchScript archive, not a checkpoint: open it as a model."));
    PickleDocument doc;
    try {
        doc = pickle::PickleReader::read(directory.readEntry(prefix + QLatin1String("/data.pkl"), kMaxPickle),
                                         kPickleLimits);
    } catch (const pickle::PickleError& e) {
        fail(c.path, Checkpoint::tr("the checkpoint is damaged: data.pkl cannot be read (%1).").arg(e.message()));
    }
    TreeBuilder(doc, c).build();
    QHash<QString, const ArchiveEntry*> byName;
    for (const ArchiveEntry& e : c.entries)
        byName.insert(e.name, &e);
    placeStorages(c, [&](CheckpointTensor& t, qint64* available) {
        const ArchiveEntry* e = byName.value(prefix + QLatin1String("/data/") + t.storage);
        if (!e)
            return false;
        t.record = e->name;
        *available = e->size;
        // PyTorch stores tensor records as they are; a deflated one (a zip tool's repacking) is
        // inflated when read, so it may claim only what its storage needs.
        if (e->compressed && t.problem.isEmpty() && e->size != t.storageBytes)
            t.problem = Checkpoint::tr("its compressed record declares %1 once inflated, its storage needs %2")
                            .arg(formatBytes(e->size, messageLocale()), formatBytes(t.storageBytes, messageLocale()));
        return true;
    });
}

void readLegacy(Checkpoint& c)
{
    QFile file(c.path);
    if (!file.open(QIODevice::ReadOnly))
        fail(c.path, file.errorString());
    uchar* mapped = file.map(0, c.fileSize);
    if (!mapped)
        fail(c.path, file.errorString());
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(mapped), qsizetype(c.fileSize));
    // Five pickles in a row: the magic number, the protocol version, system facts, the object
    // itself, the sorted storage keys; then each storage as its element count and its bytes.
    qint64 at = 0;
    PickleDocument object, keys;
    try {
        for (int i = 0; i < 5; ++i) {
            qint64 end = 0;
            PickleDocument doc = pickle::PickleReader::readPrefix(
                QByteArray::fromRawData(bytes.constData() + at, qsizetype(c.fileSize - at)), &end, kPickleLimits);
            at += end;
            if (i == 3)
                object = std::move(doc);
            else if (i == 4)
                keys = std::move(doc);
        }
    } catch (const pickle::PickleError& e) {
        fail(c.path, Checkpoint::tr("the checkpoint is damaged: its pickle cannot be read (%1).").arg(e.message()));
    }
    TreeBuilder(object, c).build();
    QHash<QString, int> itemSize;
    for (const pickle::StorageRef& s : object.storages)
        itemSize.insert(s.key, s.itemSize);
    QHash<QString, QPair<qint64, qint64>> ranges; // key -> file offset, bytes
    const pickle::Node& list = keys.node(keys.root);
    for (int item : list.items) {
        const QString key = keys.string(item);
        if (c.fileSize - at < 8)
            break;
        quint64 declared = 0;
        for (int i = 0; i < 8; ++i)
            declared |= quint64(uchar(bytes[qsizetype(at + i)])) << (8 * i);
        const qint64 numel = declared > quint64(std::numeric_limits<qint64>::max()) ? -1 : qint64(declared);
        at += 8;
        qint64 size = 0;
        if (numel < 0 || __builtin_mul_overflow(numel, qint64(itemSize.value(key)), &size) || itemSize.value(key) == 0)
            break; // the storages after an unreadable one cannot be placed
        ranges.insert(key, { at, qMin(size, c.fileSize - at) });
        if (size > c.fileSize - at)
            break;
        at += size;
    }
    placeStorages(c, [&](CheckpointTensor& t, qint64* available) {
        const auto range = ranges.constFind(t.storage);
        if (range == ranges.cend())
            return false;
        t.fileOffset = range->first;
        *available = range->second;
        return true;
    });
    file.unmap(mapped);
}

void readSafetensors(Checkpoint& c)
{
    const safetensors::Header header = safetensors::readHeader(c.path, c.fileSize, Checkpoint::kMaxTensors);
    CheckpointNode root;
    root.kind = QStringLiteral("dict");
    c.nodes.reserve(qsizetype(header.tensors.size()) + header.metadata.size() + 2);
    c.tensors.reserve(qsizetype(header.tensors.size()));
    c.nodes.append(root);
    const QString tensorKind = QStringLiteral("tensor"), cpu = QStringLiteral("cpu");
    for (const safetensors::TensorEntry& e : header.tensors) {
        CheckpointTensor t;
        t.name = e.name;
        t.storage = e.name;
        t.device = cpu;
        t.dtype = e.dtype;
        t.shape = e.shape;
        t.numel = e.numel;
        t.bytes = e.end - e.begin;
        qint64 stride = 1;
        t.strides.resize(e.shape.size());
        for (qsizetype i = e.shape.size() - 1; i >= 0; --i) {
            t.strides[i] = stride;
            stride *= qMax<qint64>(1, e.shape[i]); // cannot overflow: the product is the checked numel
        }
        if (!e.readable)
            t.problem = Checkpoint::tr("its dtype %1 is not read").arg(e.dtype);
        t.storageBytes = t.bytes;
        t.fileOffset = header.dataStart + e.begin;
        CheckpointNode node;
        node.key = e.name;
        node.kind = tensorKind;
        node.type = t.dtype;
        node.value = shapeText(t.shape);
        node.parent = 0;
        node.tensor = int(c.tensors.size());
        c.nodes[0].children.append(int(c.nodes.size()));
        c.nodes.append(node);
        c.tensors.append(t);
    }
    if (!header.metadata.isEmpty()) {
        CheckpointNode node;
        node.key = QStringLiteral("__metadata__");
        node.kind = QStringLiteral("dict");
        node.parent = 0;
        node.value = Checkpoint::tr("%n item(s)", nullptr, int(header.metadata.size()));
        const int self = int(c.nodes.size());
        c.nodes[0].children.append(self);
        c.nodes.append(node);
        for (const auto& [key, value] : header.metadata) {
            CheckpointNode item;
            item.key = key;
            item.kind = QStringLiteral("str");
            item.value = QLatin1Char('\'') + (value.size() > 200 ? value.left(197) + QStringLiteral("...") : value)
                + QLatin1Char('\'');
            item.parent = self;
            c.nodes[self].children.append(int(c.nodes.size()));
            c.nodes.append(item);
        }
    }
    c.nodes[0].value = Checkpoint::tr("%n item(s)", nullptr, int(c.nodes[0].children.size()));
    if (!c.tensors.isEmpty())
        c.savedOn << cpu;
}

} // namespace jitscope::checkpointformat
