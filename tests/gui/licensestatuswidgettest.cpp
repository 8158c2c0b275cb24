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

namespace {
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
} // namespace

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

void LicenseStatusWidgetTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start(), "keyway-devserver did not start");
    auto config = VendorConfig::load(m_server.configPath());
    QVERIFY(config);
    m_config = *config;
    m_deviceId = DeviceId::forProduct(m_config, m_deviceDir.path());
    QVERIFY(!m_deviceId.isEmpty());
    m_codes = m_server.generateCodes(9);
    QCOMPARE(m_codes.size(), 9);
    m_service = QStringLiteral("Keyway-test/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (qEnvironmentVariableIsSet("KEYWAY_TEST_MEMORY_SECRETS")) {
        // scripts/screenshots.sh: no keychain there; the same checks on the memory store.
        qInfo("KEYWAY_TEST_MEMORY_SECRETS is set: the refresh token stays in memory");
        m_secrets = std::make_unique<MemorySecretStore>();
    } else {
        m_secrets = std::make_unique<KeychainSecretStore>(m_service);
    }
}

void LicenseStatusWidgetTest::cleanupTestCase()
{
    if (m_secrets)
        run(m_secrets->remove(ActivateJob::refreshTokenKey(m_config)));
}

Error LicenseStatusWidgetTest::run(Job *job)
{
    job->setAutoDelete(false);
    QSignalSpy spy(job, &Job::finished);
    job->start();
    if (!job->isFinished() && !spy.wait(30000))
        return Error(ErrorCode::NetworkTimeout, QStringLiteral("job did not finish"));
    const Error error = job->error();
    job->deleteLater();
    return error;
}

std::unique_ptr<Activator> LicenseStatusWidgetTest::makeEngine(const QString &dataDir,
                                                               const VendorConfig &config)
{
    auto engine = std::make_unique<Activator>(config, dataDir);
    engine->setNetworkAccessManager(&m_nam);
    engine->setSecretStore(m_secrets.get());
    engine->setDeviceId(m_deviceId);
    engine->setRetryPolicy(0, 100);
    // The tests press "Renew now" and send queued releases themselves.
    engine->setBackgroundWork(false);
    return engine;
}

bool LicenseStatusWidgetTest::activate(Activator &engine, int codeIndex)
{
    m_email = QStringLiteral("status.%1@example.com")
                  .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    FormBrowser browser;
    browser.setFormValues(QStringLiteral("register-form"),
                          {{QStringLiteral("email"), m_email},
                           {QStringLiteral("password"), QStringLiteral("correct horse battery")},
                           {QStringLiteral("given_name"), QStringLiteral("Ada")},
                           {QStringLiteral("family_name"), QStringLiteral("Lovelace")}});
    ActivateJob *job =
        engine.activate(ActivationCode::parse(m_codes.value(codeIndex)).value(), &browser);
    job->setPage(SignInJob::Page::Register);
    const Error error = run(job);
    if (error.isError())
        qWarning("activation failed: %s", qPrintable(error.toString()));
    return !error.isError()
        && QTest::qWaitFor([&engine] { return engine.state() == Activator::State::Licensed; },
                           10000)
        && engine.allValid();
}

std::unique_ptr<LicenseStatusWidget> LicenseStatusWidgetTest::makeWidget(Activator *engine)
{
    auto widget = std::make_unique<LicenseStatusWidget>(engine->config());
    widget->setActivator(engine);
    widget->setConfirmation([this](const QString &title, const QString &text, const QString &) {
        m_confirmations << title + QLatin1Char('\n') + text;
        return m_confirmAnswer;
    });
    widget->refresh();
    widget->resize(640, 480);
    widget->show();
    return widget;
}

QStringList LicenseStatusWidgetTest::leaseIds(const LicenseStore &store) const
{
    QStringList ids;
    for (const QByteArray &token : store.tokens())
        ids << Jws::parse(token)->payload.value(QStringLiteral("jti")).toString();
    ids.sort();
    return ids;
}

VendorConfig LicenseStatusWidgetTest::offlineConfig() const
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        closedPort = probe.serverPort();
    }
    VendorConfig config = m_config;
    config.issuer.setPort(closedPort);
    return config;
}

void LicenseStatusWidgetTest::importThroughTheButton_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("imported");
    QTest::addColumn<QString>("says");
    QTest::newRow("both items, joined with &") << 0 << true << QStringLiteral("Imported 2");
    QTest::newRow("one for another computer") << 1 << false << QStringLiteral("another computer");
    QTest::newRow("signed by an unknown key") << 2 << false << QStringLiteral("not signed by");
    QTest::newRow("empty file") << 3 << false << QStringLiteral("no license token");
    QTest::newRow("file missing") << 4 << false << QStringLiteral("could not be read");
}

void LicenseStatusWidgetTest::importThroughTheButton()
{
    QFETCH(int, kind);
    QFETCH(bool, imported);
    QFETCH(QString, says);

    const VendorConfig cfg = config(m_key.get());
    QVERIFY(!cfg.licensedItems.isEmpty());
    QTemporaryDir dir;
    LicenseStore store(dir.path());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QByteArray contents;
    switch (kind) {
    case 0:
        contents = token(m_key.get(), Pro, now - 60) + '&' + token(m_key.get(), Export, now - 60);
        break;
    case 1:
        contents = token(m_key.get(), Pro, now - 60) + '\n'
            + token(m_key.get(), Export, now - 60, 86400,
                    {{QStringLiteral("hw"), QStringLiteral("someone-else")}});
        break;
    case 2:
        contents = token(m_other.get(), Pro, now - 60, 86400, {}, "other");
        break;
    case 3:
        contents = "\n";
        break;
    }
    const QString path = dir.filePath(QStringLiteral("licenses.jwt"));
    if (kind != 4) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }

    MemorySecretStore secrets;
    Activator engine(cfg, dir.path());
    engine.setSecretStore(&secrets);
    engine.setDeviceId(Device);
    LicenseStatusWidget widget(cfg);
    widget.setActivator(&engine);
    widget.setFileChooser([&path] { return path; });
    widget.refresh();
    widget.show();
    QVERIFY(!widget.allValid());

    auto *button = widget.findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(button);
    QVERIFY(!button->accessibleDescription().isEmpty());
    button->click();

    auto *message = widget.findChild<QLabel *>(QStringLiteral("importMessage"));
    QVERIFY(message);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(says), qPrintable(message->text()));
    QCOMPARE(widget.allValid(), imported);
    // A refused import stores nothing at all.
    QCOMPARE(QFile::exists(store.filePath()), imported);
    auto *list = widget.findChild<QTreeWidget *>(QStringLiteral("statusList"));
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), int(cfg.licensedItems.size()));
}

