// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/modeldiff.h"
#include "session/job.h"

#include <memory>

namespace jitscope {

class LayoutService;
class ModelComparer;

// Lays out both sides of `diff` on `layout`'s thread and answers `reply` with it (layoutMs set).
void layOutDiff(LayoutService& layout, const std::shared_ptr<ModelDiff>& diff,
                const ReplyPtr<ModelDiffPtr, Progress>& reply);

// Compares two methods, of two archives or of one, on its own engine thread; both archives stay
// open between requests, so comparing again or running both sides on inputs opens nothing anew
// unless a file changed on disk. The comparison window has one; so does `jitscope-cli diff`.
class ComparisonSession : public JobHost
{
    Q_OBJECT
public:
    explicit ComparisonSession(QObject* parent = nullptr);
    ~ComparisonSession() override;

    // The structural, code and parameter diff, with both graphs laid out when request.layout,
    // and both sides run when request.inputs is not empty.
    Job<ModelDiffPtr> diff(const DiffRequest& request);
    // Both sides of `request` run on the same inputs, each output leaf compared.
    Job<OutputComparison> outputs(const DiffRequest& request, const QStringList& inputs);

private:
    std::unique_ptr<ModelComparer> m_comparer; // touched on the engine thread only
    std::unique_ptr<LayoutService> m_layout;
};

} // namespace jitscope
