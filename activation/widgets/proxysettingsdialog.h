// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "keyway_activation_widgets_export.h"
#include "net/proxysettings.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace Keyway {

/**
 * "Network settings": the system's proxy (the default), no proxy, or a manual HTTP proxy. It
 * only edits a ProxySettings value; whoever shows it saves and applies the result.
 */
class KEYWAY_ACTIVATION_WIDGETS_EXPORT ProxySettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProxySettingsDialog(QWidget *parent = nullptr);
    ~ProxySettingsDialog() override;

    void setSettings(const ProxySettings &settings);
    ProxySettings settings() const;

    /**
     * The prompt for a proxy that demands a user name and password (a modal dialog). Returns
     * nothing when the person cancels. The password is only returned, never stored.
     */
    static std::optional<ProxyAuthenticator::Credentials> askCredentials(QWidget *parent,
                                                                         const QNetworkProxy &proxy,
                                                                         const QString &lastUser,
                                                                         bool previousRefused);

private:
    void updateState();

    QRadioButton *m_system = nullptr;
    QRadioButton *m_none = nullptr;
    QRadioButton *m_manual = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Keyway