void LicenseStatusWidgetTest::copyDiagnosticsHoldsNoSecret()
{
    const VendorConfig cfg = config(m_key.get());
    QTemporaryDir dir;
    LicenseStore store(dir.path());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QList<QByteArray> tokens {token(m_key.get(), Pro, now - 60),
                                    token(m_key.get(), Export, now - 60)};
    const QString email = QStringLiteral("ada@example.com");
    QVERIFY(store.save(User, email, tokens));
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);

    MemorySecretStore secrets;
    Activator engine(cfg, dir.path());
    engine.setSecretStore(&secrets);
    engine.setDeviceId(Device);
    LicenseStatusWidget widget(cfg);
    widget.setActivator(&engine);
    widget.setSettings(&settings);
    widget.refresh();
    widget.show();
    QVERIFY(widget.allValid());
    // Nobody is signed in (as far as the engine knows): nothing to renew with.
    auto *renew = widget.findChild<QPushButton *>(QStringLiteral("renewButton"));
    QVERIFY(renew && !renew->isVisible());

    QGuiApplication::clipboard()->clear();
    auto *copy = widget.findChild<QPushButton *>(QStringLiteral("copyDiagnosticsButton"));
    QVERIFY(copy && copy->isVisible());
    copy->click();
    const QString text = QGuiApplication::clipboard()->text();
    QCOMPARE(text, widget.diagnostics());
    QVERIFY2(text.contains(QStringLiteral("Device id: ") + Device), qPrintable(text));
    // Where the licenses and the sign-in are kept (issue 17 item 10), not what.
    QVERIFY2(text.contains(QStringLiteral("Licenses stored in: ")
                           + QDir::toNativeSeparators(dir.path())),
             qPrintable(text));
    QVERIFY2(
        text.contains(QStringLiteral("Sign-in kept in: Keyway::MemorySecretStore (not saved)")),
        qPrintable(text));
    QVERIFY2(text.contains(cfg.productName), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Keyway: ")), qPrintable(text));
    QVERIFY2(text.contains(Pro + QStringLiteral(": valid, lease ends ")), qPrintable(text));
    QVERIFY2(text.contains(
                 QDateTime::fromSecsSinceEpoch(now - 60 + 86400, Qt::UTC).toString(Qt::ISODate)),
             qPrintable(text));
    QVERIFY2(
        text.contains(QStringLiteral("Last successful check: ")
                      + QDateTime::fromSecsSinceEpoch(now - 60, Qt::UTC).toString(Qt::ISODate)),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Proxy: system")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Last error: none")), qPrintable(text));
    // No token, nor any part of one; no e-mail address, no account id.
    for (const QByteArray &token : tokens) {
        for (const QByteArray &part : token.split('.'))
            QVERIFY2(!text.contains(QString::fromLatin1(part.left(24))), qPrintable(text));
    }
    QVERIFY(!text.contains(email));
    QVERIFY(!text.contains(User));
    auto *message = widget.findChild<QLabel *>(QStringLiteral("actionMessage"));
    QVERIFY(message && message->isVisible());
}

void LicenseStatusWidgetTest::networkSettingsAreSavedAndApplied()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    LicenseStatusWidget widget(config(m_key.get()));
    widget.setSettings(&settings);
    QSignalSpy changed(&widget, &LicenseStatusWidget::proxySettingsChanged);
    widget.setDialogRunner([](ProxySettingsDialog &dialog) {
        auto *manual = dialog.findChild<QRadioButton *>(QStringLiteral("manualProxy"));
        auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("proxyHost"));
        auto *port = dialog.findChild<QSpinBox *>(QStringLiteral("proxyPort"));
        if (!manual || !host || !port)
            return false;
        manual->click();
        host->setText(QStringLiteral("proxy.example.net"));
        port->setValue(8080);
        return true;
    });
    widget.show();
    widget.findChild<QPushButton *>(QStringLiteral("networkButton"))->click();
    QCOMPARE(changed.size(), 1);
    const ProxySettings saved = ProxySettings::load(settings);
    QCOMPARE(int(saved.mode), int(ProxySettings::Mode::Manual));
    QCOMPARE(saved.host, QStringLiteral("proxy.example.net"));
    QCOMPARE(saved.port, quint16(8080));
    QCOMPARE(QNetworkProxy::applicationProxy().hostName(), QStringLiteral("proxy.example.net"));
    QVERIFY2(
        widget.diagnostics().contains(QStringLiteral("Proxy: manual: http proxy.example.net:8080")),
        qPrintable(widget.diagnostics()));

    // Back to the system's: the dialog starts from what was saved.
    widget.setDialogRunner([](ProxySettingsDialog &dialog) {
        if (dialog.settings().host != QStringLiteral("proxy.example.net"))
            return false;
        dialog.findChild<QRadioButton *>(QStringLiteral("systemProxy"))->click();
        return true;
    });
    widget.showNetworkSettings();
    QCOMPARE(changed.size(), 2);
    QCOMPARE(int(ProxySettings::load(settings).mode), int(ProxySettings::Mode::System));
    ProxySettings().apply();
}

void LicenseStatusWidgetTest::proxyCredentialsPrompt()
{
    // The modal prompt of the window's ProxyAuthenticator, answered as a person would.
    bool sawPrompt = false;
    QTimer::singleShot(0, this, [&sawPrompt] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != QStringLiteral("proxyCredentialsDialog"))
            return;
        auto *user = dialog->findChild<QLineEdit *>(QStringLiteral("proxyUser"));
        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("proxyPassword"));
        if (!user || !password || user->text() != QStringLiteral("alice")
            || password->echoMode() != QLineEdit::Password)
            return dialog->reject();
        sawPrompt = true;
        QTest::keyClicks(password, QStringLiteral("typed secret"));
        dialog->accept();
    });
    const auto answer = ProxySettingsDialog::askCredentials(
        nullptr, QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("proxy.example"), 3128),
        QStringLiteral("alice"), false);
    QVERIFY(sawPrompt);
    QVERIFY(answer.has_value());
    QCOMPARE(answer->user, QStringLiteral("alice"));
    QCOMPARE(answer->password, QStringLiteral("typed secret"));

    // Cancelled: no answer.
    QTimer::singleShot(0, this, [] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            dialog->reject();
    });
    QVERIFY(!ProxySettingsDialog::askCredentials(nullptr, QNetworkProxy(), QString(), true));
}

