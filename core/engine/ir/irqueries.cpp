// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ir/irqueries.h"

#include "engine/common/valuetext.h"

#include <torch/csrc/jit/api/function_impl.h>
#include <torch/csrc/jit/ir/constants.h>

#include <cmath>
#include <functional>
#include <sstream>

namespace jitscope {

using torch::jit::Node;
using torch::jit::Value;

namespace {

// The graph a prim::CallFunction or prim::CallMethod runs, or null.
torch::jit::GraphFunction* calledGraph(const Node* call)
{
    torch::jit::Function* fn = nullptr;
    if (call->kind() == c10::prim::CallFunction) {
        if (auto type = call->input(0)->type()->cast<c10::FunctionType>())
            fn = type->function();
    } else if (call->kind() == c10::prim::CallMethod) {
        if (auto cls = call->input(0)->type()->cast<c10::ClassType>())
            fn = cls->findMethod(call->s(torch::jit::attr::name));
    }
    return dynamic_cast<torch::jit::GraphFunction*>(fn);
}

// A method of the module's own (a helper on self), not a submodule's (that is a layer): called
// on the first input of a graph whose first input is a module.
bool callsOwnMethod(const Node* call)
{
    const auto params = call->owningGraph()->inputs(); // a function may have none
    const auto module = params.empty() ? nullptr : params[0]->type()->cast<c10::ClassType>();
    return module && module->is_module() && call->input(0) == params[0];
}

// Whether a block does nothing but compute and maybe raise: no state changed, nothing printed,
// no layer called; functions and methods of its own it calls (F.batch_norm's _verify_batch_size,
// RoIHeads' has_keypoint) likewise. Sets `raise` to the first RaiseException met.
bool onlyValidates(const torch::jit::Block* block, const Node*& raise, int depth)
{
    for (const Node* m : block->nodes()) {
        if (m->kind() == c10::prim::RaiseException) {
            if (!raise)
                raise = m;
            continue;
        }
        if (m->kind() == c10::prim::CallFunction || (m->kind() == c10::prim::CallMethod && callsOwnMethod(m))) {
            auto* fn = calledGraph(m);
            if (!fn || depth > 4 || !onlyValidates(fn->graph()->block(), raise, depth + 1))
                return false;
            continue;
        }
        // In-place ops (add_, copy_, append) change state without counting as side effects.
        if (m->kind() == c10::prim::CallMethod || m->hasSideEffects() || (m->maybeSchema() && m->schema().is_mutable()))
            return false;
        for (const torch::jit::Block* inner : m->blocks())
            if (!onlyValidates(inner, raise, depth))
                return false;
    }
    return true;
}

// Whether a block only changes tensors in place (`num_batches_tracked.add_(1)`), computing what
// it needs: no raise, no call, nothing printed. Counts the in-place operations in `updates`.
bool onlyUpdates(const torch::jit::Block* block, int& updates)
{
    for (const Node* m : block->nodes()) {
        const auto k = m->kind();
        if (k == c10::prim::RaiseException || k == c10::prim::CallMethod || k == c10::prim::CallFunction
            || m->hasSideEffects())
            return false;
        if (m->maybeSchema() && m->schema().is_mutable())
            ++updates;
        for (const torch::jit::Block* inner : m->blocks())
            if (!onlyUpdates(inner, updates))
                return false;
    }
    return true;
}

QString lineOf(const torch::jit::SourceRange& range)
{
    const auto& source = range.source();
    if (!source)
        return {};
    const size_t line = source->lineno_for_offset(range.start());
    return line < source->num_lines() ? QString::fromStdString(source->get_line(line).str()).trimmed() : QString();
}

} // namespace

QString attributeText(const Node* node, torch::jit::Symbol name)
{
    using torch::jit::AttributeKind;
    std::ostringstream s;
    switch (node->kindOf(name)) {
    case AttributeKind::f:
        s << node->f(name);
        break;
    case AttributeKind::i:
        s << node->i(name);
        break;
    case AttributeKind::s:
        s << '"' << node->s(name) << '"';
        break;
    case AttributeKind::is: {
        s << '[';
        const auto& v = node->is(name);
        for (size_t i = 0; i < v.size(); ++i)
            s << (i ? ", " : "") << v[i];
        s << ']';
        break;
    }
    case AttributeKind::ss: {
        s << '[';
        const auto& v = node->ss(name);
        for (size_t i = 0; i < v.size(); ++i)
            s << (i ? ", " : "") << '"' << v[i] << '"';
        s << ']';
        break;
    }
    case AttributeKind::t:
        return valuePreview(c10::IValue(node->t(name)));
    case AttributeKind::ival:
        return valuePreview(node->ival(name), 40);
    case AttributeKind::ty:
        return QString::fromStdString(node->ty(name)->str());
    default:
        return QStringLiteral("…");
    }
    return QString::fromStdString(s.str());
}

QString constantText(const Value* value)
{
    if (auto fn = value->type()->cast<c10::FunctionType>())
        return QString::fromStdString(fn->function()->name());
    if (value->type()->kind() == c10::TypeKind::NoneType)
        return QStringLiteral("None");
    if (auto iv = torch::jit::toIValue(value))
        return valuePreview(*iv, 40);
    return QStringLiteral("?");
}

namespace {

// `budget`: steps left, shared by every branch followed (an elif chain nests twelve deep in
// MultiheadAttention; a tree of ifs must not take exponential time).
// Whether a block raises: what it hands on is never read (TorchScript hands on an Uninitialized
// there; `if targets is None: raise` refines `targets` in the other branch).
bool raisesHere(const torch::jit::Block* block)
{
    for (const Node* m : block->nodes())
        if (m->kind() == c10::prim::RaiseException)
            return true;
    return false;
}

// `if targets is None: raise …` whose other branch at most refines (`unchecked_cast`) what it hands
// on: the branch that raises; nullptr for any other node.
const torch::jit::Block* refiningCheck(const Node* n)
{
    if (n->kind() != c10::prim::If || n->blocks().size() != 2)
        return nullptr;
    const auto blocks = n->blocks();
    for (size_t k = 0; k < 2; ++k)
        if (raisesHere(blocks[k]) && onlyRefines(blocks[1 - k]))
            return blocks[k];
    return nullptr;
}

const Value* unrefined(const Value* v, int& budget)
{
    while (budget-- > 0) {
        const Node* p = v->node();
        if (p->kind() == c10::prim::unchecked_cast)
            v = p->input(0);
        else if (p->kind() == c10::prim::If) {
            size_t i = 0;
            while (i < p->outputs().size() && p->outputs()[i] != v)
                ++i;
            // A check that refines: the raising branch hands on nothing. (Any other if keeps every
            // branch: skipping a raise beside real work re-routed ViT's values around ifs still
            // drawn, 1.40x -> 1.79x.)
            const torch::jit::Block* raising = refiningCheck(p);
            const Value* base = nullptr;
            for (const torch::jit::Block* b : p->blocks()) {
                if (b == raising)
                    continue;
                const Value* inner = unrefined(b->outputs()[i], budget);
                if (base && inner != base)
                    return v;
                base = inner;
            }
            if (!base)
                return v;
            v = base;
        } else
            return v;
    }
    return v;
}

} // namespace

namespace {

bool scalarType(const c10::TypePtr& t)
{
    switch (t->kind()) {
    case c10::TypeKind::StringType:
    case c10::TypeKind::BoolType:
    case c10::TypeKind::IntType:
    case c10::TypeKind::FloatType:
    case c10::TypeKind::NoneType:
    case c10::TypeKind::DeviceObjType:
        return true;
    case c10::TypeKind::OptionalType:
        return scalarType(t->expectRef<c10::OptionalType>().getElementType());
    case c10::TypeKind::ListType: // `query.size()`, `[x.is_cuda for x in ...]`
        return scalarType(t->expectRef<c10::ListType>().getElementType());
    default:
        return false;
    }
}

bool choosesOnly(const Node* n, int& nested, int depth, const Node* root);
bool within(const Node* m, const Node* n);

// Whether `m` changes only what is made inside `root` (a list the chain builds and appends to:
// `any([x.requires_grad for x in tensor_args])`).
bool changesOnlyWithin(const Node* m, const Node* root)
{
    const c10::FunctionSchema* schema = m->maybeSchema();
    if (!schema)
        return false;
    for (size_t i = 0; i < schema->arguments().size() && i < m->inputs().size(); ++i) {
        const c10::AliasInfo* alias = schema->arguments()[i].alias_info();
        if (!alias || !alias->isWrite())
            continue;
        // A container made here (not one refined or taken out of one from outside).
        const Node* maker = m->inputs()[i]->node();
        const auto k = maker->kind();
        if (!within(maker, root)
            || (k != c10::prim::ListConstruct && k != c10::prim::DictConstruct && k != c10::aten::list
                && k != c10::aten::dict))
            return false;
    }
    return true;
}

// Whether a block computes only scalars, with no effect, calls or loops, and ifs that do the same.
bool onlyChooses(const torch::jit::Block* block, int& nested, int depth, const Node* root)
{
    for (const Node* m : block->nodes()) {
        if (m->kind() == c10::prim::If) {
            if (depth > 64 || !choosesOnly(m, nested, depth + 1, root))
                return false;
            ++nested;
            continue;
        }
        // Asking the process's state is no effect (libtorch marks these conservatively).
        const bool query = m->kind() == c10::Symbol::fromQualString("aten::is_grad_enabled")
            || m->kind() == c10::aten::is_autocast_enabled;
        if (!m->blocks().empty() || m->kind() == c10::prim::CallMethod || m->kind() == c10::prim::CallFunction
            || (m->hasSideEffects() && !query)
            || (m->maybeSchema() && m->schema().is_mutable() && !changesOnlyWithin(m, root)))
            return false;
        // Reading an attribute or refining a type computes nothing (`self.bias_k is not None`).
        if (m->kind() == c10::prim::GetAttr || m->kind() == c10::prim::unchecked_cast)
            continue;
        for (const Value* out : m->outputs())
            if (!scalarType(out->type()))
                return false;
    }
    return true;
}

bool within(const Node* m, const Node* n)
{
    for (const Node* p = m; p; p = p->owningBlock() ? p->owningBlock()->owningNode() : nullptr)
        if (p == n)
            return true;
    return false;
}

bool choosesOnly(const Node* n, int& nested, int depth, const Node* root)
{
    if (n->outputs().empty())
        return false;
    // A value out that is no scalar is only handed on: made outside, or by a nested if.
    for (size_t i = 0; i < n->outputs().size(); ++i) {
        if (scalarType(n->outputs()[i]->type()))
            continue;
        for (const torch::jit::Block* block : n->blocks()) {
            const Value* v = block->outputs()[i];
            while (v->node()->kind() == c10::prim::unchecked_cast) // `attn_mask is not None` refines it
                v = v->node()->input(0);
            const Node* maker = v->node();
            if (within(maker, n) && !(maker->kind() == c10::prim::If && maker->owningBlock() == block))
                return false;
        }
    }
    for (const torch::jit::Block* block : n->blocks())
        if (!onlyChooses(block, nested, depth, root))
            return false;
    return true;
}

} // namespace

const Value* refinedOutput(const Node* n, size_t i)
{
    if (n->kind() != c10::prim::If || i >= n->outputs().size())
        return nullptr;
    int budget = 4096;
    const Value* base = unrefined(n->outputs()[i], budget);
    return base == n->outputs()[i] ? nullptr : base;
}

bool onlyRefines(const torch::jit::Block* block)
{
    for (const Node* m : block->nodes())
        if (m->kind() != c10::prim::unchecked_cast)
            return false;
    return true;
}

FoldableIf foldableIf(const Node* n)
{
    if (n->kind() != c10::prim::If)
        return {};
    const Node* raise = nullptr;
    int empty = 0, passing = 0; // branches with no nodes; with only refinements of what they hand on
    bool validates = true;
    for (const torch::jit::Block* block : n->blocks()) {
        if (block->nodes().begin() == block->nodes().end())
            ++empty;
        else if (onlyRefines(block))
            ++passing;
        else
            validates = validates && onlyValidates(block, raise, 0);
    }
    if (empty == int(n->blocks().size()) && !n->outputs().empty())
        return { FoldableIf::Select, nullptr };
    bool refinesOnly = true;
    for (size_t i = 0; i < n->outputs().size(); ++i)
        refinesOnly = refinesOnly && refinedOutput(n, i);
    // (Broader than refiningCheck(), which unrefined() asks: a branch may raise deeper down and
    // still hand values on. Narrowed to it, checks in Faster R-CNN unfolded: 1.81x -> 1.90x.)
    if (empty + passing == 1 && validates && raise && refinesOnly)
        return { FoldableIf::Check, raise };
    int updates = 0;
    bool onlyUpdating = n->outputs().empty();
    for (const torch::jit::Block* block : n->blocks())
        onlyUpdating = onlyUpdating && onlyUpdates(block, updates);
    if (onlyUpdating && updates > 0)
        return { FoldableIf::Update, nullptr };
    int nested = 0;
    if (choosesOnly(n, nested, 0, n))
        return { FoldableIf::Chain, nullptr };
    return {};
}

namespace {

// Whether a use is a check's, for a check in `block`: its condition, or inside its branches
// (the message it raises).
// `checks` remembers each `if` judged: judging one walks the functions it calls, and a block's
// values are read by the same few checks many times.
bool checkOf(const torch::jit::Use& use, const torch::jit::Block* block, std::unordered_map<const Node*, bool>& checks)
{
    const Node* p = use.user;
    while (p && p->owningBlock() != block)
        p = p->owningBlock() ? p->owningBlock()->owningNode() : nullptr;
    if (!p)
        return false;
    auto known = checks.find(p);
    if (known == checks.end())
        known = checks.emplace(p, foldableIf(p).kind == FoldableIf::Check).first;
    return known->second && (p != use.user || use.offset == 0);
}

} // namespace

std::unordered_set<const Node*> checkConditionNodes(const torch::jit::Block* block)
{
    std::unordered_set<const Node*> found;
    std::unordered_map<const Node*, bool> checks;
    const std::vector<const Node*> nodes(block->nodes().begin(), block->nodes().end());
    // Backwards, so that a node's users are judged before it.
    for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) {
        const Node* m = *it;
        // Tuples and lists packed for a check (`attn_mask.size() != (tgt_len, src_len)`) are part
        // of its expression too.
        const bool packing = m->kind() == c10::prim::TupleConstruct || m->kind() == c10::prim::ListConstruct;
        if ((!m->kind().is_aten() && !packing) || !m->blocks().empty() || m->outputs().empty() || m->hasSideEffects()
            || (m->maybeSchema() && m->schema().is_mutable()))
            continue;
        bool only = true;
        for (const Value* out : m->outputs())
            for (const torch::jit::Use& use : out->uses())
                only = only && (found.count(use.user) || checkOf(use, block, checks));
        if (only)
            found.insert(m);
    }
    return found;
}

