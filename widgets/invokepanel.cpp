// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "invokepanel.h"

#include "session/isolatedinvoke.h"

#include "common/usererror.h"
#include "elidedcombobox.h"
#include "flowlayout.h"
#include "runerrorview.h"
#include "session/document.h"
#include "session/modelsession.h"
#include "values/runfailure.h"
#include "values/valueexpr.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jitscope {

namespace {

// An argument field's properties: what its tooltip says while its text parses, and why it does
// not parse (empty when it does).
constexpr const char* kHint = "jitscopeHint";
constexpr const char* kProblem = "jitscopeProblem";

// What an argument's field says when hovered: what it takes, and where a tensor filled in came from.
QString argumentHint(const ArgumentInfo& arg, const QString& example)
{
    if (!arg.hasDefault && !arg.example.isEmpty())
        return InvokePanel::tr("A tensor; filled in with a shape that %1, the first layer reading it, takes")
            .arg(arg.exampleLayer.isEmpty() ? InvokePanel::tr("the module") : arg.exampleLayer);
    if (arg.type == QLatin1String("Tensor"))
        return InvokePanel::tr("A tensor, e.g. randn(2, 3) or load(\"x.npy\")");
    return example.isEmpty() ? InvokePanel::tr("A value of type %1").arg(arg.type)
                             : InvokePanel::tr("A value of type %1, e.g. %2").arg(arg.type, example);
}

} // namespace

InvokePanel::InvokePanel(ModelSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_picker(new ElidedComboBox(this))
    , m_title(new QLabel(this))
    , m_form(new QFormLayout)
    , m_runButton(new QPushButton(tr("Run"), this))
    , m_observeButton(new QPushButton(tr("Observe"), this))
    , m_isolated(new QCheckBox(tr("Isolated"), this))
    , m_dtypeNote(new QLabel(this))
    , m_status(new QLabel(this))
    , m_results(new QTreeWidget(this))
    , m_error(new RunErrorView(this))
    , m_resultStack(new QStackedWidget(this))
    , m_history(new QListWidget(this))
{
    m_picker->setToolTip(tr("Any method of any module: forward and @torch.jit.export ones"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picker->setMinimumContentsLength(12);
    connect(m_picker, &QComboBox::activated, this, [this](int index) {
        const QStringList call = m_picker->itemData(index).toStringList();
        if (call.size() != 2)
            return;
        setMethod(call[0], call[1]);
        Q_EMIT methodPicked(call[0], call[1]);
    });
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    // A long type (`targets: Optional[List[Dict[str, Tensor]]]`) puts its field on the next line
    // rather than squeeze it to a few letters in a narrow dock.
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_runButton->setToolTip(tr("Call the method with these arguments (Ctrl+Enter)"));
    connect(m_runButton, &QPushButton::clicked, this, &InvokePanel::run);
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &InvokePanel::run);
    m_observeTip = tr("Call it once recording every value's shape and statistics, then time every node: shapes on "
                      "the graph's edges, a time heat map and a module summary (Ctrl+Shift+Enter)");
    m_observeButton->setToolTip(m_observeTip);
    connect(m_observeButton, &QPushButton::clicked, this, &InvokePanel::runObserved);
    auto* observeShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), this);
    observeShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(observeShortcut, &QShortcut::activated, this, &InvokePanel::runObserved);
    connect(m_isolated, &QCheckBox::toggled, this, [this](bool isolated) {
        m_observeButton->setEnabled(!isolated && currentMethod());
        m_observeButton->setToolTip(isolated ? tr("Observing runs in this process: switch Isolated off to observe")
                                             : m_observeTip);
    });
    m_isolated->setToolTip(tr("Run in a separate process on the archive as saved (in this module's mode, device "
                              "and dtype): a crash inside libtorch ends that process, not the window. The outputs "
                              "are shown but not kept as $N."));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // wraps; never widens the dock
    m_results->setHeaderLabels({ tr("Result"), tr("Type"), tr("Value") });
    m_results->header()->setStretchLastSection(true);
    m_history->setToolTip(tr("Earlier calls; later arguments name their results $0, $1, …"));
    connect(m_history, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        // Double-click: the same call again, arguments as they were.
        const QStringList call = item->data(Qt::UserRole).toStringList();
        if (call.size() < 2)
            return;
        setMethod(call[0], call[1]);
        for (int i = 2; i < call.size(); ++i)
            setArgument(i - 2, call[i]);
        run();
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(callBox());
    layout->addWidget(resultsAndHistory(), 1);

    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString ref = item->data(0, Qt::UserRole).toString();
        if (!ref.isEmpty())
            Q_EMIT tensorActivated(TensorRef::history(ref));
    });
    connectDocumentActions();
    rebuildFields();
}