void LicenseStatusWidgetTest::renewNowRenewsTheLeases()
{
    QTemporaryDir dir;
    auto engine = makeEngine(dir.path(), m_config);
    QVERIFY(activate(*engine, 0));
    LicenseStore store(dir.path());
    const QStringList before = leaseIds(store);
    QCOMPARE(before.size(), 2);

    auto widget = makeWidget(engine.get());
    QVERIFY(widget->allValid());
    auto *lastCheck = widget->findChild<QLabel *>(QStringLiteral("lastCheck"));
    QVERIFY(lastCheck && lastCheck->isVisible());
    QVERIFY2(lastCheck->text().contains(QStringLiteral("Last successful check")),
             qPrintable(lastCheck->text()));
    // Issue 19: shown, the focus is on a visible control, and Tab follows the order shown.
    QTRY_VERIFY(widget->focusWidget() && widget->focusWidget()->isVisible()
                && widget->focusWidget()->isEnabled());
    const QString tabProblem = GuiTest::tabOrderProblem(widget.get());
    QVERIFY2(tabProblem.isEmpty(), qPrintable(tabProblem));
    QSignalSpy renewed(widget.get(), &LicenseStatusWidget::licensesRenewed);
    auto *renew = widget->findChild<QPushButton *>(QStringLiteral("renewButton"));
    QVERIFY(renew && renew->isVisible() && renew->isEnabled());
    renew->setFocus();
    QTest::keyClick(renew, Qt::Key_Space);
    QVERIFY(widget->isBusy());
    QVERIFY(!renew->isEnabled());
    auto *message = widget->findChild<QLabel *>(QStringLiteral("actionMessage"));
    QVERIFY(message && message->isVisible());
    // While busy the focus waits on the message, not on whatever enabled button comes next.
    QCOMPARE(widget->focusWidget(), message);
    QVERIFY(renewed.wait(15000));
    QVERIFY(!widget->isBusy());
    QVERIFY2(message->text().startsWith(QStringLiteral("Renewed 2 licenses.")),
             qPrintable(message->text()));
    // Then back on Renew now, which says the result first.
    QCOMPARE(widget->focusWidget(), renew);
    QVERIFY2(renew->accessibleDescription().startsWith(message->text()),
             qPrintable(renew->accessibleDescription()));
    const QStringList after = leaseIds(store);
    QCOMPARE(after.size(), 2);
    for (const QString &id : after)
        QVERIFY2(!before.contains(id), "the leases were not renewed");
    QVERIFY(widget->allValid());
    QVERIFY(renew->isEnabled());
    widget->resize(640, 420);
    saveScreenshot(widget.get(), QStringLiteral("6-status"));

    // The support report of a real activation: the device id, and none of its secrets (the
    // refresh token, the license tokens, the activation code, the account).
    SecretJob *read = m_secrets->read(ActivateJob::refreshTokenKey(m_config));
    read->setAutoDelete(false);
    QVERIFY(!run(read).isError());
    const QByteArray refreshToken = read->secret();
    QVERIFY(!refreshToken.isEmpty());
    QGuiApplication::clipboard()->clear();
    widget->findChild<QPushButton *>(QStringLiteral("copyDiagnosticsButton"))->click();
    const QString report = QGuiApplication::clipboard()->text();
    QVERIFY2(report.contains(QStringLiteral("Device id: ") + m_deviceId), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("keyway-pro: valid")), qPrintable(report));
    // The list reads the vendor's names for the items (the dev server's configuration names
    // them); the ids stay in the report above and in the names' tooltips.
    auto *statusList = widget->findChild<QTreeWidget *>(QStringLiteral("statusList"));
    QVERIFY(statusList);
    QMap<QString, QString> idByName;
    for (int row = 0; row < statusList->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = statusList->topLevelItem(row);
        idByName.insert(item->text(0), item->toolTip(0));
        QVERIFY2(item->data(0, Qt::AccessibleTextRole)
                     .toString()
                     .startsWith(item->text(0) + QStringLiteral(": ")),
                 qPrintable(item->data(0, Qt::AccessibleTextRole).toString()));
    }
    QCOMPARE(idByName,
             (QMap<QString, QString> {{QStringLiteral("Professional edition"), Pro},
                                      {QStringLiteral("Export to other formats"), Export}}));
    QVERIFY(!report.contains(QString::fromLatin1(refreshToken)));
    for (const QByteArray &stored : store.tokens()) {
        for (const QByteArray &part : stored.split('.'))
            QVERIFY2(!report.contains(QString::fromLatin1(part.left(24))), qPrintable(report));
    }
    const QString code = m_codes.value(0);
    QVERIFY(!report.contains(code, Qt::CaseInsensitive));
    QVERIFY(!report.contains(ActivationCode::normalize(code), Qt::CaseInsensitive));
    QVERIFY(!report.contains(store.email()));
    QVERIFY(!report.contains(store.subject()));
}

void LicenseStatusWidgetTest::renewNowOfflineSaysUntilWhen()
{
    QTemporaryDir dir;
    QVERIFY(activate(*makeEngine(dir.path(), m_config), 1));
    LicenseStore store(dir.path());
    const QStringList before = leaseIds(store);

    // The same folder and keychain, the server out of reach.
    auto engine = makeEngine(dir.path(), offlineConfig());
    QSignalSpy resumed(engine.get(), &Activator::resumeFinished);
    engine->start();
    QVERIFY(resumed.wait(15000));
    auto widget = makeWidget(engine.get());
    auto *renew = widget->findChild<QPushButton *>(QStringLiteral("renewButton"));
    auto *message = widget->findChild<QLabel *>(QStringLiteral("actionMessage"));
    QVERIFY(renew && message);
    renew->click();
    QTRY_VERIFY_WITH_TIMEOUT(!widget->isBusy(), 15000);
    QVERIFY2(message->text().contains(QStringLiteral("could not be renewed")),
             qPrintable(message->text()));
    QVERIFY2(message->text().contains(QStringLiteral("keep working without a connection until")),
             qPrintable(message->text()));
    QVERIFY(widget->lastError().isError());
    QCOMPARE(leaseIds(store), before);
    QVERIFY(widget->allValid());
    QVERIFY2(widget->diagnostics().contains(QStringLiteral("Last error: ")
                                            + errorCodeName(widget->lastError().code)),
             qPrintable(widget->diagnostics()));
    // The failure is said once (issue 17 item 5): not again in the last-check line nor in the
    // list's details.
    const QString reason = widget->lastError().message;
    auto *lastCheck = widget->findChild<QLabel *>(QStringLiteral("lastCheck"));
    auto *list = widget->findChild<QTreeWidget *>(QStringLiteral("statusList"));
    QString shown = message->text() + QLatin1Char('\n') + lastCheck->text();
    for (int row = 0; row < list->topLevelItemCount(); ++row)
        shown += QLatin1Char('\n') + list->topLevelItem(row)->text(3);
    QCOMPARE(shown.count(reason), 1);
    QCOMPARE(shown.count(QStringLiteral("keep working without a connection until")), 1);
    auto *busy = widget->findChild<QProgressBar *>(QStringLiteral("busyIndicator"));
    QVERIFY(busy && !busy->isVisible());

    // A restart after the planned attempt's time: no time in the past is shown.
    engine.reset();
    FixedClock later(QDateTime::currentDateTimeUtc().addSecs(2 * 3600));
    Clock::setInstance(&later);
    const auto restoreClock = qScopeGuard([] { Clock::setInstance(nullptr); });
    auto restarted = makeEngine(dir.path(), offlineConfig());
    restarted->setBackgroundWork(false);
    QSignalSpy resumedAgain(restarted.get(), &Activator::resumeFinished);
    restarted->start();
    QVERIFY(resumedAgain.wait(15000));
    auto again = makeWidget(restarted.get());
    const QString afterRestart = again->findChild<QLabel *>(QStringLiteral("lastCheck"))->text();
    QVERIFY2(!afterRestart.contains(QStringLiteral("Next attempt after")),
             qPrintable(afterRestart));
    QVERIFY2(afterRestart.contains(QStringLiteral("The next attempt is made soon.")),
             qPrintable(afterRestart));
}

