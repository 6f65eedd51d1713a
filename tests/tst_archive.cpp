// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input: every broken file gets a clear message, and the session stays usable.
#include "archive/archivedirectory.h"
#include "common/usererror.h"
#include "session/modelsession.h"
#include "testutil.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace jitscope;

class TestArchive : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return path;
    }

    static QByteArray readAll(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // A message a person reads: names the file, says what, a few lines, no C++ frames.
    static void checkClean(const QString& message, const QString& path)
    {
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("frame #")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("Exception raised from")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String(".cpp")), qPrintable(message));
        QVERIFY2(message.count(QLatin1Char('\n')) < 4, qPrintable(message));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsDirectoryOfGoodArchive()
    {
        const ArchiveDirectory dir = ArchiveDirectory::read(testutil::example(QStringLiteral("conv_net")), 10);
        const ArchiveInfo& info = dir.info();
        QCOMPARE(info.prefix, QStringLiteral("conv_net"));
        QVERIFY(info.formatVersion >= 1 && info.formatVersion <= 10);
        QVERIFY(info.entries.size() > 5);
        QCOMPARE(QSet<QString>(info.extraFiles.begin(), info.extraFiles.end()),
                 QSet<QString>({ QStringLiteral("config.json"), QStringLiteral("notes/readme.txt") }));
        QCOMPARE(dir.readStored(QStringLiteral("conv_net/extra/config.json")),
                 QByteArray("{\"classes\": 3, \"input\": [1, 3, 16, 16]}\n"));
    }

    void readsNewerFormatsVersionRecord()
    {
        // From file format 6 on, the version lives in ".data/version".
        const ArchiveDirectory dir = ArchiveDirectory::read(testutil::fixture(QStringLiteral("gelu_v10.pt")), 10);
        QCOMPARE(dir.info().prefix, QStringLiteral("gelu_v10"));
        QCOMPARE(dir.info().formatVersion, 10);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");

        QTest::newRow("missing") << m_dir.filePath(QStringLiteral("nope.pt")) << QStringLiteral("file not found");
        QTest::newRow("directory") << m_dir.path() << QStringLiteral("is a folder");
        QTest::newRow("empty") << writeFile(QStringLiteral("empty.pt"), {}) << QStringLiteral("the file is empty");
        QByteArray noise(4096, Qt::Uninitialized);
        QRandomGenerator gen(42);
        for (char& c : noise)
            c = char(gen.bounded(256));
        noise[0] = 'x'; // not a pickle opcode by chance
        QTest::newRow("random bytes") << writeFile(QStringLiteral("noise.pt"), noise)
                                      << QStringLiteral("no zip directory found");
        const QByteArray good = readAll(testutil::example(QStringLiteral("conv_net")));
        QTest::newRow("truncated") << writeFile(QStringLiteral("truncated.pt"), good.left(good.size() / 2))
                                   << QStringLiteral("truncated");
        QTest::newRow("zip, not torchscript")
            << testutil::fixture(QStringLiteral("not_torchscript.zip")) << QStringLiteral("no 'version' record");
        QTest::newRow("legacy pickle") << writeFile(QStringLiteral("legacy.pt"),
                                                    QByteArray("\x80\x02\x8a\x0a"
                                                               "legacy"))
                                       << QStringLiteral("legacy format");
        QTest::newRow("newer format") << testutil::fixture(QStringLiteral("newer_version.pt"))
                                      << QStringLiteral("file format version 99, this build reads up to");
        // libtorch loads these and would read 4 MiB past 40 (or 0) bytes of data.
        QTest::newRow("tensor larger than its data")
            << testutil::generated(QStringLiteral("short_data.pt")) << QStringLiteral("tensor 'weight'");
        QTest::newRow("tensor over an empty record")
            << testutil::generated(QStringLiteral("empty_data.pt")) << QStringLiteral("record 'data/0' holds 0");
    }

    void badInput()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);

        ModelSession session;
        QString message;
        try {
            session.open(path).wait();
            QFAIL("opening bad input succeeded");
        } catch (const UserError& e) {
            message = e.message();
        }
        QVERIFY2(message.contains(expected), qPrintable(message));
        checkClean(message, path);

        // The asynchronous path says the same, to the asker.
        QObject asker;
        QStringList failed;
        session.open(path).then(
            &asker, [](const SnapshotPtr&) { QFAIL("opening bad input succeeded"); },
            [&](const QString& error) { failed << error; });
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(failed.first(), message);

        // And the session still opens a good file afterwards.
        const SnapshotPtr snapshot = session.open(testutil::example(QStringLiteral("my_module"))).wait();
        QVERIFY(snapshot);
        QCOMPARE(snapshot->modules.first().type, QStringLiteral("__torch__.models.MyModule"));
    }

    void failedOpenKeepsPreviousModel()
    {
        ModelSession session;
        const SnapshotPtr before = session.open(testutil::example(QStringLiteral("my_cell_scripted"))).wait();
        QVERIFY_THROWS_EXCEPTION(UserError,
                                 session.open(testutil::fixture(QStringLiteral("not_torchscript.zip"))).wait());
        QCOMPARE(session.snapshot(), before);
        // The module behind it is still the one that was open: its code is still there.
        const QString code = session.text({ QString(), QStringLiteral("forward"), TextKind::Code }).wait();
        QVERIFY(code.contains(QLatin1String("torch.tanh")));
    }

    void corruptedEntryAfterDirectoryCheck()
    {
        // A zip directory that reads fine but a damaged pickle: libtorch's own error, cleaned.
        QByteArray bytes = readAll(testutil::example(QStringLiteral("my_cell_scripted")));
        const qsizetype at = bytes.indexOf("data.pkl");
        QVERIFY(at > 0);
        const qsizetype data = bytes.indexOf("data.pkl", at + 1); // central-directory copy
        Q_UNUSED(data);
        // Overwrite the stored pickle's bytes right after its local header name.
        for (qsizetype i = at + 8 + 64; i < at + 8 + 200 && i < bytes.size(); ++i)
            bytes[i] = '\x01';
        const QString path = writeFile(QStringLiteral("damaged.pt"), bytes);
        ModelSession session;
        try {
            session.open(path).wait();
            QFAIL("a damaged archive opened");
        } catch (const UserError& e) {
            checkClean(e.message(), path);
        }
        QVERIFY(session.open(testutil::example(QStringLiteral("my_module"))).wait());
    }
};

QTEST_GUILESS_MAIN(TestArchive)
#include "tst_archive.moc"
