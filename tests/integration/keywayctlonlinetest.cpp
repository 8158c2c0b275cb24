// SPDX-License-Identifier: BSD-3-Clause
// keywayctl's online commands as a person runs them, against keyway-devserver: sign in with
// `login --browser=none` (the printed address opened by an HTTP client playing the browser),
// redeem a code, check the status online and offline, sign out, and see that a signed-out
// refresh says so with its exit code.

#include "devserverprocess.h"
#include "formbrowser.h"
#include "jsonschemacheck.h"

#include "config/vendorconfig.h"
#include "core/clock.h"
#include "license/licensestore.h"
#include "oidc/session.h"
#include "online/activatejob.h"
#include "online/redemptionjournal.h"
#include "online/renewjob.h"
#include "storage/keychainsecretstore.h"
#include "storage/secretstore.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

class KeywayctlOnlineTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loginWithPrintedAddress();
    void redeemAndStatus();
    void redeemReadsTheCodeFromStandardInput();
    void devicesSeatsAndRemoval();
    void logoutThenRefreshIsSignedOut();
    void pendingRedemptionOfAnotherAccount();
    void loginWithABrowserSessionAsksFirst();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run ctl(const QStringList &arguments, const QByteArray &input = QByteArray());
    /// `login --browser=none`, registering @p email on the page the address leads to.
    Run registerAndLogin(const QString &email);
    /// Starts `keywayctl login --browser=none` and returns the address it prints.
    QUrl startLogin(QProcess &process);
    /// @p browser will register @p email on the provider's page.
    static void registerIn(FormBrowser &browser, const QString &email, const QString &givenName);
    QProcessEnvironment environment() const;

    DevServerProcess m_server;
    QTemporaryDir m_dataDir;
    QString m_service;
    QString m_code;
};

void KeywayctlOnlineTest::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    QVERIFY2(m_server.start(), "keyway-devserver did not start");
    const QStringList codes = m_server.generateCodes(1);
    QCOMPARE(codes.size(), 1);
    m_code = codes.first();
    m_service = QStringLiteral("Keyway-test/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QProcessEnvironment KeywayctlOnlineTest::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KEYWAY_KEYCHAIN_SERVICE"), m_service);
    return env;
}

KeywayctlOnlineTest::Run KeywayctlOnlineTest::ctl(const QStringList &arguments,
                                                  const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(KEYWAY_KEYWAYCTL_BIN),
                  QStringList {QStringLiteral("--config"), m_server.configPath(),
                               QStringLiteral("--data-dir"), m_dataDir.path()}
                      + arguments);
    process.write(input);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void KeywayctlOnlineTest::loginWithPrintedAddress()
{
    // keywayctl prints the address and waits on its loopback listener.
    QProcess process;
    const QUrl address = startLogin(process);
    QVERIFY(address.isValid());
    QVERIFY2(address.query().contains(QStringLiteral("redirect_uri=http%3A%2F%2F127.0.0.1%3A")),
             qPrintable(address.toString()));

    // A person opens it and registers; the provider sends the browser to keywayctl's listener.
    FormBrowser browser;
    registerIn(browser, QStringLiteral("cli@example.com"), QStringLiteral("Cli"));
    browser.authorize(address, QUrl(QStringLiteral("never:/match")));
    // The played browser needs this event loop: wait without blocking it.
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 30000);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(out.contains(QStringLiteral("Signed in as cli@example.com")), qPrintable(out + err));
    // Signed in, and the new account has no license yet: that is no failure (exit 0), and the
    // next step is said (issue 13).
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(out.contains(QStringLiteral("keywayctl redeem")), qPrintable(out + err));
    // The status names the account signed in, as the window does.
    const Run status = ctl({QStringLiteral("status"), QStringLiteral("--offline")});
    QVERIFY2(status.out.contains(QStringLiteral("Account: cli@example.com")),
             qPrintable(status.out + status.err));
}

