// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Facts of a sanitized build (the asan and tsan presets) the tests adapt to.
namespace testutil {

#if defined(__SANITIZE_THREAD__)
inline constexpr int kSlowdown = 10; // ThreadSanitizer: five to fifteen times slower
#elif defined(__SANITIZE_ADDRESS__)
inline constexpr int kSlowdown = 3;
#else
inline constexpr int kSlowdown = 1;
#endif

// A sanitizer's shadow memory is address space of its own (terabytes reserved up front), so
// under one an address-space limit (RLIMIT_AS) stops the process, not the reader it is meant to
// bound. Memory budgets are checked in the normal build; sanitized builds check everything else.
inline constexpr bool kAddressSpaceLimits = kSlowdown == 1;

// A wait of `ms` milliseconds in a normal build, longer in a sanitized one.
constexpr int waitMs(int ms)
{
    return ms * kSlowdown;
}

} // namespace testutil
