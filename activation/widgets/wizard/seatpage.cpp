// SPDX-License-Identifier: BSD-3-Clause
#include "seatpage.h"

#include "accessiblenews.h"
#include "wizardui.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Keyway {

using namespace WizardUi;

namespace {

QDateTime leaseEnd(const DeviceInfo &device)
{
    QDateTime end;
    for (const DeviceInfo::Lease &lease : device.leases) {
        if (!end.isValid() || lease.end > end)
            end = lease.end;
    }
    return end;
}

} // namespace

SeatPage::SeatPage(const QString &productName, QWidget *parent)
    : QWidget(parent), m_productName(productName)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Your license is in use on other computers"), this));
    m_message = paragraph(QString(), this);
    m_message->setObjectName(QStringLiteral("seatMessage"));
    layout->addWidget(m_message);
    layout->addWidget(
        paragraph(tr("Choose a computer you no longer use. It is removed from your account and "
                     "the license moves to this computer."),
                  this));

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("seatList"));
    m_list->setAccessibleName(tr("Computers using your license"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Computer"), tr("Last used")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);

    m_problem = paragraph(QString(), this);
    m_problem->setObjectName(QStringLiteral("seatProblem"));
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    layout->addWidget(m_problem);
    m_confirmation = paragraph(QString(), this);
    m_confirmation->setObjectName(QStringLiteral("seatConfirmation"));
    m_confirmation->hide();
    layout->addWidget(m_confirmation);

    auto *buttons = new QHBoxLayout;
    m_cancelButton = button(tr("&Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("seatCancelButton"));
    m_cancelButton->setAccessibleDescription(
        tr("Leaves the other computers as they are and returns to the start."));
    m_backButton = button(tr("&Back"), this);
    m_backButton->setObjectName(QStringLiteral("seatBackButton"));
    m_backButton->setAccessibleDescription(tr("Returns to the list of computers."));
    m_useHereButton = button(QString(), this);
    m_useHereButton->setObjectName(QStringLiteral("useHereButton"));
    m_useHereButton->setDefault(true);
    m_confirmButton = button(QString(), this);
    m_confirmButton->setObjectName(QStringLiteral("confirmReleaseButton"));
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_backButton);
    buttons->addStretch();
    buttons->addWidget(m_useHereButton);
    buttons->addWidget(m_confirmButton);
    layout->addLayout(buttons);
    setTabOrder(m_list, m_cancelButton);
    setTabOrder(m_cancelButton, m_backButton);
    setTabOrder(m_backButton, m_useHereButton);
    setTabOrder(m_useHereButton, m_confirmButton);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &SeatPage::updateChoice);
    connect(m_list, &QTreeWidget::itemActivated, this, &SeatPage::askToConfirm);
    connect(m_useHereButton, &QPushButton::clicked, this, &SeatPage::askToConfirm);
    connect(m_backButton, &QPushButton::clicked, this, [this] {
        showList();
        m_list->setFocus();
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &SeatPage::cancelRequested);
    connect(m_confirmButton, &QPushButton::clicked, this, [this] {
        const DeviceInfo device = selected();
        if (!device.id.isEmpty())
            Q_EMIT releaseConfirmed(device);
    });
    showList();
}

void SeatPage::setSeats(const QString &message, const QList<DeviceInfo> &holders,
                        const QString &problem)
{
    m_holders = holders;
    say(m_message, message);
    say(m_problem, problem);
    m_list->clear();
    for (const DeviceInfo &device : holders) {
        const QString lastUsed =
            device.lastSeen.isValid() ? formatDate(device.lastSeen) : tr("not known");
        auto *row = new QTreeWidgetItem(m_list, {device.name, lastUsed});
        row->setData(0, Qt::AccessibleTextRole, tr("%1, last used %2").arg(device.name, lastUsed));
    }
    m_list->resizeColumnToContents(1);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showList();
    updateChoice();
}

DeviceInfo SeatPage::selected() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return row >= 0 && row < m_holders.size() ? m_holders.at(row) : DeviceInfo();
}

void SeatPage::updateChoice()
{
    const DeviceInfo device = selected();
    m_useHereButton->setEnabled(!device.id.isEmpty());
    //: Moves the license to this computer from the computer named %1
    m_useHereButton->setText(device.id.isEmpty()
                                 ? tr("&Use it here instead")
                                 : tr("&Use it here instead of %1").arg(device.name));
    m_useHereButton->setAccessibleDescription(
        tr("Asks for a confirmation, then removes the chosen computer from your account."));
}

void SeatPage::showList()
{
    m_confirmation->hide();
    m_confirmButton->hide();
    m_backButton->hide();
    m_list->setEnabled(true);
    m_useHereButton->show();
    m_cancelButton->show();
}

void SeatPage::askToConfirm()
{
    const DeviceInfo device = selected();
    if (device.id.isEmpty())
        return;
    const QDateTime end = leaseEnd(device);
    QString text = tr("Remove %1 from your account and use %2 on this computer instead?")
                       .arg(device.name, m_productName);
    text += QLatin1Char(' ')
        + (end.isValid() ? tr("%1 keeps working offline until %2, then it needs a free seat "
                              "again.")
                               .arg(device.name, formatDate(end))
                         : tr("%1 then needs a free seat again.").arg(device.name));
    say(m_confirmation, text);
    //: Confirms removing the computer named %1 from the account
    m_confirmButton->setText(tr("&Remove %1 and continue").arg(device.name));
    m_confirmButton->setAccessibleDescription(
        tr("Removes the computer from your account, then finishes the activation here."));
    m_confirmButton->setDefault(true);
    m_useHereButton->hide();
    m_cancelButton->hide();
    m_list->setEnabled(false);
    m_backButton->show();
    m_confirmButton->show();
    AccessibleNews::focusWithNews(m_confirmButton, text);
}

void SeatPage::arrive()
{
    showList();
    const QString news = AccessibleNews::sentences(
        {tr("Your license is in use on other computers"), m_message->text(),
         m_problem->isHidden() ? QString() : m_problem->text()});
    if (!m_problem->isHidden() || m_list->topLevelItemCount() == 0) {
        AccessibleNews::focusWithNews(m_cancelButton, news);
        return;
    }
    AccessibleNews::focusWithNews(m_list, news);
}

} // namespace Keyway
