// SPDX-License-Identifier: BSD-3-Clause
// Nothing lost (issue 7): every fault the network can inflict on the redemption and the checkout,
// injected by FaultProxy in front of keyway-devserver. One row per fault, each with its expected
// outcome: the license obtained after retries with the code consumed exactly once (checked in
// the server's database), or a clear error with the redemption kept in the journal, then a
// second run (ResumeRedemptionJob, the same Idempotency-Key) that gets the license.

#include "devserverprocess.h"
#include "faultproxy.h"
#include "formbrowser.h"

#include "codes/activationcode.h"
#include "config/vendorconfig.h"
#include "license/deviceid.h"
#include "license/licensestore.h"
#include "online/activatejob.h"
#include "online/redemptionjournal.h"
#include "online/resumeredemptionjob.h"
#include "storage/keychainsecretstore.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Keyway;

namespace {
const QString Redemptions = QStringLiteral("/api/activation/v1/redemptions");
const QString Checkout = QStringLiteral("/authz/.jwt");
constexpr int Retries = 3;
constexpr int FirstDelayMs = 40;
constexpr int TimeoutMs = 1000;

/// Runs @p job to its end; false when it did not finish in time.
/// The Idempotency-Key header of a raw HTTP request.
QByteArray idempotencyKey(const QByteArray &request)
{
    for (const QByteArray &line : request.split('\n')) {
        if (line.toLower().startsWith("idempotency-key:"))
            return line.mid(16).trimmed();
    }
    return QByteArray();
}

bool run(Job *job, int timeoutMs = 30000)
{
    job->setAutoDelete(false);
    QSignalSpy spy(job, &Job::finished);
    job->start();
    return job->isFinished() || spy.wait(timeoutMs);
}
} // namespace

class FaultTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void redemptionSurvivesFault_data();
    void redemptionSurvivesFault();
    void refusedCodeLeavesTheJournal();
    void nothingPendingIsNotAnError();
    void signInWithoutCodeFinishesThePendingRedemption();
    void newCodeFinishesThePendingOneFirst();

private:
    struct Account
    {
        QString service;
        QString email;
    };
    Account newAccount();
    /// Registers @p account (first time) or signs it in, redeeming @p code with ActivateJob.
    Error activate(const Account &account, const QString &code, bool registerAccount,
                   LicenseStore *store, QList<LicenseGrant> *grants = nullptr);
    /// The journaled redemption of @p service, invalid when there is none.
    PendingRedemption journal(const QString &service);
    /// Journals @p code as pending for @p service with a fresh key, as a crash would leave it.
    PendingRedemption journalPending(const QString &service, const QString &code);
    void removeSecrets(const QString &service);
    /// How often @p code was redeemed (rows in `redemptions`) and by how many users.
    int redemptionCount(const QString &code);

    FaultProxy m_proxy;
    DevServerProcess m_server;
    VendorConfig m_config;
    QTemporaryDir m_deviceDir;
    QString m_deviceId;
    QNetworkAccessManager m_nam;
    QStringList m_services;
    int m_accounts = 0;
    const QString m_password = QStringLiteral("fault tolerant password");
    int m_cases = 0;
};

void FaultTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_proxy.listen());
    QVERIFY2(m_server.start(QString(), {QStringLiteral("--public-url"), m_proxy.url().toString()}),
             "keyway-devserver did not start");
    m_proxy.setUpstreamPort(quint16(m_server.baseUrl().port()));
    auto config = VendorConfig::load(m_server.configPath());
    QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
    m_config = *config;
    // Discovery hands out the proxy's addresses: every request passes through it.
    QCOMPARE(m_config.issuer.port(), int(m_proxy.port()));
    m_deviceId = DeviceId::forProduct(m_config, m_deviceDir.path());
    QVERIFY(!m_deviceId.isEmpty());
}

void FaultTest::cleanupTestCase()
{
    for (const QString &service : qAsConst(m_services))
        removeSecrets(service);
    qInfo("fault cases passed: %d", m_cases);
}

