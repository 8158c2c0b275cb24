// SPDX-License-Identifier: BSD-3-Clause
// Renewal and release against keyway-devserver: a signed-in session (FormBrowser + ActivateJob,
// the refresh token in a MemorySecretStore), leases of ten minutes, and an injected clock:
// renewal past rfr; offline past rfr but before exp still valid (and says until when); past exp
// expired; release at the server; keywayctl's "signed out" exit code.
#include "devserverprocess.h"
#include "formbrowser.h"

#include "core/clock.h"
#include "license/deviceid.h"
#include "license/licensestore.h"
#include "net/jsonreply.h"
#include "oidc/session.h"
#include "online/activatejob.h"
#include "online/checkoutjob.h"
#include "online/releasejob.h"
#include "online/renewalscheduler.h"
#include "online/renewjob.h"
#include "storage/secretstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Keyway;
using State = LicenseStore::ItemStatus::State;

namespace {
constexpr qint64 LeaseSeconds = 600;
}

class RenewalTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void renewalAtRenewAfter();
    void releaseAtTheServer();
    void schedulerRenewsWhenDue();
    void clockSetBackIsLiftedByAnOnlineCheck();
    void schedulerWaitsAsTheServiceAsks();
    void keywayctlWithoutSessionExitsFour();
    void offlinePastRenewAfterStaysValid();
    void schedulerBacksOffOffline();
    void pastExpiryIsExpired();