void LicenseStatusWidgetTest::renewNowCanBeCancelled()
{
    QTemporaryDir dir;
    QVERIFY(activate(*makeEngine(dir.path(), m_config), 8));
    // An issuer that accepts the connection and never answers: the renewal hangs.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, &silent, [&silent, &held] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held << socket;
    });
    VendorConfig hanging = m_config;
    hanging.issuer.setPort(silent.serverPort());
    auto engine = makeEngine(dir.path(), hanging);
    engine->setBackgroundWork(false);
    QSignalSpy resumed(engine.get(), &Activator::resumeFinished);
    engine->start();
    QVERIFY(resumed.wait(15000));
    auto widget = makeWidget(engine.get());
    auto *renew = widget->findChild<QPushButton *>(QStringLiteral("renewButton"));
    auto *busy = widget->findChild<QProgressBar *>(QStringLiteral("busyIndicator"));
    auto *cancel = widget->findChild<QPushButton *>(QStringLiteral("cancelJobButton"));
    auto *message = widget->findChild<QLabel *>(QStringLiteral("actionMessage"));
    QVERIFY(renew && busy && cancel && message);
    QVERIFY(!busy->isVisible() && !cancel->isVisible());
    renew->setFocus();
    renew->click();
    QVERIFY(widget->isBusy());
    // Busy: the bar in busy mode, named for assistive technology, and Cancel; the focus on
    // the progress message, Cancel reachable by keyboard.
    QVERIFY(busy->isVisible());
    QCOMPARE(busy->maximum(), 0);
    QVERIFY(!busy->accessibleName().isEmpty());
    QVERIFY(cancel->isVisible() && cancel->isEnabled());
    QCOMPARE(widget->focusWidget(), message);
    QVERIFY(cancel->focusPolicy() & Qt::TabFocus);
    QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), 5000);
    QElapsedTimer timer;
    timer.start();
    cancel->click();
    QTRY_VERIFY_WITH_TIMEOUT(!widget->isBusy(), 3000);
    QVERIFY(timer.elapsed() < 3000);
    QVERIFY(!busy->isVisible() && !cancel->isVisible());
    QCOMPARE(message->text(),
             QStringLiteral("Renewing was cancelled. The licenses keep working as before."));
    QVERIFY(widget->allValid());
    QCOMPARE(widget->focusWidget(), renew);
}

void LicenseStatusWidgetTest::deactivateReleasesAtTheServer()
{
    QTemporaryDir dir;
    auto engine = makeEngine(dir.path(), m_config);
    QVERIFY(activate(*engine, 2));
    LicenseStore store(dir.path());
    const QStringList leases = leaseIds(store);
    QCOMPARE(leases.size(), 2);
    auto widget = makeWidget(engine.get());
    QSignalSpy deactivated(widget.get(), &LicenseStatusWidget::deactivated);
    auto *button = widget->findChild<QPushButton *>(QStringLiteral("deactivateButton"));
    QVERIFY(button && button->isVisible());
    // The customer's word, as in the dialog it opens.
    QCOMPARE(button->text(), QStringLiteral("&Deactivate on this computer…"));

    // Cancelled: nothing changes.
    m_confirmations.clear();
    m_confirmAnswer = false;
    button->click();
    QCOMPARE(m_confirmations.size(), 1);
    QVERIFY(!widget->isBusy());
    QCOMPARE(leaseIds(store), leases);

    m_confirmAnswer = true;
    button->click();
    QCOMPARE(m_confirmations.size(), 2);
    QVERIFY(deactivated.wait(15000));
    QVERIFY(store.tokens().isEmpty());
    QVERIFY(!widget->allValid());
    QVERIFY(ReleaseQueue(dir.path()).pending().isEmpty());
    auto *message = widget->findChild<QLabel *>(QStringLiteral("actionMessage"));
    QVERIFY2(message->text().contains(QStringLiteral("given back at the license server")),
             qPrintable(message->text()));
    // The result stays shown, with the way to activate again.
    QVERIFY(message->isVisible());
    auto *activateButton = widget->findChild<QPushButton *>(QStringLiteral("activateButton"));
    QVERIFY(activateButton && activateButton->isVisible());
    QCOMPARE(engine->state(), Activator::State::NotActivated);

    // The server has let the leases go: releasing them again releases nothing.
    AccessTokenJob *token = engine->session()->accessToken();
    token->setAutoDelete(false);
    QVERIFY(!run(token).isError());
    auto *again = new ReleaseJob(m_config, &m_nam);
    again->setAccessToken(token->token());
    again->setLeaseIds(leases);
    again->setAutoDelete(false);
    QSignalSpy done(again, &Job::finished);
    again->start();
    QVERIFY(done.wait(15000));
    QVERIFY2(!again->hasError(), qPrintable(again->error().toString()));
    QCOMPARE(again->results().size(), 2);
    for (const QString &lease : leases)
        QVERIFY2(!again->results().value(lease, true), qPrintable(lease));
    delete again;
}

