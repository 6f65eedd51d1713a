// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace jitscope {

// Immutable descriptions of an open archive. They are built on the session's worker thread
// and handed to the GUI and the CLI; nothing here refers to libtorch.

// "[8, 3, 3, 3]"; "[]" for a scalar.
QString shapeText(const QList<qint64>& shape);
// "features" + "0" -> "features.0"; either side may be empty (the root).
QString joinModulePath(const QString& parent, const QString& name);
// A path as code inside `module` names it: "ln_1" for "encoder.layer_0.ln_1" inside
// "encoder.layer_0"; a path outside `module` stays whole.
QString relativeTo(const QString& module, const QString& path);

struct ModuleInfo
{
    QString path; // as in named_modules(): "" for the root, "features.0" below it
    QString name; // last path component; "" for the root
    QString type; // qualified type name without ___torch_mangle_N
    QString qualifiedType; // exactly as the archive names it
    QString parentPath;
    QStringList children; // paths of the direct children, in order
    int depth = 0;
    bool training = false;

    // "Linear" for "__torch__.torch.nn.modules.linear.Linear".
    QString shortType() const { return type.section(QLatin1Char('.'), -1); }
};

struct TensorInfo
{
    QString name; // as in named_parameters()/named_buffers(): "features.0.weight"
    QString module; // owning module path
    QList<qint64> shape;
    QString dtype; // PyTorch's spelling without "torch.": float32, int64, ...
    QString device;
    bool requiresGrad = false;
    bool isParameter = true;
    qint64 numel = 0;
    qint64 bytes = 0;

    QString shapeText() const; // "[8, 3, 3, 3]"
};

struct AttributeInfo
{
    QString module;
    QString name;
    QString type; // annotation syntax: int, List[str], Optional[str], ...
    QString preview; // short value text
};

struct ArgumentInfo
{
    QString name;
    QString type;
    QString defaultValue; // as the schema prints it; empty when there is none
    bool hasDefault = false;
    bool kwargOnly = false;
    // For a tensor: a value the call takes as it is, read from the first layer that reads it
    // (`randn(1, 3, 224, 224)`), and that layer's module path; empty when none reads it directly.
    QString example;
    QString exampleLayer;
};

struct MethodInfo
{
    QString module;
    QString name;
    QString schema; // exactly str(method.schema)
    QList<ArgumentInfo> arguments; // including self
    QStringList returns; // return types
    QString returnType; // as the schema prints it after "->"

    QString qualifiedName() const { return module.isEmpty() ? name : module + QLatin1Char('.') + name; }
};

struct ArchiveEntry
{
    QString name; // full name inside the zip
    qint64 size = 0; // uncompressed
    qint64 compressedSize = 0;
    bool compressed = false;
};

struct ArchiveInfo
{
    QString path; // absolute path of the file
    qint64 fileSize = 0;
    qint64 formatVersion = 0;
    QString prefix; // the archive's top folder inside the zip
    QList<ArchiveEntry> entries;
    QStringList extraFiles; // names as given to _extra_files
    QList<qint64> extraFileSizes;
    qint64 parameterBytes = 0;
    qint64 bufferBytes = 0;
    qint64 parameterCount = 0; // elements
    QStringList savedOn; // where its tensors were saved: "cpu", "cuda:0"
    QString openedOn; // the device they were loaded onto instead, when mapped; else empty
    QString libtorchVersion; // the libtorch that read it
    qint64 maxFormatVersion = 0; // the newest file format that libtorch reads
    // Set when the file is a checkpoint, not an archive: "torch.save (zip)", "safetensors", ...
    // Then there is no module and no code: its dicts and lists are the module tree, its tensors
    // the parameters, its scalars the attributes.
    QString checkpointFormat;
    bool isCheckpoint() const { return !checkpointFormat.isEmpty(); }
};

struct ModelSnapshot
{
    ArchiveInfo archive;
    QList<ModuleInfo> modules; // named_modules() order, root first
    QList<TensorInfo> parameters;
    QList<TensorInfo> buffers;
    QList<AttributeInfo> attributes;
    QList<MethodInfo> methods;
    // By dtype a module can be moved to: what its device cannot compute in it (dtypeLimitation),
    // found on the engine thread when the snapshot is made; no entry when it computes everything.
    QHash<QString, QString> dtypeLimitations;

    const ModuleInfo* module(const QString& path) const;
    const MethodInfo* method(const QString& module, const QString& name) const;
    bool hasBytecode() const; // a .ptl: the archive holds the lite interpreter's bytecode.pkl
    QList<MethodInfo> methodsOf(const QString& module) const;
    // Where the tensors live: the first parameter's device, else the first buffer's, else "cpu".
    QString device() const;
    // The dtype of the floating-point parameters and buffers; "mixed" when they differ, empty
    // when there are none.
    QString floatingDtype() const;
};

using SnapshotPtr = std::shared_ptr<const ModelSnapshot>;

// Summary statistics of one parameter or buffer, computed on request.
struct TensorStats
{
    QString name;
    bool isParameter = true;
    qint64 numel = 0;
    qint64 finiteCount = 0;
    qint64 nanCount = 0;
    qint64 infCount = 0;
    // Over the finite elements; absent when there are none.
    std::optional<double> min, max, mean, std;
};

// What the code and IR views show for one module or method.
enum class TextKind {
    Code, // method.code, or the class's whole code when no method is given
    Graph, // method.graph
    InlinedGraph, // method.inlined_graph
    Bytecode, // a .ptl's lite interpreter bytecode of the module's class (one method, or all)
};

struct TextRequest
{
    QString module;
    QString method; // empty: the module's class (Code) or its forward (graphs)
    TextKind kind = TextKind::Code;
};

struct TextResult
{
    TextRequest request;
    QString text;
};

} // namespace jitscope

Q_DECLARE_METATYPE(jitscope::SnapshotPtr)
Q_DECLARE_METATYPE(jitscope::MethodInfo)
Q_DECLARE_METATYPE(jitscope::TensorStats)
Q_DECLARE_METATYPE(jitscope::TextResult)
