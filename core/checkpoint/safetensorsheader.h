// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <vector>

// A safetensors file's header, read and checked as the format's specification says
// (github.com/huggingface/safetensors, "Format"): 8 bytes of header length (little-endian, at
// most 100 MB, within the file), a JSON object padded with spaces, each tensor's dtype, shape and
// byte range, the ranges in order, contiguous and non-overlapping, covering the whole data
// section, each exactly its shape's bytes, `__metadata__` a map of strings. Anything else is
// refused in one sentence naming the entry and the rule: a header is the whole attack surface of
// the format, and it is checked before any tensor is described. The parser is flat (the format
// nests three levels) and allocates per entry what the entry really holds.
namespace jitscope::safetensors {

struct TensorEntry
{
    QString name;
    QString dtype; // float32, ..., or the file's own code for types whose values are not read (F8_E4M3)
    int itemSize = 0;
    bool readable = true; // its values can be read (not an 8-bit float)
    QList<qint64> shape;
    qint64 numel = 1;
    qint64 begin = 0; // into the data section
    qint64 end = 0;
};

struct Header
{
    qint64 dataStart = 0; // in the file: 8 + the header's length
    std::vector<TensorEntry> tensors; // in the order of their data
    QList<QPair<QString, QString>> metadata; // __metadata__, in the file's order
};

class HeaderError
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::safetensors::HeaderError)
};

constexpr qint64 kMaxHeaderBytes = qint64(100) << 20;

// Parses and checks `json` (the header's bytes) against a data section of `dataSize` bytes.
// Returns why it breaks the format, or an empty string with `out` filled.
// At most `maxTensors` tensors are read; more are refused.
QString parseHeader(const QByteArray& json, qint64 dataSize, Header& out, size_t maxTensors);
// The header of the file at `path` of `fileSize` bytes; throws UserError "PATH: the safetensors
// file breaks its format: WHY".
Header readHeader(const QString& path, qint64 fileSize, size_t maxTensors);

} // namespace jitscope::safetensors
