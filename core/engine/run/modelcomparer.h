// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/modeldiff.h"
#include "engine/model/loadedarchive.h"
#include "engine/run/invoker.h"
#include "engine/run/observer.h"

#include <QCoreApplication>
#include <QDateTime>

namespace jitscope {

// Two outputs compared leaf by leaf (tuples and lists item by item, tensors element by element),
// each leaf appended to `out` under its path ("out", "out[1]").
void compareOutputs(const c10::IValue& left, const c10::IValue& right, const QString& path, QList<OutputDiff>& out);

// Compares two methods, of two archives or of one, and keeps both archives open between
// comparisons: a second comparison, or running both sides on inputs, opens nothing again unless
// a file changed on disk. Lives on a comparison session's engine thread. Throws UserError
// naming the side that failed; layout is left to the caller.
class ModelComparer
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::ModelComparer)

public:
    // Graphs built and aligned, code and parameters diffed, and with request.inputs both sides
    // run on the same inputs (the random generator seeded alike for each side, so randn() agrees).
    ModelDiff diff(const DiffRequest& request);
    // Both sides of `request` run observed on `inputs`: each output leaf compared, and the matched
    // nodes' outputs in program order up to the first pair that differs (Divergence).
    OutputComparison outputs(const DiffRequest& request, const QStringList& inputs);

private:
    struct Side
    {
        LoadedArchive archive;
        Invoker invoker;
        QString path; // absolute
        QDateTime modified;
        qint64 size = -1;
    };
    // The open archive of each side, opened when missing or changed on disk.
    Side& left(const DiffRequest& request);
    Side& right(const DiffRequest& request);
    void ensureOpen(Side& side, const DiffSide& what, bool isLeft);
    ObservedRun observe(Side& side, Observer& observer, const DiffSide& what, bool isLeft, const QStringList& inputs);
    OutputComparison compareRuns(const DiffRequest& request, const QStringList& inputs, const GraphModel& leftGraph,
                                 const GraphModel& rightGraph, const GraphDiff& graphDiff);
    static GraphOptions graphOptions(const DiffRequest& request);

    Side m_left;
    Side m_right;
    Observer m_leftObserver, m_rightObserver; // apart, also when one archive serves both sides
};

} // namespace jitscope