void LicenseStatusWidgetTest::deactivateOfflineQueuesTheRelease()
{
    QTemporaryDir dir;
    QVERIFY(activate(*makeEngine(dir.path(), m_config), 3));
    LicenseStore store(dir.path());
    const QStringList leases = leaseIds(store);
    {
        auto engine = makeEngine(dir.path(), offlineConfig());
        // As in the window: a release that could not be sent is tried again by itself.
        engine->setBackgroundWork(true);
        QSignalSpy resumed(engine.get(), &Activator::resumeFinished);
        engine->start();
        QVERIFY(resumed.wait(15000));
        QVERIFY(engine->isSignedIn());
        auto widget = makeWidget(engine.get());
        QSignalSpy deactivated(widget.get(), &LicenseStatusWidget::deactivated);
        widget->deactivate();
        QVERIFY(deactivated.wait(15000));
        QVERIFY(store.tokens().isEmpty());
        QStringList pending = ReleaseQueue(dir.path()).pending();
        pending.sort();
        QCOMPARE(pending, leases);
        // Queued, and the view says so and when it is tried again.
        auto *message = widget->findChild<QLabel *>(QStringLiteral("actionMessage"));
        QVERIFY2(message->text().contains(QStringLiteral("next time")),
                 qPrintable(message->text()));
        QVERIFY(engine->nextReleaseAttempt().isValid());
        QVERIFY2(message->text().contains(QStringLiteral("Next attempt after")),
                 qPrintable(message->text()));
    }
    // Online again (at the next start): the engine sends the queue and empties it.
    auto engine = makeEngine(dir.path(), m_config);
    engine->setBackgroundWork(true);
    engine->start();
    QTRY_VERIFY_WITH_TIMEOUT(ReleaseQueue(dir.path()).pending().isEmpty(), 15000);
}

void LicenseStatusWidgetTest::signOutWipesTheKeychainEntry()
{
    QTemporaryDir dir;
    auto engine = makeEngine(dir.path(), m_config);
    QVERIFY(activate(*engine, 4));
    LicenseStore store(dir.path());
    const QString key = ActivateJob::refreshTokenKey(m_config);
    SecretJob *read = m_secrets->read(key);
    read->setAutoDelete(false);
    QVERIFY(!run(read).isError());
    QVERIFY(!read->notFound());

    auto widget = makeWidget(engine.get());
    QSignalSpy signedOut(widget.get(), &LicenseStatusWidget::signedOut);
    auto *button = widget->findChild<QPushButton *>(QStringLiteral("signOutButton"));
    QVERIFY(button && button->isVisible());
    m_confirmations.clear();
    m_confirmAnswer = true;
    button->click();
    QCOMPARE(m_confirmations.size(), 1);
    // The confirmation says that the licenses stay until their leases end.
    QVERIFY2(m_confirmations.first().contains(QStringLiteral("stay valid without a connection")),
             qPrintable(m_confirmations.first()));
    QVERIFY(signedOut.wait(15000));

    SecretJob *after = m_secrets->read(key);
    after->setAutoDelete(false);
    QVERIFY(!run(after).isError());
    QVERIFY2(after->notFound(), "the keychain entry is still there");
    // The licenses stay, offline, until their leases end.
    QVERIFY(widget->allValid());
    QVERIFY(store.allValid(m_config, m_deviceId, QDateTime::currentDateTimeUtc()));
    auto *message = widget->findChild<QLabel *>(QStringLiteral("actionMessage"));
    QVERIFY2(message->text().contains(QStringLiteral("stay valid until")),
             qPrintable(message->text()));

    // The view says that nobody is signed in and offers the way back in (issue 17 item 1).
    QCOMPARE(engine->state(), Activator::State::SignedOut);
    auto *summary = widget->findChild<QLabel *>(QStringLiteral("statusSummary"));
    QVERIFY2(summary->text().contains(QStringLiteral("You are signed out")),
             qPrintable(summary->text()));
    auto *signInButton = widget->findChild<QPushButton *>(QStringLiteral("signInButton"));
    QVERIFY(signInButton && signInButton->isVisible() && signInButton->isEnabled());
    QVERIFY(!button->isVisible());
    QVERIFY(!widget->findChild<QPushButton *>(QStringLiteral("renewButton"))->isVisible());
    auto *activateButton = widget->findChild<QPushButton *>(QStringLiteral("activateButton"));
    QVERIFY(activateButton && !activateButton->isVisible());

    // Renewing needs a sign-in: said so, with the way to it.
    widget->renewNow();
    QTRY_VERIFY_WITH_TIMEOUT(!widget->isBusy(), 15000);
    QCOMPARE(widget->lastError().code, ErrorCode::SessionExpired);
    QVERIFY2(message->text().contains(QStringLiteral("sign in again")),
             qPrintable(message->text()));
    QVERIFY(signInButton->isVisible());
    QVERIFY(widget->allValid());
}

bool LicenseStatusWidgetTest::checkOutElsewhere(Session &session, const LicenseStore &store,
                                                const QString &device, const QString &name)
{
    AccessTokenJob *token = session.accessToken();
    token->setAutoDelete(false);
    if (run(token).isError())
        return false;
    auto *checkout = new CheckoutJob(m_config, &m_nam);
    checkout->setAccessToken(token->token());
    checkout->setDeviceId(device);
    checkout->setSubject(store.subject());
    checkout->setDeviceName(name);
    checkout->setExplicitActivation(true);
    checkout->setAutoDelete(false);
    const Error error = run(checkout);
    const bool granted = !error.isError() && checkout->grants().size() == 2;
    if (!granted)
        qWarning("checkout elsewhere: %s, %d grants", qPrintable(error.toString()),
                 int(checkout->grants().size()));
    delete checkout;
    return granted;
}

