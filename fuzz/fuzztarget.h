// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// One fuzz target per file: each defines LLVMFuzzerTestOneInput, which libFuzzer drives in the
// fuzz preset (clang, -fsanitize=fuzzer,address,undefined) and replay.cpp drives in the test
// suite (any compiler: the seed corpus, the regressions, then deterministic mutations of them).
// A target returns normally for any input; refusals (UserError, PickleError) are the expected
// answer to bad input, so anything else escaping, or a sanitizer report, is a bug.
#pragma once

#include "checkpoint/checkpoint.h"
#include "common/usererror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

// For readers that take a path: this process's scratch file for target NAME
// (jitscope-fuzz-NAME-PID.pt in the temporary folder), and the input written to it, rewritten
// for each input (false when it cannot be written).
inline QString scratchPath(const char* name)
{
    return QDir::temp().filePath(
        QStringLiteral("jitscope-fuzz-%1-%2.pt").arg(QLatin1String(name)).arg(QCoreApplication::applicationPid()));
}

// Reads the checkpoint at `path` and the statistics of every sound tensor under `maxNumel`
// elements; a refusal is the expected answer.
inline void readCheckpoint(const QString& path, qint64 maxNumel)
{
    try {
        const jitscope::Checkpoint checkpoint = jitscope::Checkpoint::read(path);
        for (int i = 0; i < checkpoint.tensors.size(); ++i)
            if (checkpoint.tensors[i].problem.isEmpty() && checkpoint.tensors[i].numel < maxNumel)
                checkpoint.stats(i);
    } catch (const jitscope::UserError&) { }
}

inline bool writeScratchFile(const QString& path, const uint8_t* data, size_t size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(reinterpret_cast<const char*>(data), qint64(size)) == qint64(size);
}
