// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpoint.h"

#include "archivedirectory.h"
#include "modeldiff.h"
#include "picklereader.h"
#include "textformat.h"
#include "usererror.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QFloat16>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace jitscope {

namespace {

using pickle::Kind;
using pickle::PickleDocument;

constexpr qint64 kMaxPickle = qint64(1) << 30;
constexpr qint64 kMaxSafetensorsHeader = qint64(100) << 20;
constexpr int kMaxDepth = 500;
// torch.save's legacy files start with the pickled magic number 0x1950a86a20f9469cfc6c.
const QByteArray kLegacyMagic("\x80\x02\x8a\x0a\x6c\xfc\x9c\x46\xf9\x20\x6a\xa8\x50\x19", 14);

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

bool isSafetensorsHead(const QByteArray& bytes, qint64 fileSize)
{
    if (bytes.size() < 9 || bytes[8] != '{')
        return false;
    quint64 n = 0;
    for (int i = 0; i < 8; ++i)
        n |= quint64(uchar(bytes[i])) << (8 * i);
    return n >= 2 && fileSize >= 8 && n <= quint64(fileSize - 8) && n <= quint64(kMaxSafetensorsHeader);
}

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
                               .arg(formatBytes(info.storageBytes), formatBytes(info.bytes), shapeText(t.strides));
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
                            .arg(formatBytes(t.storageBytes), formatBytes(available));
    }
}

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
        doc = pickle::PickleReader::read(directory.readEntry(prefix + QLatin1String("/data.pkl"), kMaxPickle));
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
        *available = e->compressed ? 0 : e->size; // PyTorch stores tensor records uncompressed
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
                QByteArray::fromRawData(bytes.constData() + at, qsizetype(c.fileSize - at)), &end);
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

QString safetensorsDtype(const QString& code, int* itemSize)
{
    static const QHash<QString, QPair<QString, int>> types {
        { QStringLiteral("F64"), { QStringLiteral("float64"), 8 } },
        { QStringLiteral("F32"), { QStringLiteral("float32"), 4 } },
        { QStringLiteral("F16"), { QStringLiteral("float16"), 2 } },
        { QStringLiteral("BF16"), { QStringLiteral("bfloat16"), 2 } },
        { QStringLiteral("I64"), { QStringLiteral("int64"), 8 } },
        { QStringLiteral("I32"), { QStringLiteral("int32"), 4 } },
        { QStringLiteral("I16"), { QStringLiteral("int16"), 2 } },
        { QStringLiteral("I8"), { QStringLiteral("int8"), 1 } },
        { QStringLiteral("U8"), { QStringLiteral("uint8"), 1 } },
        { QStringLiteral("BOOL"), { QStringLiteral("bool"), 1 } },
    };
    const auto t = types.constFind(code);
    *itemSize = t == types.cend() ? 0 : t->second;
    return t == types.cend() ? QString() : t->first;
}

// A JSON number that is a whole count below 2^53; -1 for anything else.
qint64 count(const QJsonValue& v)
{
    const double d = v.toDouble(-1);
    return d >= 0 && d <= 9007199254740992.0 && d == std::floor(d) ? qint64(d) : -1;
}