private:
    Error run(Job *job)
    {
        job->setAutoDelete(false);
        QSignalSpy spy(job, &Job::finished);
        job->start();
        if (!job->isFinished() && !spy.wait(30000))
            return Error(ErrorCode::NetworkTimeout, QStringLiteral("job did not finish"));
        return job->error();
    }
    /// POST (arm) or DELETE (disarm all) the dev server's failure switches; the HTTP status.
    int faults(const QJsonObject &fault = {})
    {
        QNetworkRequest request(m_server.baseUrl().resolved(QUrl(QStringLiteral("/dev/faults"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkReply *reply = fault.isEmpty() ? m_nam.deleteResource(request)
                                               : m_nam.post(request, QJsonDocument(fault).toJson());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(5000);
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
    QList<LicenseStore::ItemStatus> statuses()
    {
        return LicenseStore(m_dataDir.path()).check(m_config, m_deviceId, Clock::current());
    }

    DevServerProcess m_server;
    VendorConfig m_config;
    QTemporaryDir m_dataDir;
    QString m_deviceId;
    QNetworkAccessManager m_nam;
    MemorySecretStore m_secrets;
    std::unique_ptr<Session> m_session;
    FixedClock m_clock;
    QDateTime m_firstRenewAfter;
};

void RenewalTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start(), "keyway-devserver did not start");
    auto config = VendorConfig::load(m_server.configPath());
    QVERIFY(config);
    m_config = *config;
    m_config.leaseSeconds = LeaseSeconds; // rfr ten minutes / 2 after iat
    m_deviceId = DeviceId::forProduct(m_config, m_dataDir.path());
    const QStringList codes = m_server.generateCodes(1);
    QCOMPARE(codes.size(), 1);

    FormBrowser browser;
    browser.setFormValues(QStringLiteral("register-form"),
                          {{QStringLiteral("email"),
                            QStringLiteral("renew.%1@example.com")
                                .arg(QUuid::createUuid().toString(QUuid::Id128).left(8))},
                           {QStringLiteral("password"), QStringLiteral("correct horse battery")},
                           {QStringLiteral("given_name"), QStringLiteral("Grace")},
                           {QStringLiteral("family_name"), QStringLiteral("Hopper")}});
    LicenseStore store(m_dataDir.path());
    auto *job = new ActivateJob(m_config);
    job->setNetworkAccessManager(&m_nam);
    job->setAgent(&browser);
    job->setSecretStore(&m_secrets);
    job->setLicenseStore(&store);
    job->setDeviceId(m_deviceId);
    job->setPage(SignInJob::Page::Register);
    job->setCode(ActivationCode::parse(codes.first()).value());
    const Error error = run(job);
    delete job;
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    m_session = std::make_unique<Session>(m_config, &m_nam, &m_secrets);

    const auto before = statuses();
    QCOMPARE(before.size(), 2);
    for (const auto &status : before)
        QCOMPARE(int(status.state), int(State::Valid));
    m_firstRenewAfter = before.first().grant.renewAfter;
    QVERIFY(m_firstRenewAfter.isValid());
    QVERIFY(qAbs(before.first().grant.issuedAt.secsTo(m_firstRenewAfter) - LeaseSeconds / 2) <= 1);
    m_clock.set(QDateTime::currentDateTimeUtc());
    Clock::setInstance(&m_clock);
}

void RenewalTest::cleanupTestCase()
{
    Clock::setInstance(nullptr);
}

void RenewalTest::renewalAtRenewAfter()
{
    LicenseStore store(m_dataDir.path());
    // Before rfr nothing is due: no request.
    auto *early = new RenewJob(m_config, &m_nam, m_session.get(), &store);
    early->setDeviceId(m_deviceId);
    QVERIFY(!run(early).isError());
    QVERIFY(early->dueItems().isEmpty());
    delete early;

    m_clock.set(m_firstRenewAfter.addSecs(5));
    const auto due = statuses();
    for (const auto &status : due) {
        QCOMPARE(int(status.state), int(State::RenewalDue));
        QVERIFY(status.isValid());
    }
    auto *renew = new RenewJob(m_config, &m_nam, m_session.get(), &store);
    renew->setDeviceId(m_deviceId);
    const Error error = run(renew);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QStringList renewed = renew->renewedItems();
    renewed.sort();
    QCOMPARE(renewed, QStringList({QStringLiteral("keyway-export"), QStringLiteral("keyway-pro")}));
    delete renew;

    const auto after = statuses();
    for (int i = 0; i < after.size(); ++i) {
        QVERIFY(after.at(i).isValid());
        QVERIFY(after.at(i).grant.leaseId != due.at(i).grant.leaseId);
        QVERIFY(after.at(i).grant.renewAfter >= due.at(i).grant.renewAfter);
    }
    QCOMPARE(store.tokens().size(), 2);
    QVERIFY(!store.lastRenewalFailure().isValid());
}

void RenewalTest::releaseAtTheServer()
{
    // Another device's leases, checked out and released again.
    AccessTokenJob *token = m_session->accessToken();
    QVERIFY(!run(token).isError());
    auto *checkout = new CheckoutJob(m_config, &m_nam);
    checkout->setAccessToken(token->token());
    checkout->setDeviceId(QStringLiteral("release-test-device"));
    QVERIFY(!run(checkout).isError());
    QStringList leases;
    for (const LicenseGrant &grant : checkout->grants())
        leases.append(grant.leaseId);
    QCOMPARE(leases.size(), 2);
    delete checkout;

    auto *release = new ReleaseJob(m_config, &m_nam);
    release->setAccessToken(token->token());
    release->setLeaseIds(leases + QStringList {QStringLiteral("no-such-lease")});
    QVERIFY(!run(release).isError());
    QVERIFY(release->results().value(leases.at(0)));
    QVERIFY(release->results().value(leases.at(1)));
    QVERIFY(!release->results().value(QStringLiteral("no-such-lease")));
    delete release;

    // Released once: a second release answers false.
    auto *again = new ReleaseJob(m_config, &m_nam);
    again->setAccessToken(token->token());
    again->setLeaseIds(leases);
    QVERIFY(!run(again).isError());
    QVERIFY(!again->results().value(leases.at(0)));
    delete again;
    delete token;
}

void RenewalTest::schedulerRenewsWhenDue()
{
    LicenseStore store(m_dataDir.path());
    const QDateTime renewAfter = statuses().first().grant.renewAfter;
    const QString lease = statuses().first().grant.leaseId;
    m_clock.set(renewAfter.addSecs(1));
    RenewalScheduler scheduler(m_config, &m_nam, m_session.get(), &store, m_deviceId);
    QSignalSpy renewed(&scheduler, &RenewalScheduler::renewed);
    scheduler.start();
    QVERIFY(renewed.wait(30000));
    QCOMPARE(renewed.first().first().toStringList().size(), 2);
    QVERIFY(statuses().first().grant.leaseId != lease);
    // Next: the new rfr if it is ahead of the (fixed) clock, else an hour from now.
    QVERIFY(scheduler.nextAttempt().isValid());
    QVERIFY(scheduler.nextAttempt() > m_clock.now());
    const QDateTime newRenewAfter = statuses().first().grant.renewAfter;
    QCOMPARE(scheduler.nextAttempt(),
             newRenewAfter > m_clock.now() ? newRenewAfter : m_clock.now().addSecs(3600));
    scheduler.stop();
}

void RenewalTest::keywayctlWithoutSessionExitsFour()
{
    QProcess ctl;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KEYWAY_KEYCHAIN_SERVICE"),
                       QStringLiteral("Keyway-test/") + QUuid::createUuid().toString(QUuid::Id128));
    ctl.setProcessEnvironment(environment);
    QTemporaryDir data;
    ctl.start(QStringLiteral(KEYWAY_KEYWAYCTL_BIN),
              {QStringLiteral("--config"), m_server.configPath(), QStringLiteral("--data-dir"),
               data.path(), QStringLiteral("refresh")});
    QVERIFY(ctl.waitForFinished(30000));
    QVERIFY2(ctl.exitCode() == 4, ctl.readAllStandardError().constData());
}

void RenewalTest::offlinePastRenewAfterStaysValid()
{
    m_server.stop();
    LicenseStore store(m_dataDir.path());
    const QDateTime renewAfter = statuses().first().grant.renewAfter;
    const QDateTime expires = statuses().first().grant.expiresAt;
    m_clock.set(renewAfter.addSecs(10));
    QCOMPARE(int(statuses().first().state), int(State::RenewalDue));

    auto *renew = new RenewJob(m_config, &m_nam, m_session.get(), &store);
    renew->setDeviceId(m_deviceId);
    const Error error = run(renew);
    delete renew;
    QVERIFY(error.isError());
    const auto failure = store.lastRenewalFailure();
    QVERIFY(failure.isValid());
    QCOMPARE(failure.nextRetry, RenewJob::nextRetry(failure.failedAt, 1));

    const auto offline = statuses();
    for (const auto &status : offline) {
        QCOMPARE(int(status.state), int(State::ValidOffline));
        QVERIFY(status.isValid());
        QVERIFY2(status.reason.message.contains(QStringLiteral("Valid offline until")),
                 qPrintable(status.reason.message));
    }
    // Just before the end of the lease it still works.
    m_clock.set(expires.addSecs(-5));
    QVERIFY(statuses().first().isValid());
}

void RenewalTest::schedulerBacksOffOffline()
{
    // The server is gone (previous test); a second failure in a row waits twice as long.
    LicenseStore store(m_dataDir.path());
    m_clock.set(statuses().first().grant.renewAfter.addSecs(20));
    RenewalScheduler scheduler(m_config, &m_nam, m_session.get(), &store, m_deviceId);
    QSignalSpy failed(&scheduler, &RenewalScheduler::renewalFailed);
    scheduler.start();
    QVERIFY(failed.wait(30000));
    const auto failure = store.lastRenewalFailure();
    QCOMPARE(failure.failures, 2);
    QCOMPARE(scheduler.nextAttempt(), failure.failedAt.addSecs(120));
    QCOMPARE(failed.first().at(1).toDateTime(), scheduler.nextAttempt());
    QCOMPARE(int(statuses().first().state), int(State::ValidOffline));
    scheduler.stop();
}

void RenewalTest::pastExpiryIsExpired()
{
    const QDateTime expires = statuses().first().grant.expiresAt;
    m_clock.set(expires.addSecs(120));
    for (const auto &status : statuses()) {
        QCOMPARE(int(status.state), int(State::Expired));
        QVERIFY(!status.isValid());
        QVERIFY(status.reason.message.contains(QStringLiteral("expired")));
    }
}

// Issue 12: the lease expired at day +30, the clock put back to today: blocked with the clock
// reason (the trusted mark alone would not notice), until a renewal at keyway-devserver succeeds.
void RenewalTest::clockSetBackIsLiftedByAnOnlineCheck()
{
    const QDateTime today = QDateTime::currentDateTimeUtc();
    m_clock.set(today.addDays(30));
    for (const auto &status : statuses())
        QCOMPARE(int(status.state), int(State::Expired));
    m_clock.set(today);
    for (const auto &status : statuses()) {
        QCOMPARE(int(status.state), int(State::ClockSetBack));
        QVERIFY2(status.reason.message.contains(QStringLiteral("behind the last time")),
                 qPrintable(status.reason.message));
    }
    LicenseStore store(m_dataDir.path());
    auto *renew = new RenewJob(m_config, &m_nam, m_session.get(), &store);
    renew->setDeviceId(m_deviceId);
    const Error error = run(renew);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QCOMPARE(renew->renewedItems().size(), 2);
    delete renew;
    for (const auto &status : statuses())
        QVERIFY2(status.isValid(), qPrintable(status.reason.toString()));
}

// The service answers the renewal 503 with Retry-After: 20 minutes, far more than the first
// backoff (1 minute): the next attempt is planned for when it asked, not before.
void RenewalTest::schedulerWaitsAsTheServiceAsks()
{
    LicenseStore store(m_dataDir.path());
    QVERIFY(!store.lastRenewalFailure().isValid());
    m_clock.set(statuses().first().grant.renewAfter.addSecs(10));
    const QString path =
        JsonReply::endpoint(m_config.licensingBase(), QStringLiteral("/authz/.jwt")).path();
    QCOMPARE(faults({{QStringLiteral("path"), path},
                     {QStringLiteral("status"), 503},
                     {QStringLiteral("count"), 10},
                     {QStringLiteral("retryAfter"), 1200}}),
             201);
    RenewalScheduler scheduler(m_config, &m_nam, m_session.get(), &store, m_deviceId);
    QSignalSpy failed(&scheduler, &RenewalScheduler::renewalFailed);
    scheduler.start();
    const bool signalled = failed.wait(30000);
    QCOMPARE(faults(), 200);
    QVERIFY(signalled);
    const auto failure = store.lastRenewalFailure();
    QCOMPARE(failure.failures, 1);
    QCOMPARE(failure.nextRetry, failure.failedAt.addSecs(1200));
    QCOMPARE(scheduler.nextAttempt(), failure.nextRetry);
    QCOMPARE(failed.first().at(1).toDateTime(), failure.nextRetry);
    scheduler.stop();
    // Still valid meanwhile, and a renewal that succeeds forgets the failure.
    QVERIFY(statuses().first().isValid());
    auto *renew = new RenewJob(m_config, &m_nam, m_session.get(), &store);
    renew->setDeviceId(m_deviceId);
    const Error error = run(renew);
    delete renew;
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QVERIFY(!store.lastRenewalFailure().isValid());
}

QTEST_GUILESS_MAIN(RenewalTest)
#include "renewaltest.moc"
