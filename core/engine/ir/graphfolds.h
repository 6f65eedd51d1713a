// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/ir/graphassembler.h"

#include <QList>
#include <QSet>

#include <optional>
#include <vector>

namespace jitscope {

// Whether `list` is made empty, appended to only in its own block, and then read by one node of
// that block after the last append: the unrolled comprehension `all([f(x) for x in xs])`.
bool gatheredList(const torch::jit::Value* list);

// How the graph builder draws what folding shortens: an input check, a state update and a
// selection as one node each, what a check computes for its condition and message inside it,
// operations on literals as literals.
class GraphFolder : public GraphAssembler
{
protected:
    // The node of a folded if: `label` ("check"), opening into its if box on `key`.
    int addFoldedIf(const QString& label, const QString& key, int group, const QString& module);
    // A folded check: one node testing its condition, with what it raises as attributes; the
    // message's own computation (format, dim) is inside it, and so is a condition computed only
    // for it (a deferred one).
    void foldedCheck(const torch::jit::Node* n, const torch::jit::Node* raise, const QString& key, int group,
                     const QString& module, GraphValueMap& values);
    // What only an if's branches use from outside (torch._assert's message, formatted before the
    // call): inputs of its folded node, so that nothing computed for it is left dangling.
    // `used`: values already connected, to connect once.
    void addUsedWithin(const torch::jit::Node* n, int id, const GraphValueMap& values,
                       QSet<const torch::jit::Value*>& used);
    // A deferred condition drawn into check `id`: the values it reads from outside become the
    // check's inputs (named `argName`); answers its expression ("dim(input) != 4"), or its
    // negation.
    QString absorb(const torch::jit::Value* v, int id, const GraphValueMap& values,
                   QSet<const torch::jit::Value*>& seen, const QString& argName, bool negated = false);
    // What was deferred for check `n` (its condition, its message) drawn as nodes of their own
    // after all, the check being open.
    void materializeCheck(const torch::jit::Node* n, int group, const QString& module, GraphValueMap& values);
    // A deferred value drawn as the nodes that compute it.
    void materialize(const torch::jit::Value* v, int group, const QString& module, GraphValueMap& values);
    // A folded state update: one node taking the condition, listing what it changes in place
    // ("bn1.num_batches_tracked.add_(1, 1)").
    void foldedUpdate(const torch::jit::Node* n, const QString& key, int group, const QString& module,
                      GraphValueMap& values);
    // A value as a folded node's text shows it: folded text, an attribute path read in a branch
    // ("bn1.num_batches_tracked"), a constant, else its name.
    QString operandText(const torch::jit::Value* v, const GraphValueMap& values) const;
    // Operations on literals fold into literals, so that ifs on them show the branch they take:
    // `stride is None` on a default argument, `len([1, 1])`, `p < 0.0`. A cast passes any folded
    // value through. Answers whether `n` was folded.
    bool foldLiteral(const torch::jit::Node* n, GraphValueMap& values);
    // A folded selection: one node taking the condition and, for each output, the value each
    // branch gives ("then = True", "else = False" when folded, else edges into the node).
    // An elif chain that only chooses a value: one select node reading what its conditions and
    // branches read.
    void foldedChain(const torch::jit::Node* n, const QString& key, int group, const QString& module,
                     GraphValueMap& values);
    void foldedSelect(const torch::jit::Node* n, const QString& key, int group, const QString& module,
                      GraphValueMap& values);
    // A prim::Constant as a folded value: a literal unless it is a tensor or a function.
    static GraphSource constantSource(const torch::jit::Node* n);
    // What each branch of a small if gives, its literal operations evaluated (`p == 0.0` on a
    // literal p); nothing for an if with nested blocks or more than a few nodes in a branch.
    std::optional<QList<QList<GraphSource>>> branchValues(const torch::jit::Node* n, const GraphValueMap& values);
    // An if whose every branch gives the same literals: `a and b` where b is False (`input.dim()
    // == 3 and mode == "nearest"` in a bilinear interpolate), `a or b` where b is True, F.multi_
    // head_attention_forward's `if not training: dropout_p = 0.0` where dropout_p is 0.0 already:
    // its values are those literals, whatever the condition (F.interpolate's elif chain then folds
    // to the branch the caller's mode takes). An if that gives True when its condition holds and
    // False when not (`not training or p == 0.0` on a literal p, BatchNorm's `bn_training`) is
    // its condition.
    std::optional<std::vector<GraphSource>> sameInEveryBranch(const torch::jit::Node* n, const GraphValueMap& values);
    // The outputs of an if drawn as its box, given what each branch gives (`given`, per branch per
    // output): one that every branch hands on unchanged (a mask, refined from Optional) is that
    // value, one that is the same literal in every branch is that literal, and outputs that are
    // one value in every branch (`query, key, value`, transposed together) are one value.
    void ifOutputs(const torch::jit::Node* n, const QList<QList<GraphSource>>& given, GraphValueMap& values) const;
};

} // namespace jitscope
