// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/tensorslice.h"

#include <torch/script.h>

#include <QCoreApplication>
#include <QHash>

#include <vector>

namespace jitscope {

struct Checkpoint;
class Observer;

// The tensor viewer's side of a module: statistics, 2-D slices and export of its parameters and
// buffers, and of tensors in the call history (`$2[0]`). Reads only; throws UserError.
class TensorReader
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::TensorReader)

public:
    // `root` may be null (no archive open): then only history tensors can be read, and the
    // tensors of `checkpoint` (parameters named by their path) when one is open instead.
    // `paths` indexes the checkpoint's tensors by path (checkpointTensorPaths).
    TensorReader(const torch::jit::Module* root, const std::vector<c10::IValue>& history,
                 const Checkpoint* checkpoint = nullptr, const QHash<QString, int>* paths = nullptr);

    TensorStats stats(const QString& name, bool isParameter) const;
    TensorSlice slice(const TensorSliceRequest& request) const;
    void exportTo(const TensorRef& ref, const QString& path) const; // .npy, else torch.save's format
    at::Tensor resolve(const TensorRef& ref) const;
    // Where TensorRef::observed tensors come from.
    void setObserver(const Observer* observer) { m_observer = observer; }

private:
    const torch::jit::Module* m_root;
    const std::vector<c10::IValue>& m_history;
    const Checkpoint* m_checkpoint;
    const QHash<QString, int>* m_paths;
    const Observer* m_observer = nullptr;
};

} // namespace jitscope
