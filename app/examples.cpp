#include "examples.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace jitscope {

QList<Example> bundledExamples()
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("jitscope::Examples", text); };
    return {
        { QStringLiteral("my_cell_scripted"), tr("MyCell, scripted"),
            tr("torch.jit.script keeps MyDecisionGate's if/else: both branches are in the code."),
            QStringLiteral(":/examples/my_cell_scripted.pt") },
        { QStringLiteral("my_cell_traced"), tr("MyCell, traced"),
            tr("torch.jit.trace recorded only the branch that ran: MyDecisionGate became a plain neg."),
            QStringLiteral(":/examples/my_cell_traced.pt") },
        { QStringLiteral("my_module"), tr("MyModule"),
            tr("forward plus the exported methods predict and add_scalar."),
            QStringLiteral(":/examples/my_module.pt") },
        { QStringLiteral("conv_net"), tr("ConvNet"),
            tr("Nested Sequential, BatchNorm buffers, attributes of many types, extra files."),
            QStringLiteral(":/examples/conv_net.pt") },
    };
}

QString materializeExample(const QString& id, QString* error)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("jitscope::Examples", text); };
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
                *error = tr("Cannot write the example to %1: %2").arg(target, out.errorString());
            return {};
        }
        return target;
    }
    if (error) {
        QStringList ids;
        for (const Example& example : bundledExamples())
            ids << example.id;
        *error = tr("No example named '%1'. Examples: %2.").arg(id, ids.join(QLatin1String(", ")));
    }
    return {};
}

} // namespace jitscope
