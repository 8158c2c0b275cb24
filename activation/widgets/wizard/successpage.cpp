// SPDX-License-Identifier: BSD-3-Clause
#include "successpage.h"

#include "accessiblenews.h"
#include "config/vendorconfig.h"
#include "online/activatejob.h"
#include "wizardui.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Keyway {

using namespace WizardUi;

SuccessPage::SuccessPage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Activation complete"), this));
    m_summary = paragraph(QString(), this);
    m_summary->setObjectName(QStringLiteral("successSummary"));
    layout->addWidget(m_summary);

    m_licenseList = new QTreeWidget(this);
    m_licenseList->setObjectName(QStringLiteral("licenseList"));
    m_licenseList->setAccessibleName(tr("Licensed features"));
    m_licenseList->setRootIsDecorated(false);
    m_licenseList->setHeaderLabels({tr("Licensed feature"), tr("Valid until")});
    m_licenseList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_licenseList, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_doneButton = button(tr("&Done"), this);
    m_doneButton->setObjectName(QStringLiteral("doneButton"));
    buttons->addWidget(m_doneButton);
    layout->addLayout(buttons);
    setTabOrder(m_licenseList, m_doneButton);

    connect(m_doneButton, &QPushButton::clicked, this, &SuccessPage::doneClicked);
}

void SuccessPage::setResult(const QString &summary, const QList<Row> &rows)
{
    m_summary->setText(summary);
    m_licenseList->clear();
    for (const Row &row : rows) {
        auto *item = new QTreeWidgetItem(m_licenseList, {row.item, row.until});
        item->setData(0, Qt::AccessibleTextRole, row.spoken);
        item->setToolTip(0, row.id);
    }
    m_licenseList->resizeColumnToContents(1);
}

void SuccessPage::arrive()
{
    AccessibleNews::focusWithNews(
        m_doneButton, AccessibleNews::sentences({tr("Activation complete"), m_summary->text()}));
}

void SuccessPage::showActivated(const VendorConfig &config, const ActivateJob &job)
{
    const QString who = job.identity().accountName();
    QString summary = who.isEmpty()
        ? tr("%1 is activated on this computer.").arg(config.productName)
        : tr("%1 is activated on this computer for %2.").arg(config.productName, who);
    if (!job.keepsSession()) {
        // Said at sign-in, so that a later "sign in again" is no surprise.
        summary += QLatin1Char(' ')
            + tr("The sign-in service does not keep you signed in: to renew the licenses later, "
                 "you will be asked to sign in again.");
    }
    const QMap<QString, QDateTime> licensedUntil = job.licensedUntil();
    QList<Row> rows;
    for (auto it = licensedUntil.cbegin(); it != licensedUntil.cend(); ++it) {
        const bool dated = it.value().isValid();
        const QString until = dated ? formatDate(it.value()) : tr("until the subscription ends");
        const QString name = config.itemDisplayName(it.key());
        rows.append({name, until,
                     dated ? tr("%1, valid until %2").arg(name, until)
                           : tr("%1, valid until the subscription ends").arg(name),
                     it.key()});
    }
    setResult(summary, rows);
}

void SuccessPage::showImported(const VendorConfig &config,
                               const QList<LicenseStore::ItemStatus> &licenses,
                               const QStringList &items)
{
    QList<Row> rows;
    for (const LicenseStore::ItemStatus &status : licenses) {
        if (!items.contains(status.item))
            continue;
        // The license's end, never the lease's (issue 14); without one, the store's sentence.
        const QString until = status.grant.licenseEnd.isValid()
            ? formatDate(status.grant.licenseEnd)
            : status.reason.message;
        const QString name = config.itemDisplayName(status.item);
        rows.append({name, until, tr("%1, valid until %2").arg(name, until), status.item});
    }
    setResult(tr("%1 is activated on this computer with the license file.").arg(config.productName),
              rows);
}

} // namespace Keyway
