// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "engine/licensestatusmodel.h"

#include <QWidget>

class QPushButton;

namespace Keyway {

/**
 * The status view's buttons, in two rows: the online ones (*Renew now*, *Sign out*,
 * *Sign in…*, *Deactivate on this computer…*), then *Import license file…*, *Network
 * settings…*, *Copy diagnostics*, *Test connection…* and *Activate…*. Which are offered is the
 * model's decision (LicenseStatusModel::Actions); while a job runs the ones that would start
 * another are disabled. Each is auto-default: outside a dialog a push button ignores Enter
 * otherwise. Not exported: a part of LicenseStatusWidget.
 */
class LicenseActions : public QWidget
{
    Q_OBJECT
public:
    enum Action {
        Renew,
        SignOut,
        SignIn,
        Deactivate,
        Import,
        NetworkSettings,
        CopyDiagnostics,
        TestConnection,
        Activate,
    };
    Q_ENUM(Action)

    explicit LicenseActions(QWidget *parent = nullptr);

    QPushButton *button(Action action) const { return m_buttons[action]; }
    /// Offers @p actions; while @p busy none that starts a job; Renew and Deactivate only with
    /// licenses here (@p hasLicenses).
    void update(const LicenseStatusModel::Actions &actions, bool busy, bool hasLicenses);

Q_SIGNALS:
    void triggered(Keyway::LicenseActions::Action action);

private:
    QPushButton *m_buttons[Activate + 1] = {};
};

} // namespace Keyway
