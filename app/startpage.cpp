// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startpage.h"

#include "examples.h"
#include "recentfiles.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace jitscope {

namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    label->setFont(f);
    return label;
}

// A list entry with a bold first line and a quieter second one.
void addEntry(QListWidget* list, const QString& title, const QString& detail, const QString& data, const QString& tip)
{
    auto* item = new QListWidgetItem(list);
    item->setData(Qt::UserRole, data);
    item->setToolTip(tip);
    // Qt's rich text knows no palette() colour: the quieter line gets the palette's own.
    const QString quiet = list->palette().color(QPalette::PlaceholderText).name();
    auto* label = new QLabel(QStringLiteral("<b>%1</b><br><span style=\"color:%3\">%2</span>")
                                 .arg(title.toHtmlEscaped(), detail.toHtmlEscaped(), quiet),
                             list);
    label->setWordWrap(true);
    label->setContentsMargins(6, 4, 6, 4);
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    list->setItemWidget(item, label);
}

// Each entry as tall as its text wrapped at the list's width (sized for 360 px, a one-line
// description stood in two lines of room).
void fitEntries(QListWidget* list)
{
    const int width = list->viewport()->width() - 2 * list->spacing();
    for (int i = 0; i < list->count(); ++i)
        if (auto* label = qobject_cast<QLabel*>(list->itemWidget(list->item(i))))
            list->item(i)->setSizeHint(QSize(0, label->heightForWidth(width) + 4));
}

QListWidget* makeList(QWidget* parent)
{
    auto* list = new QListWidget(parent);
    list->setWordWrap(true);
    list->setSpacing(2);
    list->setFrameShape(QFrame::StyledPanel);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->viewport()->installEventFilter(parent);
    return list;
}

} // namespace

StartPage::StartPage(RecentFiles* recent, QWidget* parent)
    : QWidget(parent)
    , m_recentFiles(recent)
    , m_examples(makeList(this))
    , m_recent(makeList(this))
{
    auto* title = new QLabel(tr("JitScope"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* subtitle = new QLabel(tr("Look inside TorchScript archives: modules, parameters, attributes, methods, "
                                   "code and IR graphs. Checkpoints and .safetensors files open too."),
                                this);
    subtitle->setWordWrap(true);

    auto* openButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")), tr("Open Archive…"), this);
    openButton->setDefault(true);
    connect(openButton, &QPushButton::clicked, this, &StartPage::openFileRequested);
    auto* dropHint = new QLabel(tr("or drop an archive (torch.jit.save), a checkpoint (torch.save) or a "
                                   ".safetensors file anywhere on this window"),
                                this);
    dropHint->setWordWrap(true);
    dropHint->setEnabled(false);

    for (const Example& example : bundledExamples()) {
        addEntry(m_examples, example.title, example.description, example.id,
                 tr("Open the bundled example '%1'").arg(example.id));
    }
    fitEntries(m_examples);
    connect(m_examples, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { Q_EMIT openExampleRequested(item->data(Qt::UserRole).toString()); });
    connect(m_recent, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        const QString path = item->data(Qt::UserRole).toString();
        if (!path.isEmpty())
            Q_EMIT openPathRequested(path);
    });
    connect(m_recentFiles, &RecentFiles::changed, this, &StartPage::updateRecent);
    updateRecent();

    auto* openRow = new QHBoxLayout;
    openRow->addWidget(openButton);
    openRow->addWidget(dropHint, 1);

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(heading(tr("Examples"), this));
    left->addWidget(m_examples);
    auto* right = new QVBoxLayout;
    right->addWidget(heading(tr("Recent Archives"), this));
    right->addWidget(m_recent);
    columns->addLayout(left, 1);
    columns->addSpacing(24);
    columns->addLayout(right, 1);

    auto* inner = new QVBoxLayout;
    inner->addWidget(title);
    inner->addWidget(subtitle);
    inner->addSpacing(16);
    inner->addLayout(openRow);
    inner->addSpacing(16);
    inner->addLayout(columns, 1);

    auto* frame = new QWidget(this);
    frame->setLayout(inner);
    frame->setMaximumWidth(1000);
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(32, 32, 32, 32);
    outer->addStretch();
    outer->addWidget(frame, 10);
    outer->addStretch();
}

bool StartPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize)
        for (QListWidget* list : { m_examples, m_recent })
            if (watched == list->viewport())
                fitEntries(list);
    return QWidget::eventFilter(watched, event);
}

void StartPage::updateRecent()
{
    m_recent->clear();
    for (const QString& path : m_recentFiles->files()) {
        const QFileInfo fi(path);
        const QString detail
            = QDir::toNativeSeparators(fi.absolutePath()) + (fi.exists() ? QString() : tr(" (missing)"));
        addEntry(m_recent, fi.fileName(), detail, path, path);
    }
    fitEntries(m_recent);
    if (m_recentFiles->files().isEmpty()) {
        auto* item = new QListWidgetItem(tr("No archives opened yet."), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace jitscope
