// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/graphlayouter.h"
#include "session/workerthread.h"

#include <functional>

namespace jitscope {

// The layout thread of a session, with its Graphviz context and cache of group layouts. Layout
// runs apart from the engine so that a long layout never holds up the module.
class LayoutService
{
public:
    LayoutService();
    ~LayoutService(); // joins the thread before the layouter goes

    // Runs `work` on the layout thread with its layouter.
    void post(std::function<void(GraphLayouter&)> work);

private:
    GraphLayouter m_layouter;
    WorkerThread m_thread; // declared last: joined first
};

} // namespace jitscope
