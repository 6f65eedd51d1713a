// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelstatebar.h"

#include "session/buildinfo.h"
#include "session/document.h"
#include "session/modelsession.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QStyle>

namespace jitscope {

ModelStateBar::ModelStateBar(QWidget* parent)
    : QToolBar(tr("Model State"), parent)
    , m_mode(new QComboBox(this))
    , m_device(new QComboBox(this))
    , m_dtype(new QComboBox(this))
{
    setObjectName(QStringLiteral("ModelStateToolBar"));
    m_mode->addItem(tr("eval"), false);
    m_mode->addItem(tr("train"), true);
    m_mode->setToolTip(
        tr("train() or eval() on every submodule: dropout and batch norm behave accordingly in scripted code.\n"
           "Traced submodules keep the train/eval behaviour they were traced in: tracing recorded one path, "
           "so switching the mode does not change what they compute."));
    m_device->addItems(availableDevices());
    m_device->setToolTip(tr("The device the module's parameters and buffers live on; inputs follow it."));
    m_dtype->addItems({ QStringLiteral("float32"), QStringLiteral("float64"), QStringLiteral("float16"),
                        QStringLiteral("bfloat16") });
    m_dtypeTip = tr("The floating-point type of the module's parameters and buffers.");
    m_dtype->setToolTip(m_dtypeTip);

    addWidget(new QLabel(tr(" Mode "), this));
    addWidget(m_mode);
    addWidget(new QLabel(tr(" Device "), this));
    addWidget(m_device);
    // Always present so the reason it is off can be read from it.
    m_gpu = addAction(tr("To GPU"));
    const QString reason = cudaUnavailableReason();
    m_gpu->setEnabled(reason.isEmpty());
    m_gpu->setToolTip(reason.isEmpty() ? tr("Move the module to cuda:0") : reason);
    m_gpu->setStatusTip(reason);
    addWidget(new QLabel(tr(" Dtype "), this));
    addWidget(m_dtype);

    connect(m_mode, &QComboBox::activated, this,
            [this](int index) { Q_EMIT trainingRequested(m_mode->itemData(index).toBool()); });
    connect(m_device, &QComboBox::activated, this,
            [this](int index) { Q_EMIT moveRequested(m_device->itemText(index), QString()); });
    connect(m_dtype, &QComboBox::activated, this,
            [this](int index) { Q_EMIT moveRequested(QString(), m_dtype->itemText(index)); });
    connect(m_gpu, &QAction::triggered, this, [this] { Q_EMIT moveRequested(QStringLiteral("cuda:0"), QString()); });
    // The changes picked go to the attached document's session; it gets the module's new state.
    connect(this, &ModelStateBar::trainingRequested, this, [this](bool training) {
        if (document() && document()->isOpen())
            send(document()->session()->setTraining(training));
    });
    connect(this, &ModelStateBar::moveRequested, this, [this](const QString& device, const QString& dtype) {
        if (document() && document()->isOpen())
            send(document()->session()->moveTo(device, dtype));
    });
    setSnapshot(nullptr);
}

void ModelStateBar::send(Job<SnapshotPtr> job)
{
    setBusy(true);
    job.tag(QStringLiteral("state"))
        .then(
            this,
            [this](const SnapshotPtr& snapshot) {
                if (document())
                    document()->updateSnapshot(snapshot);
            },
            [this](const QString& message) {
                if (document())
                    setSnapshot(document()->snapshot()); // back to the state the module is still in
                Q_EMIT failed(message);
            });
}

void ModelStateBar::setSnapshot(const SnapshotPtr& snapshot)
{
    m_snapshot = snapshot;
    showState();
}

void ModelStateBar::setBusy(bool busy)
{
    for (QWidget* w :
         { static_cast<QWidget*>(m_mode), static_cast<QWidget*>(m_device), static_cast<QWidget*>(m_dtype) })
        w->setEnabled(!busy && m_snapshot && !m_snapshot->archive.isCheckpoint()); // a checkpoint has no module
}

void ModelStateBar::showState()
{
    const QSignalBlocker b1(m_mode), b2(m_device), b3(m_dtype);
    setBusy(false);
    if (!m_snapshot)
        return;
    const bool training = !m_snapshot->modules.isEmpty() && m_snapshot->modules.first().training;
    m_mode->setCurrentIndex(training ? 1 : 0);
    const QString device = m_snapshot->device();
    if (m_device->findText(device) < 0)
        m_device->addItem(device);
    m_device->setCurrentText(device);
    const QString dtype = m_snapshot->floatingDtype();
    // "mixed" or no floating-point tensor at all: show it, but it is not a target to pick.
    const int mixed = m_dtype->findText(tr("mixed"));
    if (mixed >= 0)
        m_dtype->removeItem(mixed);
    if (dtype == QLatin1String("mixed")) {
        m_dtype->addItem(tr("mixed"));
        m_dtype->setCurrentIndex(m_dtype->count() - 1);
    } else if (!dtype.isEmpty()) {
        m_dtype->setCurrentText(dtype);
    }
    // A type this device cannot compute in is marked before it is picked (float16 convolutions
    // on the CPU), and while the module is in it.
    QString current;
    for (int i = 0; i < m_dtype->count(); ++i) {
        const QString limitation
            = m_dtype->itemText(i) == tr("mixed") ? QString() : dtypeLimitation(device, m_dtype->itemText(i));
        m_dtype->setItemData(i, limitation.isEmpty() ? QVariant() : QVariant(limitation), Qt::ToolTipRole);
        m_dtype->setItemData(
            i, limitation.isEmpty() ? QVariant() : QVariant(style()->standardIcon(QStyle::SP_MessageBoxWarning)),
            Qt::DecorationRole);
        if (i == m_dtype->currentIndex())
            current = limitation;
    }
    m_dtype->setToolTip(current.isEmpty() ? m_dtypeTip : m_dtypeTip + QStringLiteral("\n") + current);
}

} // namespace jitscope