// The call: the method picker, its title, one field per argument, the buttons and the status.
QWidget* InvokePanel::callBox()
{
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(4, 4, 4, 4);
    topLayout->addWidget(m_picker);
    topLayout->addWidget(m_title);
    topLayout->addLayout(m_form);
    m_dtypeNote->setObjectName(QStringLiteral("InputDtypeNote"));
    m_dtypeNote->setWordWrap(true);
    m_dtypeNote->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_dtypeNote->hide();
    topLayout->addWidget(m_dtypeNote);
    // Wraps in a narrow dock (or a longer language) rather than widening it.
    auto* row = new FlowLayout;
    row->addWidget(m_runButton);
    row->addWidget(m_observeButton);
    row->addWidget(m_isolated);
    topLayout->addLayout(row);
    topLayout->addWidget(m_status); // a row of its own: a long message never squeezes the buttons
    return top;
}

// The result, or why there is none, above the history of calls.
QWidget* InvokePanel::resultsAndHistory()
{
    m_resultStack->addWidget(m_results);
    m_resultStack->addWidget(m_error);
    // The call above, as tall as its fields and wrapped buttons need; the result and the history
    // share the rest.
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_resultStack);
    auto* historyBox = new QWidget(this);
    auto* historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 2, 0, 0);
    historyLayout->setSpacing(2);
    auto* historyTitle = new QLabel(tr("History — double-click a call to run it again"), historyBox);
    historyTitle->setWordWrap(true); // narrow docks wrap it rather than widen the window
    historyLayout->addWidget(historyTitle);
    historyLayout->addWidget(m_history);
    splitter->addWidget(historyBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 400, 140 });
    return splitter;
}

void InvokePanel::onSelectionChanged(const QString& module, const QString&)
{
    const QString method = document()->shownMethod();
    if (!method.isEmpty())
        setMethod(module, method);
}

// What the panel does to the attached document: picks its method, shows an observed run on its
// graph, drops that run once the inputs change.
void InvokePanel::connectDocumentActions()
{
    connect(this, &InvokePanel::methodPicked, this, [this](const QString& module, const QString& method) {
        if (document())
            document()->select(module, method);
    });
    connect(this, &InvokePanel::observedRun, this, [this](const ObservedRunPtr& run) {
        if (document())
            document()->setObservedRun(run);
    });
    connect(this, &InvokePanel::argumentsEdited, this, [this] {
        if (document())
            document()->dropObservedRun(tr("the call's inputs were edited"));
    });
}

void InvokePanel::setSnapshot(const SnapshotPtr& snapshot)
{
    m_snapshot = snapshot;
    m_picker->clear();
    if (snapshot)
        for (const MethodInfo& m : snapshot->methods) {
            m_picker->addItem(m.qualifiedName(), QStringList { m.module, m.name });
            m_picker->setItemData(m_picker->count() - 1, m.schema, Qt::ToolTipRole);
        }
    m_history->clear();
    m_calls.clear();
    m_results->clear();
    m_resultStack->setCurrentWidget(m_results); // no failure of the last archive's call shown
    m_status->clear();
    m_module.clear();
    m_method.clear();
    rebuildFields();
    showDtypeNote();
}

void InvokePanel::showDtypeNote()
{
    // Inputs take the module's floating-point type (ValueEvaluator): say so where it is not the
    // default, and what this device cannot compute in it.
    const QString dtype = m_snapshot && !m_compiled ? m_snapshot->floatingDtype() : QString();
    if (dtype.isEmpty() || dtype == QLatin1String("mixed") || dtype == QLatin1String("float32")) {
        m_dtypeNote->hide();
        return;
    }
    QString note = tr("Float inputs are made %1, the module's type, unless they say dtype=.").arg(dtype);
    const QString limitation = m_snapshot->dtypeLimitations.value(dtype);
    if (!limitation.isEmpty())
        note += QStringLiteral("<br><span style='color:#a02020'>%1</span>").arg(limitation.toHtmlEscaped());
    m_dtypeNote->setText(note);
    m_dtypeNote->show();
}

