// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The restricted unpickler that reads data.pkl and constants.pkl before libtorch does (and
// torch.save checkpoints' pickles).
#include "fuzztarget.h"

#include "pickle/pickledocument.h"
#include "pickle/picklereader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    try {
        const jitscope::pickle::PickleDocument doc = jitscope::pickle::PickleReader::read(bytes);
        for (const auto& named : jitscope::pickle::namedTensors(doc))
            jitscope::pickle::viewExtent(doc.tensors[size_t(named.tensor)]);
    } catch (const jitscope::pickle::PickleError&) { }
    return 0;
}
