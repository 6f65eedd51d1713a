// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/modelsnapshot.h"
#include "checkpoint/checkpoint.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jitscope {

// Where a checkpoint's weights are and how their names are read.
struct WeightMatchOptions
{
    // The dict that holds the weights, by its path in the checkpoint ("model", "state_dict");
    // "" is the whole file. Unset: the dict whose tensors match the module best.
    std::optional<QString> source;
    // Stripped from the front of every key that has it ("module.", "model."). Unset: the first
    // component of the keys that makes most of them match, or none.
    std::optional<QString> prefix;
};

// One line of the matching, as load_state_dict reports it.
struct WeightMatchEntry
{
    enum class Status { Matched, Missing, Unexpected, ShapeMismatch };
    Status status = Status::Matched;
    QString name; // the module's parameter or buffer; empty for an unexpected key
    QString key; // the key in the source dict, as the file has it; empty for a missing one
    int tensor = -1; // into Checkpoint::tensors; -1 for a missing one
    bool isParameter = true; // the module's side
    QList<qint64> moduleShape, checkpointShape;
    QString moduleDtype, checkpointDtype;
    // For a matched pair whose values were compared: max |module - checkpoint| (NaN when only one
    // side has a NaN somewhere).
    std::optional<double> maxAbsDiff;
    // Why the checkpoint's tensor cannot be read (damaged, a dtype not read); loading is refused.
    QString problem;

    static QString statusName(Status s); // "matched", "missing", "unexpected", "shape_mismatch"
};

// A checkpoint's tensors matched to a module's parameters and buffers by name.
struct WeightMatch
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::WeightMatch)

public:
    QString source; // the dict used ("" the whole file)
    QString prefix; // stripped from its keys ("" none)
    QStringList sources; // the dicts that hold tensors, to pick from
    // The module's parameters and buffers in their order, then the unexpected keys in the file's.
    QList<WeightMatchEntry> entries;

    int count(WeightMatchEntry::Status status) const;
    // Why the weights cannot be loaded (as load_state_dict refuses: a shape mismatch always;
    // missing or unexpected keys when strict; nothing matched; and a matched tensor that cannot
    // be read); empty when they can.
    QString refusal(bool strict) const;
    // "62 matched, 0 missing, 0 unexpected, 0 shape mismatches".
    QString summary() const;
    QString sourceText() const; // "model", "the whole file"
    // The entries as the comparison window's parameter diff (left the module, right the file).
    QList<ParameterDiff> parameterDiff() const;
};

// Matches `checkpoint`'s tensors to the parameters and buffers of `module` (a snapshot's) by name.
WeightMatch matchWeights(const ModelSnapshot& module, const Checkpoint& checkpoint,
                         const WeightMatchOptions& options = {});

} // namespace jitscope