FaultTest::Account FaultTest::newAccount()
{
    Account account;
    account.service =
        QStringLiteral("Keyway-test/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    account.email = QStringLiteral("fault%1.%2@example.com")
                        .arg(++m_accounts)
                        .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    m_services.append(account.service);
    return account;
}

Error FaultTest::activate(const Account &account, const QString &code, bool registerAccount,
                          LicenseStore *store, QList<LicenseGrant> *grants)
{
    FormBrowser browser;
    if (registerAccount) {
        browser.setFollowLinkId(QStringLiteral("register-link"));
        browser.setFormValues(QStringLiteral("register-form"),
                              {{QStringLiteral("email"), account.email},
                               {QStringLiteral("password"), m_password},
                               {QStringLiteral("given_name"), QStringLiteral("Fault")},
                               {QStringLiteral("family_name"), QStringLiteral("Tolerant")}});
    } else {
        browser.setFormValues(
            QStringLiteral("login-form"),
            {{QStringLiteral("email"), account.email}, {QStringLiteral("password"), m_password}});
    }
    KeychainSecretStore secrets(account.service);
    auto *job = new ActivateJob(m_config);
    job->setNetworkAccessManager(&m_nam);
    job->setAgent(&browser);
    job->setSecretStore(&secrets);
    job->setLicenseStore(store);
    job->setDeviceId(m_deviceId);
    job->setRetryPolicy(Retries, FirstDelayMs);
    job->setRequestTimeout(TimeoutMs);
    if (!code.isEmpty())
        job->setCode(*ActivationCode::parse(code));
    Error error = run(job) ? job->error() : Error(ErrorCode::InternalError, QStringLiteral("hung"));
    if (grants)
        *grants = job->grants();
    delete job;
    return error;
}

PendingRedemption FaultTest::journal(const QString &service)
{
    KeychainSecretStore secrets(service);
    SecretJob *read = RedemptionJournal::read(&secrets, m_config);
    if (!run(read) || read->hasError() || read->notFound()) {
        delete read;
        return PendingRedemption();
    }
    auto pending = PendingRedemption::fromJson(read->secret());
    delete read;
    return pending ? *pending : PendingRedemption();
}

PendingRedemption FaultTest::journalPending(const QString &service, const QString &code)
{
    PendingRedemption pending;
    pending.code = ActivationCode::parse(code)->formatted();
    pending.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    pending.deviceId = m_deviceId;
    pending.since = QDateTime::currentDateTimeUtc();
    KeychainSecretStore secrets(service);
    SecretJob *write = RedemptionJournal::write(&secrets, m_config, pending);
    const bool written = run(write) && !write->hasError();
    delete write;
    return written ? pending : PendingRedemption();
}

void FaultTest::removeSecrets(const QString &service)
{
    KeychainSecretStore secrets(service);
    for (SecretJob *job : {secrets.remove(ActivateJob::refreshTokenKey(m_config)),
                           RedemptionJournal::remove(&secrets, m_config)}) {
        run(job);
        delete job;
    }
}

int FaultTest::redemptionCount(const QString &code)
{
    const QString symbols = ActivationCode::normalize(code);
    int count = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("faulttest"));
        db.setDatabaseName(m_server.dataDir() + QStringLiteral("/devserver.sqlite"));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral(
                "SELECT (SELECT COUNT(*) FROM redemptions WHERE code = ?), "
                "(SELECT COUNT(*) FROM codes WHERE code = ? AND state = 'redeemed')"));
            query.addBindValue(symbols);
            query.addBindValue(symbols);
            // Redeemed rows and the code's state must agree.
            if (query.exec() && query.next())
                count = query.value(0).toInt() == query.value(1).toInt()
                    ? query.value(0).toInt()
                    : -100 - query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("faulttest"));
    return count;
}