KeywayctlOnlineTest::Run KeywayctlOnlineTest::registerAndLogin(const QString &email)
{
    QProcess process;
    Run run;
    const QUrl address = startLogin(process);
    if (!address.isValid())
        return run;
    FormBrowser browser;
    registerIn(browser, email, QStringLiteral("Other"));
    browser.authorize(address, QUrl(QStringLiteral("never:/match")));
    // The played browser needs this event loop: wait without blocking it.
    QDeadlineTimer deadline(60000);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(50);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void KeywayctlOnlineTest::redeemAndStatus()
{
    Run run = ctl({QStringLiteral("redeem"), m_code});
    QVERIFY2(run.exitCode == 0,
             qPrintable(QString::number(run.exitCode) + QLatin1Char(' ') + run.out + run.err));
    // The vendor's name for the item (the dev server's configuration), not its id.
    QVERIFY2(run.out.contains(QStringLiteral("Professional edition")), qPrintable(run.out));

    run = ctl({QStringLiteral("status")});
    QVERIFY2(run.exitCode == 0,
             qPrintable(QString::number(run.exitCode) + QLatin1Char(' ') + run.out + run.err));

    // The same code again by the same account is fine (the service answers with its licenses).
    run = ctl({QStringLiteral("redeem"), m_code});
    QVERIFY2(run.exitCode == 0,
             qPrintable(QString::number(run.exitCode) + QLatin1Char(' ') + run.out + run.err));

    // A typo is refused locally before anything is sent.
    QString typo = m_code;
    typo[3] = typo[3] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    run = ctl({QStringLiteral("redeem"), typo});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("typing error")), qPrintable(run.err));
}

void KeywayctlOnlineTest::redeemReadsTheCodeFromStandardInput()
{
    // The code never needs the command line (shell history, ps): --code - reads it.
    const QStringList codes = m_server.generateCodes(1);
    QCOMPARE(codes.size(), 1);
    Run run = ctl({QStringLiteral("redeem"), QStringLiteral("--code"), QStringLiteral("-")},
                  codes.first().toUtf8() + '\n');
    QVERIFY2(run.exitCode == 0,
             qPrintable(QString::number(run.exitCode) + QLatin1Char(' ') + run.out + run.err));
    // The vendor's name for the item (the dev server's configuration), not its id.
    QVERIFY2(run.out.contains(QStringLiteral("Professional edition")), qPrintable(run.out));
    // --code takes no code itself, and an empty standard input is a usage error.
    QCOMPARE(ctl({QStringLiteral("redeem"), QStringLiteral("--code"), codes.first()}).exitCode, 2);
    QCOMPARE(
        ctl({QStringLiteral("redeem"), QStringLiteral("--code"), QStringLiteral("-")}).exitCode, 2);
}

