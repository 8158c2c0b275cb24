// SPDX-License-Identifier: BSD-3-Clause
#include "welcomepage.h"

#include "accessiblenews.h"
#include "config/vendorconfig.h"
#include "wizardui.h"

#include <QCommandLinkButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Keyway {

using namespace WizardUi;

WelcomePage::WelcomePage(const VendorConfig &config, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);

    m_logo = new QLabel(this);
    m_logo->setObjectName(QStringLiteral("logo"));
    m_logo->setAccessibleName(tr("%1 logo").arg(config.vendorName));
    m_logo->hide();
    layout->addWidget(m_logo);
    layout->addWidget(heading(tr("Activate %1").arg(config.productName), this));
    layout->addWidget(paragraph(
        tr("How would you like to activate %1 on this computer?").arg(config.productName), this));

    m_haveCodeButton =
        choice(tr("I have an activation &code"),
               tr("Enter the code you received with your purchase, then sign in or create an "
                  "account."),
               this);
    m_haveCodeButton->setObjectName(QStringLiteral("haveCodeButton"));
    m_haveAccountButton =
        choice(tr("I already have an &account"),
               tr("Sign in with the account your licenses belong to; no code is needed."), this);
    // The name the earlier "just sign me in" button had: the same way in.
    m_haveAccountButton->setObjectName(QStringLiteral("signInOnlyButton"));
    m_licenseFileButton =
        choice(tr("I have a license &file"),
               tr("Import the license file your administrator gave you, for a computer without "
                  "internet access."),
               this);
    m_licenseFileButton->setObjectName(QStringLiteral("licenseFileButton"));
    layout->addWidget(m_haveCodeButton);
    layout->addWidget(m_haveAccountButton);
    layout->addWidget(m_licenseFileButton);

    m_message = paragraph(QString(), this);
    m_message->setObjectName(QStringLiteral("welcomeMessage"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);
    layout->addStretch();

    auto *buttons = new QHBoxLayout;
    QPushButton *help = helpButton(config, this);
    help->setObjectName(QStringLiteral("welcomeHelpButton"));
    buttons->addWidget(help);
    buttons->addStretch();
    layout->addLayout(buttons);

    setTabOrder(m_haveCodeButton, m_haveAccountButton);
    setTabOrder(m_haveAccountButton, m_licenseFileButton);
    setTabOrder(m_licenseFileButton, help);

    connect(m_haveCodeButton, &QAbstractButton::clicked, this, &WelcomePage::codeChosen);
    connect(m_haveAccountButton, &QAbstractButton::clicked, this, &WelcomePage::accountChosen);
    connect(m_licenseFileButton, &QAbstractButton::clicked, this, &WelcomePage::licenseFileChosen);
    connect(help, &QPushButton::clicked, this, &WelcomePage::helpRequested);
}

void WelcomePage::setLogo(const QPixmap &logo)
{
    m_logo->setPixmap(logo);
    m_logo->show();
}

void WelcomePage::arrive()
{
    AccessibleNews::clearNews(m_licenseFileButton);
    m_haveCodeButton->setFocus();
}

void WelcomePage::showFileRefusal(const QString &message)
{
    say(m_message, message);
    AccessibleNews::focusWithNews(m_licenseFileButton, message);
}

void WelcomePage::focusLicenseFile()
{
    m_licenseFileButton->setFocus();
}

void WelcomePage::clearMessage()
{
    m_message->hide();
}

} // namespace Keyway
