// SPDX-License-Identifier: BSD-3-Clause
// keywayctl's online commands as a person runs them, against keyway-devserver: sign in with
// `login --browser=none` (the printed address opened by an HTTP client playing the browser),
// redeem a code, check the status online and offline, sign out, and see that a signed-out
// refresh says so with its exit code.

#include "devserverprocess.h"
#include "formbrowser.h"

#include "config/vendorconfig.h"
#include "online/redemptionjournal.h"
#include "storage/keychainsecretstore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class KeywayctlOnlineTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loginWithPrintedAddress();
    void redeemAndStatus();
    void logoutThenRefreshIsSignedOut();
    void pendingRedemptionOfAnotherAccount();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run ctl(const QStringList &arguments);
    /// `login --browser=none`, registering @p email on the page the address leads to.
    Run registerAndLogin(const QString &email);
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

KeywayctlOnlineTest::Run KeywayctlOnlineTest::ctl(const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(KEYWAY_KEYWAYCTL_BIN),
                  QStringList {QStringLiteral("--config"), m_server.configPath(),
                               QStringLiteral("--data-dir"), m_dataDir.path()}
                      + arguments);
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
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(KEYWAY_KEYWAYCTL_BIN),
                  {QStringLiteral("--config"), m_server.configPath(), QStringLiteral("--data-dir"),
                   m_dataDir.path(), QStringLiteral("login"), QStringLiteral("--browser=none")});
    QVERIFY(process.waitForStarted());

    // keywayctl prints the address and waits on its loopback listener.
    QString out;
    QUrl address;
    static const QRegularExpression urlLine(QStringLiteral("^(http\\S+/user/oauth20/authz\\S+)$"),
                                            QRegularExpression::MultilineOption);
    QTRY_VERIFY_WITH_TIMEOUT(
        (out += QString::fromUtf8(process.readAllStandardOutput()), urlLine.match(out).hasMatch()),
        20000);
    address = QUrl(urlLine.match(out).captured(1), QUrl::StrictMode);
    QVERIFY2(address.query().contains(QStringLiteral("redirect_uri=http%3A%2F%2F127.0.0.1%3A")),
             qPrintable(address.toString()));

    // A person opens it and registers; the provider sends the browser to keywayctl's listener.
    FormBrowser browser;
    browser.setFollowLinkId(QStringLiteral("register-link"));
    browser.setFormValues(QStringLiteral("register-form"),
                          {{QStringLiteral("email"), QStringLiteral("cli@example.com")},
                           {QStringLiteral("password"), QStringLiteral("a long cli password")},
                           {QStringLiteral("given_name"), QStringLiteral("Cli")},
                           {QStringLiteral("family_name"), QStringLiteral("User")}});
    browser.authorize(address, QUrl(QStringLiteral("never:/match")));
    // The played browser needs this event loop: wait without blocking it.
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 30000);
    out += QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(out.contains(QStringLiteral("Signed in as cli@example.com")), qPrintable(out + err));
    // Signed in, but the new account has no license yet: exit code 1 ("not licensed").
    QCOMPARE(process.exitCode(), 1);
}

KeywayctlOnlineTest::Run KeywayctlOnlineTest::registerAndLogin(const QString &email)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(KEYWAY_KEYWAYCTL_BIN),
                  {QStringLiteral("--config"), m_server.configPath(), QStringLiteral("--data-dir"),
                   m_dataDir.path(), QStringLiteral("login"), QStringLiteral("--browser=none")});
    Run run;
    if (!process.waitForStarted())
        return run;
    static const QRegularExpression urlLine(QStringLiteral("^(http\\S+/user/oauth20/authz\\S+)$"),
                                            QRegularExpression::MultilineOption);
    QElapsedTimer timer;
    timer.start();
    while (!urlLine.match(run.out).hasMatch() && timer.elapsed() < 20000) {
        QTest::qWait(50);
        run.out += QString::fromUtf8(process.readAllStandardOutput());
    }
    FormBrowser browser;
    browser.setFollowLinkId(QStringLiteral("register-link"));
    browser.setFormValues(QStringLiteral("register-form"),
                          {{QStringLiteral("email"), email},
                           {QStringLiteral("password"), QStringLiteral("another long password")},
                           {QStringLiteral("given_name"), QStringLiteral("Other")},
                           {QStringLiteral("family_name"), QStringLiteral("User")}});
    browser.authorize(QUrl(urlLine.match(run.out).captured(1), QUrl::StrictMode),
                      QUrl(QStringLiteral("never:/match")));
    while (process.state() != QProcess::NotRunning && timer.elapsed() < 60000)
        QTest::qWait(50);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out += QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void KeywayctlOnlineTest::redeemAndStatus()
{
    Run run = ctl({QStringLiteral("redeem"), m_code});
    QVERIFY2(run.exitCode == 0,
             qPrintable(QString::number(run.exitCode) + QLatin1Char(' ') + run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("keyway-pro")), qPrintable(run.out));

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
