// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/graphmodel.h"

#include <torch/csrc/jit/api/module.h>
#include <torch/csrc/jit/ir/ir.h>

#include <QString>

#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace jitscope {

// What the TorchScript IR says about a node, read without building anything: attribute and
// constant texts, source lines, and the shapes of code the graph builder draws its own way
// (an if that is an input check or a selection, a graph that only calls another).

// A node attribute as the graph shows it ("[1, 1]", "\"mean\"", a tensor's preview).
QString attributeText(const torch::jit::Node* node, torch::jit::Symbol name);
// A prim::Constant's value as the graph shows it ("None", "2", a function's name).
QString constantText(const torch::jit::Value* value);

// Ifs that read better as one node: an input check, `if cond: raise ...` (no value out but what
// it only refined, one branch empty, the other only validating: computing, calling functions that do no more, and
// raising); a selection, `v = a if cond else b` (branches that compute nothing, only pick
// values); and a state update, `if self.training: self.num_batches_tracked.add_(1)` (no value
// out, branches that only change tensors in place, computing what they need); and a chain, an
// `elif` chain that only chooses a string, flag or number (MultiheadAttention's
// `why_not_fast_path`): values out, branches that compute no tensor, nested ifs that do the same.
struct FoldableIf
{
    enum Kind { None, Check, Select, Update, Chain } kind = None;
    const torch::jit::Node* raise = nullptr;
};

FoldableIf foldableIf(const torch::jit::Node* n);
// Whether a block only refines types (`prim::unchecked_cast`, or nothing): a check's branch that
// does not raise, the one that hands on `targets` known not to be None.
bool onlyRefines(const torch::jit::Block* block);

// The value an If's output `i` is in every branch, type refinements (`unchecked_cast`, an inner
// If's own refinement) aside: GeneralizedRCNN's `if self.training:` validation returns its
// `targets` refined from Optional. Else nullptr.
const torch::jit::Value* refinedOutput(const torch::jit::Node* n, size_t i);

// The nodes of `block` that only compute the condition or the message of an input check later
// in the block (`input.dim()` and `!= 4` in `if input.dim() != 4: raise ...`, a message's
// format): pure operations whose every result goes to such a check or to another of these nodes.
std::unordered_set<const torch::jit::Node*> checkConditionNodes(const torch::jit::Block* block);

// A value folding made a literal: a constant's value, or a list or tuple of `items` literals.
struct Literal
{
    c10::IValue value;
    int items = -1;
};
// What `n` gives when its inputs are these literals, for the operations folding evaluates: `is`
// and `is not` None, `not`, comparisons of and +, -, * on numbers, (in)equality of strings, `len`
// of a list, an item `in` a list of constants or a key in a dict; else nothing.
std::optional<c10::IValue> evaluateOnLiterals(const torch::jit::Node* n, const std::vector<Literal>& inputs);

// `x is None` or `x is not None` when the types alone answer it: None against a value whose type
// cannot hold None (a Tensor, an int).
std::optional<c10::IValue> identityByType(const torch::jit::Node* n);

// An operation written as an expression of its operands' texts: "dim(input) != 4"; `negated`,
// its negation: "dim(input) == 4".
QString expressionText(const torch::jit::Node* n, const QStringList& operands, bool negated = false);

// Whether every use of `v` is inside `n`'s blocks.
bool usedOnlyWithin(const torch::jit::Value* v, const torch::jit::Node* n);

// The one call a method's graph makes when it makes nothing else (constants, attribute reads
// and tuple packing aside): the graph only passes the work on. Null for if/loop branches.
const torch::jit::Node* soleCall(const torch::jit::Block* block);

// Whether nothing can change a list after it is made (no append, no call it is passed to): only
// then is a list of literals a literal that `len` may count.
bool neverChanged(const torch::jit::Value* list);

// The attributes some method or forward hook of the module tree assigns (`self.bias_k = ...`), as
// "<class's qualified name>.<attribute>": those whose value the archive holds may change.
std::unordered_set<std::string> assignedAttributes(const torch::jit::Module& root);

// Whether a function's graph does one operation and, around it, only input checks (F.batch_norm:
// `if training: _verify_batch_size(...)`, then torch.batch_norm): a wrapper too.
bool oneOpWithChecks(const torch::jit::Block* block);

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
