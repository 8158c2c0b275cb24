// SPDX-License-Identifier: BSD-3-Clause
// The walking skeleton end to end: keyway-devserver as a process, the library's ActivateJob with
// an HTTP client playing the browser on the server's registration page, the real keychain, and
// keywayctl answering offline once the server is gone.

#include "devserverprocess.h"
#include "formbrowser.h"

#include "config/vendorconfig.h"
#include "license/clockguard.h"
#include "license/deviceid.h"
#include "license/licensestore.h"
#include "online/activatejob.h"
#include "storage/keychainsecretstore.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Keyway;

class FirstActivationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void registerRedeemAndCheckOut();
    void sameCodeByAnotherAccountIsRefused();
    void existingAccountSignsInAndGetsLicenses();
    void wrongPasswordIsReported();
    void offlineStatusWithServerStopped();

private:
    struct Outcome
    {
        Error error;
        QList<LicenseGrant> grants;
        QList<RedeemedLicense> redeemed;
        UserIdentity identity;
        QString lastPage;
    };
    Outcome activate(const QString &code, SignInJob::Page page, const QString &formId,
                     const QHash<QString, QString> &values, LicenseStore *store);
    QByteArray readKeychain(const QString &key);

    DevServerProcess m_server;
    VendorConfig m_config;
    QTemporaryDir m_dataDir;
    QString m_deviceId;
    QString m_service;
    QStringList m_codes;
    QString m_email;
    const QString m_password = QStringLiteral("correct horse battery");
    QNetworkAccessManager m_nam;
};

void FirstActivationTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start(), "keyway-devserver did not start");
    auto config = VendorConfig::load(m_server.configPath());
    QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
    m_config = *config;
    QCOMPARE(m_config.issuer, m_server.baseUrl().adjusted(QUrl::StripTrailingSlash));
    m_deviceId = DeviceId::forProduct(m_config, m_dataDir.path());
    QVERIFY(!m_deviceId.isEmpty());
    m_service = QStringLiteral("Keyway-test/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_codes = m_server.generateCodes(2);
    QCOMPARE(m_codes.size(), 2);
    m_email = QStringLiteral("ada.%1@example.com")
                  .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
}

void FirstActivationTest::cleanupTestCase()
{
    KeychainSecretStore store(m_service);
    SecretJob *job = store.remove(ActivateJob::refreshTokenKey(m_config));
    QSignalSpy spy(job, &Job::finished);
    job->start();
    spy.wait(10000);
}

FirstActivationTest::Outcome
FirstActivationTest::activate(const QString &code, SignInJob::Page page, const QString &formId,
                              const QHash<QString, QString> &values, LicenseStore *store)
{
    FormBrowser browser;
    browser.setFormValues(formId, values);
    KeychainSecretStore secrets(m_service);

    auto *job = new ActivateJob(m_config);
    job->setAutoDelete(false);
    job->setNetworkAccessManager(&m_nam);
    job->setAgent(&browser);
    job->setSecretStore(&secrets);
    job->setLicenseStore(store);
    job->setDeviceId(m_deviceId);
    job->setPage(page);
    if (!code.isEmpty()) {
        auto parsed = ActivationCode::parse(code);
        if (parsed)
            job->setCode(*parsed);
    }
    QSignalSpy spy(job, &Job::finished);
    job->start();
    Outcome outcome;
    if (!spy.wait(60000)) {
        outcome.error = Error(ErrorCode::NetworkTimeout, QStringLiteral("job did not finish"));
    } else {
        outcome.error = job->error();
        outcome.grants = job->grants();
        outcome.redeemed = job->redeemedLicenses();
        outcome.identity = job->identity();
    }
    outcome.lastPage = browser.lastPage();
    delete job;
    return outcome;
}

QByteArray FirstActivationTest::readKeychain(const QString &key)
{
    KeychainSecretStore store(m_service);
    SecretJob *job = store.read(key);
    job->setAutoDelete(false);
    QSignalSpy spy(job, &Job::finished);
    job->start();
    if (!spy.wait(10000))
        return QByteArray();
    const QByteArray secret = job->hasError() ? QByteArray() : job->secret();
    if (job->hasError())
        qWarning("keychain read failed: %s", qPrintable(job->error().toString()));
    delete job;
    return secret;
}

