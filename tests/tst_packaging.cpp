// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What the package tells the desktop, checked without installing it: the shared-mime-info
// definition (read by Qt's own MIME database, as file managers read it), the desktop entry's
// associations, and the command-line tables that --help and the man pages come from.
#include "answers/training.h"
#include "commandline.h"
#include "testutil.h"

#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace jitscope;
using namespace testutil;

class TestPackaging : public QObject
{
    Q_OBJECT

    QTemporaryDir m_share;
    bool m_mimeDatabase = false; // made by initTestCase

    QString copyAs(const QString& source, const QString& name)
    {
        const QString path = m_share.filePath(QStringLiteral("files/") + name);
        QFile::remove(path);
        QFile::copy(source, path);
        return path;
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_share.filePath(QStringLiteral("files/") + name);
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(bytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The MIME database as an installed system has it: the package's definition merged with
        // freedesktop.org's by update-mime-database (the package manager's trigger), read here
        // by Qt as file managers read it.
        const QString freedesktop = QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml");
        const QString updater = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
        if (updater.isEmpty() || !QFile::exists(freedesktop))
            return; // the MIME tests skip themselves
        const QString packages = m_share.filePath(QStringLiteral("mime/packages"));
        QVERIFY(QDir().mkpath(packages));
        QVERIFY(QDir().mkpath(m_share.filePath(QStringLiteral("files"))));
        QVERIFY(QFile::copy(freedesktop, packages + QStringLiteral("/freedesktop.org.xml")));
        QVERIFY(QFile::copy(sourcePath(QStringLiteral("packaging/io.github.jitscope.JitScope.mime.xml")),
                            packages + QStringLiteral("/io.github.jitscope.JitScope.xml")));
        QProcess update;
        update.start(updater, { m_share.filePath(QStringLiteral("mime")) });
        QVERIFY(update.waitForFinished(60000));
        QCOMPARE(update.exitCode(), 0);
        qputenv("XDG_DATA_DIRS", m_share.path().toUtf8());
        m_mimeDatabase = true;
    }

    void mimeTypes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        const QString conv = sourcePath(QStringLiteral("resources/examples/conv_net.pt"));
        QTest::newRow("archive .pt") << conv << QStringLiteral("application/x-pytorch");
        QTest::newRow("archive .pth") << copyAs(conv, QStringLiteral("weights.pth"))
                                      << QStringLiteral("application/x-pytorch");
        // Python's path files share .pth: told apart by their content.
        QTest::newRow("site-packages .pth")
            << writeFile(QStringLiteral("distutils-precedence.pth"), "import os; var = 'SETUPTOOLS_USE_DISTUTILS'\n")
            << QStringLiteral("text/plain");
        QTest::newRow("archive .jit") << copyAs(conv, QStringLiteral("model.jit"))
                                      << QStringLiteral("application/x-torchscript");
        QTest::newRow("lite .ptl") << copyAs(conv, QStringLiteral("model.ptl"))
                                   << QStringLiteral("application/x-torchscript");
        // PyTorch's zips are told from other zips by their content when the name says nothing.
        QTest::newRow("archive, no extension")
            << copyAs(conv, QStringLiteral("model")) << QStringLiteral("application/x-pytorch");
        QTest::newRow("archive as .zip") << copyAs(conv, QStringLiteral("model.zip"))
                                         << QStringLiteral("application/zip");
        QTest::newRow("other zip, no extension")
            << copyAs(sourcePath(QStringLiteral("tests/fixtures/not_torchscript.zip")), QStringLiteral("other"))
            << QStringLiteral("application/zip");
        // torch.save before 1.6: a pickle starting with PyTorch's magic number.
        QTest::newRow("legacy checkpoint, no extension") << writeFile(
            QStringLiteral("legacy"), QByteArray("\x80\x02\x8a\x0a\x6c\xfc\x9c\x46\xf9\x20\x6a\xa8\x50\x19\x2e", 15))
                                                         << QStringLiteral("application/x-pytorch-pickle");
        QTest::newRow("safetensors") << writeFile(QStringLiteral("w.safetensors"),
                                                  QByteArray("\x02\0\0\0\0\0\0\0{}", 10))
                                     << QStringLiteral("application/x-safetensors");
    }

