// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpoint/checkpointsnapshot.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace jitscope {

namespace {

bool isContainer(const CheckpointNode& n)
{
    static const QSet<QString> kinds { QStringLiteral("dict"), QStringLiteral("list"), QStringLiteral("tuple"),
                                       QStringLiteral("set"), QStringLiteral("object") };
    return n.tensor < 0 && kinds.contains(n.kind);
}

int childNamed(const Checkpoint& c, int node, const QString& key)
{
    for (const int child : c.nodes[node].children)
        if (c.nodes[child].key == key)
            return child;
    return -1;
}

// BatchNorm's running statistics and integer tensors are buffers; model.parameters() has the rest.
bool looksLikeBuffer(const CheckpointTensor& t, const QString& key)
{
    return key.endsWith(QLatin1String("running_mean")) || key.endsWith(QLatin1String("running_var"))
        || key.endsWith(QLatin1String("num_batches_tracked"))
        || !(t.dtype.startsWith(QLatin1String("float")) || t.dtype == QLatin1String("bfloat16")
             || t.dtype.startsWith(QLatin1String("complex")));
}

} // namespace

QStringList checkpointNodePaths(const Checkpoint& c)
{
    QStringList paths;
    paths.reserve(c.nodes.size());
    for (const CheckpointNode& n : c.nodes) { // parents come before their children
        if (n.parent < 0) {
            paths << QString();
            continue;
        }
        const CheckpointNode& p = c.nodes[n.parent];
        const QString& base = paths[n.parent];
        const bool positional
            = p.kind == QLatin1String("list") || p.kind == QLatin1String("tuple") || p.kind == QLatin1String("set");
        paths << (positional ? base + n.key : base.isEmpty() ? n.key : base + QLatin1Char('.') + n.key);
    }
    return paths;
}

int checkpointTensorAt(const Checkpoint& c, const QString& path)
{
    const QStringList paths = checkpointNodePaths(c);
    for (qsizetype i = 0; i < paths.size(); ++i)
        if (c.nodes[i].tensor >= 0 && paths[i] == path)
            return c.nodes[i].tensor;
    return -1;
}

QHash<QString, int> checkpointTensorPaths(const Checkpoint& c)
{
    const QStringList paths = checkpointNodePaths(c);
    QHash<QString, int> out;
    for (qsizetype i = 0; i < paths.size(); ++i)
        if (c.nodes[i].tensor >= 0 && !out.contains(paths[i]))
            out.insert(paths[i], c.nodes[i].tensor);
    return out;
}

QHash<int, QString> optimizerParameterNames(const Checkpoint& c)
{
    QHash<int, QString> out;
    // The state dicts: dicts of tensors only, each a candidate list of parameters.
    QList<QList<std::pair<QString, int>>> models;
    for (const CheckpointNode& n : c.nodes) {
        if (n.kind != QLatin1String("dict") || n.children.isEmpty())
            continue;
        QList<std::pair<QString, int>> parameters;
        bool tensorsOnly = true;
        for (const int child : n.children) {
            const CheckpointNode& k = c.nodes[child];
            tensorsOnly = tensorsOnly && k.tensor >= 0 && !k.intKey;
            if (k.tensor >= 0 && !looksLikeBuffer(c.tensors[k.tensor], k.key))
                parameters << std::pair { k.key, k.tensor };
        }
        if (tensorsOnly && !parameters.isEmpty())
            models << parameters;
    }
    for (int o = 0; o < c.nodes.size(); ++o) {
        if (c.nodes[o].kind != QLatin1String("dict"))
            continue;
        const int state = childNamed(c, o, QStringLiteral("state"));
        const int groups = childNamed(c, o, QStringLiteral("param_groups"));
        if (state < 0 || groups < 0 || c.nodes[groups].kind != QLatin1String("list"))
            continue;
        QList<qint64> indices; // in the order the optimizer was given its parameters
        QStringList named; // the names newer PyTorch keeps beside them (param_names), when it does
        for (const int group : c.nodes[groups].children) {
            const int params = childNamed(c, group, QStringLiteral("params"));
            if (params < 0)
                continue;
            for (const int p : c.nodes[params].children)
                indices << c.nodes[p].value.toLongLong();
            const int names = childNamed(c, group, QStringLiteral("param_names"));
            if (names >= 0)
                for (const int n : c.nodes[names].children)
                    if (c.nodes[n].kind == QLatin1String("str") && c.nodes[n].value.size() >= 2)
                        named << c.nodes[n].value.mid(1, c.nodes[n].value.size() - 2); // 'conv1.weight'
        }
        if (!named.isEmpty() && named.size() == indices.size()) {
            QHash<qint64, QString> byIndex;
            for (int i = 0; i < indices.size(); ++i)
                byIndex.insert(indices[i], named[i]);
            QHash<int, QString> names;
            for (const int entry : c.nodes[state].children)
                if (byIndex.contains(c.nodes[entry].key.toLongLong()))
                    names.insert(entry, byIndex[c.nodes[entry].key.toLongLong()]);
            if (!names.isEmpty())
                return names;
        }
        for (const QList<std::pair<QString, int>>& model : models) {
            if (model.size() != indices.size())
                continue;
            QHash<qint64, int> position;
            for (int i = 0; i < indices.size(); ++i)
                position.insert(indices[i], i);
            // Every state entry's non-scalar tensors have its parameter's shape.
            QHash<int, QString> names;
            bool fits = true;
            for (const int entry : c.nodes[state].children) {
                const CheckpointNode& e = c.nodes[entry];
                const auto at = position.constFind(e.key.toLongLong());
                if (!e.intKey || at == position.cend()) {
                    fits = false;
                    break;
                }
                const auto& [name, tensor] = model[*at];
                for (const int s : e.children) {
                    const int t = c.nodes[s].tensor;
                    if (t >= 0 && !c.tensors[t].shape.isEmpty() && c.tensors[t].shape != c.tensors[tensor].shape)
                        fits = false;
                }
                names.insert(entry, name);
            }
            if (fits && !names.isEmpty())
                return names;
        }
    }
    return out;
}