// Issue 14: the Devices section against keyway-devserver. This computer is marked and carries
// the name sent at activation; another one shows its last use; renaming this one is remembered
// for the next activation; removing another frees its seat after a confirmation; the transfer
// budget's refusal names the date of the next removal. Results are read with the focus.
void LicenseStatusWidgetTest::devicesSection()
{
    QTemporaryDir dir;
    auto engine = makeEngine(dir.path(), m_config);
    QVERIFY(activate(*engine, 7));
    LicenseStore store(dir.path());
    Session &session = *engine->session();
    QVERIFY(checkOutElsewhere(session, store, QStringLiteral("old-laptop-hw"),
                              QStringLiteral("Old laptop")));

    auto widget = makeWidget(engine.get());
    widget->resize(720, 640);
    auto *section = widget->devicesSection();
    QVERIFY(section && section->isVisible());
    QSignalSpy finished(section, &DevicesWidget::finished);
    auto *show = section->findChild<QPushButton *>(QStringLiteral("devicesShowButton"));
    auto *rename = section->findChild<QPushButton *>(QStringLiteral("devicesRenameButton"));
    auto *remove = section->findChild<QPushButton *>(QStringLiteral("devicesRemoveButton"));
    auto *list = section->findChild<QTreeWidget *>(QStringLiteral("devicesList"));
    auto *message = section->findChild<QLabel *>(QStringLiteral("devicesMessage"));
    auto *seats = section->findChild<QLabel *>(QStringLiteral("devicesSeats"));
    QVERIFY(show && rename && remove && list && message && seats);
    QVERIFY(!list->isVisible()); // fetched when asked for, not behind the person's back
    QVERIFY(!rename->isVisible());
    QCOMPARE(widget->findChild<QLabel *>(QStringLiteral("devicesHeading"))->text(),
             QStringLiteral("Computers using your licenses"));

    // Shown by keyboard; while it loads the focus waits on the message.
    show->setFocus();
    QTest::keyClick(show, Qt::Key_Space);
    QVERIFY(section->isBusy());
    QCOMPARE(widget->focusWidget(), message);
    QVERIFY(finished.wait(15000));
    QVERIFY2(!section->lastError().isError(), qPrintable(section->lastError().toString()));
    QCOMPARE(list->topLevelItemCount(), 2);
    // This computer first, named as at activation: the OS's computer name.
    const QString systemName = DeviceName::systemDefault();
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("%1 (this computer)").arg(systemName));
    QVERIFY(list->topLevelItem(0)->font(0).bold());
    QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("Old laptop"));
    QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("Last used today"));
    QCOMPARE(list->topLevelItem(1)->data(0, Qt::AccessibleTextRole).toString(),
             QStringLiteral("Old laptop. Last used today. Uses %1.")
                 .arg(QLocale().createSeparatedList({QStringLiteral("Export to other formats"),
                                                     QStringLiteral("Professional edition")})));
    QVERIFY2(seats->text().contains(QStringLiteral("Keyway Demo Pro: 2 of 2 computers in use.")),
             qPrintable(seats->text()));
    QCOMPARE(message->text(), QStringLiteral("2 computers on your account."));
    // The result is read with the button that asked for it, which is back in focus.
    QCOMPARE(widget->focusWidget(), show);
    QVERIFY2(show->accessibleDescription().startsWith(message->text()),
             qPrintable(show->accessibleDescription()));
    QVERIFY(rename->isVisible() && rename->isEnabled());
    QVERIFY(!remove->isEnabled()); // nothing chosen yet
    list->setCurrentItem(list->topLevelItem(0));
    QVERIFY(!remove->isEnabled()); // this computer is deactivated, not removed
    const QString tabProblem = GuiTest::tabOrderProblem(widget.get());
    QVERIFY2(tabProblem.isEmpty(), qPrintable(tabProblem));

    // Rename this computer: at the server, and remembered for the next activation.
    QString offered;
    section->setNamePrompt([&offered](const QString &current) {
        offered = current;
        return QStringLiteral("Studio");
    });
    rename->setFocus();
    rename->click();
    QVERIFY(finished.wait(15000));
    QVERIFY2(!section->lastError().isError(), qPrintable(section->lastError().toString()));
    QCOMPARE(offered, systemName);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Studio (this computer)"));
    QCOMPARE(message->text(),
             QStringLiteral("This computer is now called “Studio” in your account."));
    QCOMPARE(DeviceName::forDirectory(dir.path()), QStringLiteral("Studio"));
    QCOMPARE(widget->focusWidget(), rename);
    QVERIFY(rename->accessibleDescription().startsWith(message->text()));
    saveScreenshot(widget.get(), QStringLiteral("13-devices"));

    // Remove the other one: cancelled first, then confirmed.
    list->setCurrentItem(list->topLevelItem(1));
    QVERIFY(remove->isEnabled());
    m_confirmations.clear();
    m_confirmAnswer = false;
    remove->click();
    QCOMPARE(m_confirmations.size(), 1);
    QVERIFY2(m_confirmations.first().startsWith(
                 QStringLiteral("Remove “Old laptop” from your account?")),
             qPrintable(m_confirmations.first()));
    QVERIFY(!section->isBusy());
    m_confirmAnswer = true;
    remove->setFocus();
    remove->click();
    QVERIFY(finished.wait(15000));
    QVERIFY2(!section->lastError().isError(), qPrintable(section->lastError().toString()));
    QCOMPARE(message->text(),
             QStringLiteral("“Old laptop” was removed from your account. Its seats are free now."));
    QVERIFY2(
        list->topLevelItem(1)->text(2).startsWith(QStringLiteral("Removed from your account on ")),
        qPrintable(list->topLevelItem(1)->text(2)));
    QVERIFY2(seats->text().contains(QStringLiteral("1 of 2 computers in use")),
             qPrintable(seats->text()));
    // The removed one cannot be removed twice: the focus went to the list, which says it.
    QVERIFY(!remove->isEnabled());
    QCOMPARE(widget->focusWidget(), list);
    QVERIFY(list->accessibleDescription().startsWith(message->text()));

    // The transfer budget (3 removals per license within 30 days): two more are allowed, the
    // next is refused with the date it becomes possible, and changes nothing.
    for (int i = 0; i < 3; ++i) {
        const QString name = QStringLiteral("Laptop %1").arg(i + 2);
        QVERIFY(checkOutElsewhere(session, store, QStringLiteral("laptop-hw-%1").arg(i), name));
        show->click();
        QVERIFY(finished.wait(15000));
        QTreeWidgetItem *laptop = nullptr;
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            if (list->topLevelItem(row)->text(0) == name)
                laptop = list->topLevelItem(row);
        }
        QVERIFY(laptop);
        list->setCurrentItem(laptop);
        remove->setFocus();
        remove->click();
        QVERIFY(finished.wait(15000));
        if (i < 2) {
            QVERIFY2(!section->lastError().isError(), qPrintable(section->lastError().toString()));
            continue;
        }
        QCOMPARE(section->lastError().code, ErrorCode::TransferLimitReached);
        QVERIFY2(message->text().startsWith(QStringLiteral("“Laptop 4” could not be removed: "))
                     && message->text().contains(QStringLiteral("The next removal is possible on")),
                 qPrintable(message->text()));
        QVERIFY(remove->isEnabled()); // still there, still removable later
        QCOMPARE(widget->focusWidget(), remove);
        QVERIFY(remove->accessibleDescription().startsWith(message->text()));
    }
    show->click();
    QVERIFY(finished.wait(15000));
    QVERIFY2(seats->text().contains(QStringLiteral("No more computers can be removed from it "
                                                   "until")),
             qPrintable(seats->text()));
}

/// Stands in for a desktop without a browser: its handler method does not exist, so
/// QDesktopServices::openUrl() returns false.
class NoBrowser : public QObject
{
};

/**
 * Clicks @p link (objectName) of @p widget on a desktop without a browser: the address @p url is
 * shown to copy (AddressToCopy "<kind>Fallback"), selected, with the focus and the accessible name
 * @p name, and *Copy address* puts it on the clipboard and says so.
 */