void readSafetensors(Checkpoint& c)
{
    const QByteArray start = head(c.path, 8);
    quint64 n = 0;
    for (int i = 0; i < 8 && i < start.size(); ++i)
        n |= quint64(uchar(start[i])) << (8 * i);
    if (start.size() < 8 || !isSafetensorsHead(head(c.path, 9), c.fileSize))
        fail(c.path, Checkpoint::tr("the safetensors file is damaged: its header declares %1 bytes.").arg(n));
    QFile file(c.path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(8))
        fail(c.path, file.errorString());
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(file.read(qint64(n)), &error);
    if (!json.isObject())
        fail(c.path,
             Checkpoint::tr("the safetensors file is damaged: its header is not a JSON object (%1).")
                 .arg(error.errorString()));
    const qint64 dataStart = 8 + qint64(n);
    const qint64 dataSize = c.fileSize - dataStart;
    const QJsonObject header = json.object();
    CheckpointNode root;
    root.kind = QStringLiteral("dict");
    c.nodes.append(root);
    struct Entry
    {
        qint64 begin;
        QString name;
        QJsonObject value;
    };
    QList<Entry> entries;
    for (auto it = header.begin(); it != header.end(); ++it) {
        if (it.key() == QLatin1String("__metadata__"))
            continue;
        const QJsonObject v = it.value().toObject();
        entries.append({ count(v.value(QStringLiteral("data_offsets")).toArray().at(0)), it.key(), v });
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.begin < b.begin; });
    for (const Entry& e : std::as_const(entries)) {
        CheckpointTensor t;
        t.name = e.name;
        t.storage = e.name;
        t.device = QStringLiteral("cpu");
        int itemSize = 0;
        const QString code = e.value.value(QStringLiteral("dtype")).toString();
        t.dtype = safetensorsDtype(code, &itemSize);
        t.numel = 1;
        bool sound = true;
        for (const QJsonValue d : e.value.value(QStringLiteral("shape")).toArray()) {
            const qint64 size = count(d);
            sound = sound && size >= 0 && !__builtin_mul_overflow(t.numel, size, &t.numel);
            t.shape << size;
        }
        qint64 stride = 1;
        for (qsizetype i = t.shape.size() - 1; i >= 0; --i) {
            t.strides.prepend(stride);
            sound = sound && !__builtin_mul_overflow(stride, qMax<qint64>(1, t.shape[i]), &stride);
        }
        const QJsonArray offsets = e.value.value(QStringLiteral("data_offsets")).toArray();
        const qint64 begin = count(offsets.at(0)), end = count(offsets.at(1));
        if (t.dtype.isEmpty())
            t.problem = Checkpoint::tr("its dtype %1 is not read").arg(code);
        else if (!sound || __builtin_mul_overflow(t.numel, qint64(itemSize), &t.bytes))
            t.problem = Checkpoint::tr("its shape is malformed");
        else if (offsets.size() != 2 || begin < 0 || end < begin || end > dataSize)
            t.problem = Checkpoint::tr("its byte range lies outside the file's %1 of data").arg(formatBytes(dataSize));
        else if (end - begin != t.bytes)
            t.problem = Checkpoint::tr("its byte range holds %1, its shape needs %2")
                            .arg(formatBytes(end - begin), formatBytes(t.bytes));
        t.storageBytes = qMax<qint64>(0, end - begin);
        t.fileOffset = dataStart + qMax<qint64>(0, begin);
        CheckpointNode node;
        node.key = e.name;
        node.kind = QStringLiteral("tensor");
        node.type = t.dtype;
        node.value = shapeText(t.shape);
        node.parent = 0;
        node.tensor = int(c.tensors.size());
        c.nodes[0].children.append(int(c.nodes.size()));
        c.nodes.append(node);
        c.tensors.append(t);
    }
    const QJsonObject metadata = header.value(QStringLiteral("__metadata__")).toObject();
    if (!metadata.isEmpty()) {
        CheckpointNode node;
        node.key = QStringLiteral("__metadata__");
        node.kind = QStringLiteral("dict");
        node.parent = 0;
        node.value = Checkpoint::tr("%n item(s)", nullptr, int(metadata.size()));
        const int self = int(c.nodes.size());
        c.nodes[0].children.append(self);
        c.nodes.append(node);
        for (auto it = metadata.begin(); it != metadata.end(); ++it) {
            CheckpointNode item;
            item.key = it.key();
            item.kind = QStringLiteral("str");
            item.value = QLatin1Char('\'') + it.value().toString() + QLatin1Char('\'');
            item.parent = self;
            c.nodes[self].children.append(int(c.nodes.size()));
            c.nodes.append(item);
        }
    }
    c.nodes[0].value = Checkpoint::tr("%n item(s)", nullptr, int(c.nodes[0].children.size()));
    if (!c.tensors.isEmpty())
        c.savedOn << QStringLiteral("cpu");
}

} // namespace

bool Checkpoint::looksLikeCheckpoint(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return false;
    const QByteArray bytes = head(path, 16);
    if (bytes.startsWith(kLegacyMagic) || isSafetensorsHead(bytes, info.size()))
        return true;
    if (!bytes.startsWith("PK\x03\x04"))
        return false;
    try {
        const ArchiveDirectory directory = ArchiveDirectory::readZip(path);
        bool data = false, code = false;
        for (const ArchiveEntry& e : directory.info().entries) {
            data = data || (e.name.endsWith(QLatin1String("/data.pkl")) && e.name.count(QLatin1Char('/')) == 1);
            code = code || e.name.contains(QLatin1String("/code/"));
        }
        return data && !code;
    } catch (const UserError&) {
        return false;
    }
}

