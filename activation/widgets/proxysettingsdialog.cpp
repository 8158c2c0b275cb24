// SPDX-License-Identifier: BSD-3-Clause
#include "proxysettingsdialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Keyway {

ProxySettingsDialog::ProxySettingsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("proxySettingsDialog"));
    setWindowTitle(tr("Network settings"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("How this program reaches the license server:"), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_system = new QRadioButton(tr("Use the &system's proxy settings"), this);
    m_system->setObjectName(QStringLiteral("systemProxy"));
    m_none = new QRadioButton(tr("&No proxy: connect directly"), this);
    m_none->setObjectName(QStringLiteral("noProxy"));
    m_manual = new QRadioButton(tr("&Manual HTTP proxy:"), this);
    m_manual->setObjectName(QStringLiteral("manualProxy"));
    auto *group = new QButtonGroup(this);
    for (QRadioButton *button : {m_system, m_none, m_manual}) {
        group->addButton(button);
        layout->addWidget(button);
    }

    auto *form = new QFormLayout;
    form->setContentsMargins(24, 0, 0, 0);
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("proxyHost"));
    m_host->setPlaceholderText(tr("proxy.example.com"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("proxyPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(3128);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    m_host->setAccessibleName(tr("Proxy host"));
    m_port->setAccessibleName(tr("Proxy port"));
    layout->addLayout(form);

    auto *note = new QLabel(tr("If the proxy asks for a user name and password, you are asked "
                               "when it does. The password is not saved."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("proxyProblem"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QRadioButton *button : {m_system, m_none, m_manual})
        connect(button, &QRadioButton::toggled, this, &ProxySettingsDialog::updateState);
    connect(m_host, &QLineEdit::textChanged, this, &ProxySettingsDialog::updateState);

    setSettings(ProxySettings());
}

ProxySettingsDialog::~ProxySettingsDialog() = default;

void ProxySettingsDialog::setSettings(const ProxySettings &settings)
{
    switch (settings.mode) {
    case ProxySettings::Mode::System:
        m_system->setChecked(true);
        break;
    case ProxySettings::Mode::None:
        m_none->setChecked(true);
        break;
    case ProxySettings::Mode::Manual:
        m_manual->setChecked(true);
        break;
    }
    m_host->setText(settings.host);
    if (settings.port)
        m_port->setValue(settings.port);
    updateState();
}

ProxySettings ProxySettingsDialog::settings() const
{
    ProxySettings result;
    result.mode = m_manual->isChecked() ? ProxySettings::Mode::Manual
        : m_none->isChecked()           ? ProxySettings::Mode::None
                                        : ProxySettings::Mode::System;
    if (result.mode == ProxySettings::Mode::Manual) {
        result.host = m_host->text().trimmed();
        result.port = quint16(m_port->value());
    }
    return result;
}

void ProxySettingsDialog::updateState()
{
    const bool manual = m_manual->isChecked();
    m_host->setEnabled(manual);
    m_port->setEnabled(manual);
    const bool usable = settings().isUsable();
    m_problem->setText(usable ? QString()
                              : tr("Type the proxy's host name or address, e.g. "
                                   "proxy.example.com, without \"http://\"."));
    m_problem->setVisible(!usable);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(usable);
}

std::optional<ProxyAuthenticator::Credentials>
ProxySettingsDialog::askCredentials(QWidget *parent, const QNetworkProxy &proxy,
                                    const QString &lastUser, bool previousRefused)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("proxyCredentialsDialog"));
    dialog.setWindowTitle(tr("Proxy sign-in"));
    auto *layout = new QVBoxLayout(&dialog);
    const QString where = proxy.hostName() + QLatin1Char(':') + QString::number(proxy.port());
    auto *text = new QLabel(previousRefused
                                ? tr("The proxy %1 did not accept the user name and password. "
                                     "Please try again.")
                                      .arg(where)
                                : tr("The proxy %1 asks for a user name and password.").arg(where),
                            &dialog);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    layout->addWidget(text);
    auto *form = new QFormLayout;
    auto *user = new QLineEdit(lastUser, &dialog);
    user->setObjectName(QStringLiteral("proxyUser"));
    auto *password = new QLineEdit(&dialog);
    password->setObjectName(QStringLiteral("proxyPassword"));
    password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&User name:"), user);
    form->addRow(tr("Pass&word:"), password);
    layout->addLayout(form);
    auto *note = new QLabel(tr("The password is kept in memory only, until you close this "
                               "program."),
                            &dialog);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    (lastUser.isEmpty() ? user : password)->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return ProxyAuthenticator::Credentials {user->text(), password->text()};
}

} // namespace Keyway
