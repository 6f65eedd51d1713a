// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The checkpoint reader on torch.save files in both formats and on safetensors, written by the
// fixture script from one training checkpoint (its numbers checked against torch.load), and on
// damaged and hostile files.
#include "checkpoint/checkpoint.h"
#include "checkpoint/checkpointsnapshot.h"
#include "checkpoint/weightmatch.h"
#include "common/usererror.h"
#include "hostilefiles.h"
#include "session/modelsession.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace jitscope;
using namespace testutil;

namespace {

const CheckpointTensor* tensorNamed(const Checkpoint& c, const QString& name)
{
    for (const CheckpointTensor& t : c.tensors)
        if (t.name == name)
            return &t;
    return nullptr;
}

int indexOf(const Checkpoint& c, const QString& name)
{
    for (int i = 0; i < c.tensors.size(); ++i)
        if (c.tensors[i].name == name)
            return i;
    return -1;
}

QStringList rootKeys(const Checkpoint& c)
{
    QStringList keys;
    for (int child : c.nodes[0].children)
        keys << c.nodes[child].key;
    return keys;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

} // namespace

class TestCheckpoint : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(bytes);
        return path;
    }

    static QString refusal(const QString& path)
    {
        try {
            Checkpoint::read(path);
        } catch (const UserError& e) {
            return e.message();
        }
        return {};
    }

