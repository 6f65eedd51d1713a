// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/script.h>

#include <QString>

#include <memory>
#include <vector>

namespace jitscope {

// What an instrumented graph records, by the ids its recording ops carry.
struct InstrumentedNode
{
    QString key; // GraphNode::observedKey
    QString kind;
    QString module; // whose code holds it
    QString callee; // an inlined module call's module
    bool countsMacs = false; // a convolution, linear layer or matrix product: its inputs are recorded
    int firstValue = -1; // its outputs' ids, consecutive
    int outputs = 0;
};

struct InstrumentedValue
{
    QString key; // GraphNode::valueKey
    QString node; // the producing node's key
    QString name;
    QString module;
    QString kind;
    QString type; // as the IR types it, "List[int]"
    bool statistics = true; // false for parameters and buffers read by attribute
};

// Recording ops: jitscope::enter (before a node; a counting node's inputs), jitscope::leave
// (after it, with its outputs) carry the node id; jitscope::observe (a loop body's and the
// graph's inputs) the first value id. Registered once, on first use.
void registerRecordingOps();
c10::Symbol enterSymbol();
c10::Symbol leaveSymbol();
c10::Symbol observeSymbol();
c10::Symbol nodeIdAttribute();
c10::Symbol valueIdAttribute();

// A copy of a method's graph with every module and function call inlined and the recording ops
// inserted; `nodes` and `values` say what each id means. The method's own graphs are untouched.
class GraphInstrumenter
{
public:
    explicit GraphInstrumenter(const torch::jit::Module& root)
        : m_root(root)
    { }

    std::shared_ptr<torch::jit::Graph> instrument(torch::jit::Graph& method, const QString& modulePath,
                                                  const QString& methodName);

    std::vector<InstrumentedNode> nodes; // in program order
    std::vector<InstrumentedValue> values;

private:
    struct Frame;
    void processBlock(torch::jit::Block* block, Frame& frame);
    void processNode(torch::jit::Node* n, Frame& frame);
    void inlineCall(torch::jit::Node* n, Frame& frame, const QString& key, torch::jit::Graph& callee,
                    const QString& context, const QString& module, const QString& calleeModule);
    int addNode(const QString& key, const torch::jit::Node* n, const Frame& frame, const QString& callee);
    int addValues(torch::jit::ArrayRef<torch::jit::Value*> outputs, const QString& nodeKey, const QString& kind,
                  const Frame& frame, bool statistics);

    const torch::jit::Module& m_root;
};

} // namespace jitscope