static void checkAddressToCopy(LicenseStatusWidget &widget, const QString &link,
                               const QString &kind, const QString &url, const QString &name)
{
    widget.resize(640, 480);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QString capitalised = kind;
    capitalised[0] = capitalised[0].toUpper();
    auto *button = widget.findChild<QPushButton *>(link);
    auto *fallback = widget.findChild<QFrame *>(kind + QStringLiteral("Fallback"));
    auto *address = widget.findChild<QLineEdit *>(kind + QStringLiteral("Address"));
    auto *copy =
        widget.findChild<QPushButton *>(QStringLiteral("copy%1AddressButton").arg(capitalised));
    QVERIFY(button && fallback && address && copy);
    QVERIFY(button->isVisible() && !fallback->isVisible());
    NoBrowser noBrowser;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &noBrowser, "noSuchMethod");
    button->click();
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QVERIFY(fallback->isVisible());
    QCOMPARE(address->text(), url);
    QVERIFY(address->isReadOnly());
    QCOMPARE(address->selectedText(), url);
    QCOMPARE(widget.focusWidget(), address);
    QCOMPARE(address->accessibleName(), name);
    QVERIFY(
        address->accessibleDescription().startsWith(QStringLiteral("No browser could be opened")));
    const QString tabProblem = GuiTest::tabOrderProblem(&widget);
    QVERIFY2(tabProblem.isEmpty(), qPrintable(tabProblem));
    QGuiApplication::clipboard()->clear();
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), url);
    auto *message = widget.findChild<QLabel *>(QStringLiteral("actionMessage"));
    QVERIFY(message && message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("The address was copied to the clipboard."));
}

// Issue 14: N days before the license ends (the vendor's licenseEndWarningDays) the view says so,
// with the vendor's renewal link when it has one; a subscription says it renews itself.
void LicenseStatusWidgetTest::licenseEndWarning_data()
{
    QTest::addColumn<int>("daysLeft"); // -1: a subscription
    QTest::addColumn<QString>("renewalUrl");
    QTest::addColumn<QString>("warning"); // empty: none
    QTest::newRow("5 days, with a renewal link")
        << 5 << QStringLiteral("https://shop.example.com/renew")
        << QStringLiteral("The license of Keyway Demo ends in 5 days, on ");
    QTest::newRow("5 days, no link")
        << 5 << QString() << QStringLiteral("The license of Keyway Demo ends in 5 days");
    QTest::newRow("30 days: no warning yet")
        << 30 << QStringLiteral("https://shop.example.com/renew") << QString();
    QTest::newRow("subscription") << -1 << QStringLiteral("https://shop.example.com/renew")
                                  << QString();
}

void LicenseStatusWidgetTest::licenseEndWarning()
{
    QFETCH(int, daysLeft);
    QFETCH(QString, renewalUrl);
    QFETCH(QString, warning);
    QJsonObject extra;
    if (!renewalUrl.isEmpty())
        extra.insert(QStringLiteral("renewalUrl"), renewalUrl);
    const VendorConfig cfg = config(m_key.get(), extra);
    QCOMPARE(cfg.licenseEndWarningDays, 14);
    QTemporaryDir dir;
    LicenseStore store(dir.path());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject end = daysLeft < 0
        ? QJsonObject {{QStringLiteral("licenseValidUntil"), QJsonValue()},
                       {QStringLiteral("licenseSubscription"), true}}
        : QJsonObject {{QStringLiteral("licenseValidUntil"), now + daysLeft * 86400 - 600}};
    QVERIFY(store.save(User, QString(),
                       {token(m_key.get(), Pro, now - 60, 86400, end),
                        token(m_key.get(), Export, now - 60, 86400, end)}));
    MemorySecretStore secrets;
    Activator engine(cfg, dir.path());
    engine.setSecretStore(&secrets);
    engine.setDeviceId(Device);
    LicenseStatusWidget widget(cfg);
    widget.setActivator(&engine);
    widget.refresh();
    widget.resize(640, 480);
    widget.show();
    QVERIFY(widget.allValid());
    auto *label = widget.findChild<QLabel *>(QStringLiteral("licenseEndWarning"));
    auto *link = widget.findChild<QPushButton *>(QStringLiteral("renewalLink"));
    QVERIFY(label && link);
    QCOMPARE(label->isVisible(), !warning.isEmpty());
    QCOMPARE(link->isVisible(), !warning.isEmpty() && !renewalUrl.isEmpty());
    if (!warning.isEmpty()) {
        QVERIFY2(label->text().startsWith(warning), qPrintable(label->text()));
        QCOMPARE(label->accessibleName(), label->text());
    }
    if (link->isVisible()) {
        QCOMPARE(link->accessibleName(),
                 QStringLiteral("Renew the license (opens in your browser)"));
        QCOMPARE(link->toolTip(), renewalUrl);
        QVERIFY(link->accessibleDescription().startsWith(label->text()));
        const QString tabProblem = GuiTest::tabOrderProblem(&widget);
        QVERIFY2(tabProblem.isEmpty(), qPrintable(tabProblem));
        // Without a browser: the renewal page's address to copy, as for Get help.
        checkAddressToCopy(widget, QStringLiteral("renewalLink"), QStringLiteral("renewal"),
                           renewalUrl, QStringLiteral("Address of the renewal page"));
    }
    // The license's end, never the lease's, is what the details call the license's.
    auto *list = widget.findChild<QTreeWidget *>(QStringLiteral("statusList"));
    const QString details = list->topLevelItem(0)->text(3);
    if (daysLeft < 0)
        QVERIFY2(details.startsWith(QStringLiteral("Subscription renews automatically.")),
                 qPrintable(details));
    else
        QVERIFY2(details.startsWith(QStringLiteral("Licensed until ")), qPrintable(details));
    // Details never repeats the date of another column (issue 17 item 10), and no time has
    // seconds: the lease's end is to the minute, in its own column only.
    const QString offlineUntil = list->topLevelItem(0)->text(2);
    QCOMPARE(offlineUntil, DateTimeText::dateTime(engine.leaseEnd()));
    QVERIFY2(!details.contains(offlineUntil), qPrintable(details));
    QVERIFY2(!details.contains(QStringLiteral("Works offline")), qPrintable(details));
    const QString secondsShown = engine.leaseEnd().toLocalTime().toString(QStringLiteral(":mm:ss"));
    QVERIFY2(!offlineUntil.contains(secondsShown), qPrintable(offlineUntil));
}

