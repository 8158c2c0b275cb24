// SPDX-License-Identifier: BSD-3-Clause
#include "deviceswidget.h"

#include "accessiblenews.h"
#include "headinglabel.h"
#include "widgetslogging.h"

#include "core/clock.h"
#include "engine/activator.h"
#include "engine/authorizedjob.h"
#include "online/devicelistjob.h"
#include "online/devicereleasejob.h"
#include "online/devicerenamejob.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Keyway {

DevicesWidget::DevicesWidget(const VendorConfig &config, QWidget *parent)
    : QWidget(parent), m_config(config)
{
    setObjectName(QStringLiteral("devicesSection"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new HeadingLabel(tr("Computers using your licenses"), this);
    m_heading->setObjectName(QStringLiteral("devicesHeading"));
    layout->addWidget(m_heading);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("devicesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    // Focusable: it holds the focus while an action runs.
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_message);
    showMessage(tr("See which computers use your licenses, rename this one, or remove one you no "
                   "longer use."));

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("devicesList"));
    m_list->setAccessibleName(tr("Computers on your account"));
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setHeaderLabels({tr("Computer"), tr("Last used"), tr("State")});
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->setMinimumHeight(fontMetrics().height() * 6);
    m_list->hide();
    layout->addWidget(m_list);

    m_seats = new QLabel(this);
    m_seats->setObjectName(QStringLiteral("devicesSeats"));
    m_seats->setWordWrap(true);
    m_seats->setTextFormat(Qt::PlainText);
    m_seats->hide();
    layout->addWidget(m_seats);

    auto *buttons = new QHBoxLayout;
    m_showButton = new QPushButton(tr("S&how computers"), this);
    m_showButton->setObjectName(QStringLiteral("devicesShowButton"));
    m_showButton->setAccessibleDescription(
        tr("Asks the license server which computers use your licenses."));
    buttons->addWidget(m_showButton);
    m_renameButton = new QPushButton(tr("R&ename this computer…"), this);
    m_renameButton->setObjectName(QStringLiteral("devicesRenameButton"));
    m_renameButton->setAccessibleDescription(
        tr("The name this computer has in your account's list of computers."));
    buttons->addWidget(m_renameButton);
    m_removeButton = new QPushButton(tr("Remo&ve from account…"), this);
    m_removeButton->setObjectName(QStringLiteral("devicesRemoveButton"));
    m_removeButton->setAccessibleDescription(
        tr("Frees the seats of the computer chosen in the list, for example one that was "
           "sold, lost or reinstalled."));
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    // Outside a dialog a push button ignores Enter unless it is auto-default.
    for (QPushButton *button : {m_showButton, m_renameButton, m_removeButton})
        button->setAutoDefault(true);

    connect(m_showButton, &QPushButton::clicked, this, &DevicesWidget::load);
    connect(m_renameButton, &QPushButton::clicked, this, &DevicesWidget::renameThisComputer);
    connect(m_removeButton, &QPushButton::clicked, this, &DevicesWidget::removeSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DevicesWidget::updateButtons);
    updateButtons();
}

DevicesWidget::~DevicesWidget()
{
    if (m_running)
        m_running->cancel();
}

void DevicesWidget::setActivator(Activator *activator)
{
    if (m_activator)
        disconnect(m_activator, nullptr, this, nullptr);
    m_activator = activator;
    if (m_activator)
        connect(m_activator, &Activator::changed, this, &DevicesWidget::updateButtons);
    updateButtons();
}

QString DevicesWidget::message() const
{
    return m_message->text();
}

void DevicesWidget::updateButtons()
{
    const bool online = m_activator && m_activator->isSignedIn();
    setVisible(online);
    const bool busy = isBusy();
    m_showButton->setText(m_loaded ? tr("Refres&h the list") : tr("S&how computers"));
    m_showButton->setEnabled(online && !busy);
    m_renameButton->setVisible(m_loaded);
    m_renameButton->setEnabled(online && !busy && m_model.currentRow() >= 0);
    m_removeButton->setVisible(m_loaded);
    const QTreeWidgetItem *item = m_list->currentItem();
    const int row = item ? m_list->indexOfTopLevelItem(const_cast<QTreeWidgetItem *>(item)) : -1;
    m_removeButton->setEnabled(online && !busy && row >= 0 && m_model.rows().value(row).removable);
}

void DevicesWidget::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setAccessibleName(message);
    m_message->setVisible(!message.isEmpty());
}

void DevicesWidget::setRunning(Job *job)
{
    m_running = job;
    updateButtons();
}

void DevicesWidget::run(AuthorizedJob *job, const QString &busyMessage,
                        std::function<void(AuthorizedJob *)> then)
{
    if (m_newsControl)
        AccessibleNews::clearNews(m_newsControl);
    showMessage(busyMessage);
    // The buttons are disabled meanwhile: the focus waits on the message, not on a dead button.
    // A step that follows another (the list after a rename) keeps the first one's origin.
    if (!m_busyOrigin) {
        QWidget *focus = window()->focusWidget();
        m_busyOrigin = focus && isAncestorOf(focus) && focus != m_message ? focus : nullptr;
    }
    if (m_busyOrigin)
        m_message->setFocus();
    connect(job, &Job::finished, this, [this, job, then] {
        m_running = nullptr;
        then(job);
    });
    setRunning(job);
    job->start();
}