QString expressionText(const Node* n, const QStringList& operands, bool negated)
{
    static const std::unordered_map<std::string, const char*> infix {
        { "eq", "==" },       { "ne", "!=" },
        { "lt", "<" },        { "gt", ">" },
        { "le", "<=" },       { "ge", ">=" },
        { "add", "+" },       { "sub", "-" },
        { "mul", "*" },       { "div", "/" },
        { "__and__", "and" }, { "__or__", "or" },
        { "__is__", "is" },   { "__isnot__", "is not" },
    };
    static const std::unordered_map<std::string, std::string> opposite {
        { "eq", "ne" },
        { "ne", "eq" },
        { "lt", "ge" },
        { "ge", "lt" },
        { "gt", "le" },
        { "le", "gt" },
        { "__is__", "__isnot__" },
        { "__isnot__", "__is__" },
    };
    std::string name = n->kind().toUnqualString();
    if (n->kind() == c10::prim::TupleConstruct || n->kind() == c10::prim::ListConstruct) {
        const bool list = n->kind() == c10::prim::ListConstruct;
        const QString text = (list ? QStringLiteral("[") : QStringLiteral("(")) + operands.join(QLatin1String(", "))
            + (list                       ? QStringLiteral("]")
                   : operands.size() == 1 ? QStringLiteral(",)")
                                          : QStringLiteral(")"));
        return negated ? QStringLiteral("not ") + text : text;
    }
    if (negated) {
        if (const auto it = opposite.find(name); it != opposite.end() && operands.size() == 2)
            name = it->second;
        else if (name == "__not__" && operands.size() == 1)
            return operands[0];
        else
            return QStringLiteral("not (") + expressionText(n, operands) + QLatin1Char(')');
    }
    if (const auto it = infix.find(name); it != infix.end() && operands.size() == 2)
        return operands[0] + QLatin1Char(' ') + QLatin1String(it->second) + QLatin1Char(' ') + operands[1];
    if (name == "__not__" && operands.size() == 1)
        return QStringLiteral("not ") + operands[0];
    return QString::fromStdString(name) + QLatin1Char('(') + operands.join(QLatin1String(", ")) + QLatin1Char(')');
}

