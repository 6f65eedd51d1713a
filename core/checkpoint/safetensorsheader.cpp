// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpoint/safetensorsheader.h"

#include "answers/modelsnapshot.h"
#include "common/textformat.h"
#include "common/usererror.h"

#include <QByteArrayView>
#include <QFile>

#include <algorithm>

namespace jitscope::safetensors {

namespace {

constexpr int kMaxRank = 64;

struct DtypeInfo
{
    const char* code;
    const char* name; // as the rest of JitScope names it; nullptr: its values are not read
    int itemSize;
};

constexpr DtypeInfo kDtypes[] = {
    { "F64", "float64", 8 }, { "F32", "float32", 4 },   { "F16", "float16", 2 },   { "BF16", "bfloat16", 2 },
    { "I64", "int64", 8 },   { "I32", "int32", 4 },     { "I16", "int16", 2 },     { "I8", "int8", 1 },
    { "U8", "uint8", 1 },    { "BOOL", "bool", 1 },     { "U64", nullptr, 8 },     { "U32", nullptr, 4 },
    { "U16", nullptr, 2 },   { "F8_E4M3", nullptr, 1 }, { "F8_E5M2", nullptr, 1 },
};

// One QString per dtype, shared by every tensor of it.
QString dtypeName(const DtypeInfo* type)
{
    static const QList<QString> names = [] {
        QList<QString> all;
        for (const DtypeInfo& d : kDtypes)
            all << QString::fromLatin1(d.name ? d.name : d.code);
        return all;
    }();
    return names[type - kDtypes];
}

// A name as a message quotes it: a hostile one may be megabytes long.
QString quoted(const QString& name)
{
    return QLatin1Char('\'') + (name.size() > 80 ? name.left(77) + QStringLiteral("...") : name) + QLatin1Char('\'');
}

// A flat reader of the header's JSON: the format has three levels (the header, a tensor's
// fields, a field's array), each read by its own function, so nothing recurses on the input.
class Parser
{
public:
    Parser(const QByteArray& json, size_t maxTensors, Header& out)
        : m_maxTensors(maxTensors)
        , m_begin(json.constData())
        , m_p(json.constData())
        , m_end(json.constData() + json.size())
        , m_out(out)
    { }

    QString parse()
    {
        if (!QByteArrayView(m_begin, m_end - m_begin).isValidUtf8())
            return HeaderError::tr("its header is not UTF-8 text");
        if (!header())
            return m_error;
        // The header may be padded with spaces to align the data; nothing else may follow it.
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
        if (m_p != m_end)
            return HeaderError::tr("its header goes on after its JSON object, at byte %1").arg(offset());
        return {};
    }

private:
    static bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
    qint64 offset() const { return 8 + (m_p - m_begin); }

    bool syntax(const QString& expected)
    {
        m_error = HeaderError::tr("its header is not valid JSON: %1 expected at byte %2").arg(expected).arg(offset());
        return false;
    }
    bool rule(const QString& message)
    {
        m_error = message;
        return false;
    }
    bool take(char c)
    {
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool peek(char c)
    {
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
        return m_p < m_end && *m_p == c;
    }

    static int hex(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }
    bool hex4(uint* code)
    {
        if (m_end - m_p < 4)
            return false;
        *code = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hex(m_p[i]);
            if (digit < 0)
                return false;
            *code = *code * 16 + uint(digit);
        }
        m_p += 4;
        return true;
    }

    // The code point of a \\u escape (a surrogate pair taken whole), appended as UTF-8.
    bool unicodeEscape(QByteArray* bytes)
    {
        uint code = 0;
        if (!hex4(&code))
            return syntax(QStringLiteral("four hex digits"));
        char32_t point = code;
        if (code >= 0xd800 && code < 0xdc00) {
            uint low = 0;
            if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
                return syntax(QStringLiteral("a low surrogate"));
            m_p += 2;
            if (!hex4(&low) || low < 0xdc00 || low >= 0xe000)
                return syntax(QStringLiteral("a low surrogate"));
            point = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        } else if (code >= 0xdc00 && code < 0xe000) {
            return syntax(QStringLiteral("a high surrogate"));
        }
        bytes->append(QString::fromUcs4(&point, 1).toUtf8());
        return true;
    }