void FirstActivationTest::registerRedeemAndCheckOut()
{
    LicenseStore store(m_dataDir.path());
    const Outcome outcome =
        activate(m_codes.at(0), SignInJob::Page::Register, QStringLiteral("register-form"),
                 {{QStringLiteral("email"), m_email},
                  {QStringLiteral("password"), m_password},
                  {QStringLiteral("given_name"), QStringLiteral("Ada")},
                  {QStringLiteral("family_name"), QStringLiteral("Lovelace")}},
                 &store);
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.toString()));
    QCOMPARE(outcome.identity.email, m_email);
    QCOMPARE(outcome.identity.givenName, QStringLiteral("Ada"));
    QCOMPARE(outcome.redeemed.size(), 1);
    QCOMPARE(outcome.redeemed.first().licensedItems,
             QStringList({QStringLiteral("keyway-pro"), QStringLiteral("keyway-export")}));

    QStringList granted;
    for (const LicenseGrant &grant : outcome.grants) {
        granted.append(grant.item);
        QCOMPARE(grant.deviceId, m_deviceId);
        QCOMPARE(grant.subject, outcome.identity.subject);
        QVERIFY(grant.expiresAt > QDateTime::currentDateTimeUtc().addDays(6));
    }
    granted.sort();
    QCOMPARE(granted, QStringList({QStringLiteral("keyway-export"), QStringLiteral("keyway-pro")}));

    // The refresh token is in the real keychain, not in any file.
    const QByteArray refreshToken = readKeychain(ActivateJob::refreshTokenKey(m_config));
    QVERIFY2(!refreshToken.isEmpty(), "no refresh token in the keychain");
    const QDir dir(m_dataDir.path());
    for (const QString &name : dir.entryList(QDir::Files)) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(refreshToken), qPrintable(name));
    }

    // The server's Date was kept as trusted time for the clock guard.
    const QDateTime mark = ClockGuard(m_dataDir.path()).storedMark();
    QVERIFY2(mark.isValid(), "no trusted time recorded from the server");
    QVERIFY(qAbs(mark.secsTo(QDateTime::currentDateTimeUtc())) < 120);

    // A new store object reads the same verified state from disk.
    LicenseStore again(m_dataDir.path());
    const auto statuses = again.check(m_config, m_deviceId, QDateTime::currentDateTimeUtc());
    QCOMPARE(statuses.size(), 2);
    for (const auto &status : statuses)
        QVERIFY2(status.state == LicenseStore::ItemStatus::Valid,
                 qPrintable(status.reason.toString()));
}

void FirstActivationTest::sameCodeByAnotherAccountIsRefused()
{
    QTemporaryDir otherDir;
    LicenseStore store(otherDir.path());
    const Outcome outcome =
        activate(m_codes.at(0), SignInJob::Page::Register, QStringLiteral("register-form"),
                 {{QStringLiteral("email"), QStringLiteral("other.") + m_email},
                  {QStringLiteral("password"), m_password},
                  {QStringLiteral("given_name"), QStringLiteral("Bob")},
                  {QStringLiteral("family_name"), QStringLiteral("Other")}},
                 &store);
    QCOMPARE(outcome.error.code, ErrorCode::RedeemCodeAlreadyRedeemed);
    QVERIFY(outcome.error.message.contains(QStringLiteral("another account")));
    QVERIFY(!QFile::exists(QDir(otherDir.path()).filePath(QStringLiteral("licenses.json"))));
}

void FirstActivationTest::existingAccountSignsInAndGetsLicenses()
{
    // "I already have an account": no code, just sign in on the login page.
    QTemporaryDir otherDir;
    LicenseStore store(otherDir.path());
    const Outcome outcome = activate(
        QString(), SignInJob::Page::Login, QStringLiteral("login-form"),
        {{QStringLiteral("email"), m_email}, {QStringLiteral("password"), m_password}}, &store);
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.toString()));
    QVERIFY(outcome.redeemed.isEmpty());
    QCOMPARE(outcome.grants.size(), 2);
}

void FirstActivationTest::wrongPasswordIsReported()
{
    QTemporaryDir otherDir;
    LicenseStore store(otherDir.path());
    const Outcome outcome =
        activate(m_codes.at(1), SignInJob::Page::Login, QStringLiteral("login-form"),
                 {{QStringLiteral("email"), m_email},
                  {QStringLiteral("password"), QStringLiteral("wrong password")}},
                 &store);
    QVERIFY(outcome.error.isError());
    QVERIFY2(outcome.lastPage.contains(QStringLiteral("id=\"error\"")),
             qPrintable(outcome.lastPage));
    // Nothing was redeemed: the code is still free for the right account.
    QVERIFY(!QFile::exists(QDir(otherDir.path()).filePath(QStringLiteral("licenses.json"))));
}

void FirstActivationTest::offlineStatusWithServerStopped()
{
    m_server.stop();
    QVERIFY(!m_server.isRunning());

    QProcess ctl;
    ctl.start(QStringLiteral(KEYWAY_KEYWAYCTL_BIN),
              {QStringLiteral("--config"), m_server.configPath(), QStringLiteral("--data-dir"),
               m_dataDir.path(), QStringLiteral("status"), QStringLiteral("--offline")});
    QVERIFY(ctl.waitForFinished(20000));
    const QString out = QString::fromUtf8(ctl.readAllStandardOutput());
    QVERIFY2(ctl.exitCode() == 0, qPrintable(out + QString::fromUtf8(ctl.readAllStandardError())));
    // The vendor's names for the items (the dev server's configuration), not their ids.
    QVERIFY2(out.contains(QStringLiteral("Professional edition")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Export to other formats")), qPrintable(out));

    // A tampered file is refused offline, with a non-zero exit.
    QFile file(QDir(m_dataDir.path()).filePath(QStringLiteral("licenses.json")));
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray content = file.readAll();
    const int at = content.indexOf("\"tokens\"") + 40;
    content[at] = content[at] == 'A' ? 'B' : 'A';
    file.seek(0);
    file.write(content);
    file.close();
    ctl.start(QStringLiteral(KEYWAY_KEYWAYCTL_BIN),
              {QStringLiteral("--config"), m_server.configPath(), QStringLiteral("--data-dir"),
               m_dataDir.path(), QStringLiteral("status"), QStringLiteral("--offline")});
    QVERIFY(ctl.waitForFinished(20000));
    QCOMPARE(ctl.exitCode(), 1);
}

QTEST_GUILESS_MAIN(FirstActivationTest)
#include "firstactivationtest.moc"