// Whether every use of `v` is inside `n`'s blocks.
bool usedOnlyWithin(const Value* v, const Node* n)
{
    for (const torch::jit::Use& use : v->uses()) {
        bool inside = false;
        for (const Node* p = use.user; p && !inside; p = p->owningBlock() ? p->owningBlock()->owningNode() : nullptr)
            inside = p == n;
        if (!inside)
            return false;
    }
    return true;
}

// The one call a method's graph makes when it makes nothing else (constants, attribute reads
// and tuple packing aside): the graph only passes the work on.
const Node* soleCall(const torch::jit::Block* block)
{
    if (block->owningNode())
        return nullptr; // an if/loop branch, not a method's graph
    const Node* call = nullptr;
    for (const Node* n : block->nodes()) {
        const auto k = n->kind();
        if (k == c10::prim::Constant || k == c10::prim::GetAttr || k == c10::prim::ListConstruct
            || k == c10::prim::TupleConstruct || k == c10::prim::TupleUnpack)
            continue;
        if ((k != c10::prim::CallMethod && k != c10::prim::CallFunction) || call)
            return nullptr;
        call = n;
    }
    return call;
}

namespace {

// The parameter of the graph a call runs that argument `offset` of `call` binds, or null.
const Value* calleeParameter(const Node* call, size_t offset)
{
    auto* graphFn = calledGraph(call);
    if (!graphFn)
        return nullptr;
    const auto params = graphFn->graph()->inputs();
    // A function call's input 0 is the function; a method call's input 0 is self, as in its graph.
    const size_t index = call->kind() == c10::prim::CallFunction ? offset - 1 : offset;
    return offset > 0 && index < params.size() ? params[index] : nullptr;
}

bool neverChanged(const Value* list, int depth)
{
    for (const torch::jit::Use& use : list->uses()) {
        const Node* user = use.user;
        const auto k = user->kind();
        if (k == c10::prim::CallFunction || k == c10::prim::CallMethod) {
            // Passed to a call: unchanged if the callee leaves its parameter unchanged.
            const Value* param = depth < 4 ? calleeParameter(user, use.offset) : nullptr;
            if (!param || !neverChanged(param, depth + 1))
                return false;
            continue;
        }
        // Put in a container or passed out of a block, it may be changed where it goes.
        if (k == c10::prim::ListConstruct || k == c10::prim::TupleConstruct || k == c10::prim::DictConstruct
            || k == c10::prim::Return || k == c10::prim::Loop || k == c10::prim::If
            || (user->maybeSchema() && user->schema().is_mutable()))
            return false;
    }
    return true;
}

} // namespace

