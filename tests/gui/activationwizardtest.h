// SPDX-License-Identifier: BSD-3-Clause
// Every state of the activation wizard against keyway-devserver, with the browser played over
// HTTP (system-browser mode, FormBrowser) and the server's failure switches (POST /dev/faults):
// the welcome page and its three ways in, the code page, success, and each error with the
// recovery the window offers. Plus a keyboard-only walkthrough and, at every state reached, a
// check that each visible, focusable control has an accessible name.

// The fixture and its helpers; the cases are in activationwizardtest_*.cpp.
#pragma once
#include "../unit/licensefixture.h"
#include "devserverprocess.h"
#include "formbrowser.h"
#include "guitest.h"
#include "screenshot.h"

#include "activationwizard.h"
#include "codelineedit.h"
#include "config/vendorconfig.h"
#include "core/datetimetext.h"
#include "core/translations.h"
#include "engine/activator.h"
#include "license/deviceid.h"
#include "license/licensestore.h"
#include "online/activatejob.h"
#include "online/connectiontest.h"
#include "online/redemptionjournal.h"
#include "storage/secretstore.h"

#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QCommandLinkButton>
#include <QDialog>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QUrlQuery>
#include <QUuid>
#include <QtMath>

#include <memory>
#include <vector>

using namespace Keyway;

namespace WizardTest {

inline const QString Password = QStringLiteral("correct horse battery");
inline const QString RedemptionsPath = QStringLiteral("/api/activation/v1/redemptions");

inline QString freshEmail(const QString &name)
{
    return QStringLiteral("%1.%2@example.com")
        .arg(name, QUuid::createUuid().toString(QUuid::Id128).left(10));
}

/// A secret store whose keychain can be "locked": writes then fail as a locked keyring does.
class LockableSecretStore : public MemorySecretStore
{
public:
    bool locked = true;

    SecretJob *write(const QString &key, const QByteArray &secret) override
    {
        if (!locked)
            return MemorySecretStore::write(key, secret);
        return new LockedJob(key, this);
    }

private:
    class LockedJob : public SecretJob
    {
    public:
        LockedJob(const QString &key, QObject *parent) : SecretJob(Kind::Write, key, parent) { }
        void start() override
        {
            finishLater(Error(ErrorCode::KeychainAccessDenied,
                              QStringLiteral("test: the keyring is locked")));
        }
    };
};

inline QAbstractButton *buttonNamed(QWidget *root, const char *name)
{
    return root->findChild<QAbstractButton *>(QLatin1String(name));
}

inline QLabel *labelNamed(QWidget *root, const char *name)
{
    return root->findChild<QLabel *>(QLatin1String(name));
}

} // namespace WizardTest

using namespace WizardTest;

class ActivationWizardTest : public QObject
{
    Q_OBJECT

    static QString stepShown(QWidget *wizard, ActivationWizard::Page page);

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void welcomePageBranded();
    void welcomePageUnbranded();
    void codePageChecksAsTyped();
    void accountChoiceIsRemembered();
    void codeThenRegisterThenSuccess();
    void alreadyHaveAnAccount();
    void codeAlreadyRedeemedByAnotherAccount();
    void pendingCodeOfAnotherAccount();
    void unusableCode_data();
    void unusableCode();
    void serverErrorShowsTheReference();
    void rateLimitCountsDown();
    void emailNotVerifiedThenContinue();
    void keychainLockedThenTryAgain();
    void noConnectionThenConnectionTest();
    void connectionTestAgainstTheDevServer();
    void connectionTestShowsTheCertificateProblem();
    void licenseFile();
    void seatsTakenMoveTheLicenseHere();
    void changeTheCodeKeepsTheAccount();
    void browserNotOpenedKeepsTheWindowSmall();
    void keyboardOnlyWalkthrough_data();
    void keyboardOnlyWalkthrough();

private:
    enum class Play { Nothing, Register, Login, RegisterUnverified };

    /// An engine over this test's network and @p secrets (default m_secrets), its licenses in
    /// @p dir (default m_storeDir); kept until cleanup(), so that it outlives its wizards.
    Activator *makeEngine(const VendorConfig &config, SecretStore *secrets = nullptr,
                          const QString &dir = QString(), const QString &deviceId = QString());
    std::unique_ptr<ActivationWizard> makeWizard(const VendorConfig &config,
                                                 SecretStore *secrets = nullptr);
    std::unique_ptr<ActivationWizard> makeWizard(Activator *engine);
    bool launch(const QUrl &url);
    void continueUnverified(FormBrowser *browser);
    /// Registers a new account (no licenses) without the window; true on success.
    bool registerAccount(const QString &email);
    void armFault(const QString &path, int status, int count = 1, int retryAfter = -1);
    void startWithCode(ActivationWizard *wizard, const QString &code, bool createAccount);
    bool waitForOutcome(ActivationWizard *wizard, int timeoutMs = 30000);
    void checkAccessibility(QWidget *root);
    void checkFitsTheScreen(QWidget *root);
    void expectSuccess(ActivationWizard *wizard);

    DevServerProcess m_server;
    VendorConfig m_config;
    QString m_deviceId;
    QTemporaryDir m_dataDir;
    QNetworkAccessManager m_nam;
    QStringList m_codes;
    QString m_member; ///< an account without licenses, registered once

    // Per test
    std::unique_ptr<QTemporaryDir> m_storeDir;
    std::unique_ptr<LicenseStore> m_licenses;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::vector<std::unique_ptr<Activator>> m_engines;
    std::unique_ptr<QSettings> m_settings;
    Play m_play = Play::Nothing;
    QString m_email;
    std::vector<std::unique_ptr<FormBrowser>> m_browsers;
    int m_launches = 0;
    QUrl m_launched;
};
