// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/modelsnapshot.h"
#include "checkpoint/checkpoint.h"

#include <QHash>
#include <QStringList>

namespace jitscope {

// Every node's path in the structure: "" for the root, "model.features.0.weight", "args[2]".
QStringList checkpointNodePaths(const Checkpoint& checkpoint);
// The tensor at a node's path (a tensor the structure holds twice answers at both); -1 if none.
int checkpointTensorAt(const Checkpoint& checkpoint, const QString& path);
// Every tensor node's path -> its tensor, for many lookups; where two paths read the same
// ("a.b" as one key or as two), the first in the file's order.
QHash<QString, int> checkpointTensorPaths(const Checkpoint& checkpoint);

// The parameter each entry of an optimizer's state belongs to: the node of "optimizer.state.3"
// -> "layer1.0.conv1.weight". Taken from the optimizer's param_names where it keeps them (newer
// PyTorch); else found when the checkpoint also holds a state dict whose parameters (its tensors
// but BatchNorm's running statistics and integer buffers) line up with the optimizer's parameter
// indices in number and in the shapes of their state (a guess: groups that reorder parameters
// defeat it); empty otherwise.
QHash<int, QString> optimizerParameterNames(const Checkpoint& checkpoint);

// The checkpoint described as the window describes an archive (ArchiveInfo::isCheckpoint): its
// dicts, lists, tuples and objects are the module tree (type: the class's short name,
// qualifiedType: the class; an optimizer's state entry is named with its parameter,
// "0 (fc.weight)"), every tensor it holds is a
// parameter of the container holding it, every scalar an attribute; the zip's entries and the tensors' bytes as an
// archive's.
SnapshotPtr checkpointSnapshot(const Checkpoint& checkpoint);

} // namespace jitscope