void InvokePanel::updateSnapshot(const SnapshotPtr& snapshot)
{
    m_snapshot = snapshot;
    m_calls.clear(); // another mode, dtype or device: optimized anew
    showDtypeNote();
    if (!currentMethod())
        rebuildFields();
}

void InvokePanel::setFunctions(const QList<MethodInfo>& functions)
{
    m_compiled = true;
    m_calls.clear();
    m_picker->hide(); // the scratch pad has its own function list
    m_isolated->hide(); // compiled functions live in this process only
    m_observeButton->hide(); // observing draws on a module's graph
    m_functions = functions;
    m_resultStack->setCurrentWidget(m_results);
    rebuildFields();
}

const MethodInfo* InvokePanel::currentMethod() const
{
    if (!m_compiled)
        return m_snapshot ? m_snapshot->method(m_module, m_method) : nullptr;
    for (const MethodInfo& f : m_functions)
        if (f.name == m_method)
            return &f;
    return nullptr;
}

void InvokePanel::setMethod(const QString& module, const QString& method)
{
    if (module == m_module && method == m_method)
        return;
    m_module = module;
    m_method = method;
    rebuildFields();
}

void InvokePanel::setArgument(int index, const QString& text)
{
    if (index >= 0 && index < m_fields.size())
        m_fields[index]->setText(text);
}

void InvokePanel::rebuildFields()
{
    ++m_inputsGeneration; // another method, or another archive
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fields.clear();
    m_names.clear();
    const MethodInfo* method = currentMethod();
    m_runButton->setEnabled(method != nullptr);
    m_observeButton->setEnabled(method != nullptr && !m_isolated->isChecked());
    {
        const QSignalBlocker blocker(m_picker);
        m_picker->setCurrentIndex(m_picker->findData(QStringList { m_module, m_method }));
    }
    if (!method) {
        m_title->setText(m_compiled ? tr("<i>Compile, then pick a function to run it.</i>")
                                    : tr("<i>Select a method to run it.</i>"));
        return;
    }
    m_title->setText(tr("<b>%1</b>").arg(method->qualifiedName().toHtmlEscaped()));
    m_title->setToolTip(method->schema);
    for (const ArgumentInfo& arg : method->arguments) {
        if (arg.name == QLatin1String("self"))
            continue;
        auto* field = new QLineEdit(this);
        field->setMinimumWidth(field->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 16);
        // A hint, worded so it cannot pass for a value: Run with an empty field says so. Short
        // enough for the narrowest field; the tooltip says it whole.
        const QString example = ValueExpr::exampleOf(arg.type); // the type itself is the row's label
        field->setPlaceholderText(example.isEmpty() ? tr("a value of this type") : tr("e.g. %1").arg(example));
        field->setProperty(kHint, argumentHint(arg, example));
        if (arg.hasDefault)
            field->setText(arg.defaultValue == QLatin1String("1.") ? QStringLiteral("1.0") : arg.defaultValue);
        else if (!arg.example.isEmpty())
            field->setText(arg.example); // one the first layer reading it takes: Run works before anything is typed
        connect(field, &QLineEdit::textChanged, this, [this, field] {
            validate(field);
            ++m_inputsGeneration;
            if (m_observedShown)
                Q_EMIT argumentsEdited();
        });
        connect(field, &QLineEdit::returnPressed, this, &InvokePanel::run);
        m_form->addRow(QStringLiteral("%1: %2").arg(arg.name, arg.type), field);
        m_fields << field;
        m_names << arg.name;
        validate(field);
    }
}

void InvokePanel::validate(QLineEdit* field)
{
    QString problem;
    if (!field->text().trimmed().isEmpty()) {
        try {
            ValueExpr::parse(field->text());
        } catch (const UserError& e) {
            problem = e.message();
        }
    }
    field->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("QLineEdit { background: #fde8e8; }"));
    field->setProperty(kProblem, problem);
    field->setToolTip(problem.isEmpty() ? field->property(kHint).toString() : problem);
}

std::optional<QStringList> InvokePanel::arguments()
{
    QStringList arguments;
    for (int i = 0; i < m_fields.size(); ++i) {
        const QString text = m_fields[i]->text().trimmed();
        if (text.isEmpty()) {
            m_status->setText(tr("Argument '%1' has no value.").arg(m_names[i]));
            return std::nullopt;
        }
        if (const QString problem = m_fields[i]->property(kProblem).toString(); !problem.isEmpty()) {
            m_status->setText(tr("Argument '%1': %2").arg(m_names[i], problem));
            return std::nullopt;
        }
        arguments << m_names[i] + QLatin1Char('=') + text;
    }
    return arguments;
}