    // A JSON string, its escapes decoded.
    bool string(QString* out)
    {
        if (!take('"'))
            return syntax(QStringLiteral("a string"));
        QByteArray bytes;
        const char* start = m_p;
        while (m_p < m_end && *m_p != '"') {
            const char c = *m_p;
            if (uchar(c) < 0x20)
                return syntax(QStringLiteral("a printable character"));
            if (c != '\\') {
                ++m_p;
                continue;
            }
            bytes.append(start, m_p - start);
            if (++m_p >= m_end)
                break;
            const char e = *m_p++;
            switch (e) {
            case '"':
            case '\\':
            case '/':
                bytes.append(e);
                break;
            case 'b':
                bytes.append('\b');
                break;
            case 'f':
                bytes.append('\f');
                break;
            case 'n':
                bytes.append('\n');
                break;
            case 'r':
                bytes.append('\r');
                break;
            case 't':
                bytes.append('\t');
                break;
            case 'u':
                if (!unicodeEscape(&bytes))
                    return false;
                break;
            default:
                return syntax(QStringLiteral("an escape"));
            }
            start = m_p;
        }
        if (m_p >= m_end)
            return syntax(QStringLiteral("the end of a string"));
        bytes.append(start, m_p - start);
        ++m_p;
        *out = QString::fromUtf8(bytes);
        return true;
    }