bool neverChanged(const Value* list)
{
    return neverChanged(list, 0);
}

std::unordered_set<std::string> assignedAttributes(const torch::jit::Module& root)
{
    std::unordered_set<std::string> assigned;
    std::function<void(const torch::jit::Block*)> visit = [&](const torch::jit::Block* block) {
        for (const Node* n : block->nodes()) {
            if (n->kind() == c10::prim::SetAttr)
                if (const auto cls = n->input(0)->type()->cast<c10::ClassType>(); cls && cls->name())
                    assigned.insert(cls->name()->qualifiedName() + '.' + n->s(torch::jit::attr::name));
            for (const torch::jit::Block* b : n->blocks())
                visit(b);
        }
    };
    for (const torch::jit::Module& m : root.modules()) {
        for (const torch::jit::Method& method : m.get_methods())
            visit(method.graph()->block());
        // Forward hooks get the module too.
        for (const auto* hooks : { &m.type()->getForwardHooks(), &m.type()->getForwardPreHooks() })
            for (torch::jit::Function* hook : *hooks)
                visit(torch::jit::toGraphFunction(*hook).graph()->block());
    }
    return assigned;
}

bool oneOpWithChecks(const torch::jit::Block* block)
{
    const auto conditions = checkConditionNodes(block);
    int ops = 0;
    for (const Node* n : block->nodes()) {
        const auto k = n->kind();
        if (k == c10::prim::Constant || k == c10::prim::GetAttr || k == c10::prim::ListConstruct
            || k == c10::prim::TupleConstruct || k == c10::prim::TupleUnpack || conditions.count(n)
            || foldableIf(n).kind == FoldableIf::Check)
            continue;
        if (k == c10::prim::CallMethod || k == c10::prim::CallFunction || !n->blocks().empty())
            return false;
        ++ops;
    }
    return ops == 1;
}

