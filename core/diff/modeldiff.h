// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/modelsnapshot.h"
#include "diff/graphdiff.h"
#include "diff/textdiff.h"
#include "graph/graphmodel.h"

#include <QMetaType>
#include <QStringList>

#include <memory>
#include <optional>

namespace jitscope {

// One side of a comparison: a method of a module of an archive.
struct DiffSide
{
    QString path;
    QString module; // "" for the root
    QString method; // "" for forward
    QString displayName() const; // "b.pt: forward", "a.pt: head.classify"
};

struct DiffRequest
{
    DiffSide left;
    DiffSide right;
    QStringList inputs; // value expressions fed to both sides; none: no output comparison
    bool expandAll = true; // compare the calls' insides too
    bool layout = true; // lay out both graphs (the window); the CLI skips it
    // With inputs: where the outputs of two matched nodes differ by more than atol + rtol * |right|.
    double atol = 1e-5;
    double rtol = 1e-4;
    // Shown instead of the sides' "file: method" (a graph that is not the saved one); may be empty.
    QString leftLabel {}, rightLabel {};
    QString leftName() const { return leftLabel.isEmpty() ? left.displayName() : leftLabel; }
    QString rightName() const { return rightLabel.isEmpty() ? right.displayName() : rightLabel; }
};

struct ParameterDiff
{
    enum class Status { Same, ValuesDiffer, ShapeDiffers, DtypeDiffers, OnlyLeft, OnlyRight };
    QString name; // relative to the compared module
    Status status = Status::Same;
    QList<qint64> leftShape, rightShape;
    QString leftDtype, rightDtype;
    std::optional<double> maxAbsDiff; // when shapes agree
    static QString statusName(Status s); // "same", "values_differ", ...
};

// One output leaf (a tensor or scalar inside the outputs), compared.
struct OutputDiff
{
    QString path; // "out", "out[1]", "out[\"gain\"]"
    QString leftSummary, rightSummary;
    bool compared = false; // false when the two cannot be compared (types or shapes differ)
    double maxAbs = 0; // max |l - r|
    double maxRel = 0; // max |l - r| / max(|l|, |r|), 0 where both are 0
    QString note;
};

// Where two models part ways on the same inputs: the first pair of matched nodes, in program
// order, whose outputs differ beyond the tolerance. Both sides are observed (ObservedRun) and
// their nodes' output tensors compared.
struct Divergence
{
    int left = -1, right = -1; // node ids in the compared graphs
    QString leftKey, rightKey; // the nodes' observed keys (GraphNode::observedKey)
    QString kind, leftLabel, rightLabel, module; // module: the right side's
    QString value; // the right output's name
    std::optional<double> maxAbs, maxRel; // absent when the shapes differ
    std::optional<TensorStats> leftStats, rightStats;
    QString note; // "shapes differ: 1×64 and 1×32"
};

// Both sides run on the same inputs: their outputs compared leaf by leaf, and where they part ways.
struct OutputComparison
{
    QList<OutputDiff> outputs;
    bool divergenceChecked = false; // the matched nodes' outputs were compared
    std::optional<Divergence> divergence; // none: every compared node agrees
    int comparedNodes = 0;
    QString note; // what could not be compared (tensors over the budget)
};

struct ModelDiff
{
    DiffRequest request;
    LaidOutGraph left, right; // layouts empty unless request.layout
    GraphDiff graph;
    QString leftCode, rightCode;
    QList<DiffLine> codeLines;
    QString codeDiff; // unified
    QList<ParameterDiff> parameters;
    bool hasOutputs = false;
    QList<OutputDiff> outputs;
    bool divergenceChecked = false;
    std::optional<Divergence> divergence;
    int comparedNodes = 0; // matched pairs whose outputs were compared
    QString divergenceNote; // what could not be compared
    double loadMs = 0, buildMs = 0, diffMs = 0, layoutMs = 0;
};

using ModelDiffPtr = std::shared_ptr<const ModelDiff>;

} // namespace jitscope

Q_DECLARE_METATYPE(jitscope::ModelDiffPtr)
