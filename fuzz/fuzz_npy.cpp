// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The .npy reader behind load("x.npy").
#include "fuzztarget.h"

#include "common/usererror.h"
#include "values/npyfile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    try {
        const jitscope::NpyArray array = jitscope::NpyArray::parse(bytes, QStringLiteral("fuzz.npy"));
        // What parse accepted is backed by its data.
        if (array.data.size() != array.elementCount() * array.itemSize())
            __builtin_trap();
        array.serialize();
    } catch (const jitscope::UserError&) { }
    return 0;
}
