// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/ir/irqueries.h"
#include "graph/graphmodel.h"

#include <torch/csrc/jit/ir/ir.h>

#include <QSet>

#include <unordered_map>
#include <vector>

namespace jitscope {

// What a TorchScript value is while the graph builder reads a method: produced by a node, or
// folded into text.
struct GraphSource
{
    int node = -1;
    QString text; // folded text: constant value or attribute path
    bool folded = false;
    QString modulePath; // when the value is a submodule: its path ("" for the root)
    bool isSelf = false;
    bool isModule = false;
    QString shape; // for a folded tensor attribute: "[64, 3, 7, 7]"
    QString key; // produced: what an observed run calls it, GraphNode::valueKey
    // A literal: a constant, or a list or tuple of literals (whose item count `items` is).
    // Operations on literals (`stride is None`, `len([1, 1])`, `p < 0.0`) fold too.
    bool literal = false;
    c10::IValue constant; // a constant literal's value
    int items = -1;
    // Only computes a folded check's condition (`input.dim() != 4`) or message: drawn inside the check, or
    // as its own node when the check is opened.
    const torch::jit::Node* deferred = nullptr;
    // Made by an operation whose type cannot hold None (a Tensor, a List[int]): `x is None` is
    // False wherever it is passed, a callee's Optional argument included.
    bool neverNone = false;
    // A list made empty and appended to, then read once (`all([x.is_cuda for x in args])`,
    // unrolled): no node of its own; its reader reads what was appended (GraphSource::gathered).
    bool gathers = false;
    QList<const torch::jit::Value*> gathered;
};

GraphSource foldedText(const QString& text);

using GraphValueMap = std::unordered_map<const torch::jit::Value*, GraphSource>;

// The GraphModel being written while a method's IR is read: nodes and groups added in program
// order, inputs connected as edges or as folded attribute lines.
class GraphAssembler
{
protected:
    GraphNode& addNode(const QString& kind, const QString& label, int group, const QString& module);
    int addGroup(GroupKind kind, const QString& label, int parent, const QString& module);
    // A value node `node` produces, named as an observed run names it.
    GraphSource producedBy(int node, const torch::jit::Value* v) const;
    // Where the node came from, and which IR node it is for an observed run.
    void fromIr(GraphNode& node, const torch::jit::Node* n) const;
    static QString displayName(const torch::jit::Value* v);
    // A value as an expression's text reads it: its name, or, where the code left it unnamed, what
    // made it: `all([…])` for a list comprehension (it read `all(21)`), `size(…)`.
    static QString operandName(const torch::jit::Value* v);
    GraphValue valueOf(const torch::jit::Value* v, int node) const;
    // Connects `value` as the next input of node `to`: an edge from its producer, or folded text.
    void addInput(int to, const torch::jit::Value* value, const GraphValueMap& values, const QString& argName);
    // Each input named by `schema` (the node's own when null; a call's callee's, whose argument i
    // is the node's input i + `shift`).
    void addInputs(int to, const torch::jit::Node* n, const GraphValueMap& values, size_t first = 0,
                   const c10::FunctionSchema* schema = nullptr, size_t shift = 0);
    // An operation as one node, with its attributes, inputs and outputs.
    int addOpNode(const torch::jit::Node* n, int group, const QString& module, GraphValueMap& values);

    GraphModel m_model;
    QString m_context; // of the graph being read: GraphNode::context
    IrIndex m_index; // its nodes' places
    // Every list or dict addOpNode saw changed in place, in order: what a block changed of the
    // containers made outside it is read on after its if or loop.
    std::vector<const torch::jit::Value*> m_changed;
    QSet<QString> m_edgesIn; // "producer>consumer>value key": one edge each (addInput)
};

} // namespace jitscope
