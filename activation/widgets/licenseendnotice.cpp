// SPDX-License-Identifier: BSD-3-Clause
#include "licenseendnotice.h"

#include "addresstocopy.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Keyway {

LicenseEndNotice::LicenseEndNotice(const QString &renewalUrl, QWidget *parent)
    : QWidget(parent), m_renewalUrl(renewalUrl)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *ending = new QHBoxLayout;
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("licenseEndWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    ending->addWidget(m_warning, 1);
    m_link = new QPushButton(tr("Renew the &license"), this);
    m_link->setObjectName(QStringLiteral("renewalLink"));
    m_link->setAccessibleName(tr("Renew the license (opens in your browser)"));
    m_link->setToolTip(m_renewalUrl);
    // Outside a dialog a push button ignores Enter unless it is auto-default.
    m_link->setAutoDefault(true);
    m_link->hide();
    ending->addWidget(m_link, 0, Qt::AlignTop);
    layout->addLayout(ending);
    m_fallback =
        new AddressToCopy(tr("Address of the renewal page"), QStringLiteral("renewal"), this);
    layout->addWidget(m_fallback);
    connect(m_link, &QPushButton::clicked, this, [this] { m_fallback->open(QUrl(m_renewalUrl)); });
    hide();
}

void LicenseEndNotice::setWarning(const QString &warning, bool withLink)
{
    m_warning->setText(warning);
    m_warning->setAccessibleName(warning);
    m_link->setVisible(withLink);
    if (!warning.isEmpty())
        m_link->setAccessibleDescription(warning);
    if (!withLink)
        m_fallback->hide();
    setVisible(!warning.isEmpty());
}

} // namespace Keyway
