// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pickle/pickledocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <stdexcept>

namespace jitscope::pickle {

struct ReadLimits
{
    int maxDepth = 1000; // containers and objects nested deeper than this are refused
    qint64 maxNodes = 50'000'000;
};

// A restricted unpickler (protocols 0 to 5, the opcodes Python's pickle writes). It never
// imports or calls anything: see PickleDocument. Every length and count in the file is checked
// against the bytes that are really there before anything is allocated for it.
class PickleReader
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::PickleReader)

public:
    // Throws PickleError on a malformed, truncated or over-limit pickle.
    static PickleDocument read(const QByteArray& data, const ReadLimits& limits = {});
    // The pickle at the start of `data`, which may go on (legacy torch.save files are several
    // pickles in a row); `end` receives the offset just past its STOP mark.
    static PickleDocument readPrefix(const QByteArray& data, qint64* end, const ReadLimits& limits = {});
};

// Bytes per element of a PyTorch dtype name; 0 when unknown.
int dtypeItemSize(const QString& dtype);

} // namespace jitscope::pickle
