// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "values/npyfile.h"

#include "common/resourcelimits.h"
#include "common/usererror.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace jitscope {

namespace {

struct NpyText
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::NpyArray)
};

const QByteArray kMagic("\x93NUMPY", 6);

} // namespace

qint64 NpyArray::elementCount() const
{
    return checkedBytes(shape, 1).value_or(-1);
}

int NpyArray::itemSize() const
{
    if (descr.size() < 3)
        return 0;
    return descr.mid(2).toInt();
}

NpyArray NpyArray::parse(const QByteArray& bytes, const QString& source)
{
    auto fail = [&](const QString& what) -> NpyArray { throw UserError(source + QStringLiteral(": ") + what); };
    if (!bytes.startsWith(kMagic) || bytes.size() < 10)
        return fail(NpyText::tr("not a .npy file (no \\x93NUMPY magic)."));
    const int major = uchar(bytes[6]);
    qint64 headerLength = 0, offset = 0;
    if (major == 1) {
        headerLength = uchar(bytes[8]) | (uchar(bytes[9]) << 8);
        offset = 10;
    } else if (major == 2 || major == 3) {
        if (bytes.size() < 12)
            return fail(NpyText::tr("the .npy header is cut short."));
        headerLength = qint64(uchar(bytes[8])) | (qint64(uchar(bytes[9])) << 8) | (qint64(uchar(bytes[10])) << 16)
            | (qint64(uchar(bytes[11])) << 24);
        offset = 12;
    } else {
        return fail(NpyText::tr(".npy format version %1 is not supported (1 to 3 are).").arg(major));
    }
    if (offset + headerLength > bytes.size())
        return fail(NpyText::tr("the .npy header is cut short."));
    const QString header = QString::fromLatin1(bytes.mid(offset, headerLength));

    NpyArray array;
    static const QRegularExpression descr(QStringLiteral(R"('descr'\s*:\s*'([^']*)')"));
    static const QRegularExpression fortran(QStringLiteral(R"('fortran_order'\s*:\s*(True|False))"));
    static const QRegularExpression shape(QStringLiteral(R"('shape'\s*:\s*\(([^)]*)\))"));
    const auto d = descr.match(header), f = fortran.match(header), s = shape.match(header);
    if (!d.hasMatch() || !f.hasMatch() || !s.hasMatch())
        return fail(NpyText::tr("the .npy header is damaged: %1").arg(header.trimmed().left(120)));
    array.descr = d.captured(1);
    array.fortranOrder = f.captured(1) == QLatin1String("True");
    for (const QString& part : s.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 dim = part.trimmed().toLongLong(&ok);
        if (!ok || dim < 0)
            return fail(NpyText::tr("the .npy shape is damaged: (%1)").arg(s.captured(1)));
        array.shape << dim;
    }
    const int item = array.itemSize();
    if (item <= 0 || array.descr.size() < 3)
        return fail(NpyText::tr("unsupported .npy dtype '%1'.").arg(array.descr));
    // A header may declare any shape: the product is checked for overflow, and the data must be
    // there (the file is already in memory, so nothing beyond it is ever allocated).
    const std::optional<qint64> declared = checkedBytes(array.shape, item);
    const qint64 dataOffset = offset + headerLength;
    if (!declared)
        return fail(NpyText::tr("the .npy shape (%1) declares more bytes than a 64-bit count holds.")
                        .arg(s.captured(1).trimmed()));
    const qint64 expected = *declared;
    if (bytes.size() - dataOffset < expected)
        return fail(NpyText::tr("the .npy data is cut short: %1 bytes for %2 elements of %3 bytes.")
                        .arg(bytes.size() - dataOffset)
                        .arg(array.elementCount())
                        .arg(item));
    array.data = bytes.mid(dataOffset, expected);
    return array;
}

QByteArray NpyArray::serialize() const
{
    QStringList dims;
    for (qint64 d : shape)
        dims << QString::number(d);
    QString shapeText = dims.join(QLatin1String(", "));
    if (shape.size() == 1)
        shapeText += QLatin1Char(',');
    QByteArray header = QStringLiteral("{'descr': '%1', 'fortran_order': %2, 'shape': (%3), }")
                            .arg(descr, fortranOrder ? QStringLiteral("True") : QStringLiteral("False"), shapeText)
                            .toLatin1();
    // Magic, version and length, then the header padded with spaces to a multiple of 64
    // bytes and ended by a newline, as NumPy writes it.
    const bool v2 = header.size() + 11 > 65535;
    const qsizetype prefix = v2 ? 12 : 10;
    const qsizetype total = ((prefix + header.size() + 1 + 63) / 64) * 64;
    header += QByteArray(total - prefix - header.size() - 1, ' ');
    header += '\n';
    QByteArray out = kMagic;
    out += char(v2 ? 2 : 1);
    out += char(0);
    const quint32 length = quint32(header.size());
    out += char(length & 0xff);
    out += char((length >> 8) & 0xff);
    if (v2) {
        out += char((length >> 16) & 0xff);
        out += char((length >> 24) & 0xff);
    }
    out += header;
    out += data;
    return out;
}

} // namespace jitscope
