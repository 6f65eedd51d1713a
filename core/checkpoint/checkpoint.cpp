// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpoint/checkpoint.h"

#include "archive/archivedirectory.h"
#include "checkpoint/checkpointdetail.h"
#include "common/textformat.h"
#include "common/usererror.h"
#include "diff/modeldiff.h"
#include "pickle/picklereader.h"

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

using namespace checkpointformat;

bool Checkpoint::looksLikeCheckpoint(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return false;
    const QByteArray bytes = head(path, 16);
    if (isLegacyHead(bytes) || isSafetensorsHead(bytes))
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
    if (isLegacyHead(bytes)) {
        c.format = Format::Legacy;
        readLegacy(c);
    } else if (isSafetensorsHead(bytes)) {
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
        // Stored as it is, or deflated into exactly its storage's bytes and no further.
        const ArchiveDirectory zip = ArchiveDirectory::readZip(path);
        const ArchiveEntry* record = zip.entry(t.record);
        bytes = record && record->compressed ? zip.readEntry(t.record, t.storageBytes) : zip.readStored(t.record);
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
