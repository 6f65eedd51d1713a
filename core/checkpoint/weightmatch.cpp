// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpoint/weightmatch.h"

#include "common/usererror.h"

#include <QHash>
#include <QSet>

#include <cmath>
#include <tuple>

namespace jitscope {

namespace {

struct Key
{
    QString key; // relative to the source dict
    int tensor;
};

bool positional(const CheckpointNode& n)
{
    return n.kind == QLatin1String("list") || n.kind == QLatin1String("tuple") || n.kind == QLatin1String("set");
}

QString join(const QString& path, const CheckpointNode& parent, const QString& key)
{
    if (positional(parent))
        return path + key; // key is "[2]"
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

// The tensors below `node`, named by their path from it, in the file's order.
QList<Key> tensorsUnder(const Checkpoint& c, int node)
{
    QList<Key> out;
    QList<std::pair<int, QString>> stack { { node, QString() } };
    while (!stack.isEmpty()) {
        const auto [at, path] = stack.takeLast();
        const CheckpointNode& n = c.nodes[at];
        if (n.tensor >= 0 && at != node) {
            out << Key { path, n.tensor };
            continue;
        }
        for (qsizetype i = n.children.size() - 1; i >= 0; --i)
            stack << std::pair { n.children[i], join(path, n, c.nodes[n.children[i]].key) };
    }
    return out;
}

struct Candidate
{
    int node = 0;
    QString path;
    int depth = 0;
};

// The dicts that hold tensors, the whole file first.
QList<Candidate> candidates(const Checkpoint& c)
{
    QList<Candidate> out;
    QList<Candidate> stack { { 0, QString(), 0 } };
    QList<int> tensorsBelow(c.nodes.size(), 0);
    for (qsizetype i = c.nodes.size() - 1; i >= 0; --i) { // children follow their parents
        if (c.nodes[i].tensor >= 0)
            tensorsBelow[i] += 1;
        if (c.nodes[i].parent >= 0)
            tensorsBelow[c.nodes[i].parent] += tensorsBelow[i];
    }
    while (!stack.isEmpty()) {
        const Candidate at = stack.takeFirst();
        const CheckpointNode& n = c.nodes[at.node];
        if (tensorsBelow[at.node] == 0)
            continue;
        if (at.node == 0 || n.kind == QLatin1String("dict"))
            out << at;
        for (const int child : n.children)
            if (c.nodes[child].tensor < 0)
                stack << Candidate { child, join(at.path, n, c.nodes[child].key), at.depth + 1 };
    }
    return out;
}

QString stripped(const QString& key, const QString& prefix)
{
    return !prefix.isEmpty() && key.startsWith(prefix) ? key.mid(prefix.size()) : key;
}

// The dicts to match from: the one the options name (refused when there is none such), else all.
QList<Candidate> chosenSources(const Checkpoint& checkpoint, const QList<Candidate>& all,
                               const WeightMatchOptions& options)
{
    if (!options.source)
        return all;
    QList<Candidate> tried;
    for (const Candidate& c : all)
        if (c.path == *options.source)
            tried << c;
    if (tried.isEmpty()) {
        QStringList offered;
        for (const Candidate& c : all)
            offered << (c.path.isEmpty() ? WeightMatch::tr("the whole file") : QStringLiteral("'%1'").arg(c.path));
        throw UserError(WeightMatch::tr("%1 has no dict '%2' holding tensors; it has: %3.")
                            .arg(checkpoint.path, *options.source,
                                 offered.isEmpty() ? WeightMatch::tr("none") : offered.join(QLatin1String(", "))));
    }
    return tried;
}

// The key prefixes to try: the one the options name, else none and each first name part
// ("module.", "model.") up to 64 of them.
QStringList prefixesToTry(const QList<Key>& keys, const WeightMatchOptions& options)
{
    if (options.prefix)
        return { *options.prefix };
    QStringList prefixes { QString() };
    QSet<QString> seen;
    for (const Key& k : keys) {
        const qsizetype dot = k.key.indexOf(QLatin1Char('.'));
        if (dot > 0 && seen.size() < 64 && !seen.contains(k.key.left(dot + 1))) {
            seen.insert(k.key.left(dot + 1));
            prefixes << k.key.left(dot + 1);
        }
    }
    return prefixes;
}

} // namespace

QString WeightMatchEntry::statusName(Status s)
{
    switch (s) {
    case Status::Matched:
        return QStringLiteral("matched");
    case Status::Missing:
        return QStringLiteral("missing");
    case Status::Unexpected:
        return QStringLiteral("unexpected");
    case Status::ShapeMismatch:
        return QStringLiteral("shape_mismatch");
    }
    return {};
}

int WeightMatch::count(WeightMatchEntry::Status status) const
{
    int n = 0;
    for (const WeightMatchEntry& e : entries)
        n += e.status == status ? 1 : 0;
    return n;
}

QString WeightMatch::refusal(bool strict) const
{
    using S = WeightMatchEntry::Status;
    for (const WeightMatchEntry& e : entries)
        if (e.status == S::Matched && !e.problem.isEmpty())
            return tr("the checkpoint's '%1' cannot be read: %2").arg(e.key, e.problem);
    if (const int n = count(S::ShapeMismatch))
        return tr("%n tensor(s) differ in shape from the module's (load_state_dict refuses them even when not strict)",
                  nullptr, n);
    if (count(S::Matched) == 0)
        return tr("no tensor of %1 has the name of a parameter or buffer of the module").arg(sourceText());
    if (strict && (count(S::Missing) > 0 || count(S::Unexpected) > 0))
        return tr("strict loading needs every parameter and buffer matched and no key left over (%1 missing, %2 "
                  "unexpected)")
            .arg(count(S::Missing))
            .arg(count(S::Unexpected));
    return {};
}

QString WeightMatch::summary() const
{
    using S = WeightMatchEntry::Status;
    return tr("%1 matched, %2 missing, %3 unexpected, %4 shape mismatches")
        .arg(count(S::Matched))
        .arg(count(S::Missing))
        .arg(count(S::Unexpected))
        .arg(count(S::ShapeMismatch));
}

QString WeightMatch::sourceText() const
{
    return source.isEmpty() ? tr("the whole file") : QStringLiteral("'%1'").arg(source);
}

QList<ParameterDiff> WeightMatch::parameterDiff() const
{
    using S = WeightMatchEntry::Status;
    QList<ParameterDiff> out;
    for (const WeightMatchEntry& e : entries) {
        ParameterDiff d;
        d.name = e.name.isEmpty() ? e.key : e.name;
        d.leftShape = e.moduleShape;
        d.rightShape = e.checkpointShape;
        d.leftDtype = e.moduleDtype;
        d.rightDtype = e.checkpointDtype;
        d.maxAbsDiff = e.maxAbsDiff;
        switch (e.status) {
        case S::Missing:
            d.status = ParameterDiff::Status::OnlyLeft;
            break;
        case S::Unexpected:
            d.status = ParameterDiff::Status::OnlyRight;
            break;
        case S::ShapeMismatch:
            d.status = ParameterDiff::Status::ShapeDiffers;
            break;
        case S::Matched:
            d.status = e.moduleDtype != e.checkpointDtype ? ParameterDiff::Status::DtypeDiffers
                : e.maxAbsDiff && (*e.maxAbsDiff != 0 || std::isnan(*e.maxAbsDiff))
                ? ParameterDiff::Status::ValuesDiffer
                : ParameterDiff::Status::Same;
            break;
        }
        out << d;
    }
    return out;
}

WeightMatch matchWeights(const ModelSnapshot& module, const Checkpoint& checkpoint, const WeightMatchOptions& options)
{
    QHash<QString, const TensorInfo*> names;
    QList<const TensorInfo*> ordered;
    for (const QList<TensorInfo>* list : { &module.parameters, &module.buffers })
        for (const TensorInfo& t : *list) {
            names.insert(t.name, &t);
            ordered << &t;
        }

    WeightMatch match;
    const QList<Candidate> all = checkpoint.nodes.isEmpty() ? QList<Candidate>() : candidates(checkpoint);
    for (const Candidate& c : all)
        match.sources << c.path;
    const QList<Candidate> tried = chosenSources(checkpoint, all, options);

    // The source and prefix under which most names match; then fewest keys left over; then the
    // shallowest source, the shortest prefix.
    using Score = std::tuple<int, int, int, int>;
    Score best { -1, 0, 0, 0 };
    QList<Key> bestKeys;
    for (const Candidate& c : tried) {
        const QList<Key> keys = tensorsUnder(checkpoint, c.node);
        for (const QString& prefix : prefixesToTry(keys, options)) {
            QSet<QString> used;
            for (const Key& k : keys) {
                const QString name = stripped(k.key, prefix);
                if (names.contains(name))
                    used.insert(name);
            }
            const int matched = int(used.size());
            const Score score { matched, -(int(keys.size()) - matched), -c.depth, -int(prefix.size()) };
            if (score > best) {
                best = score;
                match.source = c.path;
                match.prefix = prefix;
                bestKeys = keys;
            }
        }
    }

    QHash<QString, int> byName; // the module's name -> index into bestKeys, the first key that gives it
    for (int i = 0; i < bestKeys.size(); ++i) {
        const QString name = stripped(bestKeys[i].key, match.prefix);
        if (names.contains(name) && !byName.contains(name))
            byName.insert(name, i);
    }
    QSet<int> usedKeys;
    for (const TensorInfo* t : ordered) {
        WeightMatchEntry e;
        e.name = t->name;
        e.isParameter = t->isParameter;
        e.moduleShape = t->shape;
        e.moduleDtype = t->dtype;
        const int k = byName.value(t->name, -1);
        if (k < 0) {
            e.status = WeightMatchEntry::Status::Missing;
        } else {
            usedKeys.insert(k);
            const CheckpointTensor& c = checkpoint.tensors[bestKeys[k].tensor];
            e.key = bestKeys[k].key;
            e.tensor = bestKeys[k].tensor;
            e.checkpointShape = c.shape;
            e.checkpointDtype = c.dtype;
            e.status
                = c.shape == t->shape ? WeightMatchEntry::Status::Matched : WeightMatchEntry::Status::ShapeMismatch;
        }
        match.entries << e;
    }
    for (int i = 0; i < bestKeys.size(); ++i) {
        if (usedKeys.contains(i))
            continue;
        const CheckpointTensor& c = checkpoint.tensors[bestKeys[i].tensor];
        WeightMatchEntry e;
        e.status = WeightMatchEntry::Status::Unexpected;
        e.key = bestKeys[i].key;
        e.tensor = bestKeys[i].tensor;
        e.checkpointShape = c.shape;
        e.checkpointDtype = c.dtype;
        match.entries << e;
    }
    return match;
}

} // namespace jitscope
