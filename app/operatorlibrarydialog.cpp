// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "operatorlibrarydialog.h"

#include "common/operatorlibraries.h"
#include "common/usererror.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace jitscope {

namespace {

const QString kKey = QStringLiteral("operatorLibraries");

} // namespace

OperatorLibraryDialog::OperatorLibraryDialog(QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Operator Libraries"));
    auto* intro = new QLabel(tr("Shared libraries that define TorchScript operators and classes libtorch lacks "
                                "(torchvision's _C library for torchvision::nms), as torch.ops.load_library "
                                "loads them. They are loaded at every start. Loading a library runs its code: "
                                "add only libraries you trust."),
                             this);
    intro->setWordWrap(true);
    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* addButton = buttons->addButton(tr("&Add…"), QDialogButtonBox::ActionRole);
    QPushButton* removeButton = buttons->addButton(tr("&Remove"), QDialogButtonBox::ActionRole);
    connect(addButton, &QPushButton::clicked, this, &OperatorLibraryDialog::add);
    connect(removeButton, &QPushButton::clicked, this, &OperatorLibraryDialog::remove);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, removeButton,
            [this, removeButton] { removeButton->setEnabled(m_list->currentItem() != nullptr); });
    removeButton->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(640, 320);
    refresh();
}

QStringList OperatorLibraryDialog::configured()
{
    return QSettings().value(kKey).toStringList();
}

QStringList OperatorLibraryDialog::loadConfigured()
{
    QStringList failures;
    for (const QString& path : configured()) {
        try {
            OperatorLibraries::load(path);
        } catch (const UserError& e) {
            failures << e.message();
        }
    }
    return failures;
}

void OperatorLibraryDialog::addAndLoad(const QString& path)
{
    OperatorLibraries::load(path);
    QStringList paths = configured();
    if (!paths.contains(path)) {
        paths << path;
        QSettings().setValue(kKey, paths);
    }
}

void OperatorLibraryDialog::add()
{
    QString dir = QFileInfo(OperatorLibraries::providerOf(QStringLiteral("torchvision::nms"))).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Add Operator Library"), dir,
                                                      tr("Shared libraries (*.so *.so.*);;All files (*)"));
    if (path.isEmpty())
        return;
    try {
        addAndLoad(path);
        m_status->setText(tr("Loaded %1.").arg(QFileInfo(path).fileName()));
        refresh();
        Q_EMIT libraryLoaded(path);
    } catch (const UserError& e) {
        m_status->setText(e.message());
    }
}

void OperatorLibraryDialog::remove()
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    QStringList paths = configured();
    paths.removeAll(item->text());
    QSettings().setValue(kKey, paths);
    m_status->setText(tr("Removed; a loaded library stays loaded until JitScope restarts."));
    refresh();
}

void OperatorLibraryDialog::refresh()
{
    m_list->clear();
    const QStringList loaded = OperatorLibraries::loaded();
    for (const QString& path : configured()) {
        auto* item = new QListWidgetItem(path, m_list);
        const bool isLoaded = loaded.contains(QFileInfo(path).canonicalFilePath());
        item->setToolTip(isLoaded ? tr("Loaded") : tr("Not loaded: it failed at start, or the file is gone"));
        if (!isLoaded)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
}

} // namespace jitscope
