// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/io/tensorio.h"

#include "checkpoint/checkpoint.h"

#include "common/resourcelimits.h"
#include "common/usererror.h"
#include "engine/common/torcherror.h"
#include "engine/common/valuetext.h"

#include <torch/serialize.h>
#include <torch/torch.h>

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <cstring>

namespace jitscope {

namespace {

struct TensorIoText
{
    Q_DECLARE_TR_FUNCTIONS(TensorIoText)
};

struct DtypeCode
{
    char kind;
    int size;
    c10::ScalarType type;
};

constexpr DtypeCode kCodes[] = {
    { 'b', 1, c10::ScalarType::Bool },
    { 'i', 1, c10::ScalarType::Char },
    { 'u', 1, c10::ScalarType::Byte },
    { 'i', 2, c10::ScalarType::Short },
    { 'i', 4, c10::ScalarType::Int },
    { 'i', 8, c10::ScalarType::Long },
    { 'f', 2, c10::ScalarType::Half },
    { 'f', 4, c10::ScalarType::Float },
    { 'f', 8, c10::ScalarType::Double },
    { 'c', 8, c10::ScalarType::ComplexFloat },
    { 'c', 16, c10::ScalarType::ComplexDouble },
};

QByteArray readFile(const QString& path)
{
    requireRegularFile(path); // a named pipe would block the read forever
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw UserError(TensorIoText::tr("%1: cannot be read: %2.").arg(path, file.errorString()));
    return file.readAll();
}

} // namespace

at::Tensor npyToTensor(const NpyArray& array, const QString& source)
{
    const QChar order = array.descr.at(0);
    const char kind = array.descr.at(1).toLatin1();
    const int size = array.itemSize();
    const DtypeCode* code = std::find_if(std::begin(kCodes), std::end(kCodes),
                                         [&](const DtypeCode& c) { return c.kind == kind && c.size == size; });
    if (code == std::end(kCodes))
        throw UserError(TensorIoText::tr("%1: NumPy dtype '%2' has no libtorch counterpart (libtorch has no "
                                         "uint16/32/64, strings or objects).")
                            .arg(source, array.descr));
    std::vector<int64_t> shape(array.shape.begin(), array.shape.end());
    QByteArray data = array.data;
    if (order == QLatin1Char('>') && size > 1) {
        // Big-endian data: swap each element's bytes (complex: each half).
        const int unit = kind == 'c' ? size / 2 : size;
        for (qsizetype i = 0; i + unit <= data.size(); i += unit)
            std::reverse(data.begin() + i, data.begin() + i + unit);
    }
    if (array.fortranOrder)
        std::reverse(shape.begin(), shape.end());
    at::Tensor t = torch::empty(shape, torch::TensorOptions().dtype(code->type));
    if (data.size() > 0)
        std::memcpy(t.data_ptr(), data.constData(), size_t(data.size()));
    if (array.fortranOrder && shape.size() > 1) {
        std::vector<int64_t> dims(shape.size());
        for (size_t i = 0; i < dims.size(); ++i)
            dims[i] = int64_t(dims.size() - 1 - i);
        t = t.permute(dims).contiguous();
    }
    return t;
}

NpyArray tensorToNpy(const at::Tensor& tensor)
{
    const at::Tensor t = tensor.detach().to(at::kCPU).contiguous();
    const DtypeCode* code = std::find_if(std::begin(kCodes), std::end(kCodes),
                                         [&](const DtypeCode& c) { return c.type == t.scalar_type(); });
    if (code == std::end(kCodes))
        throw UserError(TensorIoText::tr("%1 tensors have no NumPy dtype; convert to float32 first or save as .pt.")
                            .arg(dtypeName(t.scalar_type())));
    NpyArray array;
    array.descr = QStringLiteral("%1%2%3")
                      .arg(code->size == 1 ? QLatin1Char('|') : QLatin1Char('<'))
                      .arg(QLatin1Char(code->kind))
                      .arg(code->size);
    for (auto d : t.sizes())
        array.shape << d;
    array.data = QByteArray(static_cast<const char*>(t.data_ptr()), qsizetype(t.numel() * t.element_size()));
    return array;
}

at::Tensor loadTensorFile(const QString& path)
{
    if (path.endsWith(QLatin1String(".npy"), Qt::CaseInsensitive))
        return npyToTensor(NpyArray::parse(readFile(path), path), path);
    const c10::IValue value = loadValueFile(path);
    if (!value.isTensor())
        throw UserError(
            TensorIoText::tr("%1: holds a %2, not a tensor.").arg(path, QString::fromStdString(value.tagKind())));
    return value.toTensor();
}

at::Tensor checkpointStorage(const Checkpoint& c, int index)
{
    const CheckpointTensor& t = c.tensors.at(index);
    const QByteArray bytes = c.storageData(index); // refuses a damaged tensor
    const c10::ScalarType dtype = parseDtype(t.dtype);
    const qint64 itemSize = qint64(c10::elementSize(dtype));
    // Bytes as the file has them; a bool is any byte, so it is read as one and compared with 0.
    const c10::ScalarType raw = dtype == c10::ScalarType::Bool ? c10::ScalarType::Byte : dtype;
    at::Tensor storage = at::empty({ qint64(bytes.size()) / itemSize }, at::TensorOptions().dtype(raw));
    std::memcpy(storage.data_ptr(), bytes.constData(), size_t(storage.numel() * itemSize));
    return dtype == c10::ScalarType::Bool ? storage.ne(0) : storage;
}

at::Tensor checkpointView(const Checkpoint& c, int index, const at::Tensor& storage)
{
    const CheckpointTensor& t = c.tensors.at(index);
    return storage.as_strided(std::vector<int64_t>(t.shape.begin(), t.shape.end()),
                              std::vector<int64_t>(t.strides.begin(), t.strides.end()), t.offset);
}

at::Tensor checkpointTensor(const Checkpoint& c, int index)
{
    return checkpointView(c, index, checkpointStorage(c, index));
}

namespace {

// The checkpoint's value at `index` as an IValue; containers typed as tightly as their items
// allow, so a method taking Dict[str, Tensor] accepts a state dict.
c10::IValue checkpointValue(const Checkpoint& c, int index)
{
    const CheckpointNode& n = c.nodes[index];
    auto unified = [](const std::vector<c10::IValue>& items) -> c10::TypePtr {
        c10::TypePtr type;
        for (const c10::IValue& v : items) {
            const c10::TypePtr t = c10::unshapedType(v.type()); // Tensor, not Float(2, 2)
            if (!type) {
                type = t;
            } else if (auto both = c10::unifyTypes(type, t)) {
                type = *both;
            } else {
                return c10::AnyType::get();
            }
        }
        return type ? type : c10::TensorType::get();
    };
    if (n.kind == QLatin1String("tensor")) {
        at::Tensor view = checkpointTensor(c, n.tensor);
        if (c.tensors[n.tensor].requiresGrad && view.is_floating_point())
            view.requires_grad_(true);
        return view;
    }
    if (n.kind == QLatin1String("dict")) {
        std::vector<c10::IValue> keys, values;
        for (int child : n.children) {
            const CheckpointNode& k = c.nodes[child];
            if (c.format == Checkpoint::Format::Safetensors && k.kind != QLatin1String("tensor"))
                continue; // the tensors, as safetensors' load_file gives them; not __metadata__
            keys.emplace_back(k.intKey ? c10::IValue(int64_t(k.key.toLongLong())) : c10::IValue(k.key.toStdString()));
            values.push_back(checkpointValue(c, child));
        }
        c10::impl::GenericDict dict(unified(keys), unified(values));
        for (size_t i = 0; i < keys.size(); ++i)
            dict.insert_or_assign(keys[i], values[i]);
        return dict;
    }
    if (n.kind == QLatin1String("list") || n.kind == QLatin1String("tuple") || n.kind == QLatin1String("set")) {
        std::vector<c10::IValue> items;
        for (int child : n.children)
            items.push_back(checkpointValue(c, child));
        if (n.kind == QLatin1String("tuple"))
            return c10::ivalue::Tuple::create(std::move(items));
        c10::impl::GenericList list(unified(items));
        for (c10::IValue& v : items)
            list.push_back(std::move(v));
        return list;
    }
    if (n.kind == QLatin1String("None"))
        return c10::IValue();
    if (n.kind == QLatin1String("bool"))
        return n.value == QLatin1String("True");
    if (n.kind == QLatin1String("int") && !n.value.startsWith(QLatin1Char('(')))
        return int64_t(n.value.toLongLong());
    if (n.kind == QLatin1String("float"))
        return n.value.toDouble();
    if (n.kind == QLatin1String("str") && n.value.size() >= 2 && !n.value.endsWith(QLatin1String("...'")))
        return n.value.mid(1, n.value.size() - 2).toStdString();
    throw UserError(TensorIoText::tr("%1: its value at '%2' (%3) cannot be a value of an expression.")
                        .arg(c.path, n.key, n.type.isEmpty() ? n.kind : n.type));
}

} // namespace

c10::IValue loadValueFile(const QString& path)
{
    if (path.endsWith(QLatin1String(".npy"), Qt::CaseInsensitive))
        return loadTensorFile(path);
    // Checkpoint::read refuses anything else with a message saying what the file is.
    const Checkpoint checkpoint = Checkpoint::read(path);
    try {
        return checkpointValue(checkpoint, 0);
    } catch (const UserError&) {
        throw;
    } catch (const std::exception& e) {
        throw UserError(TensorIoText::tr("%1: %2").arg(path, cleanTorchMessage(e)));
    }
}

void saveTensorFile(const at::Tensor& tensor, const QString& path)
{
    QByteArray bytes;
    if (path.endsWith(QLatin1String(".npy"), Qt::CaseInsensitive)) {
        bytes = tensorToNpy(tensor).serialize();
    } else {
        const std::vector<char> data = torch::pickle_save(c10::IValue(tensor.detach().to(at::kCPU)));
        bytes = QByteArray(data.data(), qsizetype(data.size()));
    }
    // Written aside and renamed, so a failure leaves any existing file intact.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw UserError(TensorIoText::tr("%1: cannot be written: %2.").arg(path, file.errorString()));
}

} // namespace jitscope