void DevicesWidget::load()
{
    if (isBusy() || !m_activator)
        return;
    list(QString());
}

void DevicesWidget::list(const QString &after)
{
    run(m_activator->listDevices(), tr("Looking up the computers on your account…"),
        [this, after](AuthorizedJob *job) {
            if (job->hasError()) {
                qCInfo(lcWidgets) << "devices list failed:" << errorCodeName(job->error().code)
                                  << job->error().detail;
                done(tr("The list of computers could not be loaded: %1").arg(job->error().message),
                     job->error());
                return;
            }
            const DeviceListJob *request = job->request<DeviceListJob>();
            m_model.setDevices(request->devices(), request->licenses(), Clock::current(),
                               &m_config);
            m_loaded = true;
            showList();
            done(after.isEmpty() ? m_model.countMessage() : after);
        });
}

void DevicesWidget::showList()
{
    const QString selected =
        m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toString() : QString();
    m_list->clear();
    for (const DeviceListModel::Row &row : m_model.rows()) {
        auto *item = new QTreeWidgetItem(m_list, {row.label, row.lastUse, row.state});
        item->setData(0, Qt::UserRole, row.id);
        item->setData(0, Qt::AccessibleTextRole, row.accessibleText);
        item->setToolTip(2, row.state);
        if (row.current) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
        }
    }
    const int again = m_model.rowOf(selected);
    if (again >= 0)
        m_list->setCurrentItem(m_list->topLevelItem(again));
    for (int column = 0; column < 2; ++column)
        m_list->resizeColumnToContents(column);
    m_list->show();
    const QStringList seats = m_model.seatSummary();
    m_seats->setText(seats.join(QLatin1Char(' ')));
    m_seats->setVisible(!seats.isEmpty());
}

void DevicesWidget::done(const QString &message, const Error &error)
{
    m_lastError = error;
    showMessage(message);
    updateButtons();
    // The result is read with the control the action started from, or the list.
    QWidget *focus = m_busyOrigin && m_busyOrigin->isVisible() && m_busyOrigin->isEnabled()
        ? m_busyOrigin.data()
        : (m_list->isVisible() ? static_cast<QWidget *>(m_list) : m_showButton);
    if (m_busyOrigin || window()->focusWidget() == m_message)
        focus->setFocus();
    m_busyOrigin = nullptr;
    if (m_newsControl)
        AccessibleNews::clearNews(m_newsControl);
    m_newsControl = window()->focusWidget() == focus ? focus : nullptr;
    if (m_newsControl)
        AccessibleNews::setNews(m_newsControl, message);
    Q_EMIT finished();
}

void DevicesWidget::renameThisComputer()
{
    const int current = m_model.currentRow();
    if (isBusy() || current < 0)
        return;
    const QString now = m_model.rows().at(current).name;
    const QString name = m_namePrompt
        ? m_namePrompt(now)
        : QInputDialog::getText(this, tr("Rename this computer"),
                                tr("The name of this computer in your account:"), QLineEdit::Normal,
                                now);
    if (name.trimmed().isEmpty() || name.trimmed() == now)
        return;
    if (!DeviceRenameJob::isValidName(name.trimmed())) {
        done(errorMessage(ErrorCode::DeviceNameInvalid), Error(ErrorCode::DeviceNameInvalid));
        return;
    }
    if (!m_activator)
        return;
    // The engine renames it at the server and remembers the name for the next activation.
    run(m_activator->renameDevice(name.trimmed()), tr("Renaming this computer…"),
        [this](AuthorizedJob *job) {
            if (job->hasError()) {
                done(tr("This computer could not be renamed: %1").arg(job->error().message),
                     job->error());
                return;
            }
            list(DeviceListModel::renamedMessage(job->request<DeviceRenameJob>()->device().name));
        });
}

void DevicesWidget::removeSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const int index = item ? m_list->indexOfTopLevelItem(const_cast<QTreeWidgetItem *>(item)) : -1;
    if (isBusy() || index < 0 || !m_model.rows().value(index).removable)
        return;
    const DeviceListModel::Row row = m_model.rows().at(index);
    // Nothing is removed without the person's yes.
    if (!m_confirm
        || !m_confirm(DeviceListModel::removeTitle(row), DeviceListModel::removeText(row),
                      DeviceListModel::removeAccept()))
        return;
    if (!m_activator)
        return;
    run(m_activator->releaseDevice(row.id), tr("Removing “%1” from your account…").arg(row.name),
        [this, row](AuthorizedJob *job) {
            if (job->hasError()) {
                // The transfer budget's refusal names the date of the next one.
                done(tr("“%1” could not be removed: %2").arg(row.name, job->error().message),
                     job->error());
                return;
            }
            list(DeviceListModel::removedMessage(row.name));
        });
}

} // namespace Keyway
