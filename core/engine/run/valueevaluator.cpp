// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/run/valueevaluator.h"

#include <QHash>

#include "common/resourcelimits.h"
#include "common/usererror.h"
#include "engine/common/torcherror.h"
#include "engine/common/valuetext.h"
#include "engine/io/tensorio.h"

#include <torch/torch.h>

#include <cmath>
#include <limits>

#include <QCoreApplication>

namespace jitscope {

namespace {

struct EvalText
{
    Q_DECLARE_TR_FUNCTIONS(EvalText)
};

[[noreturn]] void fail(const ValueExpr& e, const QString& what)
{
    throw UserError(EvalText::tr("column %1: %2").arg(e.column).arg(what));
}

std::vector<int64_t> sizesFrom(const std::vector<c10::IValue>& args, const ValueExpr& e)
{
    // randn(2, 3) or randn((2, 3)) or randn([2, 3])
    std::vector<int64_t> sizes;
    for (const c10::IValue& a : args) {
        if (a.isInt()) {
            sizes.push_back(a.toInt());
        } else if (a.isTuple()) {
            for (const auto& x : a.toTupleRef().elements())
                sizes.push_back(x.isInt() ? x.toInt() : (fail(e, EvalText::tr("sizes must be whole numbers")), 0));
        } else if (a.isIntList()) {
            for (int64_t x : a.toIntVector())
                sizes.push_back(x);
        } else {
            fail(e, EvalText::tr("sizes must be whole numbers"));
        }
    }
    for (int64_t s : sizes)
        if (s < 0)
            fail(e, EvalText::tr("sizes cannot be negative"));
    return sizes;
}

// Refuses, before anything is allocated, a tensor larger than this machine's memory:
// randn(100000, 100000, 100000) is a clear message, not the OOM killer.
std::vector<int64_t> allocatable(std::vector<int64_t> sizes, const torch::TensorOptions& options, const ValueExpr& e)
{
    requireAllocatable(QList<qint64>(sizes.begin(), sizes.end()), qint64(options.dtype().itemsize()), e.toString());
    return sizes;
}

// Nested Python-like lists of numbers -> a tensor (the "tensor([[1, 2], [3, 4]])" literal).
at::Tensor tensorLiteral(const c10::IValue& v, const ValueExpr& e)
{
    if (v.isInt())
        return torch::tensor(v.toInt());
    if (v.isDouble())
        return torch::tensor(v.toDouble(), torch::kFloat);
    if (v.isBool())
        return torch::tensor(v.toBool());
    if (v.isList() || v.isTuple()) {
        std::vector<at::Tensor> rows;
        const auto items = v.isList() ? v.toListRef().vec() : v.toTupleRef().elements().vec();
        for (const auto& item : items)
            rows.push_back(tensorLiteral(item, e));
        if (rows.empty())
            return torch::empty({ 0 });
        for (const auto& r : rows)
            if (r.sizes() != rows.front().sizes())
                fail(e, EvalText::tr("tensor(...) rows must all have the same shape"));
        const auto type = at::result_type(torch::stack(rows).flatten(), torch::tensor(0));
        Q_UNUSED(type);
        return torch::stack(rows);
    }
    fail(e, EvalText::tr("tensor(...) takes numbers, or nested lists of them"));
}

} // namespace

ValueEvaluator::ValueEvaluator(const std::vector<c10::IValue>& history, c10::Device device,
                               std::optional<c10::ScalarType> floating)
    : m_history(history)
    , m_device(device)
    , m_floating(floating)
{ }

at::Tensor ValueEvaluator::inModuleType(const at::Tensor& t, const Factory& factory) const
{
    // randn(1, 3) for a module in float16 is a float16 input: what the module can take.
    if (factory.dtypeGiven || !m_floating || !t.is_floating_point() || t.scalar_type() == *m_floating)
        return t;
    return t.to(*m_floating);
}

c10::IValue ValueEvaluator::evaluate(const ValueExpr& expr, const c10::TypePtr& expected, const QString& what)
{
    c10::IValue v = eval(expr, expected);
    if (!expected)
        return v;
    // Python's rules: an int is fine where a float is wanted.
    if (v.isInt() && expected->kind() == c10::TypeKind::FloatType)
        v = c10::IValue(double(v.toInt()));
    if (!v.type()->isSubtypeOf(*expected))
        throw UserError(EvalText::tr("%1 expects %2, got %3 (%4)")
                            .arg(what, QString::fromStdString(expected->annotation_str()),
                                 QString::fromStdString(v.type()->annotation_str()), expr.toString()));
    return v;
}

c10::IValue ValueEvaluator::eval(const ValueExpr& e, const c10::TypePtr& hint)
{
    switch (e.kind) {
    case ValueExpr::Kind::Int:
        if (hint && hint->kind() == c10::TypeKind::FloatType)
            return double(e.integer);
        return int64_t(e.integer);
    case ValueExpr::Kind::Float:
        return e.number;
    case ValueExpr::Kind::Bool:
        return e.boolean;
    case ValueExpr::Kind::None:
        return c10::IValue();
    case ValueExpr::Kind::String:
        return e.text.toStdString();
    case ValueExpr::Kind::Name:
        return e.text.toStdString(); // dtype and device names read as text
    case ValueExpr::Kind::History:
        return history(e);
    case ValueExpr::Kind::Call:
        return call(e);
    case ValueExpr::Kind::Tuple: {
        const auto tupleType = hint ? hint->cast<c10::TupleType>() : nullptr;
        std::vector<c10::IValue> items;
        for (qsizetype i = 0; i < e.items.size(); ++i) {
            const c10::TypePtr sub
                = tupleType && size_t(i) < tupleType->elements().size() ? tupleType->elements()[i] : nullptr;
            items.push_back(eval(e.items[i], sub));
        }
        return c10::ivalue::Tuple::create(std::move(items));
    }
    case ValueExpr::Kind::List: {
        const auto listType = hint ? hint->cast<c10::ListType>() : nullptr;
        c10::TypePtr element = listType ? listType->getElementType() : nullptr;
        std::vector<c10::IValue> items;
        for (const ValueExpr& item : e.items)
            items.push_back(eval(item, element));
        if (!element) {
            // Infer: the unified type of the items (ints and floats make floats).
            bool anyFloat = false, allNumbers = !items.empty();
            for (const auto& i : items) {
                anyFloat = anyFloat || i.isDouble();
                allNumbers = allNumbers && (i.isInt() || i.isDouble());
            }
            if (allNumbers && anyFloat)
                for (auto& i : items)
                    if (i.isInt())
                        i = double(i.toInt());
            element = items.empty() ? c10::TensorType::get() : items.front().type();
            for (const auto& i : items)
                if (auto u = c10::unifyTypes(element, i.type()))
                    element = *u;
                else
                    element = c10::AnyType::get();
        }
        c10::impl::GenericList list(element);
        for (auto& i : items)
            list.push_back(std::move(i));
        return list;
    }
    case ValueExpr::Kind::Dict: {
        const auto dictType = hint ? hint->cast<c10::DictType>() : nullptr;
        std::vector<std::pair<c10::IValue, c10::IValue>> pairs;
        for (qsizetype i = 0; i + 1 < e.items.size(); i += 2)
            pairs.emplace_back(eval(e.items[i], dictType ? dictType->getKeyType() : nullptr),
                               eval(e.items[i + 1], dictType ? dictType->getValueType() : nullptr));
        c10::TypePtr key
            = dictType ? dictType->getKeyType() : (pairs.empty() ? c10::StringType::get() : pairs.front().first.type());
        c10::TypePtr value = dictType ? dictType->getValueType()
                                      : (pairs.empty() ? c10::TensorType::get() : pairs.front().second.type());
        c10::impl::GenericDict dict(key, value);
        for (auto& p : pairs)
            dict.insert(std::move(p.first), std::move(p.second));
        return dict;
    }
    }
    return {};
}

c10::IValue ValueEvaluator::history(const ValueExpr& e)
{
    if (e.integer < 0 || e.integer >= qint64(m_history.size()))
        fail(e,
             m_history.empty() ? EvalText::tr("$%1: there are no earlier results yet").arg(e.integer)
                               : EvalText::tr("$%1: results are $0 to $%2").arg(e.integer).arg(m_history.size() - 1));
    c10::IValue v = m_history[size_t(e.integer)];
    for (const ValueExpr::Index& at : e.indices) {
        if (v.isGenericDict()) {
            // A dict: the index is a key, a string or an int as the dict's keys are.
            const c10::Dict<c10::IValue, c10::IValue> dict = v.toGenericDict();
            const c10::IValue key = at.isKey ? c10::IValue(at.key.toStdString()) : c10::IValue(int64_t(at.position));
            const auto found = dict.find(key);
            if (found == dict.end()) {
                QStringList keys;
                for (const auto& item : dict)
                    keys << (item.key().isString()
                                 ? QStringLiteral("\"%1\"").arg(QString::fromStdString(item.key().toStringRef()))
                                 : QString::fromStdString(c10::toString(item.key().type())));
                fail(
                    e,
                    EvalText::tr("%1: no such key; the keys are %2").arg(e.toString(), keys.join(QLatin1String(", "))));
            }
            v = found->value();
            continue;
        }
        if (at.isKey)
            fail(e, EvalText::tr("%1: only a dict is indexed by a key").arg(e.toString()));
        const qint64 index = at.position;
        std::vector<c10::IValue> items;
        if (v.isTuple())
            items = v.toTupleRef().elements().vec();
        else if (v.isList())
            items = v.toListRef().vec();
        else
            fail(e, EvalText::tr("%1 is not a tuple, list or dict, so it cannot be indexed").arg(e.toString()));
        const qint64 i = index < 0 ? qint64(items.size()) + index : index;
        if (i < 0 || i >= qint64(items.size()))
            fail(e, EvalText::tr("index %1 is out of range (%2 items)").arg(index).arg(items.size()));
        v = items[size_t(i)];
    }
    if (v.isTensor())
        v = v.toTensor().to(m_device);
    return v;
}

ValueEvaluator::Factory ValueEvaluator::factoryOptions(const ValueExpr& e)
{
    Factory f;
    f.options = torch::TensorOptions().device(m_device);
    for (const auto& kw : e.keywords) {
        const c10::IValue v = eval(kw.second, nullptr);
        if (kw.first == QLatin1String("dtype")) {
            f.options
                = f.options.dtype(parseDtype(QString::fromStdString(v.isString() ? v.toStringRef() : std::string())));
            f.dtypeGiven = true;
        } else if (kw.first == QLatin1String("device")) {
            try {
                f.options = f.options.device(c10::Device(v.toStringRef()));
            } catch (const std::exception&) {
                fail(kw.second,
                     EvalText::tr("unknown device '%1': use cpu or cuda:N")
                         .arg(QString::fromStdString(v.toStringRef())));
            }
        } else if (kw.first == QLatin1String("requires_grad")) {
            f.requiresGrad = v.isBool() && v.toBool();
        } else {
            fail(kw.second,
                 EvalText::tr("%1() takes no keyword '%2' (dtype, device and requires_grad are known)")
                     .arg(e.text, kw.first));
        }
    }
    return f;
}

at::Tensor ValueEvaluator::filled(const ValueExpr& e, const std::vector<c10::IValue>& args, Factory& f)
{
    const QString& name = e.text;
    if (name == QLatin1String("full")) {
        const c10::IValue& fill = args[1];
        if (!f.dtypeGiven)
            f.options = f.options.dtype(fill.isInt() ? torch::kLong : fill.isBool() ? torch::kBool : torch::kFloat);
        return torch::full(allocatable(sizesFrom({ args[0] }, e), f.options, e),
                           fill.isInt()        ? c10::Scalar(fill.toInt())
                               : fill.isBool() ? c10::Scalar(fill.toBool())
                                               : c10::Scalar(fill.toDouble()),
                           f.options);
    }
    if (name == QLatin1String("arange")) {
        auto num = [&](size_t i) {
            return args[i].isInt() ? c10::Scalar(args[i].toInt()) : c10::Scalar(args[i].toDouble());
        };
        bool anyFloat = false;
        for (const auto& a : args)
            anyFloat = anyFloat || a.isDouble();
        if (!f.dtypeGiven)
            f.options = f.options.dtype(anyFloat ? torch::kFloat : torch::kLong);
        // The count arange makes, as PyTorch computes it: ceil((end - start) / step).
        const double start = args.size() == 1 ? 0.0 : num(0).toDouble();
        const double end = args.size() == 1 ? num(0).toDouble() : num(1).toDouble();
        const double step = args.size() == 3 ? num(2).toDouble() : 1.0;
        const double count = step != 0 ? std::ceil((end - start) / step) : 0.0;
        if (std::isfinite(count) && count > 0)
            allocatable({ count < 9.0e18 ? int64_t(count) : std::numeric_limits<int64_t>::max() }, f.options, e);
        return args.size() == 1 ? torch::arange(num(0), f.options)
            : args.size() == 2  ? torch::arange(num(0), num(1), f.options)
                                : torch::arange(num(0), num(1), num(2), f.options);
    }
    if (name == QLatin1String("eye")) {
        allocatable({ args[0].toInt(), args.size() == 1 ? args[0].toInt() : args[1].toInt() }, f.options, e);
        return args.size() == 1 ? torch::eye(args[0].toInt(), f.options)
                                : torch::eye(args[0].toInt(), args[1].toInt(), f.options);
    }
    // randint
    if (!f.dtypeGiven)
        f.options = f.options.dtype(torch::kLong);
    return torch::randint(args[0].toInt(), args[1].toInt(), allocatable(sizesFrom({ args[2] }, e), f.options, e),
                          f.options);
}

at::Tensor ValueEvaluator::make(const ValueExpr& e, const std::vector<c10::IValue>& args, Factory& f)
{
    const QString& name = e.text;
    auto need = [&](size_t min, size_t max) {
        if (args.size() < min || args.size() > max)
            fail(e,
                 EvalText::tr("%1() takes %2 to %3 arguments, %4 given").arg(name).arg(min).arg(max).arg(args.size()));
    };
    if (name == QLatin1String("randn") || name == QLatin1String("rand") || name == QLatin1String("zeros")
        || name == QLatin1String("ones") || name == QLatin1String("empty")) {
        const auto sizes = allocatable(sizesFrom(args, e), f.options, e);
        return name == QLatin1String("randn") ? torch::randn(sizes, f.options)
            : name == QLatin1String("rand")   ? torch::rand(sizes, f.options)
            : name == QLatin1String("zeros")  ? torch::zeros(sizes, f.options)
            : name == QLatin1String("ones")   ? torch::ones(sizes, f.options)
                                              : torch::empty(sizes, f.options);
    }
    static const QHash<QString, QPair<int, int>> counts {
        { QStringLiteral("full"), { 2, 2 } },   { QStringLiteral("arange"), { 1, 3 } },
        { QStringLiteral("eye"), { 1, 2 } },    { QStringLiteral("randint"), { 3, 3 } },
        { QStringLiteral("tensor"), { 1, 1 } }, { QStringLiteral("load"), { 1, 1 } },
    };
    const auto count = counts.constFind(name);
    if (count == counts.constEnd())
        fail(e,
             EvalText::tr("unknown function '%1': use randn, rand, zeros, ones, full, arange, eye, randint, tensor or "
                          "load")
                 .arg(name));
    need(size_t(count->first), size_t(count->second));
    if (name == QLatin1String("tensor")) {
        const at::Tensor t = tensorLiteral(args[0], e);
        return (f.dtypeGiven ? t.to(f.options.dtype()) : t).to(f.options.device());
    }
    if (name == QLatin1String("load")) {
        if (!args[0].isString())
            fail(e, EvalText::tr("load() takes a file name in quotes"));
        const at::Tensor t = loadTensorFile(QString::fromStdString(args[0].toStringRef())).to(f.options.device());
        return f.dtypeGiven ? t.to(f.options.dtype()) : t;
    }
    return filled(e, args, f);
}

c10::IValue ValueEvaluator::call(const ValueExpr& e)
{
    std::vector<c10::IValue> args;
    for (const ValueExpr& a : e.items)
        args.push_back(eval(a, nullptr));
    Factory factory = factoryOptions(e);
    if (e.text == QLatin1String("load") && args.size() == 1 && args[0].isString()) {
        // A checkpoint gives its whole structure; a tensor file its tensor, then placed as asked.
        c10::IValue loaded = loadValueFile(QString::fromStdString(args[0].toStringRef()));
        if (!loaded.isTensor())
            return loaded;
        at::Tensor t = loaded.toTensor().to(factory.options.device());
        return factory.dtypeGiven ? t.to(factory.options.dtype()) : inModuleType(t, factory);
    }
    at::Tensor t;
    try {
        t = make(e, args, factory);
    } catch (const UserError&) {
        throw;
    } catch (const std::exception& ex) {
        fail(e, EvalText::tr("%1(): %2").arg(e.text, cleanTorchMessage(ex)));
    }
    t = inModuleType(t, factory);
    if (factory.requiresGrad)
        t.requires_grad_(true);
    return t;
}

ValueInfo describeValue(const c10::IValue& v, qint64 maxValues)
{
    ValueInfo s;
    if (v.isNone()) {
        s.type = QStringLiteral("None");
    } else if (v.isBool()) {
        s.type = QStringLiteral("bool");
        s.scalar = v.toBool();
    } else if (v.isInt()) {
        s.type = QStringLiteral("int");
        s.scalar = qint64(v.toInt());
    } else if (v.isDouble()) {
        s.type = QStringLiteral("float");
        s.scalar = v.toDouble();
    } else if (v.isString()) {
        s.type = QStringLiteral("str");
        s.scalar = QString::fromStdString(v.toStringRef());
    } else if (v.isTensor()) {
        const at::Tensor& t = v.toTensor();
        s.type = QStringLiteral("Tensor");
        if (t.defined()) {
            for (auto d : t.sizes())
                s.shape << d;
            s.dtype = dtypeName(t.scalar_type());
            s.device = QString::fromStdString(t.device().str());
            s.numel = t.numel();
            if (maxValues >= 0 && s.numel > maxValues) {
                s.valuesOmitted = true;
            } else {
                at::Tensor flat = t.detach().to(at::kCPU);
                if (flat.is_complex())
                    flat = at::real(flat);
                flat = flat.to(at::kDouble).contiguous().flatten();
                const double* data = flat.data_ptr<double>();
                s.values.reserve(s.numel);
                for (qint64 i = 0; i < s.numel; ++i)
                    s.values << data[i];
            }
        }
    } else if (v.isTuple() || v.isList()) {
        s.type = v.isTuple() ? QStringLiteral("Tuple") : QStringLiteral("List");
        const auto items = v.isTuple() ? v.toTupleRef().elements().vec() : v.toListRef().vec();
        for (const auto& item : items)
            s.items << describeValue(item, maxValues);
    } else if (v.isGenericDict()) {
        s.type = QStringLiteral("Dict");
        for (const auto& entry : v.toGenericDict()) {
            s.items << describeValue(entry.key(), maxValues);
            s.items << describeValue(entry.value(), maxValues);
        }
    } else {
        s.type = QString::fromStdString(v.type()->annotation_str());
        s.scalar = valuePreview(v);
    }
    return s;
}

} // namespace jitscope
