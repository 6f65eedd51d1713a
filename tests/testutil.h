// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include "common/usererror.h"
#include "sanitized.h"

#include <functional>

// A test whose torchvision fixture is missing skips on a developer's machine without
// python3-torchvision, and fails where the fixtures are required: a CI without them is never green.
#define SKIP_WITHOUT_FIXTURE(why)                                                                                      \
    do {                                                                                                               \
        if (testutil::fixturesRequired())                                                                              \
            QFAIL(qPrintable(QStringLiteral("a required fixture is missing: %1").arg(QLatin1String(why))));            \
        QSKIP(why);                                                                                                    \
    } while (false)

// Paths of committed fixtures and examples, and of those written at test time.
namespace testutil {

// torchvision's operator library from Debian's python3-torchvision; empty when not installed.
inline QString torchvisionOps()
{
    const QDir dir(QStringLiteral("/usr/lib/python3/dist-packages/torchvision"));
    const QStringList found = dir.entryList({ QStringLiteral("_C*.so") }, QDir::Files);
    return found.isEmpty() ? QString() : dir.filePath(found.first());
}

// Whether a fixture that only Debian's python3-torch and python3-torchvision write (the
// write_python_fixtures test, the operator library) must be there: under CI (CI=true), where
// install-deps.sh installs them, or when JITSCOPE_REQUIRE_FIXTURES=1.
inline bool fixturesRequired()
{
    return qEnvironmentVariable("CI") == QLatin1String("true")
        || qEnvironmentVariable("JITSCOPE_REQUIRE_FIXTURES") == QLatin1String("1");
}

// The message of the UserError `f` throws; empty when it throws none.
inline QString errorOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const jitscope::UserError& e) {
        return e.message();
    }
    return QString();
}

inline QString sourcePath(const QString& relative)
{
    return QStringLiteral(JITSCOPE_SOURCE_DIR "/") + relative;
}
inline QString example(const QString& id)
{
    return sourcePath(QStringLiteral("resources/examples/") + id + QStringLiteral(".pt"));
}
inline QString fixture(const QString& name)
{
    return sourcePath(QStringLiteral("tests/fixtures/") + name);
}
inline QString generated(const QString& name)
{
    return QStringLiteral(JITSCOPE_GENERATED_DIR "/") + name;
}

// What PyTorch itself printed about an example (tests/fixtures/generate_fixtures.py).
inline QJsonObject reference(const QString& id)
{
    QFile file(sourcePath(QStringLiteral("tests/fixtures/reference/") + id + QStringLiteral(".json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// An archive with a reference file: a bundled example, or a fixture in tests/fixtures.
inline QString archive(const QString& id)
{
    const QString bundled = example(id);
    return QFile::exists(bundled) ? bundled : fixture(id + QStringLiteral(".pt"));
}

// Every archive PyTorch wrote a reference for.
inline QStringList referenceIds()
{
    return { QStringLiteral("my_module"), QStringLiteral("my_cell_scripted"), QStringLiteral("my_cell_traced"),
             QStringLiteral("conv_net"), QStringLiteral("gelu_v10") };
}

inline QStringList exampleIds()
{
    return { QStringLiteral("my_module"), QStringLiteral("my_cell_scripted"), QStringLiteral("my_cell_traced"),
             QStringLiteral("conv_net") };
}

} // namespace testutil
