// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "config/vendorconfig.h"
#include "core/error.h"
#include "keyway_activation_widgets_export.h"
#include "net/proxysettings.h"

#include <QColor>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QFrame;
class QLabel;
class QNetworkAccessManager;
class QPushButton;
class QSettings;
class QTreeWidget;

namespace Keyway {

class DevicesWidget;
class Job;
class LicenseStore;
class ProxySettingsDialog;
class Session;

/**
 * The product's licensed items and the verdict on each, verified offline from the license
 * store: valid until when, or why not, in a sentence a person can act on; when the licenses were
 * last checked with the license server and whether that worked. Its actions: renew now, sign
 * out, deactivate on this device, import a license file (air-gapped), network settings, and
 * copy a support report without secrets. The vendor's logo, accent colour and support link
 * brand it.
 *
 * The online actions need setNetworkAccessManager() and setSession(); without them they are
 * hidden. It links no browser engine.
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

    /// Not owned.
    void setLicenseStore(LicenseStore *store);
    void setDeviceId(const QString &deviceId);
    /// For renewing and releasing; not owned.
    void setNetworkAccessManager(QNetworkAccessManager *nam);
    /// The signed-in session (access tokens, sign-out); not owned.
    void setSession(Session *session);
    /// Where the proxy settings are kept (QSettings() unless set; tests use their own). Not owned.
    void setSettings(QSettings *settings);

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
    /// Whether an online action (renew, sign-out, deactivation) is running.
    bool isBusy() const { return !m_running.isNull(); }
    /// The last error of an action or a renewal (NoError if none).
    Error lastError() const { return m_lastError; }

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
    /// After a confirmation: releases the leases at the server (queued when offline) and removes
    /// the licenses from this computer; emits deactivated().
    void deactivate();
    /// Puts diagnostics() on the clipboard.
    void copyDiagnostics();
    /// Shows the network settings; an accepted change is saved, applied and announced.
    void showNetworkSettings();
    /// Sends releases queued while offline, if any (after a sign-in, at start-up).
    void sendQueuedReleases();

Q_SIGNALS:
    /// The person asked to activate (again), e.g. because an item is missing.
    void activateRequested();
    /// Licenses were imported into the store.
    void licensesImported();
    /// "Renew now" renewed these items.
    void licensesRenewed(const QStringList &items);
    /// The session ended by "Sign out".
    void signedOut();
    /// The licenses were removed from this computer ("Deactivate on this device").
    void deactivated();
    /// The network settings were changed, saved and applied.
    void proxySettingsChanged(const Keyway::ProxySettings &settings);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    bool confirm(const QString &title, const QString &text, const QString &accept);
    void setBusy(Job *job, const QString &message);
    /// While a job runs its buttons are disabled: the focus waits on the message meanwhile.
    void holdFocusWhileBusy();
    void showMessage(const QString &message);
    /// @p news read with the focused control (AccessibleNews), the previous news cleared.
    void announce(const QString &news);
    /// The focus on a visible, enabled control of this view when it has none.
    void ensureFocus();
    void applyBranding();
    void updateActions();
    void updateLastCheck();
    void releaseLeases(const QStringList &leases, std::function<void(const Error &)> done);
    QSettings *settings() const;
    /// The earliest end of a valid lease, invalid if none.
    QDateTime earliestLeaseEnd() const;

    VendorConfig m_config;
    LicenseStore *m_store = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    QPointer<Session> m_session;
    QSettings *m_settings = nullptr;
    mutable std::unique_ptr<QSettings> m_ownSettings;
    std::function<QString()> m_fileChooser;
    Confirmation m_confirm;
    DialogRunner m_dialogRunner;
    QString m_deviceId;
    bool m_allValid = false;
    bool m_hasTokens = false;
    QPointer<Job> m_running;
    QPointer<QWidget> m_busyOrigin; ///< had the focus when the running job started
    QPointer<QWidget> m_newsControl; ///< carries the last news in its description
    Error m_lastError;
    QColor m_accent;

    QFrame *m_header = nullptr;
    QLabel *m_logo = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_items = nullptr;
    QLabel *m_lastCheck = nullptr;
    QLabel *m_actionMessage = nullptr;
    QPushButton *m_renewButton = nullptr;
    QPushButton *m_signOutButton = nullptr;
    QPushButton *m_deactivateButton = nullptr;
    QPushButton *m_activateButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_networkButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QLabel *m_importMessage = nullptr;
    QPushButton *m_supportLink = nullptr;
    DevicesWidget *m_devices = nullptr;
    QLabel *m_endWarning = nullptr; ///< the license ends soon (licenseEndWarningDays)
    QPushButton *m_renewalLink = nullptr; ///< the vendor's renewalUrl, when configured
};

} // namespace Keyway