// Issue 14: the account's other computers (activated through the library, as the window would),
// the seat limit as the customer reads it, and keywayctl devices listing, renaming and removing.
void KeywayctlOnlineTest::devicesSeatsAndRemoval()
{
    using namespace Keyway;
    auto config = VendorConfig::load(m_server.configPath());
    QVERIFY(config);
    QNetworkAccessManager nam;
    struct Computer
    {
        QString deviceId;
        QTemporaryDir dir;
        MemorySecretStore secrets;
    };
    // Signs in as cli@example.com on another computer and checks out there.
    auto activate = [&](Computer &computer) {
        FormBrowser browser;
        browser.setFormValues(
            QStringLiteral("login-form"),
            {{QStringLiteral("email"), QStringLiteral("cli@example.com")},
             {QStringLiteral("password"), QStringLiteral("a long test password")}});
        LicenseStore store(computer.dir.path());
        auto *job = new ActivateJob(*config);
        job->setNetworkAccessManager(&nam);
        job->setAgent(&browser);
        job->setSecretStore(&computer.secrets);
        job->setLicenseStore(&store);
        job->setDeviceId(computer.deviceId);
        job->setDeviceName(computer.deviceId);
        job->setPage(SignInJob::Page::Login);
        job->setAutoDelete(false);
        QSignalSpy finished(job, &Job::finished);
        job->start();
        if (!job->isFinished())
            finished.wait(30000);
        const Error error = job->error();
        delete job;
        return error;
    };

    // The account holds two Pro licenses (two codes redeemed above), 2 seats each; this
    // computer holds one seat. Three more computers fit, the fourth is told why not.
    std::vector<std::unique_ptr<Computer>> others;
    for (int i = 1; i <= 4; ++i) {
        others.push_back(std::make_unique<Computer>());
        others.back()->deviceId = QStringLiteral("other-computer-%1").arg(i);
        const Error error = activate(*others.back());
        if (i < 4) {
            QVERIFY2(!error.isError(), qPrintable(error.toString()));
            continue;
        }
        QCOMPARE(error.code, ErrorCode::SeatLimitReached);
        QVERIFY2(error.message.contains(QStringLiteral("already in use on 2 computers")),
                 qPrintable(error.message));
        QVERIFY(error.detail.contains(QStringLiteral("seatLimitReached")));
    }

    // keywayctl devices --json, by its schema.
    Run run = ctl({QStringLiteral("devices"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QFile schemaFile(QStringLiteral(KEYWAY_SOURCE_DIR "/tests/data/devices.schema.json"));
    QVERIFY(schemaFile.open(QIODevice::ReadOnly));
    const QJsonObject schema = QJsonDocument::fromJson(schemaFile.readAll()).object();
    const QJsonObject listing = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QStringList problems = JsonSchema::check(listing, schema);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    const QJsonArray devices = listing.value(QStringLiteral("devices")).toArray();
    QCOMPARE(devices.size(), 5); // this computer, three others, and the refused one
    QString otherId;
    int current = 0;
    for (const auto &value : devices) {
        const QJsonObject device = value.toObject();
        if (device.value(QStringLiteral("current")).toBool()) {
            ++current;
            QVERIFY(!device.value(QStringLiteral("leases")).toArray().isEmpty());
        }
        if (device.value(QStringLiteral("name")) == QLatin1String("other-computer-1"))
            otherId = device.value(QStringLiteral("id")).toString();
    }
    QCOMPARE(current, 1);
    QVERIFY(!otherId.isEmpty());
    for (const auto &value : listing.value(QStringLiteral("licenses")).toArray()) {
        QCOMPARE(value.toObject().value(QStringLiteral("seats")).toInt(), 2);
        QCOMPARE(value.toObject().value(QStringLiteral("seatsInUse")).toInt(), 2);
    }

    // Rename this computer; the list says so, in words.
    run = ctl({QStringLiteral("devices"), QStringLiteral("rename"), QStringLiteral("Build"),
               QStringLiteral("box")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("\"Build box\"")), qPrintable(run.out));
    run = ctl({QStringLiteral("devices")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Build box (this computer)")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("seats in use: 2 of 2")), qPrintable(run.out));

    // Remove another computer: its seat is free for the refused one at once.
    run = ctl({QStringLiteral("devices"), QStringLiteral("release"), otherId});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Removed \"other-computer-1\"")), qPrintable(run.out));
    const Error second = activate(*others.at(3));
    QVERIFY2(!second.isError(), qPrintable(second.toString()));

    // The removed computer's next renewal: refused, said plainly, and it works on offline.
    Computer &removed = *others.at(0);
    LicenseStore store(removed.dir.path());
    Session session(*config, &nam, &removed.secrets);
    auto *renew = new RenewJob(*config, &nam, &session, &store);
    renew->setDeviceId(removed.deviceId);
    renew->setForce(true);
    renew->setAutoDelete(false);
    QSignalSpy renewed(renew, &Job::finished);
    renew->start();
    if (!renew->isFinished())
        QVERIFY(renewed.wait(30000));
    const Error refused = renew->error();
    delete renew;
    QCOMPARE(refused.code, ErrorCode::DeviceReleased);
    QVERIFY2(refused.message.contains(QStringLiteral("removed from your account on")),
             qPrintable(refused.message));
    QVERIFY2(refused.message.contains(QStringLiteral("from \"Build box\"")),
             qPrintable(refused.message));
    QVERIFY2(refused.message.contains(QStringLiteral("works offline until")),
             qPrintable(refused.message));
    const auto statuses = store.check(*config, removed.deviceId, Clock::current());
    QVERIFY(!statuses.isEmpty());
    QVERIFY(statuses.first().isValid());
    QCOMPARE(store.lastRenewalFailure().error.code, ErrorCode::DeviceReleased);

    // Mistakes are usage errors with a plain sentence; nothing changes.
    run = ctl({QStringLiteral("devices"), QStringLiteral("release"), QStringLiteral("no-such-id")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("No computer with this id")), qPrintable(run.err));
    run = ctl(
        {QStringLiteral("devices"), QStringLiteral("rename"), QStringLiteral("x").repeated(65)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("1 to 64 characters")), qPrintable(run.err));
    QCOMPARE(ctl({QStringLiteral("devices"), QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(ctl({QStringLiteral("devices"), QStringLiteral("release")}).exitCode, 2);
}

void KeywayctlOnlineTest::registerIn(FormBrowser &browser, const QString &email,
                                     const QString &givenName)
{
    browser.setFollowLinkId(QStringLiteral("register-link"));
    browser.setFormValues(QStringLiteral("register-form"),
                          {{QStringLiteral("email"), email},
                           {QStringLiteral("password"), QStringLiteral("a long test password")},
                           {QStringLiteral("given_name"), givenName},
                           {QStringLiteral("family_name"), QStringLiteral("User")}});
}

QUrl KeywayctlOnlineTest::startLogin(QProcess &process)
{
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(KEYWAY_KEYWAYCTL_BIN),
                  {QStringLiteral("--config"), m_server.configPath(), QStringLiteral("--data-dir"),
                   m_dataDir.path(), QStringLiteral("login"), QStringLiteral("--browser=none")});
    if (!process.waitForStarted())
        return {};
    static const QRegularExpression urlLine(QStringLiteral("^(http\\S+/user/oauth20/authz\\S+)$"),
                                            QRegularExpression::MultilineOption);
    QString out;
    QDeadlineTimer deadline(20000);
    while (!urlLine.match(out).hasMatch() && !deadline.hasExpired()) {
        process.waitForReadyRead(200);
        out += QString::fromUtf8(process.readAllStandardOutput());
    }
    return QUrl(urlLine.match(out).captured(1), QUrl::StrictMode);
}

void KeywayctlOnlineTest::loginWithABrowserSessionAsksFirst()
{
    // The browser already has a session of another account (a page planted it, or somebody
    // else used it): the next `keywayctl login` must not sign in to it unseen (RFC 8252 §8.6).
    FormBrowser browser;
    {
        QProcess first;
        const QUrl address = startLogin(first);
        QVERIFY(address.isValid());
        registerIn(browser, QStringLiteral("mallory@example.com"), QStringLiteral("Mallory"));
        browser.authorize(address, QUrl(QStringLiteral("never:/match")));
        QTRY_VERIFY_WITH_TIMEOUT(first.state() == QProcess::NotRunning, 30000);
        QVERIFY(first.readAllStandardOutput().contains("Signed in as mallory@example.com"));
    }
    QVERIFY(ctl({QStringLiteral("logout")}).exitCode == 0);

    QProcess second;
    const QUrl address = startLogin(second);
    QVERIFY(address.isValid());
    browser.setAccountChoice(FormBrowser::AccountChoice::Stop);
    QSignalSpy failed(&browser, &Keyway::AuthorizationAgent::failed);
    browser.authorize(address, QUrl(QStringLiteral("never:/match")));
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 20000);
    // The provider asks; nothing was approved behind the person's back.
    QVERIFY2(browser.lastPage().contains(QStringLiteral("id=\"continue-as-form\"")),
             qPrintable(browser.lastPage()));
    QVERIFY(browser.lastPage().contains(QStringLiteral("mallory@example.com")));
    QVERIFY(browser.lastPage().contains(QStringLiteral("id=\"other-account-link\"")));
    QTest::qWait(500);
    QCOMPARE(second.state(), QProcess::Running);
    QVERIFY(!second.readAllStandardOutput().contains("Signed in as"));
    second.kill();
    second.waitForFinished(5000);
}

void KeywayctlOnlineTest::logoutThenRefreshIsSignedOut()
{
    Run run = ctl({QStringLiteral("logout")});
    QVERIFY2(run.exitCode == 0,
             qPrintable(QString::number(run.exitCode) + QLatin1Char(' ') + run.out + run.err));

    run = ctl({QStringLiteral("refresh")});
    QCOMPARE(run.exitCode, 4);

    // The licenses stay valid offline until their lease ends.
    run = ctl({QStringLiteral("status"), QStringLiteral("--offline")});
    QVERIFY2(run.exitCode == 0,
             qPrintable(QString::number(run.exitCode) + QLatin1Char(' ') + run.out + run.err));
}

// Issue 12: a redemption started by account A whose answer was lost stays A's. Account B signs in:
// nothing is redeemed for B, and keywayctl names A and the two ways out.
void KeywayctlOnlineTest::pendingRedemptionOfAnotherAccount()
{
    // The state a lost answer leaves: A's entry in the journal (what `redeem CODE` writes before
    // it sends anything), its code not yet consumed.
    Run run =
        ctl({QStringLiteral("status"), QStringLiteral("--offline"), QStringLiteral("--json")});
    const QString subjectA = QJsonDocument::fromJson(run.out.toUtf8())
                                 .object()
                                 .value(QStringLiteral("account"))
                                 .toObject()
                                 .value(QStringLiteral("subject"))
                                 .toString();
    QVERIFY2(!subjectA.isEmpty(), qPrintable(run.out));
    const QString code = m_server.generateCodes(1).value(0);
    QVERIFY(!code.isEmpty());
    auto config = Keyway::VendorConfig::load(m_server.configPath());
    QVERIFY(config);
    Keyway::PendingRedemption pending;
    pending.code = code;
    pending.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    pending.deviceId = ctl({QStringLiteral("device-id")}).out.trimmed();
    pending.since = QDateTime::currentDateTimeUtc();
    pending.subject = subjectA;
    pending.email = QStringLiteral("cli@example.com");
    Keyway::KeychainSecretStore keychain(m_service);
    Keyway::SecretJob *write = Keyway::RedemptionJournal::write(&keychain, *config, pending);
    QSignalSpy written(write, &Keyway::Job::finished);
    write->start();
    QVERIFY(written.wait(10000));

    // B signs in: the login's resume redeems nothing and names A.
    run = registerAndLogin(QStringLiteral("other@example.com"));
    QVERIFY2(run.out.contains(QStringLiteral("Signed in as other@example.com")),
             qPrintable(run.out + run.err));
    QVERIFY2(run.err.contains(QStringLiteral("entered by cli@example.com")), qPrintable(run.err));
    run = ctl({QStringLiteral("redeem")});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(QStringLiteral("cli@example.com")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("keywayctl redeem --discard")));
    run = ctl({QStringLiteral("status")});
    QVERIFY2(run.err.contains(QStringLiteral("is pending (entered by cli@example.com")),
             qPrintable(run.err));

    // Nothing was redeemed: the code is still unused at the server.
    QProcess codes;
    codes.start(DevServerProcess::binary(),
                {QStringLiteral("--data-dir"), m_server.dataDir(), QStringLiteral("codes"),
                 QStringLiteral("list"), QStringLiteral("--unused"),
                 QStringLiteral("--configuration"), QStringLiteral("KWP")});
    QVERIFY(codes.waitForFinished(20000));
    QVERIFY2(codes.readAllStandardOutput().contains(code.toLatin1()), "the code was redeemed");

    // Discarded: the entry is gone, the code stays unused.
    run = ctl({QStringLiteral("redeem"), QStringLiteral("--discard")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    run = ctl({QStringLiteral("redeem")});
    QCOMPARE(run.exitCode, 2);
}

QTEST_GUILESS_MAIN(KeywayctlOnlineTest)
#include "keywayctlonlinetest.moc"