SnapshotPtr checkpointSnapshot(const Checkpoint& c)
{
    auto snapshot = std::make_shared<ModelSnapshot>();
    ArchiveInfo& a = snapshot->archive;
    a.path = c.path;
    a.fileSize = c.fileSize;
    a.entries = c.entries;
    a.savedOn = c.savedOn;
    a.checkpointFormat = c.formatName();
    a.parameterBytes = c.tensorBytes();
    for (const CheckpointTensor& t : c.tensors)
        if (t.problem.isEmpty() && __builtin_add_overflow(a.parameterCount, t.numel, &a.parameterCount))
            a.parameterCount = std::numeric_limits<qint64>::max(); // a hostile file's claims, at most this

    const QStringList paths = checkpointNodePaths(c);
    const QHash<int, QString> byParameter = optimizerParameterNames(c);
    QList<int> depth(c.nodes.size(), 0);
    QHash<int, int> moduleOf; // container node -> index into modules
    for (int i = 0; i < c.nodes.size(); ++i) {
        const CheckpointNode& n = c.nodes[i];
        if (n.parent >= 0)
            depth[i] = depth[n.parent] + 1;
        if (i == 0 || isContainer(n)) {
            ModuleInfo m;
            m.path = paths[i];
            // An optimizer's state entry names its parameter: "0 (features.0.weight)".
            m.name = byParameter.contains(i) ? QStringLiteral("%1 (%2)").arg(n.key, byParameter[i]) : n.key;
            m.qualifiedType = n.type.isEmpty() ? n.kind : n.type;
            m.type = m.qualifiedType.section(QLatin1Char('.'), -1);
            m.parentPath = n.parent >= 0 ? paths[n.parent] : QString();
            m.depth = depth[i];
            if (n.parent >= 0 && moduleOf.contains(n.parent))
                snapshot->modules[moduleOf[n.parent]].children << m.path;
            moduleOf.insert(i, int(snapshot->modules.size()));
            snapshot->modules << m;
            continue;
        }
        const QString owner = n.parent >= 0 ? paths[n.parent] : QString();
        if (n.tensor >= 0) {
            const CheckpointTensor& t = c.tensors[n.tensor];
            TensorInfo info;
            info.name = paths[i];
            info.module = owner;
            info.shape = t.shape;
            info.dtype = t.dtype;
            info.device = t.device;
            info.requiresGrad = t.requiresGrad;
            info.isParameter = true;
            // A damaged tensor's sizes are the file's claims: they count for nothing.
            info.numel = t.problem.isEmpty() ? t.numel : 0;
            info.bytes = t.problem.isEmpty() ? t.bytes : 0;
            snapshot->parameters << info;
        } else {
            snapshot->attributes << AttributeInfo { owner, n.key, n.type.isEmpty() ? n.kind : n.type, n.value };
        }
    }
    return snapshot;
}

} // namespace jitscope
