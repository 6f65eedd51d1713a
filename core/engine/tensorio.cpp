// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tensorio.h"

#include "resourcelimits.h"
#include "torcherror.h"
#include "usererror.h"
#include "valuetext.h"

#include <torch/serialize.h>
#include <torch/torch.h>

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <algorithm>

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
    const QByteArray bytes = readFile(path);
    if (path.endsWith(QLatin1String(".npy"), Qt::CaseInsensitive))
        return npyToTensor(NpyArray::parse(bytes, path), path);
    try {
        const std::vector<char> data(bytes.begin(), bytes.end());
        const c10::IValue value = torch::pickle_load(data);
        if (!value.isTensor())
            throw UserError(
                TensorIoText::tr("%1: holds a %2, not a tensor.").arg(path, QString::fromStdString(value.tagKind())));
        return value.toTensor();
    } catch (const UserError&) {
        throw;
    } catch (const std::exception& e) {
        throw UserError(
            TensorIoText::tr("%1: not a tensor written by torch.save(): %2").arg(path, cleanTorchMessage(e)));
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
