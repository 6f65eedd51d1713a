// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "examples.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace jitscope {

namespace {
struct Examples
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::Examples)
};
} // namespace

QList<Example> bundledExamples()
{
    return {
        { QStringLiteral("my_cell_scripted"), Examples::tr("MyCell, scripted"),
          Examples::tr("torch.jit.script keeps MyDecisionGate's if/else: both branches are in the code."),
          QStringLiteral(":/examples/my_cell_scripted.pt") },
        { QStringLiteral("my_cell_traced"), Examples::tr("MyCell, traced"),
          Examples::tr("torch.jit.trace recorded only the branch that ran: MyDecisionGate became a plain neg."),
          QStringLiteral(":/examples/my_cell_traced.pt") },
        { QStringLiteral("my_module"), Examples::tr("MyModule"),
          Examples::tr("forward plus the exported methods predict and add_scalar."),
          QStringLiteral(":/examples/my_module.pt") },
        { QStringLiteral("conv_net"), Examples::tr("ConvNet"),
          Examples::tr("Nested Sequential, BatchNorm buffers, attributes of many types, extra files."),
          QStringLiteral(":/examples/conv_net.pt") },
    };
}

QString materializeExample(const QString& id, QString* error)
{
    for (const Example& example : bundledExamples()) {
        if (example.id != id)
            continue;
        QString base = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
        const QString dirPath = base + QStringLiteral("/jitscope-examples");
        QDir().mkpath(dirPath);
        const QString target = dirPath + QLatin1Char('/') + id + QStringLiteral(".pt");
        QFile source(example.resource);
        QFile out(target);
        if (!source.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || out.write(source.readAll()) != source.size()) {
            if (error)
                *error = Examples::tr("Cannot write the example to %1: %2").arg(target, out.errorString());
            return {};
        }
        return target;
    }
    if (error) {
        QStringList ids;
        for (const Example& example : bundledExamples())
            ids << example.id;
        *error = Examples::tr("No example named '%1'. Examples: %2.").arg(id, ids.join(QLatin1String(", ")));
    }
    return {};
}

} // namespace jitscope