bool InvokePanel::run()
{
    if (!currentMethod())
        return false;
    InvokeRequest request;
    request.compiled = m_compiled;
    request.module = m_module;
    request.method = m_method;
    const std::optional<QStringList> given = arguments();
    if (!given)
        return false;
    request.arguments = *given;
    if (m_isolated->isChecked() && !m_compiled) {
        runIsolated(request.arguments);
        return true;
    }
    m_status->setText(tr("Running…"));
    // Every call answers, in order: each result is a $N in the history.
    m_session->invoke(request).then(
        this,
        [this, key = QString(request.module + QLatin1Char(':') + request.method)](const InvokeResult& result) {
            onInvoked(result);
            showCallTime(result, key);
        },
        [this](const QString& message) { onFailed(message); });
    return true;
}

bool InvokePanel::runObserved()
{
    if (!currentMethod() || m_compiled || m_isolated->isChecked())
        return false;
    const std::optional<QStringList> given = arguments();
    if (!given)
        return false;
    ObserveRequest request;
    request.call.module = m_module;
    request.call.method = m_method;
    request.call.arguments = *given;
    const qint64 budgetMiB = QSettings().value(QLatin1String(kObserveBudgetSetting), 1024).toLongLong();
    request.keepBytes = std::max<qint64>(0, budgetMiB) * 1024 * 1024;
    m_status->setText(tr("Running observed: recording every value, then timing every node…"));
    const quint64 generation = m_inputsGeneration;
    m_session->observe(request).then(
        this,
        [this, generation](const ObservedRunPtr& run) {
            if (run->result) {
                onInvoked(*run->result);
                QString text
                    = tr("$%1 observed: %n value(s)", nullptr, int(run->values.size())).arg(run->result->historyIndex);
                if (run->timeMs)
                    text += QStringLiteral(", %1 ms").arg(QLocale().toString(*run->timeMs, 'f', 2));
                if (run->notKept > 0)
                    text += tr("; %n tensor(s) over the budget show statistics only", nullptr, run->notKept);
                m_status->setText(text);
            } else {
                onFailed(run->error);
            }
            // The graph shows runs of the inputs as they are: one of edited inputs is not drawn.
            if (generation == m_inputsGeneration)
                Q_EMIT observedRun(run);
        },
        [this](const QString& message) { onFailed(message); });
    return true;
}

void InvokePanel::runIsolated(const QStringList& arguments)
{
    const QString refusal = IsolatedInvoke::unsupported(arguments);
    if (!refusal.isEmpty() || !m_snapshot) {
        m_status->setText(refusal);
        return;
    }
    IsolatedRequest request;
    request.path = m_snapshot->archive.path;
    request.module = m_module;
    request.method = m_method;
    request.arguments = arguments;
    request.device = m_snapshot->device();
    const QString dtype = m_snapshot->floatingDtype();
    if (dtype != QLatin1String("mixed"))
        request.dtype = dtype;
    request.training = !m_snapshot->modules.isEmpty() && m_snapshot->modules.first().training;
    m_status->setText(tr("Running in a separate process…"));
    IsolatedInvoke::run(
        request, this,
        [this, arguments](const InvokeResult& result) {
            m_resultStack->setCurrentWidget(m_results);
            m_results->clear();
            addValue(nullptr, m_results, tr("isolated"), QString(), result.outputs);
            m_results->resizeColumnToContents(0);
            m_results->resizeColumnToContents(1);
            // A fresh process each time: always the method's first call, profiled as it runs.
            m_status->setText(tr("In a separate process, %1 ms: a first call there, slower than the method's "
                                 "speed (TorchScript profiles it as it runs)")
                                  .arg(QLocale().toString(result.latencyMs, 'f', 3)));
            Q_EMIT finished(true);
        },
        [this](const QString& message) { onFailed(message); });
}