    // A whole number without sign, fraction or exponent, as the format's counts are.
    bool count(qint64* out, const QString& tensor, const char* field)
    {
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
        const char* start = m_p;
        qint64 value = 0;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
            if (__builtin_mul_overflow(value, qint64(10), &value) || __builtin_add_overflow(value, *m_p - '0', &value))
                return rule(HeaderError::tr("tensor %1: a number in its %2 exceeds 2^63")
                                .arg(quoted(tensor), QLatin1String(field)));
            ++m_p;
        }
        if (m_p == start || (m_p - start > 1 && *start == '0')
            || (m_p < m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E')))
            return rule(HeaderError::tr("tensor %1: its %2 must hold whole numbers of zero or more")
                            .arg(quoted(tensor), QLatin1String(field)));
        *out = value;
        return true;
    }

    bool numbers(QList<qint64>* out, const QString& tensor, const char* field, qsizetype most)
    {
        if (!take('['))
            return rule(HeaderError::tr("tensor %1: its %2 is not a list").arg(quoted(tensor), QLatin1String(field)));
        if (take(']'))
            return true;
        do {
            qint64 value = 0;
            if (!count(&value, tensor, field))
                return false;
            if (out->size() == most)
                return rule(HeaderError::tr("tensor %1: its %2 holds more than %3 numbers")
                                .arg(quoted(tensor), QLatin1String(field))
                                .arg(most));
            out->append(value);
        } while (take(','));
        return take(']') || syntax(QStringLiteral("',' or ']'"));
    }

    bool tensor(const QString& name)
    {
        TensorEntry t;
        t.name = name;
        QString dtype;
        QList<qint64> offsets;
        bool hasDtype = false, hasShape = false, hasOffsets = false;
        if (!take('{'))
            return rule(HeaderError::tr("tensor %1 is not a JSON object").arg(quoted(name)));
        if (!peek('}')) {
            do {
                QString field;
                if (!string(&field) || !(take(':') || syntax(QStringLiteral("':'"))))
                    return false;
                bool* seen = field == QLatin1String("dtype") ? &hasDtype
                    : field == QLatin1String("shape")        ? &hasShape
                    : field == QLatin1String("data_offsets") ? &hasOffsets
                                                             : nullptr;
                if (!seen)
                    return rule(HeaderError::tr("tensor %1 has a field the format does not know: %2")
                                    .arg(quoted(name), quoted(field)));
                if (*seen)
                    return rule(HeaderError::tr("tensor %1 names its %2 twice").arg(quoted(name), field));
                *seen = true;
                if (seen == &hasDtype       ? !string(&dtype)
                        : seen == &hasShape ? !numbers(&t.shape, name, "shape", kMaxRank)
                                            : !numbers(&offsets, name, "data_offsets", 2))
                    return false;
            } while (take(','));
        }
        if (!take('}'))
            return syntax(QStringLiteral("',' or '}'"));
        if (!hasDtype || !hasShape || !hasOffsets)
            return rule(HeaderError::tr("tensor %1 lacks its %2")
                            .arg(quoted(name),
                                 !hasDtype       ? QStringLiteral("dtype")
                                     : !hasShape ? QStringLiteral("shape")
                                                 : QStringLiteral("data_offsets")));
        const auto type = std::find_if(std::begin(kDtypes), std::end(kDtypes),
                                       [&](const DtypeInfo& d) { return dtype == QLatin1String(d.code); });
        if (type == std::end(kDtypes))
            return rule(HeaderError::tr("tensor %1: the format has no dtype %2").arg(quoted(name), quoted(dtype)));
        t.dtype = type->name ? dtypeName(type) : dtype;
        t.readable = type->name != nullptr;
        t.itemSize = type->itemSize;
        if (offsets.size() != 2)
            return rule(
                HeaderError::tr("tensor %1: its data_offsets must be two numbers, [begin, end]").arg(quoted(name)));
        t.begin = offsets[0];
        t.end = offsets[1];
        qint64 bytes = 0;
        for (qint64 d : std::as_const(t.shape))
            if (__builtin_mul_overflow(t.numel, d, &t.numel))
                return rule(HeaderError::tr("tensor %1: its shape %2 has more than 2^63 elements")
                                .arg(quoted(name), shapeText(t.shape)));
        if (__builtin_mul_overflow(t.numel, qint64(t.itemSize), &bytes))
            return rule(HeaderError::tr("tensor %1: its shape %2 needs more than 2^63 bytes")
                            .arg(quoted(name), shapeText(t.shape)));
        if (t.end < t.begin)
            return rule(HeaderError::tr("tensor %1: its data_offsets [%2, %3] end before they begin")
                            .arg(quoted(name))
                            .arg(t.begin)
                            .arg(t.end));
        if (t.end - t.begin != bytes)
            return rule(
                HeaderError::tr("tensor %1: its data_offsets [%2, %3] hold %4 bytes, its shape %5 of %6 needs %7")
                    .arg(quoted(name))
                    .arg(t.begin)
                    .arg(t.end)
                    .arg(t.end - t.begin)
                    .arg(shapeText(t.shape), t.dtype)
                    .arg(bytes));
        m_out.tensors.push_back(std::move(t));
        return true;
    }

    bool metadata()
    {
        if (!take('{'))
            return rule(HeaderError::tr("its __metadata__ is not a map of strings"));
        if (take('}'))
            return true;
        do {
            QString key, value;
            if (!string(&key) || !(take(':') || syntax(QStringLiteral("':'"))))
                return false;
            if (!peek('"'))
                return rule(HeaderError::tr("its __metadata__ %1 is not a string").arg(quoted(key)));
            if (!string(&value))
                return false;
            if (size_t(m_out.metadata.size()) == m_maxTensors)
                return rule(HeaderError::tr("its __metadata__ holds more than %1 entries, more than JitScope reads")
                                .arg(m_maxTensors));
            m_out.metadata.append({ key, value });
        } while (take(','));
        return take('}') || syntax(QStringLiteral("',' or '}'"));
    }

    bool header()
    {
        if (!take('{'))
            return syntax(QStringLiteral("'{'"));
        if (take('}'))
            return true;
        bool hadMetadata = false;
        do {
            QString key;
            if (!string(&key) || !(take(':') || syntax(QStringLiteral("':'"))))
                return false;
            if (key == QLatin1String("__metadata__")) {
                if (hadMetadata)
                    return rule(HeaderError::tr("it has two __metadata__ entries"));
                hadMetadata = true;
                if (!metadata())
                    return false;
            } else if (m_out.tensors.size() == m_maxTensors) {
                return rule(HeaderError::tr("it holds more than %1 tensors, more than JitScope reads in one file")
                                .arg(m_maxTensors));
            } else if (!tensor(key)) {
                return false;
            }
        } while (take(','));
        return take('}') || syntax(QStringLiteral("',' or '}'"));
    }

    size_t m_maxTensors;
    const char* m_begin;
    const char* m_p;
    const char* m_end;
    Header& m_out;
    QString m_error;
};

// The rules between tensors: names once each, byte ranges in order from 0, each starting where
// the one before ends, the last ending where the data end.
QString checkLayout(Header& header, qint64 dataSize)
{
    std::vector<TensorEntry>& all = header.tensors;
    // Names compared only where their hashes agree: a million names cost a sort of integers.
    std::vector<std::pair<size_t, int>> byHash(all.size());
    for (size_t i = 0; i < all.size(); ++i)
        byHash[i] = { qHash(all[i].name), int(i) };
    std::sort(byHash.begin(), byHash.end());
    for (size_t i = 0; i < byHash.size(); ++i)
        for (size_t j = i + 1; j < byHash.size() && byHash[j].first == byHash[i].first; ++j)
            if (all[size_t(byHash[j].second)].name == all[size_t(byHash[i].second)].name)
                return HeaderError::tr("it names tensor %1 twice").arg(quoted(all[size_t(byHash[i].second)].name));
    std::stable_sort(all.begin(), all.end(), [](const TensorEntry& a, const TensorEntry& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
    });
    qint64 expected = 0;
    const TensorEntry* previous = nullptr;
    for (const TensorEntry& t : all) {
        if (t.end > dataSize)
            return HeaderError::tr("tensor %1: its data_offsets [%2, %3] reach past the %4 bytes of data")
                .arg(quoted(t.name))
                .arg(t.begin)
                .arg(t.end)
                .arg(dataSize);
        if (t.begin < expected)
            return HeaderError::tr("tensor %1: its bytes [%2, %3] overlap those of tensor %4 [%5, %6]")
                .arg(quoted(t.name))
                .arg(t.begin)
                .arg(t.end)
                .arg(quoted(previous->name))
                .arg(previous->begin)
                .arg(previous->end);
        if (t.begin > expected)
            return HeaderError::tr("the data have a gap of %1 bytes that no tensor describes, before tensor %2")
                .arg(t.begin - expected)
                .arg(quoted(t.name));
        expected = t.end;
        previous = &t;
    }
    if (expected != dataSize)
        return HeaderError::tr("the last %1 bytes of data belong to no tensor").arg(dataSize - expected);
    return {};
}

} // namespace

QString parseHeader(const QByteArray& json, qint64 dataSize, Header& out, size_t maxTensors)
{
    QString why = Parser(json, maxTensors, out).parse();
    return why.isEmpty() ? checkLayout(out, dataSize) : why;
}

Header readHeader(const QString& path, qint64 fileSize, size_t maxTensors)
{
    auto refuse = [&](const QString& why) {
        throw UserError(path + QLatin1String(": ")
                        + HeaderError::tr("the safetensors file breaks its format: %1.").arg(why));
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw UserError(path + QLatin1String(": ") + file.errorString());
    const QByteArray start = file.read(8);
    if (start.size() < 8)
        refuse(HeaderError::tr("it is shorter than its 8-byte header length"));
    quint64 n = 0;
    for (int i = 0; i < 8; ++i)
        n |= quint64(uchar(start[i])) << (8 * i);
    if (n > quint64(kMaxHeaderBytes))
        refuse(HeaderError::tr("its header length %1 exceeds the format's limit of 100 MB").arg(n));
    if (n > quint64(fileSize - 8))
        refuse(
            HeaderError::tr("its header length %1 reaches past the end of the file (%2 bytes)").arg(n).arg(fileSize));
    Header header;
    header.dataStart = 8 + qint64(n);
    const QByteArray json = file.read(qint64(n));
    if (json.size() != qint64(n))
        refuse(file.errorString());
    const QString why = parseHeader(json, fileSize - header.dataStart, header, maxTensors);
    if (!why.isEmpty())
        refuse(why);
    return header;
}

} // namespace jitscope::safetensors
