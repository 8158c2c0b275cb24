// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "config/vendorconfig.h"
#include "core/error.h"
#include "engine/activator.h"
#include "keyway_activation_widgets_export.h"
#include "signinview.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

Q_MOC_INCLUDE("net/proxysettings.h") // for moc (proxySettingsChanged()); private, not included

class QLabel;
class QDialog;
class QPushButton;
class QSettings;
class QTreeWidget;

namespace Keyway {

class ActionProgress;
class Activator;
class DevicesWidget;
class Job;
class LicenseActions;
class LicenseOverview;
class LicenseStatusModel;
struct ProxySettings;
class ProxySettingsDialog;
class SupportLink;

/**
 * The product's licensed items and the verdict on each, verified offline from the license
 * store: valid until when, or why not, in a sentence a person can act on; whether someone is
 * signed in; when the licenses were last checked with the license server and whether that
 * worked. Its actions: renew now, sign out, sign in again, deactivate on this computer, import a
 * license file (air-gapped), network settings, and copy a support report without secrets. The
 * vendor's logo, accent colour and support link brand it.
 *
 * A view of the engine (setActivator()): every action is the Activator's, the view shows its
 * state and the result. What it says is decided by LicenseStatusModel (engine/, headless); its
 * parts are LicenseOverview, ActionProgress, LicenseActions, DevicesWidget and SupportLink
 * (docs/status-view.md). Without an engine it says "not activated" and offers only activating.
 * It links no browser engine.
 */
class KEYWAY_ACTIVATION_WIDGETS_EXPORT LicenseStatusWidget : public QWidget
{
    Q_OBJECT
public:
    /// Asks the person to confirm an action: title, explanation, label of the accept button.
    using Confirmation =
        std::function<bool(const QString &title, const QString &text, const QString &accept)>;
    /// Shows the network settings dialog modally; returns whether it was accepted.
    using DialogRunner = std::function<bool(ProxySettingsDialog &dialog)>;

    explicit LicenseStatusWidget(const VendorConfig &config, QWidget *parent = nullptr);
    ~LicenseStatusWidget() override;

    /// The engine this view shows; not owned.
    void setActivator(Activator *activator);
    Activator *activator() const { return m_activator; }
    /**
     * Makes the page "Sign in" shows (the wizard's factory). Without one, or when the vendor
     * wants the system browser, "Sign in" emits signInRequested() for the application.
     */
    void setSignInViewFactory(const SignInViewFactory &factory) { m_viewFactory = factory; }
    /// Where the proxy settings are kept (QSettings() unless set; tests use their own). Not owned.
    void setSettings(QSettings *settings) { m_settings = settings; }

    /// Asks before signing out or deactivating (a message box unless set; tests answer it).
    void setConfirmation(const Confirmation &confirmation) { m_confirm = confirmation; }
    /// Asks for the license file to import (a file dialog unless set; tests answer it).
    void setFileChooser(const std::function<QString()> &chooser) { m_fileChooser = chooser; }
    /// Runs the network settings dialog (exec() unless set; tests answer it).
    void setDialogRunner(const DialogRunner &runner) { m_dialogRunner = runner; }

    /// The Devices section (the computers using the account's licenses).
    DevicesWidget *devicesSection() const { return m_devices; }

    /// Verifies the stored licenses again and shows the result.
    void refresh();
    /// Whether every configured item was valid at the last refresh().
    bool allValid() const { return m_allValid; }
    /// Whether an online action (renew, sign-out, sign-in, deactivation) is running.
    bool isBusy() const;
    /// The last error of an action or a renewal (NoError if none).
    Error lastError() const { return m_activator ? m_activator->lastError() : Error(); }

    /**
     * A report for the vendor's support, plain text: product, Keyway and OS versions, the device
     * id, each item with its state and lease end, the last check, the last error code and the
     * proxy in use. No token, code, password, e-mail address or account id.
     */
    QString diagnostics() const;

public Q_SLOTS:
    /// Imports license tokens an administrator downloaded for this computer (air-gapped).
    void importLicenseFile();
    /// Renews every lease at the license server now, showing progress and the result.
    void renewNow();
    /// Signs out after a confirmation: revokes the session and wipes it from the keychain.
    void signOut();
    /// Signs in again (after signing out, or when the session ended) on the sign-in page.
    void signIn();
    /// After a confirmation: releases the leases at the server (queued when offline) and removes
    /// the licenses from this computer; emits deactivated().
    void deactivate();
    /// Puts diagnostics() on the clipboard.
    void copyDiagnostics();
    /// Shows the network settings; an accepted change is saved, applied and announced.
    void showNetworkSettings();
    /// The connection test (Activator::connectionTest()) in a dialog, presented as the wizard's.
    void testConnection();

Q_SIGNALS:
    /// The person asked to activate (again), e.g. because an item is missing.
    void activateRequested();
    /// Licenses were imported into the store.
    void licensesImported();
    /// "Renew now" renewed these items.
    void licensesRenewed(const QStringList &items);
    /// The session ended by "Sign out".
    void signedOut();
    /// "Sign in" succeeded: someone is signed in again.
    void signedIn();
    /// "Sign in" without a sign-in view factory: the application shows a way to sign in.
    void signInRequested();
    /// The licenses were removed from this computer ("Deactivate on this computer").
    void deactivated();
    /// The network settings were changed, saved and applied.
    void proxySettingsChanged(const Keyway::ProxySettings &settings);

protected:
    void showEvent(QShowEvent *event) override;

private:
    bool confirm(const QString &title, const QString &text, const QString &accept);
    /// Shows @p message and holds the focus on it, before the engine's job starts.
    void beginBusy(const QString &message);
    /// @p job runs: the actions are disabled until it finished.
    void setBusy(Job *job, bool cancellable = false);
    void showMessage(const QString &message);
    /// The focus on a visible, enabled control of this view when it has none.
    void ensureFocus();
    void updateActions();
    /// What the view says about the engine's state now.
    LicenseStatusModel model() const;
    /// Shows the engine's state: the list, the summary, the last check, the actions.
    void render();
    QSettings *settings() const;

    VendorConfig m_config;
    QPointer<Activator> m_activator;
    SignInViewFactory m_viewFactory;
    QSettings *m_settings = nullptr;
    mutable std::unique_ptr<QSettings> m_ownSettings;
    std::function<QString()> m_fileChooser;
    Confirmation m_confirm;
    DialogRunner m_dialogRunner;
    bool m_allValid = false;
    bool m_hasTokens = false;
    QPointer<Job> m_running;
    bool m_cancellable = false; ///< the running job offers Cancel
    bool m_failureInMessage = false; ///< the action message says why the renewal failed

    LicenseOverview *m_overview = nullptr; ///< band, summary, warning, list, last check
    QTreeWidget *m_items = nullptr; ///< the overview's list
    ActionProgress *m_progress = nullptr; ///< the action's message, busy bar, Cancel
    QLabel *m_importMessage = nullptr;
    LicenseActions *m_actions = nullptr; ///< the buttons
    QPushButton *m_activateButton = nullptr; ///< the actions' Activate…
    DevicesWidget *m_devices = nullptr;
    SupportLink *m_support = nullptr; ///< Get help, and its address when no browser opens
};

} // namespace Keyway
