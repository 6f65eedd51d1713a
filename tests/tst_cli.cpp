// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// jitscope-cli as a user runs it: exit statuses, JSON, and text equal to PyTorch's.
#include "clirun.h"
#include "commandline.h"
#include "session/helperprotocol.h"
#include "testutil.h"

#include <QImage>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

#include <sys/stat.h>

using testutil::cli;
using testutil::Run;
namespace helper = jitscope::helper;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void infoJson()
    {
        const Run r
            = cli({ QStringLiteral("info"), testutil::example(QStringLiteral("conv_net")), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        for (const char* key : { "modules", "parameters", "buffers", "attributes", "methods", "archive" })
            QVERIFY2(json.contains(QLatin1String(key)), key);

        const QJsonObject ref = testutil::reference(QStringLiteral("conv_net"));
        const QJsonArray modules = json.value(QStringLiteral("modules")).toArray();
        QCOMPARE(modules.size(), ref.value(QStringLiteral("modules")).toArray().size());
        QCOMPARE(modules[0].toObject().value(QStringLiteral("path")).toString(), QString());
        QCOMPARE(modules[0].toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("__torch__.models.ConvNet"));
        const QJsonObject weight = json.value(QStringLiteral("parameters")).toArray()[0].toObject();
        QCOMPARE(weight.value(QStringLiteral("name")).toString(), QStringLiteral("features.0.weight"));
        QCOMPARE(weight.value(QStringLiteral("shape")).toArray(), QJsonArray({ 8, 3, 3, 3 }));
        QCOMPARE(weight.value(QStringLiteral("dtype")).toString(), QStringLiteral("float32"));
        QCOMPARE(weight.value(QStringLiteral("device")).toString(), QStringLiteral("cpu"));
        QCOMPARE(weight.value(QStringLiteral("requires_grad")).toBool(), true);
        QVERIFY(!weight.contains(QStringLiteral("stats")));
        const QJsonObject method = json.value(QStringLiteral("methods")).toArray()[0].toObject();
        for (const char* key : { "module", "name", "schema", "arguments", "returns" })
            QVERIFY2(method.contains(QLatin1String(key)), key);
        QCOMPARE(
            method.value(QStringLiteral("schema")).toString(),
            ref.value(QStringLiteral("methods")).toArray()[0].toObject().value(QStringLiteral("schema")).toString());
        const QJsonObject archive = json.value(QStringLiteral("archive")).toObject();
        QCOMPARE(archive.value(QStringLiteral("extra_files")).toArray().size(), 2);
        QVERIFY(archive.value(QStringLiteral("format_version")).toInt() > 0);
        QCOMPARE(archive.value(QStringLiteral("parameter_bytes")).toInt(), 267 * 4);
    }

    void infoStats()
    {
        const Run r = cli({ QStringLiteral("info"), testutil::example(QStringLiteral("conv_net")),
                            QStringLiteral("--json"), QStringLiteral("--stats") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject bnWeight = json.value(QStringLiteral("parameters")).toArray()[2].toObject();
        QCOMPARE(bnWeight.value(QStringLiteral("name")).toString(), QStringLiteral("features.1.weight"));
        const QJsonObject stats = bnWeight.value(QStringLiteral("stats")).toObject();
        QCOMPARE(stats.value(QStringLiteral("min")).toDouble(), 1.0);
        QCOMPARE(stats.value(QStringLiteral("max")).toDouble(), 1.0);
        QCOMPARE(stats.value(QStringLiteral("std")).toDouble(), 0.0);
        QCOMPARE(stats.value(QStringLiteral("nan")).toInt(), 0);
    }

    void infoText()
    {
        const Run r = cli({ QStringLiteral("info"), testutil::example(QStringLiteral("my_module")) });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("__torch__.models.MyModule")));
        QVERIFY(r.out.contains(QLatin1String("predict(__torch__.models.MyModule self, Tensor x) -> Tensor")));
        QVERIFY(r.out.contains(QLatin1String("add_scalar(__torch__.models.MyModule self, Tensor x, int i) -> Tensor")));
        QVERIFY(r.out.contains(QLatin1String("producer.txt")));
    }

    void codeAndIrEqualPyTorch_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString& id : testutil::referenceIds())
            QTest::newRow(qPrintable(id)) << id;
    }

    void codeAndIrEqualPyTorch()
    {
        QFETCH(QString, id);
        const QJsonObject ref = testutil::reference(id);
        const QString path = testutil::archive(id);
        const QJsonArray methods = ref.value(QStringLiteral("methods")).toArray();
        // Python's print() adds one newline when the text has none.
        auto printed = [](QString text) { return text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n'); };
        for (const QJsonValue& v : methods) {
            const QJsonObject m = v.toObject();
            QStringList where { path, QStringLiteral("--module"), m.value(QStringLiteral("module")).toString(),
                                QStringLiteral("--method"), m.value(QStringLiteral("name")).toString() };
            Run r = cli(QStringList { QStringLiteral("code") } + where);
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.out, printed(m.value(QStringLiteral("code")).toString()));
            r = cli(QStringList { QStringLiteral("ir") } + where);
            QCOMPARE(r.out, printed(m.value(QStringLiteral("graph")).toString()));
            r = cli(QStringList { QStringLiteral("ir") } + where + QStringList { QStringLiteral("--inlined") });
            QCOMPARE(r.out, printed(m.value(QStringLiteral("inlined_graph")).toString()));
        }
        // Without --method: module.code is forward's code; --class gives the class's whole code.
        const Run forward = cli({ QStringLiteral("code"), path });
        QCOMPARE(forward.out, printed(methods[0].toObject().value(QStringLiteral("code")).toString()));
        const Run cls = cli({ QStringLiteral("code"), path, QStringLiteral("--class") });
        QCOMPARE(cls.out, printed(ref.value(QStringLiteral("class_code")).toObject().value(QString()).toString()));
    }

    void exitStatuses_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrContains");
        const QString good = testutil::example(QStringLiteral("my_cell_scripted"));
        QTest::newRow("no args") << QStringList {} << 2 << QStringLiteral("missing COMMAND");
        QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate"), good } << 2
                                         << QStringLiteral("unknown command");
        QTest::newRow("missing file arg")
            << QStringList { QStringLiteral("info") } << 2 << QStringLiteral("missing FILE");
        QTest::newRow("unknown option") << QStringList { QStringLiteral("ir"), good, QStringLiteral("--bogus") } << 2
                                        << QStringLiteral("Unknown option");
        QTest::newRow("option of another command")
            << QStringList { QStringLiteral("info"), good, QStringLiteral("--inlined") } << 2
            << QStringLiteral("Unknown option");
        QTest::newRow("two files") << QStringList { QStringLiteral("info"), good, good } << 2
                                   << QStringLiteral("unexpected argument");
        QTest::newRow("class and method") << QStringList { QStringLiteral("code"), good, QStringLiteral("--class"),
                                                           QStringLiteral("--method"), QStringLiteral("forward") }
                                          << 2 << QStringLiteral("exclude");
        QTest::newRow("missing path") << QStringList { QStringLiteral("info"), QStringLiteral("/no/such/file.pt") } << 1
                                      << QStringLiteral("file not found");
        QTest::newRow("not torchscript") << QStringList { QStringLiteral("code"),
                                                          testutil::fixture(QStringLiteral("state_dict.pt")) }
                                         << 1 << QStringLiteral("is a checkpoint: it holds weights, no module");
        QTest::newRow("tensor past its data")
            << QStringList { QStringLiteral("info"), testutil::generated(QStringLiteral("short_data.pt")),
                             QStringLiteral("--stats") }
            << 1 << QStringLiteral("holds 40");
        QTest::newRow("damaged code") << QStringList { QStringLiteral("info"),
                                                       testutil::generated(QStringLiteral("bad_code.pt")) }
                                      << 1 << QStringLiteral("the archive's code is damaged: code/");
        QTest::newRow("unknown map location")
            << QStringList { QStringLiteral("info"), good, QStringLiteral("--map-location"), QStringLiteral("tpu:9") }
            << 1 << QStringLiteral("unknown map location 'tpu:9'");
        QTest::newRow("map location without value")
            << QStringList { QStringLiteral("info"), good, QStringLiteral("--map-location") } << 2
            << QStringLiteral("--map-location needs a device");
        // Hostile value expressions: refused before any allocation or deep recursion.
        QTest::newRow("nested 10000 deep")
            << QStringList { QStringLiteral("invoke"), testutil::example(QStringLiteral("my_module")),
                             QStringLiteral("forward"),
                             QString(10000, QLatin1Char('[')) + QLatin1Char('1') + QString(10000, QLatin1Char(']')),
                             QStringLiteral("ones(1)") }
            << 1 << QStringLiteral("nest more than 100 deep");
        QTest::newRow("terabytes asked for")
            << QStringList { QStringLiteral("invoke"), testutil::example(QStringLiteral("my_module")),
                             QStringLiteral("forward"), QStringLiteral("randn(100000, 100000, 100000)"),
                             QStringLiteral("ones(1)") }
            << 1 << QStringLiteral("more than this machine's");
        QTest::newRow("element count overflows")
            << QStringList { QStringLiteral("invoke"), testutil::example(QStringLiteral("my_module")),
                             QStringLiteral("forward"), QStringLiteral("zeros(4611686018427387905, 4)"),
                             QStringLiteral("ones(1)") }
            << 1 << QStringLiteral("more bytes than a 64-bit count holds");
        QTest::newRow("missing module") << QStringList { QStringLiteral("ir"), good, QStringLiteral("--module"),
                                                         QStringLiteral("nope") }
                                        << 1 << QStringLiteral("No submodule 'nope'");
        QTest::newRow("missing method") << QStringList { QStringLiteral("code"), good, QStringLiteral("--method"),
                                                         QStringLiteral("nope") }
                                        << 1 << QStringLiteral("No method 'nope'");
    }

    void exitStatuses()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrContains);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(stderrContains), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.count(QLatin1Char('\n')) <= 4, qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("frame #")));
    }

    void damagedCodeInOneLineOrInFull()
    {
        // A refusal is one line and a hint; --verbose adds libtorch's parser output under it.
        const QString bad = testutil::generated(QStringLiteral("bad_code.pt"));
        Run r = cli({ QStringLiteral("code"), bad });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QRegularExpression(QStringLiteral(R"(code/\S+\.py, line \d+: expected)"))),
                 qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 2);
        QVERIFY(!r.err.contains(QLatin1String("<--- HERE")));
        r = cli({ QStringLiteral("--verbose"), QStringLiteral("code"), bad });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("<--- HERE")), qPrintable(r.err));
    }

    void savedOnCudaOpensOnCpu()
    {
        // The storages of saved_on_cuda.pt say "cuda:0": on a machine without CUDA the tensors
        // go to the CPU, and info says so.
        const QString file = testutil::fixture(QStringLiteral("saved_on_cuda.pt"));
        Run r = cli({ QStringLiteral("info"), file, QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject archive
            = QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("archive")].toObject();
        QCOMPARE(archive[QStringLiteral("saved_on")].toArray(), QJsonArray({ QStringLiteral("cuda:0") }));
        r = cli({ QStringLiteral("invoke"), file, QStringLiteral("forward"), QStringLiteral("ones(2, 4)") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("Tensor[2, 1] float32 on cpu"))
                     || archive[QStringLiteral("opened_on")].isNull(),
                 qPrintable(r.out));
        if (!archive[QStringLiteral("opened_on")].isNull()) {
            QCOMPARE(archive[QStringLiteral("opened_on")].toString(), QStringLiteral("cpu"));
            r = cli({ QStringLiteral("info"), file });
            QVERIFY2(r.out.contains(QLatin1String("saved on cuda:0, opened on cpu")), qPrintable(r.out));
            // Asked for explicitly, a device this libtorch lacks is refused with the reason.
            r = cli({ QStringLiteral("info"), file, QStringLiteral("--map-location"), QStringLiteral("cuda:0") });
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QLatin1String("cannot load onto cuda:0")), qPrintable(r.err));
        }
    }

    void customOperators()
    {
        // torchvision::nms is not libtorch's: the refusal says which operator, whose library, and
        // how to load it, in at most six lines; --ops-library loads it as torch.ops.load_library.
        const QString nms = testutil::fixture(QStringLiteral("nms.pt"));
        Run r = cli({ QStringLiteral("info"), nms });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("the archive uses torchvision::nms, which comes from torchvision's "
                                              "operator library")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("--ops-library")));
        QVERIFY2(r.err.count(QLatin1Char('\n')) <= 6, qPrintable(r.err));
        r = cli({ QStringLiteral("info"), nms, QStringLiteral("--ops-library"), QStringLiteral("/no/such/lib.so") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("no such operator library")), qPrintable(r.err));

        const QString library = testutil::torchvisionOps();
        if (library.isEmpty())
            SKIP_WITHOUT_FIXTURE("needs Debian's python3-torchvision for its operator library");
        r = cli({ QStringLiteral("--ops-library"), library, QStringLiteral("invoke"), nms, QStringLiteral("forward"),
                  QStringLiteral("tensor([[0., 0., 1., 1.], [0., 0., 1., 1.1], [5., 5., 6., 6.]])"),
                  QStringLiteral("tensor([0.9, 0.8, 0.7])"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject out = QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("outputs")].toObject();
        QCOMPARE(out[QStringLiteral("values")].toArray(), QJsonArray({ 0, 2 }));
    }

    void scriptPrintsGoToStandardError()
    {
        // What TorchScript code prints is diagnostics: standard output stays valid JSON.
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("p.py"));
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("def f(x: int) -> int:\n    print(\"hello from the model\")\n    return x\n");
        file.close();
        const Run r = cli(
            { QStringLiteral("compile"), source, QStringLiteral("f"), QStringLiteral("3"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json[QStringLiteral("outputs")].toObject()[QStringLiteral("value")].toInt(), 3);
        QVERIFY(r.err.contains(QLatin1String("hello from the model")));
    }

    void checkServesNumberedAnswers()
    {
        // The crash guard's helper: each answer carries its request's number, on a descriptor of
        // its own (what an archive prints while loading goes to standard error).
        QProcess p;
        p.start(QStringLiteral(JITSCOPE_CLI), { QStringLiteral("check"), QStringLiteral("--serve") });
        QVERIFY(p.waitForStarted());
        p.write(helper::request(5, testutil::example(QStringLiteral("conv_net"))));
        p.write(helper::request(6, testutil::generated(QStringLiteral("bad_code.pt"))));
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        const QStringList lines
            = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0], QStringLiteral("5 ok"));
        QVERIFY2(lines[1].startsWith(QLatin1String("6 refused: ")), qPrintable(lines[1]));
        // As the window's guard reads them.
        QCOMPARE(helper::parseAnswer(lines[0].toUtf8(), 5), helper::Answer::Passed);
        QCOMPARE(helper::parseAnswer(lines[1].toUtf8(), 6), helper::Answer::Refused);
        QCOMPARE(helper::parseAnswer(lines[1].toUtf8(), 5), helper::Answer::Other);
        QVERIFY(!helper::parseRequest(QStringLiteral("nonumber")));
        const std::optional<helper::Request> spaced = helper::parseRequest(QStringLiteral("7 /a path/with spaces.pt"));
        QVERIFY(spaced);
        QCOMPARE(spaced->serial, QStringLiteral("7"));
        QCOMPARE(spaced->path, QStringLiteral("/a path/with spaces.pt"));
    }

    void namedPipeIsNotRead()
    {
        // A FIFO would block the read forever: refused before it is opened, archive or tensor.
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe.npy"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        Run r = cli({ QStringLiteral("info"), fifo });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("not a regular file")), qPrintable(r.err));
        r = cli({ QStringLiteral("invoke"), testutil::example(QStringLiteral("my_module")), QStringLiteral("forward"),
                  QStringLiteral("load(\"%1\")").arg(fifo), QStringLiteral("ones(1)") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("not a regular file")), qPrintable(r.err));
    }

    void graphExports()
    {
        QTemporaryDir dir;
        const QString path = testutil::example(QStringLiteral("my_cell_scripted"));
        const QString svg = dir.filePath(QStringLiteral("g.svg"));
        Run r = cli({ QStringLiteral("graph"), path, QStringLiteral("--expand"), QStringLiteral("all"),
                      QStringLiteral("-o"), svg });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&svgFile);
        int texts = 0;
        bool root = false;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                root = root || xml.name() == QLatin1String("svg");
                texts += xml.name() == QLatin1String("text");
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(root);
        QVERIFY(texts > 10); // node labels are drawn

        // JSON gives the size; the PNG at scale 1 is that size plus a margin on each side.
        r = cli({ QStringLiteral("graph"), path, QStringLiteral("--expand"), QStringLiteral("all"),
                  QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(json[QStringLiteral("nodes")].toArray().size() > 10);
        QVERIFY(json[QStringLiteral("groups")].toArray().size() >= 5); // root, linear, dg, if, then, else
        const QString png = dir.filePath(QStringLiteral("g.png"));
        r = cli({ QStringLiteral("graph"), path, QStringLiteral("--expand"), QStringLiteral("all"),
                  QStringLiteral("--scale"), QStringLiteral("1"), QStringLiteral("-o"), png });
        QCOMPARE(r.exitCode, 0);
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), int(std::ceil(json[QStringLiteral("width")].toDouble() + 32)));
        QCOMPARE(image.height(), int(std::ceil(json[QStringLiteral("height")].toDouble() + 32)));

        r = cli({ QStringLiteral("graph"), path, QStringLiteral("--format"), QStringLiteral("dot"),
                  QStringLiteral("--no-fold") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String("digraph")));
        QVERIFY(r.out.contains(QLatin1String("GetAttr")));
    }

    void graphErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrContains");
        const QString good = testutil::example(QStringLiteral("my_cell_scripted"));
        const QString graph = QStringLiteral("graph");
        QTest::newRow("unknown format") << QStringList { graph, good, QStringLiteral("--format"),
                                                         QStringLiteral("bmp") }
                                        << 2 << QStringLiteral("unknown format");
        QTest::newRow("svg to stdout") << QStringList { graph, good, QStringLiteral("--format"), QStringLiteral("svg") }
                                       << 2 << QStringLiteral("needs -o");
        QTest::newRow("bad depth") << QStringList { graph, good, QStringLiteral("--expand"), QStringLiteral("depth:x") }
                                   << 2 << QStringLiteral("depth:N");
        QTest::newRow("bad scale") << QStringList {
            graph, good, QStringLiteral("--scale"), QStringLiteral("0"), QStringLiteral("-o"), QStringLiteral("x.png")
        } << 2 << QStringLiteral("--scale");
        QTest::newRow("missing method") << QStringList { graph, good, QStringLiteral("--method"),
                                                         QStringLiteral("nope") }
                                        << 1 << QStringLiteral("No method 'nope'");
        QTest::newRow("missing module") << QStringList { graph, good, QStringLiteral("--module"),
                                                         QStringLiteral("a.b") }
                                        << 1 << QStringLiteral("No submodule 'a'");
        QTest::newRow("unwritable") << QStringList { graph, good, QStringLiteral("-o"),
                                                     QStringLiteral("/no/such/dir/g.svg") }
                                    << 1 << QStringLiteral("Cannot write");
    }

    void graphErrors() { exitStatuses(); }

    void invokeAndCompile()
    {
        const QString module = testutil::example(QStringLiteral("my_module"));
        Run r = cli({ QStringLiteral("invoke"), module, QStringLiteral("add_scalar"), QStringLiteral("zeros(3)"),
                      QStringLiteral("-2"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(json[QStringLiteral("latency_ms")].toDouble() > 0);
        const QJsonObject out = json[QStringLiteral("outputs")].toObject();
        QCOMPARE(out[QStringLiteral("type")].toString(), QStringLiteral("Tensor"));
        QCOMPARE(out[QStringLiteral("shape")].toArray(), QJsonArray({ 3 }));
        QCOMPARE(out[QStringLiteral("dtype")].toString(), QStringLiteral("float32"));
        QCOMPARE(out[QStringLiteral("values")].toArray(), QJsonArray({ -2, -2, -2 }));

        r = cli({ QStringLiteral("invoke"), module, QStringLiteral("forward"), QStringLiteral("ones(2000)"),
                  QStringLiteral("ones(2000)"), QStringLiteral("--json") });
        const QJsonObject tuple
            = QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("outputs")].toObject();
        QCOMPARE(tuple[QStringLiteral("type")].toString(), QStringLiteral("Tuple"));
        QVERIFY(!tuple[QStringLiteral("items")].toArray()[0].toObject().contains(
            QStringLiteral("values"))); // past --max-values

        QTemporaryDir dir;
        const QString npy = dir.filePath(QStringLiteral("out.npy"));
        r = cli({ QStringLiteral("invoke"), module, QStringLiteral("add_scalar"), QStringLiteral("eye(2)"),
                  QStringLiteral("i=1"), QStringLiteral("--save-outputs"), npy, QStringLiteral("--repeat"),
                  QStringLiteral("3") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("over 3 calls")));
        QFile saved(npy);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().startsWith("\x93NUMPY"));

        const QString source = dir.filePath(QStringLiteral("s.py"));
        QFile script(source);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("def relu_script(a, b):\n    return torch.relu(a + b)\n\ndef add_i(x: Tensor, i: int) -> "
                     "Tensor:\n    return x + i\n");
        script.close();
        r = cli({ QStringLiteral("compile"), source, QStringLiteral("add_i"), QStringLiteral("zeros(2)"),
                  QStringLiteral("3"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .object()[QStringLiteral("outputs")]
                     .toObject()[QStringLiteral("values")]
                     .toArray(),
                 QJsonArray({ 3, 3 }));

        r = cli({ QStringLiteral("invoke"), module, QStringLiteral("forward"), QStringLiteral("ones(3)"),
                  QStringLiteral("ones(4)") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("must match the size")));
        r = cli({ QStringLiteral("invoke"), module, QStringLiteral("predict"), QStringLiteral("zeros(2"),
                  QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("column 8")));
        r = cli({ QStringLiteral("invoke"), module, QStringLiteral("predict"), QStringLiteral("ones(1)"),
                  QStringLiteral("--device"), QStringLiteral("cuda:0") });
        // Debian's libtorch has no CUDA: the move is refused, saying why.
        if (r.exitCode != 0)
            QVERIFY2(r.err.contains(QLatin1String("CUDA is not available")), qPrintable(r.err));
        r = cli({ QStringLiteral("invoke"), module });
        QCOMPARE(r.exitCode, 2);
        r = cli({ QStringLiteral("invoke"), module, QStringLiteral("predict"), QStringLiteral("--repeat"),
                  QStringLiteral("0") });
        QCOMPARE(r.exitCode, 2);
        r = cli({ QStringLiteral("compile"), QStringLiteral("nothing-here"), QStringLiteral("f") });
        QCOMPARE(r.exitCode, 1);
    }

    // A call that fails in the interpreter reads as every other refusal: the cause on the first
    // line, where in the source under it, the TorchScript traceback only with --verbose.
    void failedCallSaysItsCauseFirst()
    {
        const QString conv = testutil::example(QStringLiteral("conv_net"));
        const QString cause = QStringLiteral("jitscope-cli: forward failed: Expected 3D (unbatched) or 4D (batched) "
                                             "input to conv2d, but got input of size: [3, 5]");
        for (const QString& command : { QStringLiteral("invoke"), QStringLiteral("observe") }) {
            Run r = cli({ command, conv, QStringLiteral("forward"), QStringLiteral("randn(3, 5)") });
            QCOMPARE(r.exitCode, 1);
            const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QVERIFY2(!lines.isEmpty() && lines.first() == cause, qPrintable(r.err));
            // Where: the function is named where the traceback names it (an observed run inlines it).
            QVERIFY2(lines.value(1).contains(QLatin1String("at conv.py:459"))
                         && lines.value(1).contains(QLatin1String(": return F.conv2d(input, weight")),
                     qPrintable(r.err));
            QVERIFY2(!r.err.contains(QLatin1String("Traceback of TorchScript")), qPrintable(r.err));
            QVERIFY(r.err.contains(QLatin1String("--verbose")));
            QVERIFY2(lines.size() <= 4, qPrintable(r.err));
            r = cli({ QStringLiteral("--verbose"), command, conv, QStringLiteral("forward"),
                      QStringLiteral("randn(3, 5)") });
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.startsWith(cause), qPrintable(r.err));
            QVERIFY(r.err.indexOf(QLatin1String("Traceback of TorchScript")) > r.err.indexOf(cause));
        }
    }

    void diff()
    {
        const QString traced = testutil::example(QStringLiteral("my_cell_traced"));
        const QString scripted = testutil::example(QStringLiteral("my_cell_scripted"));
        Run r = cli({ QStringLiteral("diff"), traced, scripted, QStringLiteral("--json"), QStringLiteral("--inputs"),
                      QStringLiteral("rand(3, 4)"), QStringLiteral("rand(3, 4)") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject summary = json[QStringLiteral("summary")].toObject();
        QCOMPARE(summary[QStringLiteral("only_left")].toInt(), 0);
        QVERIFY(summary[QStringLiteral("only_right")].toInt() >= 4);
        QVERIFY(summary[QStringLiteral("matched")].toInt() >= 5);
        bool sawIf = false;
        for (const QJsonValue& v : json[QStringLiteral("differences")].toArray()) {
            const QJsonObject d = v.toObject();
            if (d[QStringLiteral("kind")].toString() == QLatin1String("prim::If")) {
                sawIf = true;
                QCOMPARE(d[QStringLiteral("class")].toString(), QStringLiteral("only_right"));
                QVERIFY(d[QStringLiteral("left")].isNull());
                QCOMPARE(d[QStringLiteral("right")].toObject()[QStringLiteral("module")].toString(),
                         QStringLiteral("dg"));
            }
        }
        QVERIFY(sawIf);
        QVERIFY(json[QStringLiteral("code")].toString().startsWith(QLatin1String("--- my_cell_traced.pt: forward")));
        QCOMPARE(json[QStringLiteral("parameters")].toArray().size(), 2);
        QCOMPARE(json[QStringLiteral("outputs")].toArray().size(), 2);
        // Text, identical archives, and the exit statuses.
        r = cli({ QStringLiteral("diff"), scripted, scripted });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("0 changed, 0 only left, 0 only right")));
        QVERIFY(r.out.contains(QLatin1String("Code: the same.")));
        r = cli({ QStringLiteral("diff"), scripted, QStringLiteral("/nonexistent.pt") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("right side cannot be opened")));
        r = cli({ QStringLiteral("diff"), scripted, scripted, QStringLiteral("--method"), QStringLiteral("nope") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("nope")));
        QCOMPARE(cli({ QStringLiteral("diff"), scripted }).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("diff"), scripted, scripted, QStringLiteral("--inputs") }).exitCode, 2);
    }

    void help()
    {
        Run r = cli({ QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("info FILE")));
        r = cli({ QStringLiteral("ir"), QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("--inlined")));
        // Every command's help lists its options, each with what it does.
        r = cli({ QStringLiteral("invoke"), QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("--save-outputs OUT")));
        QVERIFY(r.out.contains(QLatin1String("randn(1, 3, 224, 224)")));
        r = cli({ QStringLiteral("check"), QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("--serve")));
        // The options the help lists are the ones the parser takes.
        r = cli({ QStringLiteral("train"), QStringLiteral("--bogus") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("--bogus")));
    }

    // The parsers take exactly the options the tables (and so --help and the man page) list:
    // each listed option, then --help, prints the help; an unlisted one is a usage error.
    void parsersTakeTheListedOptions()
    {
        using jitscope::CliCommand;
        using jitscope::CliOption;
        for (const CliCommand& c : jitscope::cliCommands()) {
            for (const CliOption& o : c.options) {
                for (const QString& name : o.names) {
                    QStringList args { c.name, (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name };
                    if (!o.value.isEmpty())
                        args << QStringLiteral("1");
                    // diff's --inputs takes everything after it: --help goes first there.
                    if (o.longName() == c.restOption)
                        args.insert(1, QStringLiteral("--help"));
                    else
                        args << QStringLiteral("--help");
                    const Run r = cli(args);
                    QVERIFY2(r.exitCode == 0 && r.out.startsWith(QLatin1String("Usage: jitscope-cli ") + c.name),
                             qPrintable(args.join(QLatin1Char(' ')) + QLatin1String(": ") + r.err));
                }
            }
            const Run r = cli({ c.name, QStringLiteral("--not-an-option"), QStringLiteral("--help") });
            QVERIFY2(r.exitCode == 2, qPrintable(c.name));
            QVERIFY2(cli({ c.name, QStringLiteral("-h") }).exitCode == 0, qPrintable(c.name));
        }
    }

    // The crash guard's helper passes ordinary code after libtorch's parser alone has read it:
    // a 1,500-function chain, which a trial compile on this 8 MB stack could not survive. Code
    // beyond the ordinary (3,000 functions) gets the trial compile, and the crash is the
    // helper's (the window then refuses the file).
    void guardParsesOrdinaryCode()
    {
        Run r = cli({ QStringLiteral("check"), testutil::generated(QStringLiteral("long_chain.pt")) });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("ok\n"));
        r = cli({ QStringLiteral("check"), testutil::generated(QStringLiteral("longer_chain.pt")) });
        QCOMPARE(r.exitCode, -2); // crashed
        r = cli({ QStringLiteral("check"), testutil::example(QStringLiteral("conv_net")),
                  testutil::generated(QStringLiteral("bad_code.pt")) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith(QLatin1String("ok\nrefused: ")), qPrintable(r.out));
    }

    // Every command that loads an archive goes through the crash guard: deeper_code.pt kills
    // libtorch's parser even on the engine thread's 256 MB stack, and each command refuses it in
    // one line with exit status 1. --no-guard skips the guard (and dies of the file).
    void everyLoadIsGuarded()
    {
        const QString deeper = testutil::generated(QStringLiteral("deeper_code.pt"));
        const QString good = testutil::generated(QStringLiteral("nan_inf.pt"));
        const QString checkpoint = testutil::fixture(QStringLiteral("state_dict.pt"));
        const QString out = QDir::temp().filePath(QStringLiteral("jitscope-guarded.pt"));
        const QList<QStringList> commands {
            { QStringLiteral("info"), deeper },
            { QStringLiteral("code"), deeper },
            { QStringLiteral("ir"), deeper },
            { QStringLiteral("graph"), deeper },
            { QStringLiteral("invoke"), deeper, QStringLiteral("forward"), QStringLiteral("randn(6)") },
            { QStringLiteral("observe"), deeper, QStringLiteral("randn(6)") },
            { QStringLiteral("diff"), good, deeper },
            { QStringLiteral("diff"), deeper, checkpoint },
            { QStringLiteral("train"), deeper, QStringLiteral("--input"), QStringLiteral("randn(6)"),
              QStringLiteral("-o"), out },
            { QStringLiteral("load-weights"), deeper, checkpoint, QStringLiteral("-o"), out },
        };
        for (const QStringList& args : commands) {
            const Run r = cli(args);
            QVERIFY2(r.exitCode == 1, qPrintable(args.join(QLatin1Char(' ')) + QLatin1String(": ") + r.err));
            QVERIFY2(r.err.contains(QLatin1String("refused, because libtorch crashed while reading it")),
                     qPrintable(args.join(QLatin1Char(' ')) + QLatin1String(": ") + r.err));
            QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        }
        QCOMPARE(cli({ QStringLiteral("info"), QStringLiteral("--no-guard"), deeper }).exitCode, -2);
        // An ordinary archive passes, and is remembered: the next command loads it at once.
        QCOMPARE(cli({ QStringLiteral("info"), good }).exitCode, 0);
    }

    // info on a checkpoint: its structure and tensors, text and JSON, with statistics.
    void version()
    {
        const Run r = cli({ QStringLiteral("--version") });
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        QVERIFY2(lines.value(0).startsWith(QLatin1String("jitscope-cli 0.")), qPrintable(r.out));
        QVERIFY(lines.value(0).contains(QLatin1String("(revision ")));
        QVERIFY(lines.value(1).startsWith(QLatin1String("libtorch 1.")));
        QVERIFY(lines.value(1).contains(QLatin1String(", Qt 6.")));
        QVERIFY(lines.value(1).contains(QLatin1String(", Graphviz ")));
        QVERIFY(r.out.contains(QLatin1String("GPL-3.0-or-later")));
        QVERIFY(r.out.contains(QLatin1String("NO WARRANTY")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
