// SPDX-License-Identifier: BSD-3-Clause
#include "licenseactions.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace Keyway {

LicenseActions::LicenseActions(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto add = [this](QBoxLayout *row, Action action, const QString &text, const char *name,
                      const QString &description) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setAccessibleDescription(description);
        b->setAutoDefault(true);
        connect(b, &QPushButton::clicked, this, [this, action] { Q_EMIT triggered(action); });
        row->addWidget(b);
        m_buttons[action] = b;
    };
    auto *online = new QHBoxLayout;
    add(online, Renew, tr("&Renew now"), "renewButton",
        tr("Checks the licenses with the license server now and extends their leases."));
    add(online, SignOut, tr("&Sign out"), "signOutButton",
        tr("Removes your sign-in from this computer. The licenses keep working until their "
           "leases end."));
    add(online, SignIn, tr("S&ign in…"), "signInButton",
        tr("Signs you in again on this computer, so that the licenses can be renewed."));
    add(online, Deactivate, tr("&Deactivate on this computer…"), "deactivateButton",
        tr("Gives the licenses back so that they can be used on another computer."));
    online->addStretch();
    layout->addLayout(online);

    auto *others = new QHBoxLayout;
    add(others, Import, tr("&Import license file…"), "importButton",
        tr("For computers without internet access: a license file your administrator downloaded "
           "for this computer's device id."));
    add(others, NetworkSettings, tr("&Network settings…"), "networkButton",
        tr("The proxy used to reach the license server."));
    add(others, CopyDiagnostics, tr("&Copy diagnostics"), "copyDiagnosticsButton",
        tr("Copies a report for support to the clipboard. It contains no password, token or "
           "activation code."));
    add(others, TestConnection, tr("&Test connection…"), "testConnectionButton",
        tr("Checks each step on the way to the license server and says what to do about a "
           "failed one."));
    others->addStretch();
    add(others, Activate, tr("&Activate…"), "activateButton", QString());
    layout->addLayout(others);
}

void LicenseActions::update(const LicenseStatusModel::Actions &actions, bool busy, bool hasLicenses)
{
    m_buttons[Renew]->setVisible(actions.renew);
    m_buttons[SignOut]->setVisible(actions.signOut);
    m_buttons[SignIn]->setVisible(actions.signIn);
    m_buttons[Deactivate]->setVisible(actions.deactivate);
    m_buttons[TestConnection]->setVisible(actions.testConnection);
    m_buttons[Activate]->setVisible(actions.activate);
    m_buttons[Renew]->setEnabled(!busy && hasLicenses);
    m_buttons[SignOut]->setEnabled(!busy);
    m_buttons[SignIn]->setEnabled(!busy);
    m_buttons[Deactivate]->setEnabled(!busy && hasLicenses);
    m_buttons[Import]->setEnabled(!busy);
    m_buttons[Activate]->setEnabled(!busy);
}

} // namespace Keyway
