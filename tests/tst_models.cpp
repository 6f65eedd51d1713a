// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Item models under QAbstractItemModelTester: empty, filled, reset, and what they show.
#include "common/textformat.h"
#include "models/attributetablemodel.h"
#include "models/methodtablemodel.h"
#include "models/modelroles.h"
#include "models/moduletreemodel.h"
#include "models/scopefilterproxy.h"
#include "models/tensortablemodel.h"
#include "models/wordfilterproxy.h"
#include "session/modelsession.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QStringListModel>
#include <QTest>

using namespace jitscope;

class TestModels : public QObject
{
    Q_OBJECT

    SnapshotPtr m_convNet;
    SnapshotPtr m_cell;

    template <typename Model> void exercise(Model& model)
    {
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setSnapshot(m_convNet);
        QVERIFY(model.rowCount() > 0);
        model.setSnapshot(m_cell);
        QVERIFY(model.rowCount() > 0);
        model.setSnapshot(nullptr);
        QCOMPARE(model.rowCount(), 0);
        model.setSnapshot(m_convNet);
    }

private Q_SLOTS:
    void initTestCase()
    {
        ModelSession session;
        m_convNet = session.open(testutil::example(QStringLiteral("conv_net"))).wait();
        m_cell = session.open(testutil::example(QStringLiteral("my_cell_traced"))).wait();
    }

    void moduleTree()
    {
        ModuleTreeModel model;
        exercise(model);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(root.data().toString(), QStringLiteral("(root)"));
        QCOMPARE(root.siblingAtColumn(ModuleTreeModel::TypeColumn).data().toString(), QStringLiteral("ConvNet"));
        QCOMPARE(root.siblingAtColumn(ModuleTreeModel::ModeColumn).data().toString(), QStringLiteral("eval"));
        QCOMPARE(root.siblingAtColumn(ModuleTreeModel::ParametersColumn).data().toString(), QStringLiteral("267"));
        QCOMPARE(model.rowCount(root), 3); // features, dropout, head
        const QModelIndex features = model.index(0, 0, root);
        QCOMPARE(features.data(ModuleTreeModel::PathRole).toString(), QStringLiteral("features"));
        QCOMPARE(model.rowCount(features), 4);
        const QModelIndex conv = model.index(0, 0, features);
        QCOMPARE(conv.data(ModuleTreeModel::PathRole).toString(), QStringLiteral("features.0"));
        QCOMPARE(conv.siblingAtColumn(ModuleTreeModel::TypeColumn).data().toString(), QStringLiteral("Conv2d"));
        QCOMPARE(model.parent(conv), features);
        QCOMPARE(model.indexForPath(QStringLiteral("head.fc")).data().toString(), QStringLiteral("fc"));
        QVERIFY(model.indexForPath(QStringLiteral("head.fc"))
                    .data(ModuleTreeModel::QualifiedTypeRole)
                    .toString()
                    .contains(QLatin1String("mangle")));
    }

    void tensorTable()
    {
        TensorTableModel model;
        exercise(model);
        QCOMPARE(model.rowCount(), 10); // 6 parameters + 4 buffers
        QCOMPARE(model.index(0, TensorTableModel::NameColumn).data().toString(), QStringLiteral("features.0.weight"));
        QCOMPARE(model.index(0, TensorTableModel::ShapeColumn).data().toString(), QStringLiteral("[8, 3, 3, 3]"));
        QCOMPARE(model.index(0, TensorTableModel::BytesColumn).data().toString(), QStringLiteral("864 B"));
        QCOMPARE(model.index(9, TensorTableModel::KindColumn).data().toString(), QStringLiteral("buffer"));
        QVERIFY(!model.index(0, TensorTableModel::MinColumn).data().isValid());

        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TensorStats stats;
        stats.name = QStringLiteral("features.0.weight");
        stats.isParameter = true;
        stats.min = -0.5;
        stats.nanCount = 2;
        model.setStats(stats);
        QCOMPARE(model.index(0, TensorTableModel::MinColumn).data().toString(), QStringLiteral("-0.5"));
        QCOMPARE(model.index(0, TensorTableModel::NanColumn).data().toString(), QStringLiteral("2"));
        QVERIFY(model.index(0, 0).data(TensorTableModel::HasStatsRole).toBool());
        stats.name = QStringLiteral("no.such.tensor");
        model.setStats(stats); // ignored, no crash
    }

