// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// One fuzz target per file: each defines LLVMFuzzerTestOneInput, which libFuzzer drives in the
// fuzz preset (clang, -fsanitize=fuzzer,address,undefined) and replay.cpp drives in the test
// suite (any compiler: the seed corpus, the regressions, then deterministic mutations of them).
// A target returns normally for any input; refusals (UserError, PickleError) are the expected
// answer to bad input, so anything else escaping, or a sanitizer report, is a bug.
#pragma once

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