void FaultTest::redemptionSurvivesFault_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<FaultProxy::Fault>("fault");
    QTest::addColumn<int>("times"); // how many requests in a row get the fault, -1: all
    QTest::addColumn<int>("delayMs");
    // NoError: licensed in the first run; otherwise the first run's error, journal kept, and a
    // second run that resumes.
    QTest::addColumn<ErrorCode>("firstRunError");
    QTest::addColumn<int>("minRequests"); // requests on `path` in the first run, at least

    using F = FaultProxy::Fault;
    const ErrorCode ok = ErrorCode::NoError;
    // clang-format off
    QTest::newRow("redeem: connection refused once")  << Redemptions << F::Refuse << 1 << 0 << ok << 2;
    QTest::newRow("redeem: answer delayed past the timeout") << Redemptions << F::Delay << 1 << 3 * TimeoutMs << ok << 2;
    QTest::newRow("redeem: answer slow but in time")   << Redemptions << F::Delay << 1 << TimeoutMs / 5 << ok << 1;
    QTest::newRow("redeem: reset mid-response")        << Redemptions << F::ResetMidResponse << 1 << 0 << ok << 2;
    QTest::newRow("redeem: cut after the server committed") << Redemptions << F::DropAfterCommit << 1 << 0 << ok << 2;
    QTest::newRow("redeem: cut after commit twice")    << Redemptions << F::DropAfterCommit << 2 << 0 << ok << 3;
    QTest::newRow("redeem: 502 once")                  << Redemptions << F::Status502 << 1 << 0 << ok << 2;
    QTest::newRow("redeem: 503 three times")           << Redemptions << F::Status503 << 3 << 0 << ok << 4;
    QTest::newRow("redeem: malformed JSON once")       << Redemptions << F::MalformedJson << 1 << 0 << ok << 2;
    QTest::newRow("redeem: truncated JSON once")       << Redemptions << F::TruncatedBody << 1 << 0 << ok << 2;
    QTest::newRow("redeem: 500 is not retried")        << Redemptions << F::Status500 << 1 << 0 << ErrorCode::ServerError << 1;
    QTest::newRow("redeem: 503 on every attempt")      << Redemptions << F::Status503 << -1 << 0 << ErrorCode::ServerError << Retries + 1;
    QTest::newRow("redeem: cut after commit on every attempt") << Redemptions << F::DropAfterCommit << -1 << 0 << ErrorCode::NetworkUnreachable << Retries + 1;
    QTest::newRow("redeem: timeout on every attempt")  << Redemptions << F::Delay << -1 << 3 * TimeoutMs << ErrorCode::NetworkTimeout << Retries + 1;
    QTest::newRow("redeem: truncated on every attempt") << Redemptions << F::TruncatedBody << -1 << 0 << ErrorCode::ResponseMalformed << Retries + 1;
    QTest::newRow("checkout: connection refused once") << Checkout << F::Refuse << 1 << 0 << ok << 2;
    QTest::newRow("checkout: answer delayed past the timeout") << Checkout << F::Delay << 1 << 3 * TimeoutMs << ok << 2;
    QTest::newRow("checkout: reset mid-response")      << Checkout << F::ResetMidResponse << 1 << 0 << ok << 2;
    QTest::newRow("checkout: cut after the server committed") << Checkout << F::DropAfterCommit << 1 << 0 << ok << 2;
    QTest::newRow("checkout: 502 once")                << Checkout << F::Status502 << 1 << 0 << ok << 2;
    QTest::newRow("checkout: 504-like 503 twice")      << Checkout << F::Status503 << 2 << 0 << ok << 3;
    QTest::newRow("checkout: malformed body once")     << Checkout << F::MalformedJson << 1 << 0 << ok << 2;
    QTest::newRow("checkout: truncated tokens once")   << Checkout << F::TruncatedBody << 1 << 0 << ok << 2;
    QTest::newRow("checkout: 500 is not retried")      << Checkout << F::Status500 << 1 << 0 << ErrorCode::ServerError << 1;
    QTest::newRow("checkout: cut on every attempt")    << Checkout << F::DropAfterCommit << -1 << 0 << ErrorCode::NetworkUnreachable << Retries + 1;
    // clang-format on
}