private Q_SLOTS:
    void trainingCheckpoint_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        QTest::newRow("zip") << QStringLiteral("checkpoint.pt") << int(Checkpoint::Format::Zip);
        QTest::newRow("legacy") << QStringLiteral("checkpoint_legacy.pt") << int(Checkpoint::Format::Legacy);
    }

    void trainingCheckpoint()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        const QString path = fixture(file);
        QVERIFY(Checkpoint::looksLikeCheckpoint(path));
        const Checkpoint c = Checkpoint::read(path);
        QCOMPARE(int(c.format), format);
        QCOMPARE(rootKeys(c), QStringLiteral("model optimizer epoch args views values").split(QLatin1Char(' ')));
        QCOMPARE(c.savedOn, QStringList { QStringLiteral("cpu") });
        QCOMPARE(c.tensors.size(), 31);
        for (const CheckpointTensor& t : c.tensors)
            QVERIFY2(t.problem.isEmpty(), qPrintable(t.name + QLatin1String(": ") + t.problem));

        const CheckpointTensor* weight = tensorNamed(c, QStringLiteral("model.features.0.weight"));
        QVERIFY(weight);
        QCOMPARE(weight->dtype, QStringLiteral("float32"));
        QCOMPARE(weight->shape, (QList<qint64> { 8, 3, 3, 3 }));
        QCOMPARE(weight->bytes, 864);
        QVERIFY(tensorNamed(c, QStringLiteral("optimizer.state.0.exp_avg_sq")));
        QCOMPARE(tensorNamed(c, QStringLiteral("model.features.1.num_batches_tracked"))->dtype,
                 QStringLiteral("int64"));

        // torch.load's numbers (the fixture script's model, seed 3).
        const TensorStats w = c.stats(indexOf(c, QStringLiteral("model.features.0.weight")));
        QCOMPARE(w.numel, 216);
        QVERIFY(qAbs(*w.min - -0.2019658088684082) < 1e-7);
        QVERIFY(qAbs(*w.max - 0.20041030645370483) < 1e-7);
        QVERIFY(qAbs(*w.mean - -0.007211849559098482) < 1e-7);
        QVERIFY(qAbs(*w.std - 0.11616607755422592) < 1e-6);

        // Views of one storage: the column [2, 6, 10] of arange(12).reshape(3, 4).
        const CheckpointTensor* full = tensorNamed(c, QStringLiteral("views.full"));
        const CheckpointTensor* column = tensorNamed(c, QStringLiteral("views.column"));
        QCOMPARE(column->storage, full->storage);
        QCOMPARE(column->offset, 2);
        QCOMPARE(column->strides, QList<qint64> { 4 });
        const TensorStats s = c.stats(indexOf(c, QStringLiteral("views.column")));
        QCOMPARE(*s.min, 2.0);
        QCOMPARE(*s.max, 10.0);
        QCOMPARE(*s.mean, 6.0);
        QCOMPARE(*s.std, 4.0);

        // Classes the file names are shown with their state, never called.
        const int args = c.nodes[0].children[3];
        QCOMPARE(c.nodes[args].kind, QStringLiteral("object"));
        QCOMPARE(c.nodes[args].type, QStringLiteral("argparse.Namespace"));
        QStringList attributes;
        for (int child : c.nodes[args].children)
            attributes << c.nodes[child].key + QLatin1Char('=') + c.nodes[child].value;
        QCOMPARE(attributes.mid(0, 2), (QStringList { QStringLiteral("lr=0.01"), QStringLiteral("name='run1'") }));
        const int values = c.nodes[0].children[5];
        QStringList kinds;
        for (int child : c.nodes[values].children)
            kinds << c.nodes[child].kind;
        QCOMPARE(kinds, QStringLiteral("int float str None bool tuple bytes").split(QLatin1Char(' ')));
    }

    void safetensors()
    {
        const QString path = fixture(QStringLiteral("weights.safetensors"));
        QVERIFY(Checkpoint::looksLikeCheckpoint(path));
        const Checkpoint c = Checkpoint::read(path);
        QCOMPARE(c.format, Checkpoint::Format::Safetensors);
        QCOMPARE(rootKeys(c), QStringLiteral("features.0.weight steps half __metadata__").split(QLatin1Char(' ')));
        QCOMPARE(c.tensors.size(), 3);
        const TensorStats w = c.stats(0);
        QVERIFY(qAbs(*w.mean - -0.007211849559098482) < 1e-7);
        const TensorStats steps = c.stats(1);
        QCOMPARE(*steps.max, 4.0);
        const TensorStats half = c.stats(2);
        QCOMPARE(*half.min, -1.0);
        QCOMPARE(*half.max, 1.0);
    }

    // Tensors matched by name across formats; one changed value is found with its size.
    void compare()
    {
        const Checkpoint zip = Checkpoint::read(fixture(QStringLiteral("checkpoint.pt")));
        const Checkpoint legacy = Checkpoint::read(fixture(QStringLiteral("checkpoint_legacy.pt")));
        const QList<ParameterDiff> same = compareCheckpoints(zip, legacy);
        QCOMPARE(same.size(), 31);
        for (const ParameterDiff& d : same)
            QVERIFY2(d.status == ParameterDiff::Status::Same, qPrintable(d.name));

        QByteArray bytes = readAll(fixture(QStringLiteral("weights.safetensors")));
        bytes[bytes.size() - 1] = char(0x40); // the last float16 of "half", 1.0 (0x3c00), becomes 2.0
        const Checkpoint original = Checkpoint::read(fixture(QStringLiteral("weights.safetensors")));
        const Checkpoint changed = Checkpoint::read(write(QStringLiteral("changed.safetensors"), bytes));
        const QList<ParameterDiff> diff = compareCheckpoints(original, changed);
        QCOMPARE(diff.size(), 3);
        for (const ParameterDiff& d : diff) {
            if (d.name != QLatin1String("half")) {
                QCOMPARE(d.status, ParameterDiff::Status::Same);
                continue;
            }
            QCOMPARE(d.status, ParameterDiff::Status::ValuesDiffer);
            QCOMPARE(*d.maxAbsDiff, 1.0);
        }
        // Names on one side only, and shapes that differ.
        const QList<ParameterDiff> mixed = compareCheckpoints(zip, original);
        int onlyLeft = 0, onlyRight = 0;
        for (const ParameterDiff& d : mixed) {
            onlyLeft += d.status == ParameterDiff::Status::OnlyLeft ? 1 : 0;
            onlyRight += d.status == ParameterDiff::Status::OnlyRight ? 1 : 0;
        }
        QCOMPARE(onlyLeft, 31);
        QCOMPARE(onlyRight, 3);
    }

    void stateDictAndArchives()
    {
        QVERIFY(Checkpoint::looksLikeCheckpoint(fixture(QStringLiteral("state_dict.pt"))));
        QCOMPARE(Checkpoint::read(fixture(QStringLiteral("state_dict.pt"))).tensors.size(), 1);
        // A TorchScript archive is a model, not a checkpoint.
        QVERIFY(!Checkpoint::looksLikeCheckpoint(example(QStringLiteral("conv_net"))));
        QVERIFY(refusal(example(QStringLiteral("conv_net"))).contains(QLatin1String("TorchScript archive")));
        QVERIFY(!Checkpoint::looksLikeCheckpoint(fixture(QStringLiteral("not_torchscript.zip"))));
        QVERIFY(refusal(fixture(QStringLiteral("not_torchscript.zip"))).contains(QLatin1String("no data.pkl")));
        QVERIFY(refusal(write(QStringLiteral("random.bin"), QByteArray(100, 'x')))
                    .contains(QLatin1String("not a PyTorch checkpoint")));
        QVERIFY(refusal(m_dir.filePath(QStringLiteral("missing.pt"))).contains(QLatin1String("not found")));
    }

    // Cut short: the zip refuses as a whole (its directory is at the end); a legacy file keeps
    // its structure and marks the tensors whose bytes are gone, which are never read.
    void truncated()
    {
        const QByteArray zip = readAll(fixture(QStringLiteral("checkpoint.pt")));
        QVERIFY(!refusal(write(QStringLiteral("cut.pt"), zip.left(zip.size() / 2))).isEmpty());
        const QByteArray legacy = readAll(fixture(QStringLiteral("checkpoint_legacy.pt")));
        const Checkpoint c = Checkpoint::read(write(QStringLiteral("cut_legacy.pt"), legacy.left(legacy.size() - 40)));
        int damaged = 0;
        for (int i = 0; i < c.tensors.size(); ++i) {
            if (c.tensors[i].problem.isEmpty())
                continue;
            ++damaged;
            QVERIFY_THROWS_EXCEPTION(UserError, c.stats(i));
        }
        QVERIFY(damaged > 0);
        QVERIFY(!refusal(write(QStringLiteral("cut_pickle.pt"), legacy.left(200))).isEmpty());
    }

    // A header declaring more than the file holds, a range past the data, a shape that does not
    // fit its bytes, an unknown dtype: refused or marked, never read, nothing allocated for them.
    // safetensors as its specification says: every rule broken is refused in one line naming the
    // entry and the rule, from the header alone.
    void safetensorsRules_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("dataSize");
        QTest::addColumn<QString>("rule");
        const QByteArray f32x4 = R"("dtype":"F32","shape":[4],)";
        QTest::newRow("past the data") << QByteArray(R"({"a":{)" + f32x4 + R"("data_offsets":[0,16]}})") << 8
                                       << QStringLiteral("tensor 'a': its data_offsets [0, 16] reach past the 8 bytes");
        QTest::newRow("overlap") << QByteArray(R"({"a":{)" + f32x4 + R"("data_offsets":[0,16]},"b":{)" + f32x4
                                               + R"("data_offsets":[8,24]}})")
                                 << 24 << QStringLiteral("tensor 'b': its bytes [8, 24] overlap those of tensor 'a'");
        QTest::newRow("gap") << QByteArray(R"({"a":{)" + f32x4 + R"("data_offsets":[4,20]}})") << 20
                             << QStringLiteral("gap of 4 bytes");
        QTest::newRow("trailing data") << QByteArray(R"({"a":{)" + f32x4 + R"("data_offsets":[0,16]}})") << 20
                                       << QStringLiteral("the last 4 bytes of data belong to no tensor");
        QTest::newRow("shape and range disagree")
            << QByteArray(R"({"a":{"dtype":"I32","shape":[2,2],"data_offsets":[0,12]}})") << 12
            << QStringLiteral("hold 12 bytes, its shape [2, 2] of int32 needs 16");
        QTest::newRow("shape overflows") << QByteArray(
            R"({"a":{"dtype":"F32","shape":[1000000000000,1000000000000],"data_offsets":[0,16]}})")
                                         << 16 << QStringLiteral("more than 2^63");
        QTest::newRow("unknown dtype") << QByteArray(R"({"a":{"dtype":"F7","shape":[],"data_offsets":[0,0]}})") << 0
                                       << QStringLiteral("the format has no dtype 'F7'");
        QTest::newRow("negative") << QByteArray(R"({"a":{"dtype":"U8","shape":[-1],"data_offsets":[0,0]}})") << 0
                                  << QStringLiteral("whole numbers");
        QTest::newRow("fraction") << QByteArray(R"({"a":{"dtype":"U8","shape":[1.5],"data_offsets":[0,0]}})") << 0
                                  << QStringLiteral("whole numbers");
        QTest::newRow("missing field") << QByteArray(R"({"a":{"dtype":"U8","shape":[]}})") << 0
                                       << QStringLiteral("tensor 'a' lacks its data_offsets");
        QTest::newRow("unknown field") << QByteArray(
            R"({"a":{"dtype":"U8","shape":[],"data_offsets":[0,1],"code":"x"}})")
                                       << 1 << QStringLiteral("a field the format does not know: 'code'");
        QTest::newRow("duplicate name") << QByteArray(R"({"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1]},)"
                                                      R"("a":{"dtype":"U8","shape":[1],"data_offsets":[1,2]}})")
                                        << 2 << QStringLiteral("it names tensor 'a' twice");
        QTest::newRow("metadata not strings") << QByteArray(R"({"__metadata__":{"format":{"nested":1}}})") << 0
                                              << QStringLiteral("its __metadata__ 'format' is not a string");
        QTest::newRow("not JSON") << QByteArray("{not json") << 0 << QStringLiteral("not valid JSON");
        QTest::newRow("more after the object")
            << QByteArray("{}  {}") << 0 << QStringLiteral("goes on after its JSON object");
        QTest::newRow("not UTF-8") << QByteArray("{\"\xff\":1}") << 0 << QStringLiteral("not UTF-8");
    }

    void safetensorsRules()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, dataSize);
        QFETCH(QString, rule);
        const QString why = refusal(
            write(QStringLiteral("rule.safetensors"), hostile::safetensors(header, QByteArray(dataSize, '\x01'))));
        QVERIFY2(why.contains(QLatin1String("the safetensors file breaks its format")), qPrintable(why));
        QVERIFY2(why.contains(rule), qPrintable(why));
        QVERIFY2(!why.contains(QLatin1Char('\n')), qPrintable(why));
    }

    void safetensorsAcceptsWhatTheSpecificationAllows()
    {
        // Spaces after the header, escapes in names, a scalar, an empty tensor, 8-bit floats
        // (described, their values not read), metadata.
        const Checkpoint c = Checkpoint::read(write(
            QStringLiteral("good.safetensors"),
            hostile::safetensors(R"({"__metadata__":{"format":"pt"},"sc\u00e4lar":{"dtype":"I32","shape":[],)"
                                 R"("data_offsets":[0,4]},"empty":{"dtype":"F32","shape":[0,3],"data_offsets":[4,4]},)"
                                 R"("odd":{"dtype":"F8_E4M3","shape":[2],"data_offsets":[4,6]},)"
                                 R"("good":{"dtype":"I32","shape":[2,2],"data_offsets":[6,22]}}   )",
                                 QByteArray(22, '\x01'))));
        QCOMPARE(c.tensors.size(), 4);
        QStringList problems;
        for (const CheckpointTensor& t : c.tensors)
            problems << t.name + QLatin1Char(':')
                    + (t.problem.isEmpty() ? QStringLiteral("ok") : QStringLiteral("bad"));
        problems.sort();
        QCOMPARE(problems, QStringLiteral("empty:ok good:ok odd:bad scälar:ok").split(QLatin1Char(' ')));
        QCOMPARE(*c.stats(indexOf(c, QStringLiteral("good"))).max, double(0x01010101));
        QVERIFY(c.nodes.last().value.contains(QLatin1String("'pt'")));
        // The header length is the first thing checked: past the file, or over the format's 100 MB.
        QByteArray past = hostile::safetensors("{}", {});
        past[0] = '\x40';
        QVERIFY(refusal(write(QStringLiteral("past.safetensors"), past))
                    .contains(QLatin1String("its header length 64 reaches past the end of the file (10 bytes)")));
        QByteArray huge = past;
        huge[5] = '\x7f';
        QVERIFY(refusal(write(QStringLiteral("huge.safetensors"), huge))
                    .contains(QLatin1String("exceeds the format's limit of 100 MB")));
    }

    // The published attacks at their full width, each refused or read within a gigabyte of
    // address space (the process's limit while it runs: more would fail, not swap).
    void boundedWork()
    {
        hostile::AddressSpaceBudget budget(qint64(1) << 30);
        // A million tensors all pointing at the same 16 bytes: refused by count, from the header.
        const QString shared = write(QStringLiteral("shared.safetensors"), hostile::sharedRangeSafetensors(1'000'000));
        QVERIFY(refusal(shared).contains(QLatin1String("more than 100000 tensors")));
        // Ten thousand 200×200 tensors over the same 160 KB: refused as overlapping.
        const QString overlapping
            = write(QStringLiteral("overlap.safetensors"),
                    hostile::safetensors(hostile::safetensorsHeader(10'000, "F32", "[200,200]",
                                                                    [](int) { return std::pair(0, 160000); }),
                                         QByteArray(160000, '\0')));
        QVERIFY(refusal(overlapping).contains(QLatin1String("overlap those of tensor")));
        // As many as a file may hold, each sound: read.
        const int most = Checkpoint::kMaxTensors;
        const Checkpoint many
            = Checkpoint::read(write(QStringLiteral("many.safetensors"), hostile::contiguousSafetensors(most)));
        QCOMPARE(many.tensors.size(), most);
        // Pickles: a million-entry dict is refused by its size, a hundred thousand read; ten
        // references to ten references ... 30 levels deep (10^30 leaves) shows each list once;
        // lists nested 100,000 deep are refused by depth.
        QVERIFY(refusal(write(QStringLiteral("wide.pt"), hostile::checkpointZip(hostile::wideDictPickle(1'000'000))))
                    .contains(QLatin1String("more than")));
        QCOMPARE(Checkpoint::read(
                     write(QStringLiteral("wide100k.pt"), hostile::checkpointZip(hostile::wideDictPickle(100'000))))
                     .nodes.size(),
                 100'001);
        const Checkpoint laughs
            = Checkpoint::read(write(QStringLiteral("laughs.pt"), hostile::checkpointZip(hostile::laughsPickle(30))));
        QVERIFY(laughs.nodes.size() < 1000);
        QVERIFY(std::any_of(laughs.nodes.cbegin(), laughs.nodes.cend(),
                            [](const CheckpointNode& n) { return n.value == QLatin1String("the same list as [0]"); }));
        QVERIFY(refusal(write(QStringLiteral("deep.pt"), hostile::checkpointZip(hostile::deepPickle(100'000))))
                    .contains(QLatin1String("levels deep")));
    }

    // A deflated tensor record: it may claim only its storage's bytes, and is inflated into
    // exactly those.
    void compressedRecords()
    {
        hostile::AddressSpaceBudget budget(qint64(1) << 30);
        // 16 bytes of storage whose deflated record claims 256 MB: described, never inflated.
        const Checkpoint bomb = Checkpoint::read(
            write(QStringLiteral("bomb.pt"),
                  hostile::checkpointZip(hostile::tensorPickle(4),
                                         { { "archive/data/0", QByteArray(16, '\0'), true, qint64(256) << 20 } })));
        QCOMPARE(bomb.tensors.size(), 1);
        QVERIFY2(bomb.tensors[0].problem.contains(
                     QLatin1String("compressed record declares 256.0 MiB once inflated, its storage needs 16 B")),
                 qPrintable(bomb.tensors[0].problem));
        QVERIFY(testutil::errorOf([&] { bomb.stats(0); }).contains(QLatin1String("damaged")));
        // 64 MiB of zeros deflated (64 KiB in the file), as the storage declares: read.
        const int numel = 16 << 20;
        const Checkpoint zeros = Checkpoint::read(
            write(QStringLiteral("zeros.pt"),
                  hostile::checkpointZip(hostile::tensorPickle(numel),
                                         { { "archive/data/0", QByteArray(4 * qsizetype(numel), '\0'), true } })));
        QVERIFY(zeros.tensors[0].problem.isEmpty());
        QCOMPARE(*zeros.stats(0).max, 0.0);
        // A record that inflates to less than it declares.
        const Checkpoint shortRecord = Checkpoint::read(write(
            QStringLiteral("short.pt"),
            hostile::checkpointZip(hostile::tensorPickle(4), { { "archive/data/0", QByteArray(8, '\0'), true, 16 } })));
        QVERIFY(testutil::errorOf([&] { shortRecord.stats(0); }).contains(QLatin1String("does not inflate")));
    }

    // One tensor of every dtype, arange(6) cast to it, in both formats: the values come back
    // (bool: 0 then 1; complex: magnitudes, or real and imaginary parts when asked).
    void everyDtype_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("zip") << QStringLiteral("dtypes.pt");
        QTest::newRow("legacy") << QStringLiteral("dtypes_legacy.pt");
    }

    void everyDtype()
    {
        QFETCH(QString, file);
        const Checkpoint c = Checkpoint::read(fixture(file));
        const QStringList dtypes
            = QStringLiteral("float32 float64 float16 bfloat16 int64 int32 int16 int8 uint8 bool complex64 "
                             "complex128")
                  .split(QLatin1Char(' '));
        QCOMPARE(c.tensors.size(), dtypes.size());
        for (int i = 0; i < dtypes.size(); ++i) {
            const CheckpointTensor& t = c.tensors[i];
            QCOMPARE(t.name, dtypes[i]);
            QCOMPARE(t.dtype, dtypes[i]);
            QCOMPARE(t.shape, QList<qint64>({ 2, 3 }));
            QVERIFY2(t.problem.isEmpty(), qPrintable(t.problem));
            const std::vector<double> values = c.values(i);
            std::vector<double> expected { 0, 1, 2, 3, 4, 5 };
            if (dtypes[i] == QLatin1String("bool"))
                expected = { 0, 1, 1, 1, 1, 1 };
            if (dtypes[i].startsWith(QLatin1String("complex"))) // k - k*i: magnitudes k * sqrt(2)
                for (double& v : expected)
                    v *= std::sqrt(2.0);
            QCOMPARE(values.size(), expected.size());
            for (size_t k = 0; k < values.size(); ++k)
                QVERIFY2(std::abs(values[k] - expected[k]) < 1e-6, qPrintable(dtypes[i]));
        }
        // Real and imaginary parts when asked.
        QCOMPARE(c.values(10, true), std::vector<double>({ 0, 0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5 }));
        // The two formats hold the same values, complex ones included.
        const Checkpoint zip = Checkpoint::read(fixture(QStringLiteral("dtypes.pt")));
        for (const ParameterDiff& d : compareCheckpoints(zip, c))
            QVERIFY2(d.status == ParameterDiff::Status::Same, qPrintable(d.name));
    }

    // A view that repeats a few bytes of storage into more than twice their size and 64 MiB (a
    // stride of 0; a hostile file asks for terabytes this way) is marked and never read; a small
    // expand() is read.
    void repeatedStorage()
    {
        const Checkpoint c = Checkpoint::read(fixture(QStringLiteral("expanded.pt")));
        const CheckpointTensor* repeated = tensorNamed(c, QStringLiteral("repeated"));
        QVERIFY(repeated);
        QCOMPARE(repeated->numel, 100000000);
        QVERIFY2(repeated->problem.contains(QLatin1String("repeats")), qPrintable(repeated->problem));
        QVERIFY_THROWS_EXCEPTION(UserError, c.stats(indexOf(c, QStringLiteral("repeated"))));
        QCOMPARE(c.values(indexOf(c, QStringLiteral("small"))), std::vector<double>({ 1, 1, 1, 1, 1, 1 }));
        const SnapshotPtr s = checkpointSnapshot(c);
        QCOMPARE(s->archive.parameterCount, 6); // the damaged one's claim counts for nothing
        QCOMPARE(c.tensorBytes(), 12); // nor its storage
    }

    // A sparse tensor is not read as a tensor: it says so, and shows the parts it was saved as.
    void sparseSaysSo()
    {
        const Checkpoint c = Checkpoint::read(fixture(QStringLiteral("sparse.pt")));
        const CheckpointNode& sparse = c.nodes[c.nodes[0].children[0]];
        QCOMPARE(sparse.key, QStringLiteral("sparse"));
        QCOMPARE(sparse.kind, QStringLiteral("object"));
        QVERIFY2(sparse.value.contains(QLatin1String("sparse")), qPrintable(sparse.value));
        QVERIFY(indexOf(c, QStringLiteral("dense")) >= 0);
        QCOMPARE(*c.stats(indexOf(c, QStringLiteral("dense"))).max, 1.0);
    }

    // torchvision's ResNet-18: a training checkpoint (zip) and its state dict as DataParallel
    // saves it (legacy format, "module." keys), written at test time by the fixture script. The
    // optimizer's state lines up with the model's 62 parameters, 11,689,512 elements; loading the
    // checkpoint into the scripted archive gives what Python's load_state_dict gives.
    void torchvisionCheckpoints()
    {
        const QString zipPath = testutil::generated(QStringLiteral("resnet18_checkpoint.pt"));
        const QString legacyPath = testutil::generated(QStringLiteral("resnet18_parallel_legacy.pth"));
        const QString archive = testutil::generated(QStringLiteral("resnet18_scripted.pt"));
        QFile referenceFile(testutil::generated(QStringLiteral("resnet18_checkpoint_reference.json")));
        if (!QFile::exists(zipPath) || !referenceFile.open(QIODevice::ReadOnly))
            SKIP_WITHOUT_FIXTURE(
                "needs the torchvision fixtures (python3-torchvision; the write_python_fixtures test)");
        const QJsonObject reference = QJsonDocument::fromJson(referenceFile.readAll()).object();

        const Checkpoint zip = Checkpoint::read(zipPath);
        const QHash<int, QString> byParameter = optimizerParameterNames(zip);
        QCOMPARE(byParameter.size(), 62);
        qint64 parameters = 0;
        for (const QString& name : byParameter)
            parameters += zip.tensors[checkpointTensorAt(zip, QStringLiteral("model.") + name)].numel;
        QCOMPARE(parameters, qint64(reference.value(QStringLiteral("parameters")).toInteger()));
        QCOMPARE(parameters, 11689512);
        const Checkpoint legacy = Checkpoint::read(legacyPath);
        QCOMPARE(legacy.tensors.size(), reference.value(QStringLiteral("state_dict_entries")).toInt());

        ModelSession session;
        session.open(archive).wait();
        const WeightMatch match = session.matchWeights(zipPath).wait();
        QCOMPARE(match.source, QStringLiteral("model"));
        QCOMPARE(match.count(WeightMatchEntry::Status::Matched), 122);
        QVERIFY(match.refusal(true).isEmpty());
        session.loadWeights(zipPath, {}, true).wait();
        InvokeRequest request;
        request.method = QStringLiteral("forward");
        request.arguments
            = { QStringLiteral("load(\"%1\")").arg(testutil::generated(QStringLiteral("resnet18_input.npy"))) };
        request.maxValues = 2000;
        const InvokeResult result = session.invoke(request).wait();
        const QJsonArray expected = reference.value(QStringLiteral("output")).toArray();
        QCOMPARE(result.outputs.values.size(), expected.size());
        double most = 0;
        for (int i = 0; i < expected.size(); ++i)
            most = std::max(most, std::abs(result.outputs.values[i] - expected[i].toDouble()));
        QVERIFY2(most < 1e-4, qPrintable(QString::number(most)));

        // The DataParallel state dict: "module." found; every value now the same.
        const WeightMatch parallel = session.matchWeights(legacyPath).wait();
        QCOMPARE(parallel.prefix, QStringLiteral("module."));
        QCOMPARE(parallel.count(WeightMatchEntry::Status::Matched), 122);
        for (const WeightMatchEntry& e : parallel.entries)
            QVERIFY2(e.maxAbsDiff && *e.maxAbsDiff == 0, qPrintable(e.name));
    }

    // What the window shows of a checkpoint: its dicts and lists as the module tree, an
    // optimizer's state named by parameter, its tensors as parameters, its scalars as attributes.
    void snapshot()
    {
        const Checkpoint c = Checkpoint::read(fixture(QStringLiteral("checkpoint.pt")));
        const SnapshotPtr s = checkpointSnapshot(c);
        QVERIFY(s->archive.isCheckpoint());
        QCOMPARE(s->archive.checkpointFormat, c.formatName());
        QCOMPARE(s->archive.entries.size(), c.entries.size());
        QVERIFY(s->methods.isEmpty());
        const ModuleInfo* model = s->module(QStringLiteral("model"));
        QVERIFY(model);
        QCOMPARE(model->qualifiedType, QStringLiteral("collections.OrderedDict"));
        QCOMPARE(model->type, QStringLiteral("OrderedDict"));
        QCOMPARE(s->module(QString())->children.size(), 5); // model, optimizer, args, views, values
        QCOMPARE(s->module(QStringLiteral("optimizer.state.0"))->name, QStringLiteral("0 (features.0.weight)"));
        QCOMPARE(s->module(QStringLiteral("optimizer.state.4"))->name, QStringLiteral("4 (head.fc.weight)"));
        QCOMPARE(s->module(QStringLiteral("args"))->type, QStringLiteral("Namespace"));
        QCOMPARE(s->parameters.size(), 31);
        QCOMPARE(s->parameters[0].name, QStringLiteral("model.features.0.weight"));
        QCOMPARE(s->parameters[0].module, QStringLiteral("model"));
        QCOMPARE(checkpointTensorAt(c, QStringLiteral("views.row")), indexOf(c, QStringLiteral("views.row")));
        QCOMPARE(checkpointTensorAt(c, QStringLiteral("nothing")), -1);
        QCOMPARE(checkpointTensorPaths(c).value(QStringLiteral("views.row"), -1),
                 indexOf(c, QStringLiteral("views.row")));
        QCOMPARE(checkpointTensorPaths(c).size(), 31);
        bool epoch = false;
        for (const AttributeInfo& a : s->attributes)
            epoch
                = epoch || (a.module.isEmpty() && a.name == QLatin1String("epoch") && a.preview == QLatin1String("3"));
        QVERIFY(epoch);
        // The legacy format describes the same structure.
        const SnapshotPtr legacy
            = checkpointSnapshot(Checkpoint::read(fixture(QStringLiteral("checkpoint_legacy.pt"))));
        QCOMPARE(legacy->modules.size(), s->modules.size());
        QCOMPARE(legacy->module(QStringLiteral("optimizer.state.5"))->name, QStringLiteral("5 (head.fc.bias)"));
    }

    // Matching by name as load_state_dict does: the best source dict and prefix found, missing,
    // unexpected and shape mismatches reported, and the refusals.
    void matching()
    {
        const Checkpoint c = Checkpoint::read(fixture(QStringLiteral("checkpoint.pt")));
        ModelSnapshot module; // ConvNet's parameters and buffers, one of them reshaped, one added
        for (const CheckpointTensor& t : c.tensors) {
            if (!t.name.startsWith(QLatin1String("model.")))
                continue;
            TensorInfo info;
            info.name = t.name.mid(6);
            info.shape = t.shape;
            info.dtype = t.dtype;
            module.parameters << info;
        }
        WeightMatch m = matchWeights(module, c);
        QCOMPARE(m.source, QStringLiteral("model"));
        QCOMPARE(m.prefix, QString());
        QCOMPARE(m.count(WeightMatchEntry::Status::Matched), 10);
        QVERIFY(m.refusal(true).isEmpty());
        QVERIFY(m.sources.contains(QString()) && m.sources.contains(QStringLiteral("optimizer")));

        // The whole file: the prefix "model." is found, the rest is unexpected.
        m = matchWeights(module, c, { QString(), std::nullopt });
        QCOMPARE(m.source, QString());
        QCOMPARE(m.prefix, QStringLiteral("model."));
        QCOMPARE(m.count(WeightMatchEntry::Status::Matched), 10);
        QCOMPARE(m.count(WeightMatchEntry::Status::Unexpected), 21);
        QVERIFY(m.refusal(false).isEmpty());
        QVERIFY(m.refusal(true).contains(QLatin1String("21 unexpected")));

        module.parameters[0].shape = { 4, 3, 3, 3 };
        TensorInfo extra;
        extra.name = QStringLiteral("head.scale");
        module.buffers << extra;
        m = matchWeights(module, c);
        QCOMPARE(m.count(WeightMatchEntry::Status::ShapeMismatch), 1);
        QCOMPARE(m.count(WeightMatchEntry::Status::Missing), 1);
        QCOMPARE(m.entries.last().name, QStringLiteral("head.scale"));
        QVERIFY(m.refusal(false).contains(QLatin1String("shape")));
        const QList<ParameterDiff> diff = m.parameterDiff();
        QCOMPARE(diff[0].status, ParameterDiff::Status::ShapeDiffers);
        QCOMPARE(diff.last().status, ParameterDiff::Status::OnlyLeft);

        // A DataParallel state dict ("module." before every key), written by hand as safetensors.
        QByteArray header = R"({"module.fc.weight":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                            R"("module.fc.bias":{"dtype":"F32","shape":[1],"data_offsets":[8,12]}})";
        QByteArray bytes(8, '\0');
        bytes[0] = char(header.size());
        const Checkpoint wrapped
            = Checkpoint::read(write(QStringLiteral("parallel.safetensors"), bytes + header + QByteArray(12, '\0')));
        ModelSnapshot small;
        for (const char* name : { "fc.weight", "fc.bias" }) {
            TensorInfo info;
            info.name = QLatin1String(name);
            info.shape = { name[3] == 'w' ? 2 : 1 };
            small.parameters << info;
        }
        m = matchWeights(small, wrapped);
        QCOMPARE(m.prefix, QStringLiteral("module."));
        QCOMPARE(m.count(WeightMatchEntry::Status::Matched), 2);
        m = matchWeights(small, wrapped, { std::nullopt, QString() }); // no prefix, as asked
        QCOMPARE(m.count(WeightMatchEntry::Status::Matched), 0);
        QVERIFY(m.refusal(false).contains(QLatin1String("no tensor")));
        QVERIFY_THROWS_EXCEPTION(UserError, matchWeights(small, wrapped, { QStringLiteral("model"), std::nullopt }));
    }
};

QTEST_GUILESS_MAIN(TestCheckpoint)
#include "tst_checkpoint.moc"
