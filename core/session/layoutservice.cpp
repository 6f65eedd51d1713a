// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/layoutservice.h"

namespace jitscope {

// Graphviz recurses deeply on large graphs: the layout thread gets a big stack.
LayoutService::LayoutService()
    : m_thread(QStringLiteral("jitscope-layout"), 256u << 20)
{ }

LayoutService::~LayoutService() = default;

void LayoutService::post(std::function<void(GraphLayouter&)> work)
{
    GraphLayouter* layouter = &m_layouter;
    m_thread.post([layouter, work = std::move(work)] { work(*layouter); });
}

} // namespace jitscope
