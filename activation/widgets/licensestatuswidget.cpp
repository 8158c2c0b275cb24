// SPDX-License-Identifier: BSD-3-Clause
#include "licensestatuswidget.h"

#include "core/clock.h"
#include "license/licenseimport.h"
#include "license/licensestore.h"
#include "widgetslogging.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Keyway {

LicenseStatusWidget::LicenseStatusWidget(const VendorConfig &config, QWidget *parent)
    : QWidget(parent), m_config(config)
{
    setWindowTitle(tr("%1 licenses").arg(m_config.productName));
    auto *layout = new QVBoxLayout(this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("statusSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    m_items = new QTreeWidget(this);
    m_items->setObjectName(QStringLiteral("statusList"));
    m_items->setAccessibleName(tr("Licensed features"));
    m_items->setRootIsDecorated(false);
    m_items->setWordWrap(true);
    m_items->setHeaderLabels({tr("Feature"), tr("State"), tr("Details")});
    m_items->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_items, 1);

    m_importMessage = new QLabel(this);
    m_importMessage->setObjectName(QStringLiteral("importMessage"));
    m_importMessage->setWordWrap(true);
    m_importMessage->setTextFormat(Qt::PlainText);
    m_importMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_importMessage->hide();
    layout->addWidget(m_importMessage);

    auto *buttons = new QHBoxLayout;
    m_importButton = new QPushButton(tr("&Import license file…"), this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setAccessibleDescription(
        tr("For computers without internet access: a license file your administrator downloaded "
           "for this computer's device id."));
    buttons->addWidget(m_importButton);
    buttons->addStretch();
    m_activateButton = new QPushButton(tr("&Activate…"), this);
    m_activateButton->setObjectName(QStringLiteral("activateButton"));
    m_activateButton->setAutoDefault(true);
    buttons->addWidget(m_activateButton);
    layout->addLayout(buttons);

    connect(m_activateButton, &QPushButton::clicked, this, &LicenseStatusWidget::activateRequested);
    connect(m_importButton, &QPushButton::clicked, this, &LicenseStatusWidget::importLicenseFile);
}

void LicenseStatusWidget::importLicenseFile()
{
    if (!m_store)
        return;
    const QString path = m_fileChooser
        ? m_fileChooser()
        : QFileDialog::getOpenFileName(this, tr("Import license file"), QString(),
                                       tr("License files (*.jwt *.txt *.lic);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto imported =
        LicenseImport::importFile(*m_store, m_config, m_deviceId, path, Clock::current());
    if (!imported) {
        qCInfo(lcWidgets) << "license import refused:" << imported.error().detail;
        m_importMessage->setText(imported.error().message);
    } else {
        m_importMessage->setText(tr("Imported %n license token(s).", nullptr, imported->tokens));
    }
    m_importMessage->setAccessibleName(m_importMessage->text());
    m_importMessage->show();
    refresh();
    if (imported)
        Q_EMIT licensesImported();
}

LicenseStatusWidget::~LicenseStatusWidget() = default;

void LicenseStatusWidget::refresh()
{
    m_items->clear();
    if (!m_store) {
        m_allValid = false;
        m_summary->setText(tr("%1 is not activated on this computer.").arg(m_config.productName));
        m_activateButton->show();
        return;
    }

    const QList<LicenseStore::ItemStatus> statuses =
        m_store->check(m_config, m_deviceId, Clock::current());
    m_allValid = !statuses.isEmpty();
    for (const LicenseStore::ItemStatus &status : statuses) {
        m_allValid = m_allValid && status.isValid();
        const QString state = LicenseStore::stateLabel(status.state);
        const QString details = status.reason.message;
        auto *row = new QTreeWidgetItem(m_items, {status.item, state, details});
        row->setToolTip(2, details);
        row->setData(0, Qt::AccessibleTextRole, tr("%1: %2. %3").arg(status.item, state, details));
        if (!status.isValid())
            qCInfo(lcWidgets).noquote()
                << "license item" << status.item << LicenseStore::stateName(status.state)
                << status.reason.detail;
    }
    m_items->resizeColumnToContents(0);
    m_items->resizeColumnToContents(1);

    const QString email = m_store->email();
    if (m_allValid)
        m_summary->setText(
            email.isEmpty()
                ? tr("%1 is activated on this computer.").arg(m_config.productName)
                : tr("%1 is activated on this computer for %2.").arg(m_config.productName, email));
    else
        m_summary->setText(tr("Some features of %1 are not licensed on this computer. "
                              "The list says why.")
                               .arg(m_config.productName));
    m_activateButton->setVisible(!m_allValid);
    if (!m_allValid)
        m_activateButton->setFocus();
}

} // namespace Keyway
