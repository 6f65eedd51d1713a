// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/model/snapshotbuilder.h"

#include "engine/model/inputexample.h"
#include "engine/model/runtimeinfo.h"

#include "engine/common/valuetext.h"

#include <torch/version.h>

#include <QRegularExpression>

#include <sstream>

namespace jitscope {

QString demangledTypeName(const QString& qualified)
{
    static const QRegularExpression mangle(QStringLiteral(R"(___torch_mangle_\d+\.)"));
    QString result = qualified;
    return result.replace(mangle, QString());
}

namespace {

QString qualifiedTypeName(const torch::jit::Module& m)
{
    const auto& name = m.type()->name();
    return name ? QString::fromStdString(name->qualifiedName()) : QString::fromStdString(m.type()->str());
}

QString parentOf(const QString& dottedName)
{
    const qsizetype dot = dottedName.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : dottedName.left(dot);
}

TensorInfo describeTensor(const std::string& name, const at::Tensor& t, bool isParameter)
{
    TensorInfo info;
    info.name = QString::fromStdString(name);
    info.module = parentOf(info.name);
    info.isParameter = isParameter;
    if (!t.defined()) {
        info.dtype = QStringLiteral("undefined");
        return info;
    }
    for (auto d : t.sizes())
        info.shape << d;
    info.dtype = dtypeName(t.scalar_type());
    info.device = QString::fromStdString(t.device().str());
    info.requiresGrad = t.requires_grad();
    info.numel = t.numel();
    info.bytes = qint64(t.numel()) * qint64(t.element_size());
    return info;
}

} // namespace

MethodInfo describeSchema(const QString& modulePath, const c10::FunctionSchema& schema)
{
    MethodInfo info;
    info.module = modulePath;
    info.name = QString::fromStdString(schema.name());
    std::ostringstream full;
    full << schema;
    info.schema = QString::fromStdString(full.str());
    info.returnType = info.schema.mid(info.schema.lastIndexOf(QLatin1String(") -> ")) + 5);
    for (const c10::Argument& arg : schema.arguments()) {
        ArgumentInfo a;
        a.name = QString::fromStdString(arg.name());
        a.type = QString::fromStdString(arg.type()->annotation_str());
        a.kwargOnly = arg.kwarg_only();
        if (arg.default_value()) {
            // The schema's own spelling of the default ("1.", "None", "[1, 2]").
            std::ostringstream s;
            s << arg;
            const QString text = QString::fromStdString(s.str());
            const QString marker = a.name + QLatin1Char('=');
            const qsizetype at = text.indexOf(marker);
            a.hasDefault = true;
            a.defaultValue = at < 0 ? valuePreview(*arg.default_value()) : text.mid(at + marker.size());
        }
        info.arguments << a;
    }
    for (const c10::Argument& ret : schema.returns())
        info.returns << QString::fromStdString(ret.type()->annotation_str());
    return info;
}

namespace {

MethodInfo describeMethod(const torch::jit::Module& module, const QString& modulePath, const torch::jit::Method& method)
{
    MethodInfo info = describeSchema(modulePath, method.function().getSchema());
    for (qsizetype i = 1; i < info.arguments.size(); ++i) {
        ArgumentInfo& argument = info.arguments[i];
        if (argument.type != QLatin1String("Tensor") || argument.hasDefault)
            continue;
        const InputExample example = inputExample(module, modulePath, method, size_t(i));
        argument.example = example.value;
        argument.exampleLayer = example.layer;
    }
    return info;
}

void describeModule(const torch::jit::Module& m, const QString& path, const QString& parent, int depth,
                    ModelSnapshot& snapshot)
{
    ModuleInfo info;
    info.path = path;
    info.name = path.mid(path.lastIndexOf(QLatin1Char('.')) + 1);
    info.qualifiedType = qualifiedTypeName(m);
    info.type = demangledTypeName(info.qualifiedType);
    info.parentPath = parent;
    info.depth = depth;
    info.training = m.is_training();

    const c10::ClassTypePtr& type = m.type();
    const c10::ivalue::Object& object = *m._ivalue();
    for (size_t slot = 0; slot < type->numAttributes(); ++slot) {
        const c10::TypePtr& attrType = type->getAttribute(slot);
        const auto cls = attrType->cast<c10::ClassType>();
        if (type->is_parameter(slot) || type->is_buffer(slot) || (cls && cls->is_module()))
            continue;
        AttributeInfo attribute;
        attribute.module = path;
        attribute.name = QString::fromStdString(type->getAttributeName(slot));
        attribute.type = QString::fromStdString(attrType->annotation_str());
        attribute.preview = valuePreview(object.getSlot(slot));
        snapshot.attributes << attribute;
    }

    for (const torch::jit::Method& method : m.get_methods())
        snapshot.methods << describeMethod(m, path, method);

    const qsizetype index = snapshot.modules.size();
    snapshot.modules << info;
    for (const auto& child : m.named_children()) {
        const QString childPath = joinModulePath(path, QString::fromStdString(child.name));
        snapshot.modules[index].children << childPath;
        describeModule(child.value, childPath, path, depth + 1, snapshot);
    }
}

} // namespace

ModelSnapshot buildSnapshot(const torch::jit::Module& root, const ArchiveInfo& archive)
{
    ModelSnapshot snapshot;
    snapshot.archive = archive;
    describeModule(root, QString(), QString(), 0, snapshot);

    for (const auto& p : root.named_parameters(/*recurse=*/true)) {
        snapshot.parameters << describeTensor(p.name, p.value, true);
        snapshot.archive.parameterBytes += snapshot.parameters.last().bytes;
        snapshot.archive.parameterCount += snapshot.parameters.last().numel;
    }
    for (const auto& b : root.named_buffers(/*recurse=*/true)) {
        snapshot.buffers << describeTensor(b.name, b.value, false);
        snapshot.archive.bufferBytes += snapshot.buffers.last().bytes;
    }
    snapshot.archive.libtorchVersion = QStringLiteral(TORCH_VERSION);
    // Tried here, on the engine thread: on a GPU the first try starts CUDA, seconds the window must
    // not wait for.
    for (const char* dtype : { "float32", "float64", "float16", "bfloat16" }) {
        const QString limitation = runtime::dtypeLimitation(snapshot.device(), QLatin1String(dtype));
        if (!limitation.isEmpty())
            snapshot.dtypeLimitations.insert(QLatin1String(dtype), limitation);
    }
    return snapshot;
}

QString shortTypeName(const c10::ClassTypePtr& type)
{
    const auto& name = type ? type->name() : c10::nullopt;
    return demangledTypeName(name ? QString::fromStdString(name->qualifiedName()) : QString())
        .section(QLatin1Char('.'), -1);
}

QString shortTypeName(const torch::jit::Module& module)
{
    return shortTypeName(module.type());
}

} // namespace jitscope