    // The CLI and JSON print numbers the same everywhere; the window shows them as its locale
    // writes them: 25.557.032 and 1,50 KiB in German.
    void numbersFollowTheLocale()
    {
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(formatCount(25557032), QStringLiteral("25,557,032"));
        QCOMPARE(formatCount(-1234), QStringLiteral("-1,234"));
        QCOMPARE(formatCount(25557032, german), QStringLiteral("25.557.032"));
        QCOMPARE(formatBytes(1536), QStringLiteral("1.50 KiB"));
        QCOMPARE(formatBytes(1536, german), QStringLiteral("1,50 KiB"));
        QCOMPARE(formatBytes(812, german), QStringLiteral("812 B"));
        QCOMPARE(formatMacs(1'820'000'000), QStringLiteral("1.82 G"));
        QCOMPARE(formatMacs(1'820'000'000, german), QStringLiteral("1,82 G"));

        auto big = std::make_shared<ModelSnapshot>(*m_convNet);
        big->parameters[0].numel = 25557032;
        big->parameters[0].bytes = 1536;
        const QLocale before;
        QLocale::setDefault(german);
        TensorTableModel tensors;
        tensors.setSnapshot(big);
        const QString elements = tensors.index(0, TensorTableModel::ElementsColumn).data().toString();
        const QString bytes = tensors.index(0, TensorTableModel::BytesColumn).data().toString();
        QLocale::setDefault(before);
        QCOMPARE(elements, QStringLiteral("25.557.032"));
        QCOMPARE(bytes, QStringLiteral("1,50 KiB"));
    }

    void attributeAndMethodTables()
    {
        AttributeTableModel attributes;
        exercise(attributes);
        QCOMPARE(attributes.rowCount(), m_convNet->attributes.size());
        MethodTableModel methods;
        exercise(methods);
        QCOMPARE(methods.rowCount(), 13);
        const int row = methods.rowOf(QStringLiteral("head"), QStringLiteral("classify"));
        QVERIFY(row >= 0);
        QCOMPARE(methods.index(row, MethodTableModel::SignatureColumn).data().toString(),
                 QStringLiteral("(x: Tensor, top_k: int = 1, temperature: float = 1.)"));
        QCOMPARE(methods.index(row, MethodTableModel::ReturnsColumn).data().toString(), QStringLiteral("List[str]"));
        QVERIFY(methods.index(row, 0).data(Qt::ToolTipRole).toString().startsWith(QLatin1String("classify(")));
    }

    void scopeFilterProxy()
    {
        TensorTableModel model;
        ScopeFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setRelativePathColumn(TensorTableModel::NameColumn); // empty yet, as a pane's is when made
        proxy.setRelativePathColumn(-1);
        model.setSnapshot(m_convNet);
        QCOMPARE(proxy.rowCount(), 10);
        proxy.setScope(ScopeFilterProxy::Scope::Subtree, QStringLiteral("features"));
        QCOMPARE(proxy.rowCount(), 7); // conv weight/bias, bn weight/bias, 3 bn buffers
        // Named from the module chosen, where a narrow column asks for it; filtered by the whole path.
        QCOMPARE(proxy.index(0, TensorTableModel::NameColumn).data().toString(), QStringLiteral("features.0.weight"));
        proxy.setRelativePathColumn(TensorTableModel::NameColumn);
        QCOMPARE(proxy.index(0, TensorTableModel::NameColumn).data().toString(), QStringLiteral("0.weight"));
        proxy.setText(QStringLiteral("features.0.b"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, TensorTableModel::NameColumn).data().toString(), QStringLiteral("0.bias"));
        proxy.setText(QString());
        proxy.setScope(ScopeFilterProxy::Scope::Everything, QStringLiteral("features"));
        QCOMPARE(proxy.index(0, TensorTableModel::NameColumn).data().toString(), QStringLiteral("features.0.weight"));
        proxy.setRelativePathColumn(-1);
        proxy.setScope(ScopeFilterProxy::Scope::ModuleOnly, QStringLiteral("features"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setScope(ScopeFilterProxy::Scope::ModuleOnly, QStringLiteral("head.fc"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setScope(ScopeFilterProxy::Scope::Subtree, QString());
        proxy.setText(QStringLiteral("running"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setText(QStringLiteral("INT64"));
        QCOMPARE(proxy.rowCount(), 2); // num_batches_tracked, calls
        proxy.setText(QString());
        // Sorting by size sorts numbers as numbers.
        proxy.sort(TensorTableModel::BytesColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, TensorTableModel::NameColumn).data().toString(), QStringLiteral("features.0.weight"));
        proxy.sort(TensorTableModel::BytesColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, TensorTableModel::BytesColumn).data().toString(), QStringLiteral("8 B"));
        model.setSnapshot(m_cell);
        QCOMPARE(proxy.rowCount(), 2);
    }

    // The method picker's filter: every word typed, in any order and any case, or nothing.
    void wordFilterProxy()
    {
        QStringListModel names({ QStringLiteral("roi_heads.postprocess_detections"),
                                 QStringLiteral("roi_heads.forward"), QStringLiteral("rpn.filter_proposals"),
                                 QStringLiteral("forward") });
        WordFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&names);
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setWords(QStringLiteral("POST roi"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("roi_heads.postprocess_detections"));
        proxy.setWords(QStringLiteral("  forward "));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setWords(QStringLiteral("forward nowhere"));
        QCOMPARE(proxy.rowCount(), 0);
        names.setStringList({ QStringLiteral("rpn.forward") });
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setWords(QString());
        QCOMPARE(proxy.rowCount(), 1);
    }

    void internalAttributesHidden()
    {
        // `training` and `_is_full_backward_hook` are on every module: hidden when asked.
        AttributeTableModel model;
        ScopeFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), 0);
        model.setSnapshot(m_convNet);
        const int all = proxy.rowCount();
        int internal = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            internal += ScopeFilterProxy::isInternalName(model.index(r, 0).data(NameRole).toString()) ? 1 : 0;
        QVERIFY(internal >= 2 * m_convNet->modules.size()); // training and the hook flag, per module
        proxy.setHideInternal(true);
        QCOMPARE(proxy.rowCount(), all - internal);
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const QString name = proxy.index(r, AttributeTableModel::NameColumn).data().toString();
            QVERIFY2(name != QLatin1String("training") && !name.startsWith(QLatin1Char('_')), qPrintable(name));
        }
        QVERIFY(proxy.rowCount() > 0); // labels, thresholds, scale, ... remain
        model.setSnapshot(nullptr);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setHideInternal(false);
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