    void mimeTypes()
    {
        if (!m_mimeDatabase)
            QSKIP("shared-mime-info is not installed");
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QCOMPARE(QMimeDatabase().mimeTypeForFile(path).name(), expected);
    }

    void pytorchFilesAreZips()
    {
        if (!m_mimeDatabase)
            QSKIP("shared-mime-info is not installed");
        const QMimeType type = QMimeDatabase().mimeTypeForName(QStringLiteral("application/x-torchscript"));
        QVERIFY(type.isValid());
        QVERIFY(type.inherits(QStringLiteral("application/x-pytorch")));
        QVERIFY(type.inherits(QStringLiteral("application/zip")));
    }

    // The window is offered for PyTorch files, and no longer for every zip.
    void desktopEntryAssociations()
    {
        QFile entry(sourcePath(QStringLiteral("packaging/io.github.jitscope.JitScope.desktop")));
        QVERIFY(entry.open(QIODevice::ReadOnly | QIODevice::Text));
        QStringList types;
        QString exec;
        for (const QByteArray& line : entry.readAll().split('\n')) {
            if (line.startsWith("MimeType="))
                types = QString::fromUtf8(line.mid(9)).split(QLatin1Char(';'), Qt::SkipEmptyParts);
            if (line.startsWith("Exec="))
                exec = QString::fromUtf8(line.mid(5));
        }
        // The checkpoint types too, now that the window opens them.
        QCOMPARE(types,
                 (QStringList { QStringLiteral("application/x-pytorch"), QStringLiteral("application/x-torchscript"),
                                QStringLiteral("application/x-pytorch-pickle"),
                                QStringLiteral("application/x-safetensors") }));
        QCOMPARE(exec, QStringLiteral("jitscope %F"));
    }

    // --help and the man pages are made from the tables; the parsers take what they list.
    void commandTables()
    {
        QStringList names;
        for (const CliCommand& c : cliCommands()) {
            names << c.name;
            const QString help = cliCommandHelp(c);
            QVERIFY2(help.startsWith(QStringLiteral("Usage: jitscope-cli ") + c.name), qPrintable(help));
            for (const CliOption& o : c.options) {
                QVERIFY2(help.contains(o.synopsis()), qPrintable(c.name + QLatin1Char(' ') + o.synopsis()));
                QVERIFY(!o.text.isEmpty());
                QVERIFY(o.value.isEmpty() ? c.flagOptions().contains(o.longName())
                                          : c.valueOptions().contains(o.longName()) || o.longName() == c.restOption);
            }
            QVERIFY(c.flagOptions().contains(QStringLiteral("help")));
            QVERIFY(cliOverviewHelp().contains(QStringLiteral("  ") + c.name + QLatin1Char(' ')));
        }
        QCOMPARE(
            names,
            QStringLiteral(
                "info code ir graph invoke observe compile diff train load-weights optimize lite ops lint warmup check")
                .split(QLatin1Char(' ')));
        // train's help names every loss and optimizer the trainer knows.
        const QString train = cliCommandHelp(*cliCommand(QStringLiteral("train")));
        for (const QString& name : TrainRequest::losses() + TrainRequest::optimizers())
            QVERIFY2(train.contains(name), qPrintable(name));
    }

    void wrapping()
    {
        QCOMPARE(wrapText(QStringLiteral("aaa bbb ccc"), 7, 2, 0), QStringLiteral("aaa bbb\n  ccc"));
        QCOMPARE(wrapText(QStringLiteral("one\n  two  three\nfour"), 80, 0, 0),
                 QStringLiteral("one\n  two  three\nfour"));
        const QString help = cliCommandHelp(*cliCommand(QStringLiteral("graph")));
        for (const QString& line : help.split(QLatin1Char('\n')))
            QVERIFY2(line.size() <= 100, qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