Checkpoint Checkpoint::read(const QString& path)
{
    Checkpoint c;
    const QFileInfo info(path);
    c.path = info.absoluteFilePath();
    if (!info.exists())
        fail(path, tr("file not found."));
    if (!info.isFile())
        fail(path, tr("not a regular file."));
    c.fileSize = info.size();
    const QByteArray bytes = head(path, 16);
    if (bytes.startsWith(kLegacyMagic)) {
        c.format = Format::Legacy;
        readLegacy(c);
    } else if (isSafetensorsHead(bytes, c.fileSize)) {
        c.format = Format::Safetensors;
        readSafetensors(c);
    } else if (bytes.startsWith("PK\x03\x04")) {
        c.format = Format::Zip;
        readZip(c);
    } else {
        fail(path,
             tr("not a PyTorch checkpoint: neither a torch.save() file (zip or legacy pickle) nor "
                "safetensors."));
    }
    return c;
}

QString Checkpoint::formatName() const
{
    switch (format) {
    case Format::Zip:
        return tr("torch.save (zip, PyTorch 1.6 or later)");
    case Format::Legacy:
        return tr("torch.save (legacy pickle, before PyTorch 1.6)");
    case Format::Safetensors:
        return tr("safetensors");
    }
    return {};
}

namespace {

// One element of `dtype` at `p`, as a double.
double element(const uchar* p, const QString& dtype)
{
    auto load = [p](auto value) {
        std::memcpy(&value, p, sizeof value);
        return value;
    };
    if (dtype == QLatin1String("float32"))
        return load(float());
    if (dtype == QLatin1String("float64"))
        return load(double());
    if (dtype == QLatin1String("float16"))
        return double(float(load(qfloat16())));
    if (dtype == QLatin1String("bfloat16")) {
        const quint32 bits = quint32(load(quint16())) << 16;
        float f;
        std::memcpy(&f, &bits, sizeof f);
        return f;
    }
    if (dtype == QLatin1String("int64"))
        return double(load(qint64()));
    if (dtype == QLatin1String("int32"))
        return load(qint32());
    if (dtype == QLatin1String("int16"))
        return load(qint16());
    if (dtype == QLatin1String("int8"))
        return load(qint8());
    if (dtype == QLatin1String("uint8") || dtype == QLatin1String("bool"))
        return *p;
    return std::nan("");
}

} // namespace

QByteArray Checkpoint::storageData(int index) const
{
    const CheckpointTensor& t = tensors.at(index);
    if (!t.problem.isEmpty())
        fail(path, tr("tensor '%1' is damaged: %2.").arg(t.name, t.problem));
    QByteArray bytes;
    if (!t.record.isEmpty()) {
        bytes = ArchiveDirectory::readZip(path).readStored(t.record);
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || !file.seek(t.fileOffset))
            fail(path, file.errorString());
        bytes = file.read(t.storageBytes);
    }
    if (bytes.size() < t.storageBytes)
        fail(path, tr("tensor '%1': its data were cut short.").arg(t.name));
    return bytes;
}

std::vector<double> Checkpoint::values(int index, bool complexParts) const
{
    const CheckpointTensor& t = tensors.at(index);
    const int itemSize = pickle::dtypeItemSize(t.dtype);
    // A complex element is two of its real type: complex64 two float32, complex32 two float16.
    const QString part = t.dtype == QLatin1String("complex64") ? QStringLiteral("float32")
        : t.dtype == QLatin1String("complex128")               ? QStringLiteral("float64")
        : t.dtype == QLatin1String("complex32")                ? QStringLiteral("float16")
                                                               : QString();
    if (t.problem.isEmpty() && (itemSize == 0 || t.dtype.startsWith(QLatin1Char('q'))))
        fail(path, tr("tensor '%1': the values of %2 tensors are not read.").arg(t.name, t.dtype));
    const QByteArray bytes = storageData(index); // refuses a damaged tensor
    std::vector<double> out;
    out.reserve(size_t(t.numel));
    const uchar* data = reinterpret_cast<const uchar*>(bytes.constData());
    // Every element of the view, through its strides (an odometer over the shape).
    QList<qint64> position(t.shape.size(), 0);
    qint64 at = t.offset;
    for (qint64 i = 0; i < t.numel; ++i) {
        const uchar* p = data + at * itemSize;
        if (part.isEmpty()) {
            out.push_back(element(p, t.dtype));
        } else {
            const double re = element(p, part), im = element(p + itemSize / 2, part);
            if (complexParts) {
                out.push_back(re);
                out.push_back(im);
            } else {
                out.push_back(std::hypot(re, im));
            }
        }
        for (qsizetype d = t.shape.size() - 1; d >= 0; --d) {
            at += t.strides[d];
            if (++position[d] < t.shape[d])
                break;
            at -= t.strides[d] * t.shape[d];
            position[d] = 0;
        }
    }
    return out;
}