void FaultTest::redemptionSurvivesFault()
{
    QFETCH(QString, path);
    QFETCH(FaultProxy::Fault, fault);
    QFETCH(int, times);
    QFETCH(int, delayMs);
    QFETCH(ErrorCode, firstRunError);
    QFETCH(int, minRequests);

    const QStringList codes = m_server.generateCodes(1);
    QCOMPARE(codes.size(), 1);
    const QString code = codes.first();
    const Account account = newAccount();
    QTemporaryDir licenseDir;
    LicenseStore store(licenseDir.path());

    m_proxy.clearRules();
    m_proxy.resetCounts();
    m_proxy.addRule(path, fault, 1, times, delayMs);
    QList<LicenseGrant> grants;
    const Error error = activate(account, code, true, &store, &grants);
    const int requests = m_proxy.requestCount(path);
    m_proxy.clearRules();
    qInfo("%s: %d request(s) on %s, outcome %s", QTest::currentDataTag(), requests,
          qPrintable(path), qPrintable(errorCodeName(error.code)));
    QVERIFY2(requests >= minRequests, qPrintable(QString::number(requests)));
    QCOMPARE(errorCodeName(error.code), errorCodeName(firstRunError));
    // Every attempt carried the same Idempotency-Key.
    const QList<QByteArray> sent = m_proxy.requests(Redemptions);
    QVERIFY(!sent.isEmpty());
    const QByteArray key = idempotencyKey(sent.first());
    QVERIFY(!key.isEmpty());
    for (const QByteArray &request : sent)
        QCOMPARE(idempotencyKey(request), key);

    if (firstRunError == ErrorCode::NoError) {
        QCOMPARE(grants.size(), 2);
        QVERIFY2(journal(account.service).code.isEmpty(), "the journal was not cleared");
    } else {
        // A clear sentence for people, and the code kept for the next start.
        QVERIFY(!error.message.isEmpty());
        QVERIFY(store.tokens().isEmpty());
        const PendingRedemption pending = journal(account.service);
        QCOMPARE(pending.code, ActivationCode::parse(code)->formatted());
        QCOMPARE(pending.idempotencyKey.toLatin1(), key);
        QCOMPARE(pending.deviceId, m_deviceId);

        // The next start: resumed with the stored session and the same key.
        m_proxy.resetCounts();
        KeychainSecretStore secrets(account.service);
        auto *resume = new ResumeRedemptionJob(m_config, &m_nam, &secrets, &store);
        resume->setDeviceId(m_deviceId);
        resume->setRetryPolicy(Retries, FirstDelayMs);
        resume->setRequestTimeout(TimeoutMs);
        QVERIFY(run(resume));
        QVERIFY2(!resume->hasError(), qPrintable(resume->error().toString()));
        QVERIFY(resume->wasPending());
        QVERIFY(resume->journalCleared());
        QCOMPARE(resume->grants().size(), 2);
        QCOMPARE(resume->pending().idempotencyKey, pending.idempotencyKey);
        delete resume;
        QCOMPARE(m_proxy.requestCount(Redemptions), 1);
        QVERIFY2(journal(account.service).code.isEmpty(), "the journal was not cleared");
        // The resumed request carried the journaled key.
        QCOMPARE(idempotencyKey(m_proxy.requests(Redemptions).value(0)), key);
    }
    // The licenses are stored and verify; the code was consumed exactly once.
    const auto statuses = store.check(m_config, m_deviceId, QDateTime::currentDateTimeUtc());
    QCOMPARE(statuses.size(), 2);
    for (const auto &status : statuses)
        QVERIFY2(status.isValid(), qPrintable(status.reason.toString()));
    QCOMPARE(redemptionCount(code), 1);
    ++m_cases;
}

