// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The restricted unpickler: what it builds from real PyTorch pickles, and how it refuses
// malformed and hostile ones without executing, recursing or allocating what a file claims.
#include "archive/archivedirectory.h"
#include "pickle/picklereader.h"
#include "testutil.h"

#include <QRegularExpression>
#include <QTest>

using namespace jitscope;
using namespace jitscope::pickle;

namespace {

// Small pickle assembler: opcodes as bytes.
QByteArray u32(quint32 v)
{
    QByteArray b(4, '\0');
    for (int i = 0; i < 4; ++i)
        b[i] = char((v >> (8 * i)) & 0xff);
    return b;
}

QByteArray str(const QByteArray& s)
{
    return 'X' + u32(quint32(s.size())) + s;
}

QByteArray intTuple(const QList<int>& values)
{
    QByteArray b("(");
    for (int v : values)
        b += 'J' + u32(quint32(v));
    return b + 't';
}

// A _rebuild_tensor_v2 call over storage '0' of `numel` float32 elements.
QByteArray tensorPickle(qint64 numel, int offset, const QList<int>& sizes, const QList<int>& strides)
{
    QByteArray b("\x80\x02");
    b += "ctorch._utils\n_rebuild_tensor_v2\n";
    b += "((" + str("storage") + "ctorch\nFloatStorage\n" + str("0") + str("cpu") + 'J' + u32(quint32(numel)) + "tQ";
    b += 'J' + u32(quint32(offset)) + intTuple(sizes) + intTuple(strides) + "\x89" + "ccollections\nOrderedDict\n)R";
    b += "tR.";
    return b;
}

} // namespace