QString raisedClass(const Node* raise)
{
    if (raise->inputs().size() > 1)
        if (auto v = torch::jit::toIValue(raise->input(1)); v && v->isString())
            return QString::fromStdString(v->toStringRef()).section(QLatin1Char('.'), -1);
    return {};
}

namespace {

// A string value's text where constants make it: a constant, a format's constant template, or
// a concatenation (`assert`'s "AssertionError: " + message); "{}" stands for what is not.
QString stringText(const Value* v, int depth)
{
    if (auto iv = torch::jit::toIValue(v); iv && iv->isString())
        return QString::fromStdString(iv->toStringRef());
    const Node* n = v->node();
    if (depth < 8 && n->kind() == c10::aten::format && !n->inputs().empty())
        return stringText(n->input(0), depth + 1);
    if (depth < 8 && n->kind() == c10::aten::add && n->inputs().size() == 2
        && v->type()->kind() == c10::TypeKind::StringType)
        return stringText(n->input(0), depth + 1) + stringText(n->input(1), depth + 1);
    return QStringLiteral("{}");
}

} // namespace

QString constantMessage(const Node* raise)
{
    if (raise->inputs().empty())
        return {};
    const QString text = stringText(raise->input(0), 0);
    return text == QLatin1String("{}") ? QString() : text;
}

