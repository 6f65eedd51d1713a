// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/archivedirectory.h"

#include "common/usererror.h"
#include "pickle/picklereader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cstring>
#include <limits>

#include <zlib.h>

namespace jitscope {

namespace {

constexpr quint32 kEndOfCentralDir = 0x06054b50;
constexpr quint32 kZip64EndOfCentralDir = 0x06064b50;
constexpr quint32 kZip64Locator = 0x07064b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kLocalHeader = 0x04034b50;
constexpr qint64 kEndOfCentralDirSize = 22;
constexpr qint64 kMaxComment = 0xffff;

quint16 u16(const char* p)
{
    const auto* b = reinterpret_cast<const uchar*>(p);
    return quint16(b[0] | (b[1] << 8));
}

quint32 u32(const char* p)
{
    const auto* b = reinterpret_cast<const uchar*>(p);
    return quint32(b[0]) | (quint32(b[1]) << 8) | (quint32(b[2]) << 16) | (quint32(b[3]) << 24);
}

quint64 u64(const char* p)
{
    return quint64(u32(p)) | (quint64(u32(p + 4)) << 32);
}

[[noreturn]] void fail(const QString& path, const QString& what)
{
    throw UserError(path + QLatin1String(": ") + what);
}

QByteArray readAt(QFile& file, qint64 offset, qint64 size)
{
    if (offset < 0 || size < 0 || offset + size > file.size() || !file.seek(offset))
        return {};
    return file.read(size);
}

bool isLegacyPickle(const QByteArray& head)
{
    // torch.save() before PyTorch 1.6 wrote a pickle: protocol 2 starts with 0x80 0x02.
    return head.size() >= 2 && uchar(head[0]) == 0x80 && uchar(head[1]) >= 2 && uchar(head[1]) <= 5;
}

} // namespace

namespace {

struct EndRecord
{
    quint64 entryCount = 0;
    quint64 dirSize = 0;
    quint64 dirOffset = 0;
};

// Opens a path that must be a regular, non-empty file. Anything else (a folder, a named pipe,
// a device) is refused before it is opened, so opening never blocks.
void openChecked(QFile& file, const QString& path)
{
    const QFileInfo fi(path);
    if (path.isEmpty())
        throw UserError(ArchiveDirectory::tr("No file name given."));
    if (!fi.exists())
        fail(path, ArchiveDirectory::tr("file not found. Check the path and try again."));
    if (fi.isDir())
        fail(path,
             ArchiveDirectory::tr(
                 "is a folder, not a TorchScript archive. Choose the .pt file written by torch.jit.save()."));
    if (!fi.isFile())
        fail(path,
             ArchiveDirectory::tr("is not a regular file (a named pipe, a socket or a device), so it cannot hold "
                                  "an archive."));
    if (!file.open(QIODevice::ReadOnly))
        fail(path, ArchiveDirectory::tr("cannot be read: %1.").arg(file.errorString()));
    if (file.size() == 0)
        fail(path,
             ArchiveDirectory::tr(
                 "the file is empty (0 bytes), so it holds no model. It may have been cut short while saving "
                 "or copying."));
}

// The end-of-central-directory record (zip64 where needed): where the zip directory is.
EndRecord findEndRecord(QFile& file, const QString& path, bool startsLikeZip)
{
    // It sits in the last 22 bytes, before a comment of up to 64 KiB.
    const qint64 fileSize = file.size();
    const qint64 tailSize = qMin(fileSize, kEndOfCentralDirSize + kMaxComment);
    const QByteArray tail = readAt(file, fileSize - tailSize, tailSize);
    qint64 eocd = -1;
    for (qint64 i = tail.size() - kEndOfCentralDirSize; i >= 0 && eocd < 0; --i)
        if (u32(tail.constData() + i) == kEndOfCentralDir)
            eocd = i;
    if (eocd < 0) {
        if (startsLikeZip)
            fail(path,
                 ArchiveDirectory::tr(
                     "the archive is truncated: it starts like a zip file but its directory at the end is "
                     "missing. The file was probably cut short by an interrupted download or copy; fetch it "
                     "again."));
        fail(path,
             ArchiveDirectory::tr("not a TorchScript archive, checkpoint or safetensors file: no zip directory "
                                  "found. JitScope opens the zip files torch.jit.save() and torch.save() write, "
                                  "legacy torch.save() pickles and .safetensors files."));
    }
    const char* e = tail.constData() + eocd;
    const qint64 eocdOffset = fileSize - tailSize + eocd;
    EndRecord end { u16(e + 10), u32(e + 12), u32(e + 16) };
    if (end.entryCount == 0xffff || end.dirSize == 0xffffffffu || end.dirOffset == 0xffffffffu) {
        const QByteArray locator = readAt(file, eocdOffset - 20, 20);
        if (locator.size() != 20 || u32(locator.constData()) != kZip64Locator)
            fail(path, ArchiveDirectory::tr("the archive's zip64 directory is damaged."));
        const QByteArray rec = readAt(file, qint64(u64(locator.constData() + 8)), 56);
        if (rec.size() != 56 || u32(rec.constData()) != kZip64EndOfCentralDir)
            fail(path, ArchiveDirectory::tr("the archive's zip64 directory is damaged."));
        end = { u64(rec.constData() + 32), u64(rec.constData() + 40), u64(rec.constData() + 48) };
    }
    if (end.dirOffset > quint64(eocdOffset) || end.dirSize > quint64(eocdOffset) - end.dirOffset)
        fail(path,
             ArchiveDirectory::tr(
                 "the archive is truncated or damaged: its zip directory points past the end of the file. "
                 "Fetch or save the file again."));
    return end;
}

} // namespace

void ArchiveDirectory::readEntries(QFile& file, quint64 entryCount, quint64 dirOffset, quint64 dirSize)
{
    const QString& path = m_info.path;
    const QByteArray central = readAt(file, qint64(dirOffset), qint64(dirSize));
    qint64 pos = 0;
    for (quint64 i = 0; i < entryCount; ++i) {
        if (pos + 46 > central.size() || u32(central.constData() + pos) != kCentralHeader)
            fail(path,
                 ArchiveDirectory::tr("the archive's zip directory is damaged (entry %1 of %2 cannot be read).")
                     .arg(i + 1)
                     .arg(entryCount));
        const char* c = central.constData() + pos;
        const quint16 method = u16(c + 10);
        quint64 compressed = u32(c + 20);
        quint64 size = u32(c + 24);
        const quint16 nameLen = u16(c + 28), extraLen = u16(c + 30), commentLen = u16(c + 32);
        quint64 localOffset = u32(c + 42);
        if (pos + 46 + nameLen + extraLen + commentLen > central.size())
            fail(path, ArchiveDirectory::tr("the archive's zip directory is damaged."));
        const QString name = QString::fromUtf8(c + 46, nameLen);
        // Zip64 sizes and offsets live in extra field 0x0001, in this order, when the 32-bit field is full.
        const char* x = c + 46 + nameLen;
        for (qint64 off = 0; off + 4 <= extraLen;) {
            const quint16 id = u16(x + off), len = u16(x + off + 2);
            if (id == 0x0001) {
                const char* z = x + off + 4;
                const char* end = z + qMin<qint64>(len, extraLen - off - 4);
                if (size == 0xffffffffu && z + 8 <= end)
                    size = u64(z), z += 8;
                if (compressed == 0xffffffffu && z + 8 <= end)
                    compressed = u64(z), z += 8;
                if (localOffset == 0xffffffffu && z + 8 <= end)
                    localOffset = u64(z);
            }
            off += 4 + len;
        }
        // Sizes are kept as the directory states them; reading checks them against the file.
        const qint64 limit = std::numeric_limits<qint64>::max();
        m_info.entries << ArchiveEntry { name, qint64(qMin<quint64>(size, limit)),
                                         qint64(qMin<quint64>(compressed, limit)), method != 0 };
        m_localHeaderOffsets << qint64(qMin<quint64>(localOffset, limit));
        if (!m_byName.contains(name)) // a repeated name: the first entry counts, as a reader's scan finds it
            m_byName.insert(name, m_info.entries.size() - 1);
        pos += 46 + nameLen + extraLen + commentLen;
    }
}

ArchiveDirectory ArchiveDirectory::readZip(const QString& path)
{
    ArchiveDirectory dir;
    dir.m_info.path = QFileInfo(path).absoluteFilePath();
    QFile file(path);
    openChecked(file, path);
    dir.m_info.fileSize = file.size();
    const QByteArray head = readAt(file, 0, qMin<qint64>(4, file.size()));
    if (isLegacyPickle(head))
        fail(path,
             ArchiveDirectory::tr(
                 "not a TorchScript archive: this is a pickle written by torch.save() in the legacy format. "
                 "jitscope-cli info lists its structure and tensors. To run it, load it in Python with "
                 "torch.load(), then save a scripted or traced module with torch.jit.save()."));
    const EndRecord end = findEndRecord(file, path, head.startsWith("PK\x03\x04"));
    dir.readEntries(file, end.entryCount, end.dirOffset, end.dirSize);
    return dir;
}

QString ArchiveDirectory::findVersionRecord()
{
    // PyTorch writes every record below one top folder, named after the file it first saved to.
    // The format version is in ".data/version" from format 6 on, in "version" before; libtorch
    // prefers the former, and so does this.
    QString versionEntry;
    for (const auto& entry : std::as_const(m_info.entries)) {
        const QString& name = entry.name;
        for (const QLatin1String suffix : { QLatin1String("/.data/version"), QLatin1String("/version") }) {
            if (!name.endsWith(suffix))
                continue;
            const QString prefix = name.left(name.size() - suffix.size());
            if (prefix.isEmpty() || prefix.contains(QLatin1Char('/')))
                continue;
            if (versionEntry.isEmpty() || suffix == QLatin1String("/.data/version")) {
                m_info.prefix = prefix;
                versionEntry = name;
            }
        }
    }
    return versionEntry;
}

ArchiveDirectory ArchiveDirectory::read(const QString& path, qint64 maxFormatVersion)
{
    ArchiveDirectory dir = readZip(path);
    ArchiveInfo& info = dir.m_info;
    info.maxFormatVersion = maxFormatVersion;
    const QString versionEntry = dir.findVersionRecord();
    if (versionEntry.isEmpty())
        fail(path,
             ArchiveDirectory::tr(
                 "not a TorchScript archive: the zip file has no 'version' record, so it was not written by "
                 "PyTorch. Choose a file written by torch.jit.save()."));

    bool hasCode = false, hasConstants = false;
    const QString prefix = info.prefix + QLatin1Char('/');
    const QString extraPrefix = prefix + QLatin1String("extra/");
    for (const auto& entry : std::as_const(info.entries)) {
        if (entry.name.startsWith(prefix + QLatin1String("code/")))
            hasCode = true;
        else if (entry.name == prefix + QLatin1String("constants.pkl"))
            hasConstants = true;
        else if (entry.name.startsWith(extraPrefix) && !entry.name.endsWith(QLatin1Char('/'))) {
            info.extraFiles << entry.name.mid(extraPrefix.size());
            info.extraFileSizes << entry.size;
        }
    }

    const QByteArray versionText = dir.readStored(versionEntry).trimmed();
    bool ok = false;
    info.formatVersion = versionText.toLongLong(&ok);
    if (!ok)
        fail(path,
             ArchiveDirectory::tr("the archive's 'version' record is damaged (%1).")
                 .arg(QString::fromLatin1(versionText.left(20))));
    if (info.formatVersion > maxFormatVersion)
        fail(path,
             ArchiveDirectory::tr(
                 "written by a newer PyTorch: file format version %1, this build reads up to %2. Save it again "
                 "with an older PyTorch, or build JitScope against a newer libtorch (CMAKE_PREFIX_PATH).")
                 .arg(info.formatVersion)
                 .arg(maxFormatVersion));
    if (!hasCode && !hasConstants)
        fail(path,
             ArchiveDirectory::tr(
                 "not a TorchScript archive: it was written by torch.save(), so it holds pickled tensors or "
                 "a state dict but no TorchScript code. jitscope-cli info lists its structure and tensors. To "
                 "run it, load it in Python with torch.load(), then save a scripted or traced module with "
                 "torch.jit.save()."));
    return dir;
}

qsizetype ArchiveDirectory::indexOf(const QString& name) const
{
    return m_byName.value(name, -1);
}

const ArchiveEntry* ArchiveDirectory::entry(const QString& name) const
{
    const qsizetype index = indexOf(name);
    return index < 0 ? nullptr : &m_info.entries[index];
}

qint64 ArchiveDirectory::dataOffset(qsizetype index) const
{
    QFile file(m_info.path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray local = readAt(file, m_localHeaderOffsets[index], 30);
    if (local.size() != 30 || u32(local.constData()) != kLocalHeader)
        return -1;
    return m_localHeaderOffsets[index] + 30 + u16(local.constData() + 26) + u16(local.constData() + 28);
}

QByteArray ArchiveDirectory::readStored(const QString& name) const
{
    const qsizetype i = indexOf(name);
    if (i < 0 || m_info.entries[i].compressed)
        return {};
    const qint64 offset = dataOffset(i);
    QFile file(m_info.path);
    if (offset < 0 || !file.open(QIODevice::ReadOnly))
        return {};
    return readAt(file, offset, m_info.entries[i].size);
}

QByteArray ArchiveDirectory::readEntry(const QString& name, qint64 maxBytes) const
{
    const QString& path = m_info.path;
    const qsizetype index = indexOf(name);
    if (index < 0)
        fail(path, ArchiveDirectory::tr("the archive has no record '%1'.").arg(name));
    const ArchiveEntry& e = m_info.entries[index];
    if (e.size > maxBytes)
        fail(path,
             ArchiveDirectory::tr("the record '%1' declares %2 bytes, more than the %3 this reader accepts for it.")
                 .arg(name)
                 .arg(e.size)
                 .arg(maxBytes));
    const qint64 offset = dataOffset(index);
    QFile file(path);
    const QByteArray stored = offset < 0 || !file.open(QIODevice::ReadOnly)
        ? QByteArray()
        : readAt(file, offset, e.compressed ? e.compressedSize : e.size);
    if (stored.size() != (e.compressed ? e.compressedSize : e.size))
        fail(path,
             ArchiveDirectory::tr("the record '%1' is damaged: its data lies past the end of the file.").arg(name));
    if (!e.compressed)
        return stored;

    // Deflated: inflate into exactly the declared size, and no further.
    QByteArray out(qsizetype(e.size), Qt::Uninitialized);
    z_stream z {};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        fail(path, ArchiveDirectory::tr("the record '%1' cannot be inflated.").arg(name));
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(stored.constData()));
    z.avail_in = uInt(stored.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = inflate(&z, Z_FINISH);
    const qint64 produced = qint64(z.total_out);
    inflateEnd(&z);
    if (rc != Z_STREAM_END || produced != e.size)
        fail(path,
             ArchiveDirectory::tr("the record '%1' is damaged: its compressed data does not inflate to the %2 "
                                  "bytes its directory declares.")
                 .arg(name)
                 .arg(e.size));
    return out;
}

namespace {

// "4,194,304": the same in every language, so messages can be searched for.
QString bytesText(qint64 bytes)
{
    QLocale c = QLocale::c();
    c.setNumberOptions({});
    return c.toString(bytes);
}

} // namespace

QStringList ArchiveDirectory::checkTensorData() const
{
    QStringList locations;
    // Pickles describe the model; real ones are kilobytes to a few megabytes.
    constexpr qint64 kMaxPickle = qint64(256) << 20;
    const QString& path = m_info.path;
    const QString top = m_info.prefix + QLatin1Char('/');
    for (const QLatin1String archive : { QLatin1String("data"), QLatin1String("constants") }) {
        const QString pickleName = top + archive + QLatin1String(".pkl");
        if (!entry(pickleName))
            continue;
        pickle::PickleDocument doc;
        QList<pickle::NamedTensor> tensors;
        try {
            doc = pickle::PickleReader::read(readEntry(pickleName, kMaxPickle));
            const QString rootName = archive == QLatin1String("constants") ? QStringLiteral("constants") : QString();
            tensors = pickle::namedTensors(doc, rootName);
        } catch (const pickle::PickleError& e) {
            fail(path,
                 ArchiveDirectory::tr("the archive is damaged: %1 cannot be read (%2).")
                     .arg(archive + QLatin1String(".pkl"), e.message()));
        }
        for (const pickle::NamedTensor& named : tensors) {
            const pickle::TensorRef& t = doc.tensors[size_t(named.tensor)];
            const pickle::StorageRef& s = doc.storages[size_t(t.storage)];
            if (!s.location.isEmpty() && !locations.contains(s.location))
                locations << s.location;
            const QString record = archive + QLatin1Char('/') + s.key;
            const QString what = named.name.isEmpty() ? ArchiveDirectory::tr("a tensor")
                                                      : ArchiveDirectory::tr("tensor '%1'").arg(named.name);
            const QString advice
                = ArchiveDirectory::tr("The file was cut short or altered after it was saved; fetch or save it again.");
            if (s.itemSize == 0)
                fail(path, ArchiveDirectory::tr("the archive is damaged: %1 has a storage of unknown type.").arg(what));
            const qint64 extent = pickle::viewExtent(t);
            if (extent < 0 || extent > s.numel)
                fail(path,
                     ArchiveDirectory::tr("the archive is damaged: %1 (shape %2) reaches past the end of its "
                                          "storage of %3 elements. %4")
                         .arg(what, shapeText(t.sizes), bytesText(s.numel), advice));
            if (s.numel == 0)
                continue; // libtorch reads no record for an empty storage
            const ArchiveEntry* data = entry(top + record);
            if (!data)
                fail(path,
                     ArchiveDirectory::tr("the archive is damaged: the data of %1 (record '%2') is missing. %3")
                         .arg(what, record, advice));
            qint64 declared = 0;
            const bool huge = __builtin_mul_overflow(s.numel, qint64(s.itemSize), &declared);
            // A deflated record is inflated whole when it is read: it may claim only what its
            // storage needs, or a few compressed bytes would make gigabytes.
            if (!huge && data->compressed && declared != data->size)
                fail(path,
                     ArchiveDirectory::tr("the archive is damaged: the compressed record '%1' of %2 declares %3 "
                                          "bytes once inflated, but its storage needs %4. %5")
                         .arg(record, what, bytesText(data->size), bytesText(declared), advice));
            if (huge || declared > data->size)
                fail(path,
                     ArchiveDirectory::tr("the archive is damaged: %1 (%2, shape %3) declares %4 bytes of data, "
                                          "but its record '%5' holds %6. %7")
                         .arg(what, s.dtype, shapeText(t.sizes),
                              huge ? ArchiveDirectory::tr("more than 2^63") : bytesText(declared), record,
                              bytesText(data->size), advice));
        }
    }
    return locations;
}

} // namespace jitscope