void LicenseStatusWidgetTest::signedOutAfterRestartSignsInAgain()
{
    QTemporaryDir dir;
    {
        auto engine = makeEngine(dir.path(), m_config);
        QVERIFY(activate(*engine, 5));
        QVERIFY(!run(engine->signOut()).isError());
    }
    // A restart: the engine learns from the keychain that nobody is signed in, and the view
    // says so.
    auto engine = makeEngine(dir.path(), m_config);
    auto widget = makeWidget(engine.get());
    QSignalSpy resumed(engine.get(), &Activator::resumeFinished);
    engine->start();
    QVERIFY(resumed.wait(15000));
    QCOMPARE(engine->state(), Activator::State::SignedOut);
    auto *summary = widget->findChild<QLabel *>(QStringLiteral("statusSummary"));
    QVERIFY2(summary->text().contains(QStringLiteral("You are signed out")),
             qPrintable(summary->text()));
    auto *signInButton = widget->findChild<QPushButton *>(QStringLiteral("signInButton"));
    QVERIFY(signInButton && signInButton->isVisible());

    // "Sign in…": the page from the factory, the sign-in through the engine.
    const QString email = m_email;
    widget->setSignInViewFactory([email](QWidget *parent) -> SignInView * {
        return new FormSignInView(
            {{QStringLiteral("email"), email},
             {QStringLiteral("password"), QStringLiteral("correct horse battery")}},
            parent);
    });
    QSignalSpy signedIn(widget.get(), &LicenseStatusWidget::signedIn);
    signInButton->setFocus();
    QTest::keyClick(signInButton, Qt::Key_Space);
    QVERIFY(widget->isBusy());
    QCOMPARE(engine->state(), Activator::State::Activating);
    auto *dialog = widget->findChild<QDialog *>(QStringLiteral("signInDialog"));
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(signedIn.wait(30000));
    QTRY_COMPARE(engine->state(), Activator::State::Licensed);
    QVERIFY(!widget->isBusy());
    auto *message = widget->findChild<QLabel *>(QStringLiteral("actionMessage"));
    QVERIFY2(message->text().contains(QStringLiteral("Signed in as ") + email),
             qPrintable(message->text()));
    QVERIFY2(!summary->text().contains(QStringLiteral("signed out")), qPrintable(summary->text()));
    QVERIFY(!signInButton->isVisible());
    QVERIFY(widget->findChild<QPushButton *>(QStringLiteral("renewButton"))->isVisible());
    QVERIFY(widget->findChild<QPushButton *>(QStringLiteral("signOutButton"))->isVisible());
    QTRY_VERIFY(!widget->findChild<QDialog *>(QStringLiteral("signInDialog")));
}

void LicenseStatusWidgetTest::deactivateSignedOutSaysQueued()
{
    QTemporaryDir dir;
    auto engine = makeEngine(dir.path(), m_config);
    QVERIFY(activate(*engine, 6));
    LicenseStore store(dir.path());
    const QStringList leases = leaseIds(store);
    QVERIFY(!run(engine->signOut()).isError());
    auto widget = makeWidget(engine.get());
    auto *button = widget->findChild<QPushButton *>(QStringLiteral("deactivateButton"));
    QVERIFY(button && button->isVisible() && button->isEnabled());

    // The confirmation does not promise a free seat: signed out, the release waits.
    m_confirmations.clear();
    m_confirmAnswer = true;
    QSignalSpy deactivated(widget.get(), &LicenseStatusWidget::deactivated);
    button->click();
    QCOMPARE(m_confirmations.size(), 1);
    QVERIFY2(m_confirmations.first().contains(QStringLiteral("Because you are signed out")),
             qPrintable(m_confirmations.first()));
    QVERIFY(deactivated.wait(15000));
    QVERIFY(store.tokens().isEmpty());
    QStringList pending = ReleaseQueue(dir.path()).pending();
    pending.sort();
    QCOMPARE(pending, leases);
    // The result stays on screen and says that the release is queued until the next sign-in.
    auto *message = widget->findChild<QLabel *>(QStringLiteral("actionMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("when you next sign in")),
             qPrintable(message->text()));
    QCOMPARE(engine->state(), Activator::State::NotActivated);
    QVERIFY(widget->findChild<QPushButton *>(QStringLiteral("activateButton"))->isVisible());
    QVERIFY2(widget->diagnostics().contains(QStringLiteral("Queued releases: 2")),
             qPrintable(widget->diagnostics()));
}

void LicenseStatusWidgetTest::testConnectionFromTheStatusView()
{
    // Issue 17 item 10: the engine's connection test, shown as the wizard's page shows it.
    QTemporaryDir dir;
    auto engine = makeEngine(dir.path(), offlineConfig());
    auto widget = makeWidget(engine.get());
    auto *button = widget->findChild<QPushButton *>(QStringLiteral("testConnectionButton"));
    QVERIFY(button && button->isVisible() && button->isEnabled());
    button->click();
    auto *dialog = widget->findChild<QDialog *>(QStringLiteral("connectionTestDialog"));
    QVERIFY(dialog && dialog->isVisible());
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("connectionStatus"));
    auto *report = dialog->findChild<QTextBrowser *>(QStringLiteral("connectionReport"));
    QVERIFY(status && report);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("found a problem")), 15000);
    QVERIFY2(report->toPlainText().contains(ConnectionTest::stepTitle(ConnectionTest::Step::Tcp)
                                            + QStringLiteral(": Failed")),
             qPrintable(report->toPlainText()));

    // Against the running server every step passes; Test again runs it anew.
    QTemporaryDir other;
    auto online = makeEngine(other.path(), m_config);
    auto onlineWidget = makeWidget(online.get());
    onlineWidget->findChild<QPushButton *>(QStringLiteral("testConnectionButton"))->click();
    auto *onlineDialog = onlineWidget->findChild<QDialog *>(QStringLiteral("connectionTestDialog"));
    QVERIFY(onlineDialog);
    auto *onlineStatus = onlineDialog->findChild<QLabel *>(QStringLiteral("connectionStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(onlineStatus->text().startsWith(QStringLiteral("Every step passed")),
                             15000);
    auto *again = onlineDialog->findChild<QPushButton *>(QStringLiteral("connectionAgainButton"));
    QVERIFY(again && again->isEnabled());
    again->click();
    QVERIFY(!again->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(again->isEnabled(), 15000);
    QVERIFY(onlineStatus->text().startsWith(QStringLiteral("Every step passed")));
    onlineDialog->findChild<QPushButton *>(QStringLiteral("connectionBackButton"))->click();
    QTRY_VERIFY(onlineWidget->findChild<QDialog *>(QStringLiteral("connectionTestDialog"))
                == nullptr);
}

void LicenseStatusWidgetTest::getHelpWithoutBrowserShowsTheAddress()
{
    VendorConfig cfg = m_config;
    cfg.supportUrl = QStringLiteral("https://support.example.com/keyway");
    LicenseStatusWidget widget(cfg);
    checkAddressToCopy(widget, QStringLiteral("supportLink"), QStringLiteral("help"),
                       cfg.supportUrl, QStringLiteral("Address of the help page"));
}

QTEST_MAIN(LicenseStatusWidgetTest)
#include "licensestatuswidgettest.moc"
