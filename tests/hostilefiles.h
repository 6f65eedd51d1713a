// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Files made to attack a model-file reader, one per attack class the model-format projects
// publish against their own loaders (safetensors' repository lists them): written by the tests
// themselves, at sizes scaled down where the shape of the attack survives it.
#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include "sanitized.h"

#include <sys/resource.h>
#include <zlib.h>

#include <cstdio>

namespace hostile {

inline QByteArray le(quint64 value, int bytes)
{
    QByteArray out(bytes, '\0');
    for (int i = 0; i < bytes; ++i)
        out[i] = char((value >> (8 * i)) & 0xff);
    return out;
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

inline QByteArray safetensors(const QByteArray& header, const QByteArray& data)
{
    return le(quint64(header.size()), 8) + header + data;
}

// `count` tensors named t0, t1, ... of `dtype` and `shape`, their byte ranges given by `range(i)`.
template <typename Range>
QByteArray safetensorsHeader(int count, const char* dtype, const QByteArray& shape, Range range)
{
    QByteArray header = "{";
    for (int i = 0; i < count; ++i) {
        const auto [begin, end] = range(i);
        header += (i ? ",\"t" : "\"t") + QByteArray::number(i) + "\":{\"dtype\":\"" + dtype + "\",\"shape\":" + shape
            + ",\"data_offsets\":[" + QByteArray::number(begin) + ',' + QByteArray::number(end) + "]}";
    }
    return header + '}';
}

// `count` float32 tensors of 4 elements, every one pointing at the same 16 bytes.
inline QByteArray sharedRangeSafetensors(int count)
{
    return safetensors(safetensorsHeader(count, "F32", "[4]", [](int) { return std::pair(0, 16); }),
                       QByteArray(16, '\0'));
}

// `count` sound float32 scalars-in-a-list ([1]), one after another.
inline QByteArray contiguousSafetensors(int count)
{
    return safetensors(safetensorsHeader(count, "F32", "[1]", [](int i) { return std::pair(4 * i, 4 * i + 4); }),
                       QByteArray(4 * qsizetype(count), '\0'));
}

// A zip record: stored as it is, or deflated; `declared` overrides the size the directory states.
struct Record
{
    Record(const QByteArray& recordName, const QByteArray& contents, bool deflated_ = false, qint64 declaredSize = -1)
        : name(recordName)
        , bytes(contents)
        , deflate(deflated_)
        , declared(declaredSize)
    { }
    QByteArray name;
    QByteArray bytes;
    bool deflate = false;
    qint64 declared = -1;
    QByteArray deflated; // when set: the record's deflated bytes as they are, `bytes` only for its CRC
};

inline QByteArray rawDeflate(const QByteArray& bytes)
{
    z_stream z {};
    deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&z, uLong(bytes.size()))), '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.constData()));
    z.avail_in = uInt(bytes.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

// A zip (no zip64: records under 4 GiB) as torch.save writes one, records in order.
inline QByteArray zip(const QList<Record>& records)
{
    QByteArray out, central;
    for (const Record& r : records) {
        const QByteArray stored = !r.deflated.isNull() ? r.deflated : r.deflate ? rawDeflate(r.bytes) : r.bytes;
        const quint32 crc
            = quint32(crc32(0, reinterpret_cast<const Bytef*>(r.bytes.constData()), uInt(r.bytes.size())));
        const quint64 size = r.declared >= 0 ? quint64(r.declared) : quint64(r.bytes.size());
        const QByteArray common = le(r.deflate || !r.deflated.isNull() ? 8 : 0, 2) + le(0, 4) + le(crc, 4)
            + le(quint64(stored.size()), 4) + le(size, 4) + le(quint64(r.name.size()), 2) + le(0, 2);
        const qint64 offset = out.size();
        out += le(0x04034b50, 4) + le(20, 2) + le(0, 2) + common + r.name + stored;
        central += le(0x02014b50, 4) + le(20, 2) + le(20, 2) + le(0, 2) + common + le(0, 2) + le(0, 2) + le(0, 2)
            + le(0, 4) + le(quint64(offset), 4) + r.name;
    }
    const qint64 dirOffset = out.size();
    return out + central + le(0x06054b50, 4) + le(0, 2) + le(0, 2) + le(quint64(records.size()), 2)
        + le(quint64(records.size()), 2) + le(quint64(central.size()), 4) + le(quint64(dirOffset), 4) + le(0, 2);
}

// A torch.save zip checkpoint whose data.pkl is `pickle` (and whose tensors are `data`).
inline QByteArray checkpointZip(const QByteArray& pickle, QList<Record> data = {})
{
    data.prepend({ "archive/data.pkl", pickle });
    data << Record { "archive/version", "3\n" };
    return zip(data);
}

inline QByteArray shortString(const QByteArray& text) // SHORT_BINUNICODE
{
    return QByteArray("\x8c", 1) + char(text.size()) + text;
}

// A dict of `count` entries "key0": 0, "key1": 1, ...: a state dict's shape, a million wide.
inline QByteArray wideDictPickle(int count)
{
    QByteArray p("\x80\x02}(", 4);
    for (int i = 0; i < count; ++i)
        p += shortString("key" + QByteArray::number(i)) + 'K' + char(i & 0x7f);
    return p + "u.";
}

// "Billion laughs": list k holds ten references to list k-1, `levels` deep; 10^levels leaves
// once expanded, a few hundred bytes as written.
inline QByteArray laughsPickle(int levels)
{
    QByteArray p("\x80\x02](", 4);
    for (int i = 0; i < 10; ++i)
        p += "K\x01";
    p += QByteArray("eq\x00", 3);
    for (int level = 1; level <= levels; ++level) {
        p += "0](";
        for (int i = 0; i < 10; ++i)
            p += QByteArray("h", 1) + char(level - 1);
        p += QByteArray("eq", 2) + char(level);
    }
    return p + '.';
}

// A list in a list in a list ... `depth` deep.
inline QByteArray deepPickle(int depth)
{
    return QByteArray("\x80\x02", 2) + QByteArray(depth, ']') + QByteArray(depth - 1, 'a') + '.';
}

// One float32 tensor of `numel` elements in storage "0": torch.save's data.pkl for
// {"w": tensor}, as _rebuild_tensor_v2 and a persistent storage id describe it.
inline QByteArray tensorPickle(int numel)
{
    QByteArray p("\x80\x02}", 3);
    p += shortString("w");
    p += "ctorch._utils\n_rebuild_tensor_v2\n(";
    p += QByteArray("(", 1) + shortString("storage") + "ctorch\nFloatStorage\n" + shortString("0") + shortString("cpu")
        + 'J' + le(quint64(numel), 4) + "tQ";
    p += QByteArray("K\x00", 2) + 'J' + le(quint64(numel), 4) + "\x85" + "K\x01\x85" + "\x89"
        + "ccollections\nOrderedDict\n)R";
    p += "tRs.";
    return p;
}

// The address space this process may still take, from now: a reader that allocates what a
// file merely claims fails here instead of taking the machine. Restored when it goes.
class AddressSpaceBudget
{
public:
    explicit AddressSpaceBudget(qint64 bytes)
    {
        getrlimit(RLIMIT_AS, &m_saved);
        qint64 pages = 0;
        if (FILE* f = std::fopen("/proc/self/statm", "r")) {
            if (std::fscanf(f, "%lld", &pages) != 1)
                pages = 0;
            std::fclose(f);
        }
        rlimit limit = m_saved;
        limit.rlim_cur = rlim_t(pages * 4096 + bytes);
        if (testutil::kAddressSpaceLimits)
            setrlimit(RLIMIT_AS, &limit);
    }
    ~AddressSpaceBudget() { setrlimit(RLIMIT_AS, &m_saved); }
    AddressSpaceBudget(const AddressSpaceBudget&) = delete;
    AddressSpaceBudget& operator=(const AddressSpaceBudget&) = delete;

private:
    rlimit m_saved {};
};

} // namespace hostile