void InvokePanel::addValue(QTreeWidgetItem* parent, QTreeWidget* tree, const QString& name, const QString& ref,
                           const ValueInfo& value)
{
    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
    item->setText(0, name);
    item->setText(1, value.type == QLatin1String("Tensor") ? value.summary() : value.type);
    if (value.type == QLatin1String("Tensor")) {
        // `ref` names the tensor in the history grammar ($2, $2[1]); empty inside dicts.
        if (!ref.isEmpty()) {
            item->setData(0, Qt::UserRole, ref);
            item->setToolTip(0, tr("%1 — double-click to open it in the tensor viewer").arg(ref));
        }
        QStringList shown;
        for (qsizetype i = 0; i < value.values.size() && i < 12; ++i)
            shown << QString::number(value.values[i], 'g', 5);
        if (value.valuesOmitted || value.values.size() > 12)
            shown << QStringLiteral("…");
        item->setText(2, QLatin1Char('[') + shown.join(QLatin1String(", ")) + QLatin1Char(']'));
    } else if (value.type == QLatin1String("Dict")) {
        for (qsizetype i = 0; i + 1 < value.items.size(); i += 2) {
            // Entries keep a history name when their key can be written: $2["gain"], $2[3].
            const ValueInfo& key = value.items[i];
            QString child;
            if (!ref.isEmpty() && key.type == QLatin1String("str")) {
                QString text = key.scalar.toString();
                text.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
                child = ref + QLatin1String("[\"") + text + QLatin1String("\"]");
            } else if (!ref.isEmpty() && key.type == QLatin1String("int")) {
                child = ref + QLatin1Char('[') + key.scalar.toString() + QLatin1Char(']');
            }
            addValue(item, tree, key.summary(), child, value.items[i + 1]);
        }
    } else if (!value.items.isEmpty()) {
        for (qsizetype i = 0; i < value.items.size(); ++i)
            addValue(item, tree, QStringLiteral("[%1]").arg(i),
                     ref.isEmpty() ? QString() : ref + QStringLiteral("[%1]").arg(i), value.items[i]);
    } else {
        item->setText(2, value.summary());
    }
    // The dock cuts a long row at its edge: the values and the type whole under the pointer.
    for (int column : { 1, 2 })
        item->setToolTip(column, item->text(column));
    item->setExpanded(true);
}

void InvokePanel::onInvoked(const InvokeResult& result)
{
    m_resultStack->setCurrentWidget(m_results);
    m_results->clear();
    const QString ref = QStringLiteral("$%1").arg(result.historyIndex);
    addValue(nullptr, m_results, ref, ref, result.outputs);
    m_results->resizeColumnToContents(0);
    m_results->resizeColumnToContents(1);
    m_results->horizontalScrollBar()->setValue(0); // a wide earlier result must not hide $N
    m_status->setText(tr("$%1 in %2 ms").arg(result.historyIndex).arg(QLocale().toString(result.latencyMs, 'f', 3)));
    const QString label = QStringLiteral("$%1 = %2(%3) → %4")
                              .arg(result.historyIndex)
                              .arg((m_module.isEmpty() ? QString() : m_module + QLatin1Char('.')) + m_method,
                                   result.argumentsText, result.outputs.summary());
    auto* item = new QListWidgetItem(label, m_history);
    item->setToolTip(label); // the whole call, cut at the dock's edge
    QStringList call { m_module, m_method };
    for (QLineEdit* f : std::as_const(m_fields))
        call << f->text();
    item->setData(Qt::UserRole, call);
    m_history->scrollToBottom();
    Q_EMIT finished(true);
}

void InvokePanel::showCallTime(const InvokeResult& result, const QString& key)
{
    // The profiling executor profiles on a method's first call and optimizes on its second
    // (a scripted ResNet-18: 242 ms, 100 ms, then 66 ms): their times are not the method's speed.
    // An observed run has an executor of its own and does not count.
    const int call = ++m_calls[key];
    if (call <= 2)
        m_status->setText(tr("$%1 in %2 ms, call %3 of this method: TorchScript optimizes a method over its first "
                             "two calls, so its speed shows from the third")
                              .arg(result.historyIndex)
                              .arg(QLocale().toString(result.latencyMs, 'f', 3))
                              .arg(call));
}

void InvokePanel::onFailed(const QString& message)
{
    // The cause where the result would be, wrapped and whole; the traceback one click away.
    const RunFailure failure = describeRunFailure(message);
    const QString call = (m_module.isEmpty() ? QString() : m_module + QLatin1Char('.')) + m_method;
    m_status->clear(); // the failure says itself where the result would be
    m_results->clear();
    m_error->setFailure(call, failure);
    m_resultStack->setCurrentWidget(m_error);
    Q_EMIT finished(false);
}

} // namespace jitscope