void FaultTest::refusedCodeLeavesTheJournal()
{
    // A code the service refuses for good is not kept: already redeemed by another account.
    const QString code = m_server.generateCodes(1).value(0);
    QVERIFY(!code.isEmpty());
    const Account first = newAccount();
    QTemporaryDir firstDir;
    LicenseStore firstStore(firstDir.path());
    QCOMPARE(errorCodeName(activate(first, code, true, &firstStore).code),
             errorCodeName(ErrorCode::NoError));

    const Account second = newAccount();
    QTemporaryDir secondDir;
    LicenseStore secondStore(secondDir.path());
    const Error error = activate(second, code, true, &secondStore);
    QCOMPARE(errorCodeName(error.code), errorCodeName(ErrorCode::RedeemCodeAlreadyRedeemed));
    QVERIFY(error.message.contains(QStringLiteral("another account")));
    QVERIFY2(journal(second.service).code.isEmpty(), "a refused code stayed in the journal");
    QCOMPARE(redemptionCount(code), 1);

    // The same refusal met while resuming drops the entry as well.
    QVERIFY(journalPending(second.service, code).isValid());
    KeychainSecretStore secrets(second.service);
    auto *resume = new ResumeRedemptionJob(m_config, &m_nam, &secrets, &secondStore);
    resume->setRetryPolicy(Retries, FirstDelayMs);
    QVERIFY(run(resume));
    QCOMPARE(errorCodeName(resume->error().code),
             errorCodeName(ErrorCode::RedeemCodeAlreadyRedeemed));
    QVERIFY(resume->journalCleared());
    delete resume;
    QVERIFY(journal(second.service).code.isEmpty());
}

void FaultTest::nothingPendingIsNotAnError()
{
    const Account account = newAccount();
    KeychainSecretStore secrets(account.service);
    QTemporaryDir dir;
    LicenseStore store(dir.path());
    m_proxy.resetCounts();
    auto *resume = new ResumeRedemptionJob(m_config, &m_nam, &secrets, &store);
    QVERIFY(run(resume));
    QVERIFY2(!resume->hasError(), qPrintable(resume->error().toString()));
    QVERIFY(!resume->wasPending());
    delete resume;
    // Nothing was sent.
    QCOMPARE(m_proxy.requestCount(Redemptions), 0);
}

void FaultTest::signInWithoutCodeFinishesThePendingRedemption()
{
    // The session had ended before the pending redemption could be resumed: the person signs in
    // (here: registers) without typing the code, and ActivateJob finishes the journaled one.
    const QString code = m_server.generateCodes(1).value(0);
    QVERIFY(!code.isEmpty());
    const Account account = newAccount();
    const PendingRedemption pending = journalPending(account.service, code);
    QVERIFY(pending.isValid());
    m_proxy.resetCounts();
    QTemporaryDir dir;
    LicenseStore store(dir.path());
    QList<LicenseGrant> grants;
    const Error error = activate(account, QString(), true, &store, &grants);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QCOMPARE(grants.size(), 2);
    QCOMPARE(idempotencyKey(m_proxy.requests(Redemptions).value(0)),
             pending.idempotencyKey.toLatin1());
    QVERIFY(journal(account.service).code.isEmpty());
    QCOMPARE(redemptionCount(code), 1);
}

void FaultTest::newCodeFinishesThePendingOneFirst()
{
    // A different code while one is pending: the pending one is redeemed first (with its key),
    // never overwritten; both end up redeemed exactly once and the journal is empty.
    const QStringList codes = m_server.generateCodes(2);
    QCOMPARE(codes.size(), 2);
    const Account account = newAccount();
    const PendingRedemption pending = journalPending(account.service, codes.at(0));
    QVERIFY(pending.isValid());
    m_proxy.resetCounts();
    QTemporaryDir dir;
    LicenseStore store(dir.path());
    const Error error = activate(account, codes.at(1), true, &store);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QCOMPARE(m_proxy.requestCount(Redemptions), 2);
    QCOMPARE(idempotencyKey(m_proxy.requests(Redemptions).value(0)),
             pending.idempotencyKey.toLatin1());
    QCOMPARE(redemptionCount(codes.at(0)), 1);
    QCOMPARE(redemptionCount(codes.at(1)), 1);
    QVERIFY(journal(account.service).code.isEmpty());
}

QTEST_GUILESS_MAIN(FaultTest)
#include "faulttest.moc"