// Where a node came from: the original Python line when the archive kept it (as the IR
// text's "# file:line:col" comments show), and the line of the archive's printed code.
void sourceOf(GraphNode& node, const Node* n)
{
    const torch::jit::SourceRange range = n->sourceRange();
    node.codeText = lineOf(range);
    const auto original = range.findSourceRangeThatGenerated();
    const torch::jit::SourceRange& shown = original ? *original : range;
    if (auto flc = shown.file_line_col()) {
        node.source = QStringLiteral("%1:%2:%3")
                          .arg(QString::fromStdString(std::get<0>(*flc)))
                          .arg(std::get<1>(*flc))
                          .arg(std::get<2>(*flc));
        node.sourceLine = int(std::get<1>(*flc));
    }
    node.sourceText = lineOf(shown);
}

IrIndex irIndexOf(const torch::jit::Graph& graph)
{
    IrIndex index;
    std::function<void(const torch::jit::Block*)> walk = [&](const torch::jit::Block* block) {
        for (const torch::jit::Node* n : block->nodes()) {
            index.emplace(n, int(index.size()));
            for (const torch::jit::Block* inner : n->blocks())
                walk(inner);
        }
    };
    walk(graph.block());
    return index;
}

QString methodContext(const QString& module, const QString& method)
{
    return module + QLatin1Char(':') + method;
}

QString calledMethodContext(const QString& caller, const QString& module, const QString& method, int callIndex)
{
    return caller + QLatin1Char('/') + methodContext(module, method) + QLatin1Char('@') + QString::number(callIndex);
}

QString functionContext(const QString& caller, const QString& function, int callIndex)
{
    return caller + QLatin1Char('/') + function + QLatin1Char('@') + QString::number(callIndex);
}

} // namespace jitscope
