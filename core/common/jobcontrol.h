// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>

namespace jitscope {

// Shared by a job and the host that runs it. A job checks it between steps.
class JobControl
{
public:
    // Superseded by a newer job of the same tag, or the host is closing: stop, nobody will read
    // the answer.
    bool cancelled() const { return m_cancelled.load(); }
    // The asker wants it to stop early (training's Stop): stop after the current step and answer.
    bool stopRequested() const { return m_stop.load() || m_cancelled.load(); }
    const std::atomic<bool>* cancelFlag() const { return &m_cancelled; }

    void cancel() { m_cancelled.store(true); }
    void requestStop() { m_stop.store(true); }

private:
    std::atomic<bool> m_cancelled { false };
    std::atomic<bool> m_stop { false };
};

} // namespace jitscope
