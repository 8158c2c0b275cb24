// SPDX-License-Identifier: BSD-3-Clause
// Nothing lost when a process dies (issue 7): `keywayctl redeem CODE` runs as a process through
// FaultProxy in front of keyway-devserver. It is killed with SIGKILL while the server's answer to
// the redemption is in flight (and, in a second case, while the checkout is), then started again
// without the code: it resumes the journaled redemption with the same Idempotency-Key, and the
// code is consumed exactly once. In the third case the server itself is killed with SIGKILL after
// the redemption committed and restarted on the same data folder: nothing is lost. In the last
// one nobody is signed in: the code is kept, and the next `keywayctl login` finishes it.

#include "faultproxy.h"
#include "formbrowser.h"

#include "codes/activationcode.h"
#include "config/vendorconfig.h"
#include "online/activatejob.h"
#include "online/redemptionjournal.h"
#include "storage/keychainsecretstore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Keyway;

namespace {
const QString Redemptions = QStringLiteral("/api/activation/v1/redemptions");
const QString Checkout = QStringLiteral("/authz/.jwt");

/// The Idempotency-Key header of a raw HTTP request.
QByteArray idempotencyKey(const QByteArray &request)
{
    static const QRegularExpression header(QStringLiteral("(?mi)^Idempotency-Key:\\s*(\\S+)\\r?$"));
    return header.match(QString::fromLatin1(request)).captured(1).toLatin1();
}
} // namespace

/**
 * keyway-devserver as a process that can be killed with SIGKILL and started again on the same
 * data folder (DevServerProcess only stops it cleanly).
 */
class KillableServer
{
public:
    explicit KillableServer(const QString &dataDir) : m_dataDir(dataDir)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
    }
    ~KillableServer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    bool start(const QUrl &publicUrl)
    {
        m_output.clear();
        m_process.start(QStringLiteral(KEYWAY_DEVSERVER_BIN),
                        {QStringLiteral("--port"), QStringLiteral("0"),
                         QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--public-url"),
                         publicUrl.toString()});
        if (!m_process.waitForStarted(10000))
            return false;
        static const QRegularExpression ready(
            QStringLiteral("keyway-devserver listening on http://127.0.0.1:(\\d+)"));
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(50);
            m_output += m_process.readAll();
            const auto match = ready.match(QString::fromUtf8(m_output));
            if (match.hasMatch()) {
                m_port = quint16(match.captured(1).toUInt());
                return true;
            }
        }
        qWarning("keyway-devserver did not become ready:\n%s", m_output.constData());
        return false;
    }
    void kill()
    {
        m_process.kill(); // SIGKILL: no shutdown code runs
        m_process.waitForFinished(5000);
    }
    quint16 port() const { return m_port; }
    QStringList generateCodes(int count)
    {
        QProcess process;
        process.start(QStringLiteral(KEYWAY_DEVSERVER_BIN),
                      {QStringLiteral("codes"), QStringLiteral("generate"),
                       QStringLiteral("--configuration"), QStringLiteral("KWP"),
                       QStringLiteral("--count"), QString::number(count),
                       QStringLiteral("--data-dir"), m_dataDir});
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return {};
        return QString::fromUtf8(process.readAllStandardOutput())
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private:
    QString m_dataDir;
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
};

class CrashTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void killedWhileTheRedemptionAnswerIsInFlight();
    void killedWhileTheCheckoutIsInFlight();
    void serverKilledAfterTheRedemptionCommitted();
    void signedOutRedemptionIsFinishedByTheNextLogin();
    void lostAnswerIsNeverRedeemedForAnotherAccount();

private:
    void login(bool registerAccount, QString *out,
               const QString &email = QStringLiteral("crash@example.com"));
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    QStringList arguments(const QStringList &command) const;
    QProcessEnvironment environment() const;
    Run ctl(const QStringList &command);
    /// Starts `keywayctl redeem CODE`, waits until the server answered @p path (held by the
    /// proxy) and kills keywayctl with SIGKILL.
    void redeemAndKill(const QString &code, const QString &path);
    bool journaled();
    int redemptionCount(const QString &code);
    int licenseTokens();

    FaultProxy m_proxy;
    QTemporaryDir m_serverDir;
    QTemporaryDir m_dataDir;
    std::unique_ptr<KillableServer> m_server;
    VendorConfig m_config;
    QString m_service;
    int m_cases = 0;
};

