// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The value-expression grammar of argument fields and `jitscope-cli invoke`.
#include "fuzztarget.h"

#include "common/usererror.h"
#include "values/valueexpr.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    try {
        const jitscope::ValueExpr e = jitscope::ValueExpr::parse(text);
        // Printing it back must parse to the same text again.
        const QString printed = e.toString();
        if (jitscope::ValueExpr::parse(printed).toString() != printed)
            __builtin_trap();
    } catch (const jitscope::UserError&) { }
    jitscope::ValueExpr::splitList(text);
    return 0;
}
