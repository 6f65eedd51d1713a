// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/modelsnapshot.h"
#include "diff/modeldiff.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace jitscope {

// A tensor of a checkpoint, as the file describes it; its data stay in the file.
struct CheckpointTensor
{
    QString name; // its path in the structure: "model.features.0.weight", "optimizer.state.0.exp_avg"
    QString dtype; // float32, int64, ...; empty when unknown
    QList<qint64> shape;
    QList<qint64> strides; // in elements
    qint64 offset = 0; // into its storage, in elements
    qint64 numel = 0; // elements of the view
    qint64 bytes = 0; // numel times the element size
    QString storage; // the storage it views ("0", a record key); views of one storage share it
    qint64 storageBytes = 0;
    QString device; // where it was saved: "cpu", "cuda:0"
    bool isParameter = false;
    bool requiresGrad = false;
    // Why its data cannot be read (reaches past its storage, storage larger than the file holds,
    // quantized, unknown dtype); empty for a sound tensor, whose data are never read unasked.
    QString problem;
    // Where the storage's bytes are: a zip record, or a byte range of the file itself.
    QString record;
    qint64 fileOffset = -1;
};

// One value of a checkpoint's structure: a dict, list, tuple, tensor, number, string, ... or an
// object of a class the file names, shown as its qualified name and its pickled state.
struct CheckpointNode
{
    QString key; // its key or attribute name in its parent ("model", "0"); "[2]" in a list
    bool intKey = false; // the dict key was an integer (an optimizer's state by parameter index)
    QString kind; // dict, list, tuple, set, tensor, object, str, bytes, int, float, bool, None, class, storage
    QString type; // an object's class ("argparse.Namespace", "collections.OrderedDict"), a tensor's dtype
    QString value; // a short rendering of a scalar ("3", "'run1'"), a tensor's shape, a container's length
    int parent = -1;
    QList<int> children;
    int tensor = -1; // into Checkpoint::tensors
};

// A PyTorch weights file read without running anything from it: a torch.save() file in the zip
// format (PyTorch >= 1.6) or the legacy pickle format, or a .safetensors file. Its pickle is read
// by the restricted unpickler (pickle::PickleReader: data only, classes kept as names); every
// tensor is checked against the bytes that back it. Opening costs what the pickle or header
// costs, not the tensors.
struct Checkpoint
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::Checkpoint)

public:
    enum class Format { Zip, Legacy, Safetensors };

    // What one file may hold before it is refused rather than read: a hundred times what real
    // checkpoints hold (a large language model's shard: about a thousand tensors), and little
    // enough that refusing or reading it takes seconds and a fraction of a gigabyte.
    static constexpr int kMaxTensors = 100'000;
    static constexpr int kMaxValues = 500'000; // the structure's nodes: dict items, list elements, ...

    QString path; // absolute
    qint64 fileSize = 0;
    Format format = Format::Zip;
    QList<ArchiveEntry> entries; // the zip's entries (zip format only)
    QStringList savedOn; // devices the tensors were saved on, each once
    QList<CheckpointNode> nodes; // nodes[0] is the root
    QList<CheckpointTensor> tensors; // in structure order, each once (views of one storage each)

    // Throws UserError naming the file and the problem (not a checkpoint, truncated, hostile).
    static Checkpoint read(const QString& path);
    // Whether `path` looks like a checkpoint rather than a TorchScript archive: a zip with a
    // data.pkl and no code, a legacy torch.save pickle, or a safetensors file. Reads a few
    // bytes and the zip directory; never throws.
    static bool looksLikeCheckpoint(const QString& path);

    // The bytes of a tensor's whole storage, read now. Throws UserError for a damaged tensor or an
    // unreadable file.
    QByteArray storageData(int tensor) const;
    // The elements of one tensor as doubles, in row-major order, read from the file now; a complex
    // tensor's as their magnitudes (as the tensor viewer shows them), or with `complexParts` as
    // real and imaginary part, two doubles per element. Throws UserError for a damaged tensor, an
    // unreadable file, or a dtype it does not read (quantized).
    std::vector<double> values(int tensor, bool complexParts = false) const;
    // Statistics of one tensor, read from the file now (min, max, mean, sample std over the finite
    // elements, NaN/Inf counts). Throws UserError for a damaged tensor or an unreadable file.
    TensorStats stats(int tensor) const;

    QString formatName() const; // "torch.save (zip)", "torch.save (legacy pickle)", "safetensors"
    qint64 tensorBytes() const; // of the distinct storages
};

// Two checkpoints' tensors matched by name (their paths): only on one side, shape or dtype
// differs, values differ (max |difference|) or the same, as the comparison window's parameter
// diff reports them. Reads both sides' data.
QList<ParameterDiff> compareCheckpoints(const Checkpoint& left, const Checkpoint& right);

} // namespace jitscope