void CrashTest::initTestCase()
{
    QVERIFY(m_proxy.listen());
    m_server = std::make_unique<KillableServer>(m_serverDir.path());
    QVERIFY(m_server->start(m_proxy.url()));
    m_proxy.setUpstreamPort(m_server->port());
    auto config = VendorConfig::load(m_serverDir.filePath(QStringLiteral("client-config.json")));
    QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
    m_config = *config;
    m_service = QStringLiteral("Keyway-test/") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    QString out;
    login(true, &out);
    QVERIFY2(out.contains(QStringLiteral("Signed in as crash@example.com")), qPrintable(out));
}

void CrashTest::login(bool registerAccount, QString *out, const QString &email)
{
    // keywayctl login --browser=none; the printed address opened by a played browser.
    QProcess login;
    login.setProcessEnvironment(environment());
    login.start(QStringLiteral(KEYWAY_KEYWAYCTL_BIN),
                arguments({QStringLiteral("login"), QStringLiteral("--browser=none")}));
    QVERIFY(login.waitForStarted());
    static const QRegularExpression urlLine(QStringLiteral("^(http\\S+/user/oauth20/authz\\S+)$"),
                                            QRegularExpression::MultilineOption);
    QTRY_VERIFY_WITH_TIMEOUT(
        (*out += QString::fromUtf8(login.readAllStandardOutput()), urlLine.match(*out).hasMatch()),
        20000);
    FormBrowser browser;
    if (registerAccount) {
        browser.setFollowLinkId(QStringLiteral("register-link"));
        browser.setFormValues(
            QStringLiteral("register-form"),
            {{QStringLiteral("email"), email},
             {QStringLiteral("password"), QStringLiteral("a long crash password")},
             {QStringLiteral("given_name"), QStringLiteral("Crash")},
             {QStringLiteral("family_name"), QStringLiteral("Test")}});
    } else {
        browser.setFormValues(
            QStringLiteral("login-form"),
            {{QStringLiteral("email"), email},
             {QStringLiteral("password"), QStringLiteral("a long crash password")}});
    }
    browser.authorize(QUrl(urlLine.match(*out).captured(1), QUrl::StrictMode),
                      QUrl(QStringLiteral("never:/match")));
    QTRY_VERIFY_WITH_TIMEOUT(login.state() == QProcess::NotRunning, 30000);
    *out += QString::fromUtf8(login.readAllStandardOutput())
        + QString::fromUtf8(login.readAllStandardError());
}

void CrashTest::cleanupTestCase()
{
    KeychainSecretStore secrets(m_service);
    for (SecretJob *job : {secrets.remove(ActivateJob::refreshTokenKey(m_config)),
                           RedemptionJournal::remove(&secrets, m_config)}) {
        QSignalSpy spy(job, &Job::finished);
        job->start();
        spy.wait(10000);
    }
    qInfo("crash cases passed: %d", m_cases);
}

QStringList CrashTest::arguments(const QStringList &command) const
{
    return QStringList {QStringLiteral("--config"),
                        m_serverDir.filePath(QStringLiteral("client-config.json")),
                        QStringLiteral("--data-dir"), m_dataDir.path()}
    + command;
}

QProcessEnvironment CrashTest::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KEYWAY_KEYCHAIN_SERVICE"), m_service);
    env.insert(QStringLiteral("KEYWAY_RETRY_DELAY_MS"), QStringLiteral("50"));
    return env;
}

CrashTest::Run CrashTest::ctl(const QStringList &command)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(KEYWAY_KEYWAYCTL_BIN), arguments(command));
    Run run;
    // The proxy lives on this thread's event loop: wait without blocking it.
    QElapsedTimer timer;
    timer.start();
    while (process.state() != QProcess::NotRunning && timer.elapsed() < 60000)
        QTest::qWait(20);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

bool CrashTest::journaled()
{
    KeychainSecretStore secrets(m_service);
    SecretJob *read = RedemptionJournal::read(&secrets, m_config);
    read->setAutoDelete(false);
    QSignalSpy spy(read, &Job::finished);
    read->start();
    const bool found = spy.wait(10000) && !read->hasError() && !read->notFound();
    delete read;
    return found;
}

int CrashTest::redemptionCount(const QString &code)
{
    int count = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crashtest"));
        db.setDatabaseName(m_serverDir.filePath(QStringLiteral("devserver.sqlite")));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT COUNT(*) FROM redemptions WHERE code = ?"));
            query.addBindValue(ActivationCode::normalize(code));
            if (query.exec() && query.next())
                count = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("crashtest"));
    return count;
}

