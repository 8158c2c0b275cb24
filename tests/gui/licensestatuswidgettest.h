// SPDX-License-Identifier: BSD-3-Clause
// The license status view: what it says about the stored licenses, and importing a license file
// for an air-gapped computer through its button (refused tokens store nothing and say why).
// Its online actions against keyway-devserver (issue 6): "Renew now" renews the leases, "Sign
// out" wipes the keychain entry and the licenses stay, "Deactivate on this computer" releases the
// leases at the server (queued while offline and sent later) and removes them here; "Copy
// diagnostics" puts the device id on the clipboard and no secret; "Network settings…" saves the
// proxy. The view shows the engine (Activator): after signing out it says so, also after a
// restart, and "Sign in…" signs in again; deactivating shows its result, and a release that is
// only queued says so and when it goes out (issue 17 items 1 and 2).
// The fixture and its helpers; the cases are in licensestatuswidgettest_*.cpp.
#pragma once

#include "../unit/licensefixture.h"

#include "devserverprocess.h"
#include "formbrowser.h"
#include "guitest.h"

#include "core/clock.h"
#include "core/datetimetext.h"
#include "deviceswidget.h"
#include "engine/activator.h"
#include "engine/releasequeuejob.h"
#include "jose/jws.h"
#include "license/deviceid.h"
#include "license/devicename.h"
#include "license/licensestore.h"
#include "license/releasequeue.h"
#include "licensestatuswidget.h"
#include "oidc/session.h"
#include "online/activatejob.h"
#include "online/checkoutjob.h"
#include "online/connectiontest.h"
#include "online/releasejob.h"
#include "proxysettingsdialog.h"
#include "screenshot.h"
#include "signinview.h"
#include "storage/keychainsecretstore.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QDialog>
#include <QElapsedTimer>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QUuid>

#include <memory>

using namespace Keyway;
using namespace LicenseFixture;

namespace StatusViewTest {
/// A sign-in page for "Sign in…" played over HTTP by a FormBrowser (no browser engine).
class FormSignInView : public SignInView
{
public:
    FormSignInView(const QHash<QString, QString> &login, QWidget *parent)
        : SignInView(parent), m_widget(new QLabel(QStringLiteral("sign-in page"), parent))
    {
        m_browser.setFormValues(QStringLiteral("login-form"), login);
        connect(&m_browser, &AuthorizationAgent::redirected, this, &AuthorizationAgent::redirected);
        connect(&m_browser, &AuthorizationAgent::failed, this, &AuthorizationAgent::failed);
    }
    void authorize(const QUrl &authorizeUrl, const QUrl &redirectUri) override
    {
        m_browser.authorize(authorizeUrl, redirectUri);
    }
    void cancel() override { m_browser.cancel(); }
    QWidget *widget() override { return m_widget; }
    QString currentOrigin() const override { return QString(); }

private:
    FormBrowser m_browser;
    QLabel *m_widget;
};
} // namespace StatusViewTest

using namespace StatusViewTest;

class LicenseStatusWidgetTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void importThroughTheButton_data();
    void importThroughTheButton();
    void copyDiagnosticsHoldsNoSecret();
    void networkSettingsAreSavedAndApplied();
    void proxyCredentialsPrompt();
    void renewNowRenewsTheLeases();
    void renewNowOfflineSaysUntilWhen();
    void renewNowCanBeCancelled();
    void deactivateReleasesAtTheServer();
    void deactivateOfflineQueuesTheRelease();
    void signOutWipesTheKeychainEntry();
    void signedOutAfterRestartSignsInAgain();
    void deactivateSignedOutSaysQueued();
    void devicesSection();
    void licenseEndWarning_data();
    void licenseEndWarning();
    void testConnectionFromTheStatusView();
    void getHelpWithoutBrowserShowsTheAddress();

private:
    /// The engine over @p dataDir as the window makes it, with m_secrets and this device.
    std::unique_ptr<Activator> makeEngine(const QString &dataDir, const VendorConfig &config);
    /// A fresh account with the code @p codeIndex, activated through @p engine: its licenses in
    /// the engine's folder, its refresh token in the keychain (m_secrets).
    bool activate(Activator &engine, int codeIndex);
    Error run(Job *job);
    /// The status view wired like the window, over @p engine.
    std::unique_ptr<LicenseStatusWidget> makeWidget(Activator *engine);
    QStringList leaseIds(const LicenseStore &store) const;
    /// Another computer of the account signed in to @p session takes a seat.
    bool checkOutElsewhere(Session &session, const LicenseStore &store, const QString &device,
                           const QString &name);
    /// The server's configuration with an issuer nothing listens on (offline).
    VendorConfig offlineConfig() const;

    TestKeys::Key m_key = TestKeys::rsa();
    TestKeys::Key m_other = TestKeys::rsa();

    DevServerProcess m_server;
    VendorConfig m_config;
    QStringList m_codes;
    QString m_deviceId;
    QTemporaryDir m_deviceDir;
    QNetworkAccessManager m_nam;
    QString m_service;
    std::unique_ptr<SecretStore> m_secrets;
    QStringList m_confirmations;
    bool m_confirmAnswer = true;
    QString m_email; ///< of the last account activate() made
};
