// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace jitscope {

// Ready to ship (README, "Deploy"): what the transforms, the lite interpreter export, the
// operator report, the lints and the warm-up answer. Plain values: they cross threads.

// The times of calls 1..N of one method on one input, in milliseconds, and what they say.
struct CallTimes
{
    QVector<double> ms; // call 1 first
    double first() const { return ms.isEmpty() ? 0 : ms.first(); }
    double nextFew() const; // median of calls 2..4 (those the profiling executor optimizes after)
    double steady() const; // median of the second half of the calls
    QJsonObject toJson() const;
};

enum class DeployTransform { Freeze, Inference, Mobile };

struct TransformRequest
{
    DeployTransform kind = DeployTransform::Freeze;
    QString output; // where the new module is written (an archive torch.jit.load reads)
    // Freeze: attributes and methods kept on the frozen module besides forward (torch.jit.freeze's
    // preserved_attrs); Inference: methods optimized besides forward (other_methods); Mobile:
    // methods kept besides forward (preserved_methods).
    QStringList preserved;
    bool optimizeNumerics = true; // Freeze: run_frozen_optimizations' folds that change numerics
    // Mobile: the passes not to run (optimize_for_mobile's optimization_blocklist), by mobilePasses() name.
    QStringList mobileSkip;
    // With inputs (value expressions, as invoke's), both modules are run on them `calls` times,
    // each fresh, and their times and outputs compared.
    QStringList inputs;
    int calls = 10;

    static QString name(DeployTransform kind); // "freeze", "inference", "mobile"
    static std::optional<DeployTransform> fromName(const QString& name);
    static QStringList mobilePasses(); // "conv_bn_fusion", "insert_fold_prepack_ops", ...
};

struct OpCount
{
    QString kind;
    int before = 0, after = 0;
};

struct TransformResult
{
    QString transform; // TransformRequest::name
    QString output; // empty when the module could not be kept (saveNote says why)
    QString saveNote;
    int nodesBefore = 0, nodesAfter = 0; // in forward's inlined graph, blocks included
    int parametersBefore = 0, parametersAfter = 0;
    QList<OpCount> changedOps; // the op kinds whose counts changed, most changed first
    bool timed = false; // inputs were given
    CallTimes original, transformed;
    bool outputsMatch = false;
    double maxAbsDiff = 0; // between the outputs' tensors
    QString outputNote; // why the outputs could not be compared
    QJsonObject toJson() const;
};

// The module saved for PyTorch's lite interpreter (a .ptl), loaded back with it and run.
struct LiteRequest
{
    QString output;
    int bytecodeVersion = 0; // 0: the one this libtorch writes; lower: backported to it
    QString method = QStringLiteral("forward");
    QStringList inputs; // none: loaded back, not run
};

struct LiteResult
{
    QString output;
    qint64 bytecodeVersion = 0; // of the written file, as the lite loader reads it
    qint64 producedVersion = 0; // what this libtorch writes before any backport
    bool backported = false;
    QStringList methods; // what the lite module holds
    bool ran = false;
    bool outputsMatch = false;
    double maxAbsDiff = 0;
    QString outputSummary; // the lite module's output
    QString note;
    QJsonObject toJson() const;
};

// An operator the module calls, with its overload, as torch.jit.export_opnames names it.
struct OperatorUse
{
    QString name; // "aten::add.Tensor"
    int calls = 0; // instructions that call it, over the methods' lite bytecode
};

// "Will it run there?": what a runtime needs to load and run an archive.
struct OpsReport
{
    QString file;
    qint64 fileFormatVersion = 0; // the archive's "version" record
    QString fileFormatReason; // why that version (the operator upgrade it needs), when known
    qint64 bytecodeVersion = 0; // of its bytecode.pkl (a .ptl); 0 when it holds none
    qint64 exportBytecodeVersion = 0; // what this libtorch would write for it
    qint64 minBytecodeVersion = 0, maxBytecodeVersion = 0; // what this libtorch's lite loader reads
    QList<OperatorUse> operators; // root operators, sorted by name
    QStringList types; // the classes and named types its bytecode holds
    QStringList methods;
    QString minimumRuntime; // a sentence
    QString yaml() const; // the selective-build operator list as PyTorch's build reads it
    QString text() const; // for a person: what `jitscope-cli ops` prints
    QJsonObject toJson() const;
};

// What a target runtime can do, to check a report against: its bytecode version and operators.
struct DeployTarget
{
    qint64 bytecodeVersion = 0; // 0: not checked
    QStringList operators; // "aten::add.Tensor"; empty: not checked
    // A target's operator list read from a file: one per line, or PyTorch's YAML (a list, or a
    // map of operator to options); '#' starts a comment. Throws UserError.
    static QStringList readOperatorList(const QString& path);
};

struct TargetCheck
{
    bool ok = true;
    QStringList problems; // one sentence each, with what to do
    QStringList missingOperators;
    QJsonObject toJson() const;
};
TargetCheck checkTarget(const OpsReport& report, const DeployTarget& target);

// A lint: what would go wrong in deployment, at the node (or module) it points to.
struct LintFinding
{
    QString rule; // "training-mode", "requires-grad", "device-constant", "traced-size", ...
    QString severity; // "warning" or "info"
    QString message;
    QString module; // the module path ("" the root)
    QString method; // whose graph holds the node; empty when the finding is about a module
    QString node; // GraphNode::observedKey of the node in that method's graph; empty: none
    QString kind; // the node's op
    QString code; // the code line that made it
    bool inTwin = false; // the node is in the compared twin's graph, not in this module's
    QString where() const; // "features:forward aten::view (features:forward#13)"
    QJsonObject toJson() const;
};

struct LintReport
{
    QString file, twin;
    QList<LintFinding> findings;
    QString text() const; // for a person: what `jitscope-cli lint` prints
    QJsonObject toJson() const;
};

// Calls 1..N of a method on a fresh copy of the module (nothing of it run before), and the graph
// the executor ran for the last of them.
struct WarmupRequest
{
    QString module;
    QString method = QStringLiteral("forward");
    QStringList inputs;
    int calls = 10;
};

struct WarmupResult
{
    CallTimes times;
    QString executedGraph; // the optimized graph of the last call, as IR text
    int executedNodes = 0, savedNodes = 0; // blocks included
    QString note;
    QJsonObject toJson() const;
};

} // namespace jitscope

Q_DECLARE_METATYPE(jitscope::TransformResult)
Q_DECLARE_METATYPE(jitscope::LiteResult)
Q_DECLARE_METATYPE(jitscope::OpsReport)
Q_DECLARE_METATYPE(jitscope::LintReport)
Q_DECLARE_METATYPE(jitscope::WarmupResult)