int CrashTest::licenseTokens()
{
    QFile file(m_dataDir.filePath(QStringLiteral("licenses.json")));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return int(file.readAll().count("eyJ"));
}

void CrashTest::redeemAndKill(const QString &code, const QString &path)
{
    m_proxy.clearRules();
    m_proxy.resetCounts();
    m_proxy.addRule(path, FaultProxy::Fault::Hold, 1, 1);
    QSignalSpy committed(&m_proxy, &FaultProxy::responseCommitted);
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(KEYWAY_KEYWAYCTL_BIN),
                  arguments({QStringLiteral("redeem"), code}));
    QVERIFY(process.waitForStarted());
    // The server answered and the proxy holds the answer: keywayctl waits for it.
    QTRY_VERIFY_WITH_TIMEOUT(m_proxy.heldCount() == 1, 30000);
    process.kill();
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    m_proxy.dropHeld();
    m_proxy.clearRules();
    bool sawPath = false;
    for (const auto &args : qAsConst(committed))
        sawPath = sawPath || args.at(0).toString() == path;
    QVERIFY(sawPath);
}

void CrashTest::killedWhileTheRedemptionAnswerIsInFlight()
{
    QElapsedTimer timer;
    timer.start();
    const QString code = m_server->generateCodes(1).value(0);
    QVERIFY(!code.isEmpty());
    const int tokensBefore = licenseTokens();
    redeemAndKill(code, Redemptions);
    if (QTest::currentTestFailed())
        return;
    // Committed at the server, never seen by the client: only the journal remembers it.
    QCOMPARE(redemptionCount(code), 1);
    QCOMPARE(licenseTokens(), tokensBefore);
    QVERIFY(journaled());
    const QByteArray firstKey = idempotencyKey(m_proxy.requests(Redemptions).value(0));
    QVERIFY(!firstKey.isEmpty());

    // status says so; then `redeem` without the code resumes it.
    Run run = ctl({QStringLiteral("status")});
    QVERIFY2(run.err.contains(QStringLiteral("redemption of an activation code is pending")),
             qPrintable(run.out + run.err));
    m_proxy.resetCounts();
    run = ctl({QStringLiteral("redeem")});
    QVERIFY2(run.exitCode == 0,
             qPrintable(QString::number(run.exitCode) + QLatin1Char(' ') + run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Professional edition")), qPrintable(run.out));
    QCOMPARE(m_proxy.requestCount(Redemptions), 1);
    QCOMPARE(idempotencyKey(m_proxy.requests(Redemptions).value(0)), firstKey);
    QCOMPARE(redemptionCount(code), 1);
    QVERIFY(!journaled());
    QVERIFY(licenseTokens() > 0);

    // Nothing pending any more: redeem without a code is a usage error, and status is quiet.
    run = ctl({QStringLiteral("redeem")});
    QCOMPARE(run.exitCode, 2);
    run = ctl({QStringLiteral("status")});
    QVERIFY2(!run.err.contains(QStringLiteral("pending")), qPrintable(run.err));
    ++m_cases;
    qInfo("case took %lld ms", timer.elapsed());
}

void CrashTest::killedWhileTheCheckoutIsInFlight()
{
    QElapsedTimer timer;
    timer.start();
    const QString code = m_server->generateCodes(1).value(0);
    QVERIFY(!code.isEmpty());
    QVERIFY(QFile::remove(m_dataDir.filePath(QStringLiteral("licenses.json"))));
    redeemAndKill(code, Checkout);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(redemptionCount(code), 1);
    QCOMPARE(licenseTokens(), 0);
    QVERIFY(journaled());
    const QByteArray firstKey = idempotencyKey(m_proxy.requests(Redemptions).value(0));

    // The same code typed again is the same redemption: the journaled key is reused.
    m_proxy.resetCounts();
    const Run run = ctl({QStringLiteral("redeem"), code});
    QVERIFY2(run.exitCode == 0,
             qPrintable(QString::number(run.exitCode) + QLatin1Char(' ') + run.out + run.err));
    QCOMPARE(idempotencyKey(m_proxy.requests(Redemptions).value(0)), firstKey);
    QCOMPARE(redemptionCount(code), 1);
    QVERIFY(!journaled());
    QVERIFY(licenseTokens() > 0);
    ++m_cases;
    qInfo("case took %lld ms", timer.elapsed());
}

void CrashTest::serverKilledAfterTheRedemptionCommitted()
{
    QElapsedTimer timer;
    timer.start();
    const QString code = m_server->generateCodes(1).value(0);
    QVERIFY(!code.isEmpty());
    QVERIFY(QFile::remove(m_dataDir.filePath(QStringLiteral("licenses.json"))));
    m_proxy.clearRules();
    m_proxy.resetCounts();
    m_proxy.addRule(Redemptions, FaultProxy::Fault::Hold, 1, 1);
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(KEYWAY_KEYWAYCTL_BIN),
                  arguments({QStringLiteral("redeem"), code}));
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_proxy.heldCount() == 1, 30000);

    // The redemption is committed; the server dies before its answer arrives.
    m_server->kill();
    m_proxy.dropHeld();
    m_proxy.clearRules();
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 30000);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitCode() == 3, qPrintable(QString::number(process.exitCode()) + err));
    QVERIFY2(err.contains(QStringLiteral("keychain")), qPrintable(err));
    QVERIFY(journaled());
    QCOMPARE(redemptionCount(code), 1);

    // Back on the same data folder (another port, the same public address): resumed.
    QVERIFY(m_server->start(m_proxy.url()));
    m_proxy.setUpstreamPort(m_server->port());
    const Run run = ctl({QStringLiteral("redeem")});
    QVERIFY2(run.exitCode == 0,
             qPrintable(QString::number(run.exitCode) + QLatin1Char(' ') + run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Professional edition")), qPrintable(run.out));
    QCOMPARE(redemptionCount(code), 1);
    QVERIFY(!journaled());
    QVERIFY(licenseTokens() > 0);
    ++m_cases;
    qInfo("case took %lld ms", timer.elapsed());
}

void CrashTest::signedOutRedemptionIsFinishedByTheNextLogin()
{
    QElapsedTimer timer;
    timer.start();
    const QString code = m_server->generateCodes(1).value(0);
    QVERIFY(!code.isEmpty());
    QVERIFY(QFile::remove(m_dataDir.filePath(QStringLiteral("licenses.json"))));
    Run run = ctl({QStringLiteral("logout")});
    QCOMPARE(run.exitCode, 0);

    // Signed out: the code is kept, nothing is sent, the exit code says "sign in".
    m_proxy.resetCounts();
    run = ctl({QStringLiteral("redeem"), code});
    QVERIFY2(run.exitCode == 4, qPrintable(QString::number(run.exitCode) + run.err));
    QVERIFY2(run.err.contains(QStringLiteral("keywayctl login")), qPrintable(run.err));
    QCOMPARE(m_proxy.requestCount(Redemptions), 0);
    QVERIFY(journaled());
    QCOMPARE(redemptionCount(code), 0);

    // The next sign-in finishes it.
    QString out;
    login(false, &out);
    QVERIFY2(out.contains(QStringLiteral("Finished the pending redemption")), qPrintable(out));
    QCOMPARE(redemptionCount(code), 1);
    QVERIFY(!journaled());
    QVERIFY(licenseTokens() > 0);
    ++m_cases;
    qInfo("case took %lld ms", timer.elapsed());
}

// Issue 12: the redemption's answer is lost (keywayctl killed after the server committed), then
// another account signs in: nothing is redeemed for it, the journal stays, keywayctl names the
// account that started it; that account's next sign-in finishes it.
void CrashTest::lostAnswerIsNeverRedeemedForAnotherAccount()
{
    const QString code = m_server->generateCodes(1).value(0);
    QVERIFY(!code.isEmpty());
    redeemAndKill(code, Redemptions);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(redemptionCount(code), 1);
    QVERIFY(journaled());

    QString out;
    login(true, &out, QStringLiteral("another.account@example.com"));
    QVERIFY2(out.contains(QStringLiteral("Signed in as another.account@example.com")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("entered by crash@example.com")), qPrintable(out));
    Run run = ctl({QStringLiteral("redeem")});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(QStringLiteral("crash@example.com")), qPrintable(run.err));
    QCOMPARE(redemptionCount(code), 1);
    QVERIFY(journaled());

    out.clear();
    login(false, &out);
    QVERIFY2(out.contains(QStringLiteral("Finished the pending redemption")), qPrintable(out));
    QCOMPARE(redemptionCount(code), 1);
    QVERIFY(!journaled());
    ++m_cases;
}

QTEST_GUILESS_MAIN(CrashTest)
#include "crashtest.moc"
