// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/comparisonsession.h"

#include "engine/run/modelcomparer.h"
#include "session/layoutservice.h"

#include <QElapsedTimer>

namespace jitscope {

void layOutDiff(LayoutService& layout, const std::shared_ptr<ModelDiff>& diff,
                const ReplyPtr<ModelDiffPtr, Progress>& reply)
{
    layout.post([diff, reply](GraphLayouter& layouter) {
        answer(reply, [&] {
            QElapsedTimer timer;
            timer.start();
            diff->left.layout = layouter.layout(diff->left.model, reply->control().cancelFlag());
            diff->right.layout = layouter.layout(diff->right.model, reply->control().cancelFlag());
            diff->layoutMs = timer.nsecsElapsed() / 1e6;
            return ModelDiffPtr(diff);
        });
    });
}

ComparisonSession::ComparisonSession(QObject* parent)
    : JobHost(QStringLiteral("jitscope-compare"), parent)
    , m_comparer(std::make_unique<ModelComparer>())
    , m_layout(std::make_unique<LayoutService>())
{ }

ComparisonSession::~ComparisonSession()
{
    shutDown();
    m_layout.reset();
}

Job<ModelDiffPtr> ComparisonSession::diff(const DiffRequest& request)
{
    ModelComparer* comparer = m_comparer.get();
    LayoutService* layout = m_layout.get();
    return Job<ModelDiffPtr>(this, [comparer, layout, request](const ReplyPtr<ModelDiffPtr, Progress>& reply) {
        std::shared_ptr<ModelDiff> diff;
        if (!attempt(reply, [&] { diff = std::make_shared<ModelDiff>(comparer->diff(request)); }))
            return; // failed, and said so
        if (!request.layout) {
            reply->finish(diff);
            return;
        }
        layOutDiff(*layout, diff, reply);
    });
}

Job<OutputComparison> ComparisonSession::outputs(const DiffRequest& request, const QStringList& inputs)
{
    ModelComparer* comparer = m_comparer.get();
    return makeJob<OutputComparison>(this,
                                     [comparer, request, inputs](auto&) { return comparer->outputs(request, inputs); });
}

} // namespace jitscope
