// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <stdexcept>
#include <vector>

namespace jitscope::pickle {

// Why a pickle was refused: a sentence for a person, and the byte offset where it happened.
class PickleError : public std::runtime_error
{
public:
    PickleError(const QString& message, qint64 offset)
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_offset(offset)
    { }
    const QString& message() const { return m_message; }
    qint64 offset() const { return m_offset; }

private:
    QString m_message;
    qint64 m_offset;
};

// What a restricted unpickler builds from a Python pickle: data only. Nothing from the file is
// ever called; a class or function the file names is kept as its qualified name (an opaque
// Object holding its arguments and pickled state), and the few constructors PyTorch's files rely
// on (tensors, storages, OrderedDict, TorchScript's typed lists) are understood by name.
//
// Nodes live in one vector and refer to each other by index, so shared values (the pickle memo)
// cost nothing and a hostile self-reference cannot leak or recurse: walkers carry a depth limit.
enum class Kind {
    None,
    Bool,
    Int,
    BigInt, // an integer outside 64 bits: `text` holds its little-endian two's-complement bytes
    Float,
    String, // UTF-8 in `text`
    Bytes,
    List,
    Tuple,
    Set,
    Dict, // `items` holds keys and values interleaved
    Global, // a class or function named by the file: `text` is "module.name"
    Object, // an instance or call result: `callable` a Global, `args` a Tuple, `state` from BUILD
    Storage, // a tensor storage (persistent id): see StorageInfo
    Tensor, // a tensor view of a storage: see TensorInfo
};

struct StorageRef
{
    QString key; // the record name below data/ (or constants/)
    QString dtype; // PyTorch's name without "torch.": float32, int64, ...; empty when unknown
    QString location; // "cpu", "cuda:0", ...
    qint64 numel = 0; // elements as the file declares them
    int itemSize = 0; // bytes per element; 0 when the dtype is unknown
};

struct TensorRef
{
    int storage = -1; // index into PickleDocument::storages
    qint64 offset = 0; // in elements
    QList<qint64> sizes;
    QList<qint64> strides;
    bool requiresGrad = false;
    bool isParameter = false; // rebuilt by _rebuild_parameter
    QString unsupported; // non-empty for tensors this reader cannot describe (sparse, quantized...)
};

struct Node
{
    Kind kind = Kind::None;
    bool boolean = false;
    qint64 integer = 0;
    double real = 0;
    QByteArray text; // String, Bytes, BigInt, Global; a Dict's class when not dict ("collections.OrderedDict")
    std::vector<int> items; // List, Tuple, Set, Dict (key, value, key, value, ...)
    int callable = -1; // Object: the Global it was made by
    int args = -1; // Object: its argument tuple
    int state = -1; // Object: what BUILD set
    int storage = -1; // Storage: index into storages
    int tensor = -1; // Tensor: index into tensors
};

struct PickleDocument
{
    std::vector<Node> nodes;
    std::vector<StorageRef> storages; // one per distinct key
    std::vector<TensorRef> tensors;
    int root = -1;

    const Node& node(int index) const { return nodes.at(size_t(index)); }
    QString string(int index) const; // the text of a String node; empty for any other
};

// A tensor found in a document, named by its path from the root: dict keys and object
// attributes joined with '.', list and tuple positions in brackets ("features.0.weight",
// "constants[2]").
struct NamedTensor
{
    QString name;
    int tensor = -1;
};

// Every tensor reachable from the root, in document order, each once (under the first path that
// reaches it). Throws PickleError where values nest more than `maxDepth` levels deep.
QList<NamedTensor> namedTensors(const PickleDocument& document, const QString& rootName = {}, int maxDepth = 1000);

// The number of storage elements a view reaches (offset plus the furthest element its sizes and
// strides address, plus one), or -1 when that is negative or does not fit in 63 bits.
qint64 viewExtent(const TensorRef& tensor);

} // namespace jitscope::pickle