TensorStats Checkpoint::stats(int index) const
{
    const CheckpointTensor& t = tensors.at(index);
    TensorStats stats;
    stats.name = t.name;
    stats.isParameter = t.isParameter;
    stats.numel = t.numel;
    double sum = 0, sumSquares = 0, low = 0, high = 0;
    for (const double v : values(index)) {
        if (std::isnan(v)) {
            ++stats.nanCount;
        } else if (std::isinf(v)) {
            ++stats.infCount;
        } else {
            low = stats.finiteCount == 0 ? v : std::min(low, v);
            high = stats.finiteCount == 0 ? v : std::max(high, v);
            ++stats.finiteCount;
            sum += v;
            sumSquares += v * v;
        }
    }
    if (stats.finiteCount > 0) {
        const double n = double(stats.finiteCount);
        stats.min = low;
        stats.max = high;
        stats.mean = sum / n;
        stats.std = n > 1 ? std::sqrt(std::max(0.0, (sumSquares - sum * sum / n) / (n - 1))) : 0.0;
    }
    return stats;
}

QList<ParameterDiff> compareCheckpoints(const Checkpoint& left, const Checkpoint& right)
{
    QHash<QString, int> rightIndex;
    for (int i = 0; i < right.tensors.size(); ++i)
        rightIndex.insert(right.tensors[i].name, i);
    QList<ParameterDiff> out;
    QSet<QString> seen;
    for (int i = 0; i < left.tensors.size(); ++i) {
        const CheckpointTensor& l = left.tensors[i];
        ParameterDiff d;
        d.name = l.name;
        d.leftShape = l.shape;
        d.leftDtype = l.dtype;
        seen.insert(l.name);
        const int r = rightIndex.value(l.name, -1);
        if (r < 0) {
            d.status = ParameterDiff::Status::OnlyLeft;
            out << d;
            continue;
        }
        const CheckpointTensor& rt = right.tensors[r];
        d.rightShape = rt.shape;
        d.rightDtype = rt.dtype;
        if (l.shape != rt.shape) {
            d.status = ParameterDiff::Status::ShapeDiffers;
        } else if (l.dtype != rt.dtype) {
            d.status = ParameterDiff::Status::DtypeDiffers;
        } else if (l.problem.isEmpty() && rt.problem.isEmpty()) {
            // Complex values as real and imaginary parts: |a - b| over both.
            const bool complex = l.dtype.startsWith(QLatin1String("complex"));
            const std::vector<double> a = left.values(i, complex), b = right.values(r, complex);
            double most = 0;
            bool nanMismatch = false;
            const size_t step = complex ? 2 : 1;
            for (size_t k = 0; k + step - 1 < a.size() && k + step - 1 < b.size(); k += step) {
                double difference = 0;
                bool nan = false;
                for (size_t j = k; j < k + step; ++j) {
                    if (std::isnan(a[j]) || std::isnan(b[j])) {
                        nanMismatch = nanMismatch || std::isnan(a[j]) != std::isnan(b[j]);
                        nan = true;
                    } else if (a[j] != b[j]) {
                        difference = std::hypot(difference, std::isinf(a[j] - b[j]) ? qInf() : a[j] - b[j]);
                    }
                }
                if (!nan)
                    most = std::max(most, difference);
            }
            d.maxAbsDiff = nanMismatch ? qQNaN() : most;
            d.status = (most > 0 || nanMismatch) ? ParameterDiff::Status::ValuesDiffer : ParameterDiff::Status::Same;
        }
        out << d;
    }
    for (const CheckpointTensor& rt : right.tensors) {
        if (seen.contains(rt.name))
            continue;
        ParameterDiff d;
        d.name = rt.name;
        d.status = ParameterDiff::Status::OnlyRight;
        d.rightShape = rt.shape;
        d.rightDtype = rt.dtype;
        out << d;
    }
    return out;
}

qint64 Checkpoint::tensorBytes() const
{
    QHash<QString, qint64> storages;
    for (const CheckpointTensor& t : tensors)
        if (t.problem.isEmpty()) // a damaged tensor's storage may claim anything
            storages.insert(t.storage, t.storageBytes);
    qint64 total = 0;
    for (qint64 b : std::as_const(storages))
        if (__builtin_add_overflow(total, b, &total))
            return std::numeric_limits<qint64>::max();
    return total;
}

} // namespace jitscope
