// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/invocation.h"
#include "answers/modelsnapshot.h"

#include <QHash>
#include <QJsonObject>
#include <QMetaType>

#include <memory>
#include <optional>

namespace jitscope {

// An observed call: a method run once with every value its graph computes recorded (in every
// call it makes, in the branches taken and in each loop iteration), then run again `repeat`
// times, after a warm-up, to time every node. Values and nodes are named as GraphNode names them
// (valueKey(), observedKey()), so a drawn graph of any expansion finds what flowed on its edges.

// "1×64×56×56"; "[]" for a 0-d tensor.
QString dimsText(const QList<qint64>& shape);

// Where the window keeps how much an observed run may keep (QSettings, in MiB).
inline constexpr const char* kObserveBudgetSetting = "observe/keepMiB";

struct ObserveRequest
{
    InvokeRequest call; // module, method, arguments (value expressions)
    int repeat = 3; // timed runs after one warm-up; 0: no timing
    qint64 keepBytes = qint64(1) << 30; // tensors kept up to this many bytes; past it, statistics only
};

struct ObservedValue
{
    QString key; // "layer1.0:forward|input.3": GraphNode::valueKey
    QString node; // the producing node's key: GraphNode::observedKey, or the call's when an input
    QString name; // the value's name in its graph, "input.3"
    QString module; // path of the module whose code computed it
    QString kind; // the producing op, "aten::conv2d"
    QString type; // "Tensor", "int", "List[int]"
    bool isTensor = false;
    QList<qint64> shape; // of the last call
    bool shapeVaries = false; // calls saw different shapes (a loop)
    QString dtype, device;
    QString text; // a scalar or short value's text, "4", "[1, 64]"; empty for tensors
    std::optional<TensorStats> stats; // tensors but parameters read by attribute; of the last call
    bool nonFinite = false; // NaN or Inf in any call
    int calls = 0;
    bool kept = false; // the tensor (of the last call) can be read: TensorRef::observed(key)

    QString shapeText() const; // "1×64×56×56", "[]" for a 0-d tensor, the text of a non-tensor
    QJsonObject toJson() const;
};

struct ObservedNode
{
    QString key; // GraphNode::observedKey
    QString kind;
    QString module; // whose code holds the node
    QString callee; // a module call's module path (prim::CallMethod), else empty
    int calls = 0; // in the recorded run
    std::optional<double> timeMs, selfMs; // medians over the timed runs, all calls together
    qint64 macs = 0; // multiply-accumulates of a convolution, linear layer or matrix product
    QJsonObject toJson() const;
};

// One row of the per-module summary, as torchinfo prints it.
struct ObservedModule
{
    QString path; // "" for the root
    QString type; // "Conv2d"
    int depth = 0; // below the called module
    int calls = 0;
    QStringList outputShapes; // of the first call, "1×64×112×112"
    qint64 parameters = 0; // its own and its submodules'
    qint64 macs = 0;
    std::optional<double> timeMs;
    QJsonObject toJson() const;
};

struct ObservedRun
{
    QString module, method; // what was called
    QString argumentsText;
    int repeat = 0;
    QList<ObservedValue> values; // in the order first computed
    QList<ObservedNode> nodes; // in program order
    QList<ObservedModule> modules; // the called module first, then submodules as first called
    qint64 parameters = 0, macs = 0;
    std::optional<double> timeMs; // median of the timed runs
    std::optional<InvokeResult> result; // the outputs, exactly a plain call's on the CPU; absent on failure
    QString error; // why the call failed, when it did
    QString failedNode; // the node it failed in (the innermost one running)
    QStringList failedPath; // the calls, blocks and node running then, outermost first
    QString timingNote; // why nodes were not timed (training mode, a failing timing run)
    qint64 keepBytes = 0, keptBytes = 0;
    int notKept = 0; // tensors over the budget: statistics only

    const ObservedValue* value(const QString& key) const;
    const ObservedNode* node(const QString& key) const;
    // The observed-run JSON of `jitscope-cli observe --json` (outputs as invoke --json writes them).
    QJsonObject toJson() const;
    void index(); // builds the lookups; call once the lists are filled

private:
    QHash<QString, int> m_values, m_nodes;
};

using ObservedRunPtr = std::shared_ptr<const ObservedRun>;

} // namespace jitscope

Q_DECLARE_METATYPE(jitscope::ObservedRunPtr)
