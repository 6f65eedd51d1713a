// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graphmodel.h"

#include <torch/csrc/jit/ir/ir.h>

#include <QString>

#include <unordered_map>

namespace jitscope {

// What the TorchScript IR says about a node, read without building anything: attribute and
// constant texts, source lines, and the shapes of code the graph builder draws its own way
// (an if that is an input check or a selection, a graph that only calls another).

// A node attribute as the graph shows it ("[1, 1]", "\"mean\"", a tensor's preview).
QString attributeText(const torch::jit::Node* node, torch::jit::Symbol name);
// A prim::Constant's value as the graph shows it ("None", "2", a function's name).
QString constantText(const torch::jit::Value* value);

// Ifs that read better as one node: an input check, `if cond: raise ...` (no value out, one
// branch empty, the other only validating: computing, calling functions that do no more, and
// raising), and a selection, `v = a if cond else b` (branches that compute nothing, only pick
// values).
struct FoldableIf
{
    enum Kind { None, Check, Select } kind = None;
    const torch::jit::Node* raise = nullptr;
};

FoldableIf foldableIf(const torch::jit::Node* n);

// Whether every use of `v` is inside `n`'s blocks.
bool usedOnlyWithin(const torch::jit::Value* v, const torch::jit::Node* n);

// The one call a method's graph makes when it makes nothing else (constants, attribute reads
// and tuple packing aside): the graph only passes the work on. Null for if/loop branches.
const torch::jit::Node* soleCall(const torch::jit::Block* block);

// The raise of a folded check: its exception's short name ("ValueError"; empty when not
// constant) and its message when the IR holds it as a constant, or as the constant format
// string of an aten::format ("expected 4D input (got {}D input)"); else empty.
QString raisedClass(const torch::jit::Node* raise);
QString constantMessage(const torch::jit::Node* raise);

// Every node of a graph, blocks included, numbered in pre-order: GraphNode::irIndex. Numbered on
// the graph a method holds, so that a copy (an observed run's) names its nodes alike.
using IrIndex = std::unordered_map<const torch::jit::Node*, int>;
IrIndex irIndexOf(const torch::jit::Graph& graph);
// GraphNode::context of the called method's graph (":forward", "layer1.0:forward"); of a method it
// calls, after the caller's context and with the call's place in the caller's graph
// (":forward/layer1:forward@7": a module called from two places, as ResNet's relu is, runs in two
// contexts); and of a function it calls (":forward/interpolate@12").
QString methodContext(const QString& module, const QString& method);
QString calledMethodContext(const QString& caller, const QString& module, const QString& method, int callIndex);
QString functionContext(const QString& caller, const QString& function, int callIndex);

// Where a node came from: fills `node`'s codeText, source, sourceLine and sourceText.
void sourceOf(GraphNode& node, const torch::jit::Node* n);

} // namespace jitscope
