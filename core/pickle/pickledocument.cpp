// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pickle/pickledocument.h"

#include <QCoreApplication>

namespace jitscope::pickle {

QString PickleDocument::string(int index) const
{
    const Node& n = node(index);
    return n.kind == Kind::String ? QString::fromUtf8(n.text) : QString();
}

namespace {

void collect(const PickleDocument& doc, int index, const QString& path, int depth, int maxDepth,
             std::vector<bool>& seen, QList<NamedTensor>& out)
{
    if (index < 0 || seen[size_t(index)])
        return;
    if (depth > maxDepth)
        throw PickleError(
            QCoreApplication::translate("jitscope::PickleReader", "the pickle nests values more than %1 levels deep.")
                .arg(maxDepth),
            -1);
    seen[size_t(index)] = true;
    const Node& n = doc.node(index);
    auto join = [&](const QString& part) { return path.isEmpty() ? part : path + QLatin1Char('.') + part; };
    switch (n.kind) {
    case Kind::Tensor:
        out.append({ path, n.tensor });
        return;
    case Kind::Dict:
        for (size_t i = 0; i + 1 < n.items.size(); i += 2) {
            const Node& key = doc.node(n.items[i]);
            const QString part = key.kind == Kind::String ? QString::fromUtf8(key.text)
                : key.kind == Kind::Int                   ? QString::number(key.integer)
                                                          : QStringLiteral("[%1]").arg(i / 2);
            collect(doc, n.items[i + 1], join(part), depth + 1, maxDepth, seen, out);
        }
        return;
    case Kind::List:
    case Kind::Tuple:
    case Kind::Set:
        for (size_t i = 0; i < n.items.size(); ++i)
            collect(doc, n.items[i], path + QStringLiteral("[%1]").arg(i), depth + 1, maxDepth, seen, out);
        return;
    case Kind::Object:
        // An object's attributes are its state; its arguments and items are named by position.
        collect(doc, n.state, path, depth + 1, maxDepth, seen, out);
        collect(doc, n.args, path, depth + 1, maxDepth, seen, out);
        for (size_t i = 0; i < n.items.size(); ++i)
            collect(doc, n.items[i], path + QStringLiteral("[%1]").arg(i), depth + 1, maxDepth, seen, out);
        return;
    default:
        return;
    }
}

} // namespace

QList<NamedTensor> namedTensors(const PickleDocument& document, const QString& rootName, int maxDepth)
{
    QList<NamedTensor> out;
    std::vector<bool> seen(document.nodes.size(), false);
    collect(document, document.root, rootName, 0, maxDepth, seen, out);
    return out;
}

qint64 viewExtent(const TensorRef& tensor)
{
    if (tensor.offset < 0)
        return -1;
    qint64 furthest = tensor.offset;
    for (qsizetype i = 0; i < tensor.sizes.size(); ++i) {
        const qint64 size = tensor.sizes[i];
        if (size < 0)
            return -1;
        if (size == 0)
            return 0; // an empty view reads nothing
        const qint64 stride = tensor.strides[i];
        qint64 reach = 0;
        if (stride < 0 || __builtin_mul_overflow(size - 1, stride, &reach)
            || __builtin_add_overflow(furthest, reach, &furthest))
            return -1;
    }
    return furthest < std::numeric_limits<qint64>::max() ? furthest + 1 : -1;
}

} // namespace jitscope::pickle