class TestPickle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTorchScriptData()
    {
        const ArchiveDirectory dir = ArchiveDirectory::read(testutil::example(QStringLiteral("conv_net")), 10);
        const PickleDocument doc = PickleReader::read(dir.readEntry(QStringLiteral("conv_net/data.pkl"), 1 << 20));
        QCOMPARE(doc.node(doc.root).kind, Kind::Object);
        QCOMPARE(doc.node(doc.node(doc.root).callable).text, QByteArray("__torch__.models.ConvNet"));
        QStringList names;
        for (const NamedTensor& t : namedTensors(doc))
            names << t.name;
        // Every parameter and buffer, named as named_parameters()/named_buffers() would.
        QVERIFY2(names.contains(QStringLiteral("features.0.weight")), qPrintable(names.join(u',')));
        QVERIFY(names.contains(QStringLiteral("features.1.running_mean")));
        QVERIFY(names.contains(QStringLiteral("head.fc.bias")));
        const NamedTensor weight = namedTensors(doc).first();
        QCOMPARE(weight.name, QStringLiteral("features.0.weight"));
        const TensorRef& t = doc.tensors[size_t(weight.tensor)];
        QCOMPARE(t.sizes, QList<qint64>({ 8, 3, 3, 3 }));
        QCOMPARE(t.strides, QList<qint64>({ 27, 9, 3, 1 }));
        QVERIFY(t.requiresGrad);
        QCOMPARE(doc.storages[size_t(t.storage)].dtype, QStringLiteral("float32"));
        QCOMPARE(doc.storages[size_t(t.storage)].numel, 216);
        QCOMPARE(viewExtent(t), 216);
    }

    void goodArchivesPassTheTensorCheck()
    {
        // No false alarm on an archive PyTorch wrote; each names the devices its tensors were
        // saved on.
        const QRegularExpression device(QStringLiteral("^(cpu|cuda(:\\d+)?)$"));
        auto locationsOf = [](const QString& path) {
            QStringList locations;
            const QString error
                = testutil::errorOf([&] { locations = ArchiveDirectory::read(path, 10).checkTensorData(); });
            return std::make_pair(locations, error);
        };
        int withTensors = 0;
        const QStringList ids = testutil::referenceIds();
        QVERIFY(ids.size() >= 5);
        for (const QString& id : ids) {
            const auto [locations, error] = locationsOf(testutil::archive(id));
            QVERIFY2(error.isEmpty(), qPrintable(id + QStringLiteral(": ") + error));
            for (const QString& l : locations)
                QVERIFY2(device.match(l).hasMatch(), qPrintable(id + QStringLiteral(": ") + l));
            withTensors += locations.isEmpty() ? 0 : 1;
        }
        QVERIFY2(withTensors * 2 >= ids.size(), qPrintable(QString::number(withTensors)));
        const QString scripted = testutil::generated(QStringLiteral("resnet18_scripted.pt"));
        if (QFile::exists(scripted))
            QCOMPARE(locationsOf(scripted), std::make_pair(QStringList { QStringLiteral("cpu") }, QString()));
        else if (testutil::fixturesRequired())
            QFAIL("resnet18_scripted.pt, a required fixture, is missing");
    }

    void viewExtents()
    {
        TensorRef t;
        t.offset = 2;
        t.sizes = { 3, 4 };
        t.strides = { 4, 1 };
        QCOMPARE(viewExtent(t), 2 + 11 + 1);
        t.sizes = { 3, 0 };
        QCOMPARE(viewExtent(t), 0); // empty: reads nothing
        t.sizes = {};
        t.strides = {};
        QCOMPARE(viewExtent(t), 3); // a scalar at offset 2
        t.sizes = { 4611686018427387905, 4 };
        t.strides = { 4, 1 };
        QCOMPARE(viewExtent(t), -1); // does not fit in 63 bits; no overflow
        t.sizes = { -1 };
        t.strides = { 1 };
        QCOMPARE(viewExtent(t), -1);
    }

    void damagedTensorData_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("40 bytes for 4 MiB")
            << QStringLiteral("short_data.pt")
            << QStringLiteral("tensor 'weight' (float32, shape [1024, 1024]) declares "
                              "4,194,304 bytes of data, but its record 'data/0' holds 40");
        QTest::newRow("0-byte data") << QStringLiteral("empty_data.pt")
                                     << QStringLiteral("its record 'data/0' holds 0");
    }

    void damagedTensorData()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const QString path = testutil::generated(file);
        const ArchiveDirectory dir = ArchiveDirectory::read(path, 10);
        const QString message = testutil::errorOf([&] { dir.checkTensorData(); });
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY(message.contains(path));
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("truncated");
        QTest::newRow("no stop") << QByteArray("\x80\x02N") << QStringLiteral("before its STOP");
        QTest::newRow("unknown opcode") << QByteArray("\x80\x02\xff") << QStringLiteral("unknown opcode 0xff");
        QTest::newRow("huge string") << QByteArray("\x80\x02X\xff\xff\xff\x7f"
                                                   "abc",
                                                   10)
                                     << QStringLiteral("truncated");
        QTest::newRow("huge bytes8") << QByteArray("\x80\x04\x8e\xff\xff\xff\xff\xff\xff\xff\xff", 11)
                                     << QStringLiteral("truncated");
        QTest::newRow("pop from empty") << QByteArray("\x80\x02"
                                                      "0.")
                                        << QStringLiteral("empty stack");
        QTest::newRow("missing memo") << QByteArray("\x80\x02h\x05.") << QStringLiteral("memo entry 5");
        QTest::newRow("append to int") << QByteArray("\x80\x02K\x01K\x02"
                                                     "a.")
                                       << QStringLiteral("not a list");
        QTest::newRow("setitems odd") << QByteArray("\x80\x02}(K\x01u.") << QStringLiteral("key without a value");
        QTest::newRow("extension") << QByteArray("\x80\x02\x82\x01.") << QStringLiteral("extension registry");
        QByteArray deep("\x80\x02");
        for (int i = 0; i < 5000; ++i)
            deep += ']';
        for (int i = 0; i < 4999; ++i)
            deep += 'a';
        deep += '.';
        QTest::newRow("nested 5000 deep") << deep << QStringLiteral("more than 1000 levels deep");
        QTest::newRow("storage of -1 elements") << QByteArray("\x80\x02(" + str("storage") + "ctorch\nFloatStorage\n"
                                                              + str("0") + str("cpu") + "J\xff\xff\xff\xfftQ.")
                                                << QStringLiteral("declares -1 elements");
        QTest::newRow("tensor without storage") << QByteArray("\x80\x02"
                                                              "ctorch._utils\n_rebuild_tensor_v2\n(K\x00)))tR.",
                                                              44)
                                                << QStringLiteral("malformed");
    }

    void hostile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        try {
            PickleReader::read(bytes);
            QFAIL("a hostile pickle was read");
        } catch (const PickleError& e) {
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        }
    }

    void cyclesAndSharingAreHarmless()
    {
        // A list appended to itself through the memo, walked without looping.
        const QByteArray cyclic("\x80\x02]q\x00h\x00"
                                "a.",
                                9);
        const PickleDocument doc = PickleReader::read(cyclic);
        QCOMPARE(doc.node(doc.root).kind, Kind::List);
        QCOMPARE(doc.node(doc.root).items.front(), doc.root);
        QVERIFY(namedTensors(doc).isEmpty());

        // Depth hidden from the reader (containers filled after they were nested) is still bounded by the walker.
        QByteArray hidden("\x80\x02]q\x00", 5);
        for (int i = 1; i < 3000; ++i)
            hidden += "]q" + QByteArray(1, char(i % 250 + 1)) + 'a' + 'h' + QByteArray(1, char(i % 250 + 1));
        hidden += "0h";
        hidden += '\x00';
        hidden += '.';
        const PickleDocument chain = PickleReader::read(hidden);
        QVERIFY_THROWS_EXCEPTION(PickleError, namedTensors(chain));
    }

    void tensorViews()
    {
        const PickleDocument ok = PickleReader::read(tensorPickle(12, 0, { 3, 4 }, { 4, 1 }));
        QCOMPARE(ok.node(ok.root).kind, Kind::Tensor);
        QCOMPARE(viewExtent(ok.tensors.front()), 12);
        // A stride that walks past the storage: the view reaches element 3 * 100 + 3.
        const PickleDocument past = PickleReader::read(tensorPickle(12, 0, { 4, 4 }, { 100, 1 }));
        QCOMPARE(viewExtent(past.tensors.front()), 304);
        QVERIFY(viewExtent(past.tensors.front()) > past.storages.front().numel);
    }

    void plainData()
    {
        // [1, 2.5, True, None, 'x', b'y', 2**70] as Python 3 writes it (protocol 2).
        QByteArray small("\x80\x02]q\x00(", 6);
        small += QByteArray("K\x01", 2);
        small += QByteArray("G\x40\x04\x00\x00\x00\x00\x00\x00", 9);
        small += "\x88N";
        small += str("x");
        small += "c_codecs\nencode\n" + str("y") + str("latin1") + "\x86R";
        small += QByteArray("\x8a\x09\x00\x00\x00\x00\x00\x00\x00\x00\x40", 11);
        small += "e.";
        const PickleDocument doc = PickleReader::read(small);
        const Node& list = doc.node(doc.root);
        QCOMPARE(list.kind, Kind::List);
        QCOMPARE(int(list.items.size()), 7);
        QCOMPARE(doc.node(list.items[0]).integer, 1);
        QCOMPARE(doc.node(list.items[1]).real, 2.5);
        QCOMPARE(doc.node(list.items[2]).boolean, true);
        QCOMPARE(doc.node(list.items[3]).kind, Kind::None);
        QCOMPARE(doc.string(list.items[4]), QStringLiteral("x"));
        QCOMPARE(doc.node(list.items[5]).kind, Kind::Bytes);
        QCOMPARE(doc.node(list.items[5]).text, QByteArray("y"));
        QCOMPARE(doc.node(list.items[6]).kind, Kind::BigInt);
    }
};

QTEST_GUILESS_MAIN(TestPickle)
#include "tst_pickle.moc"
