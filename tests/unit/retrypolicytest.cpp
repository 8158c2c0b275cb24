// SPDX-License-Identifier: BSD-3-Clause
// RetryPolicy: the one rule for what is transient, and the delays (backoff, Retry-After and its
// cap, the renewal's schedule in wall time, read from the Clock seam). Nothing sleeps.

#include "net/retrypolicy.h"
#include "core/clock.h"
#include "online/renewjob.h"

#include <QTest>

using namespace Keyway;

namespace {
Error failure(ErrorCode code, int status = 0, int retryAfter = -1)
{
    Error error(code, QStringLiteral("test"));
    error.httpStatus = status;
    error.retryAfterSeconds = retryAfter;
    return error;
}
} // namespace

class RetryPolicyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transient_data()
    {
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("transient");
        // clang-format off
        QTest::newRow("connection refused or reset") << ErrorCode::NetworkUnreachable << 0 << true;
        QTest::newRow("timeout")                     << ErrorCode::NetworkTimeout << 0 << true;
        QTest::newRow("answer not JSON or cut")      << ErrorCode::ResponseMalformed << 200 << true;
        QTest::newRow("token cut short")             << ErrorCode::TokenMalformed << 0 << true;
        QTest::newRow("token garbled")               << ErrorCode::TokenBadSignature << 0 << true;
        QTest::newRow("502 bad gateway")             << ErrorCode::ServerError << 502 << true;
        QTest::newRow("503 unavailable")             << ErrorCode::ServerError << 503 << true;
        QTest::newRow("504 gateway timeout")         << ErrorCode::ServerError << 504 << true;
        QTest::newRow("500 the service failed")      << ErrorCode::ServerError << 500 << false;
        QTest::newRow("server error, no status")     << ErrorCode::ServerError << 0 << false;
        QTest::newRow("429 slow down")               << ErrorCode::RateLimited << 429 << false;
        QTest::newRow("401")                         << ErrorCode::Unauthorized << 401 << false;
        QTest::newRow("other 4xx")                   << ErrorCode::HttpError << 404 << false;
        QTest::newRow("session ended")               << ErrorCode::SessionExpired << 400 << false;
        QTest::newRow("code already redeemed")       << ErrorCode::RedeemCodeAlreadyRedeemed << 409 << false;
        QTest::newRow("redirect refused")            << ErrorCode::RedirectRefused << 307 << false;
        QTest::newRow("token expired")               << ErrorCode::LicenseExpired << 0 << false;
        QTest::newRow("cancelled")                   << ErrorCode::Cancelled << 0 << false;
        QTest::newRow("no error")                    << ErrorCode::NoError << 200 << false;
        // clang-format on
    }

    void transient()
    {
        QFETCH(ErrorCode, code);
        QFETCH(int, status);
        QFETCH(bool, transient);
        QCOMPARE(RetryPolicy::isTransient(failure(code, status)), transient);
        // The status survives a recoding (a job that renames the error keeps the rule's input).
        QCOMPARE(RetryPolicy::isTransient(
                     failure(code, status).recoded(code, QStringLiteral("other words"))),
                 transient);
    }

    void delays_data()
    {
        QTest::addColumn<int>("retries");
        QTest::addColumn<int>("firstDelayMs");
        QTest::addColumn<int>("attempts"); // requests sent so far, the last one failed
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<qint64>("delayMs"); // -1: give up
        // clang-format off
        QTest::newRow("first retry")              << 3 << 1000 << 1 << 503 << -1 << qint64(1000);
        QTest::newRow("second retry doubles")     << 3 << 1000 << 2 << 503 << -1 << qint64(2000);
        QTest::newRow("third retry")              << 3 << 1000 << 3 << 503 << -1 << qint64(4000);
        QTest::newRow("no retry left")            << 3 << 1000 << 4 << 503 << -1 << qint64(-1);
        QTest::newRow("no retries at all")        << 0 << 1000 << 1 << 503 << -1 << qint64(-1);
        QTest::newRow("not transient")            << 3 << 1000 << 1 << 500 << -1 << qint64(-1);
        QTest::newRow("Retry-After longer")       << 3 << 1000 << 1 << 503 << 7 << qint64(7000);
        QTest::newRow("Retry-After shorter")      << 3 << 1000 << 3 << 503 << 1 << qint64(4000);
        QTest::newRow("Retry-After 0")            << 3 << 1000 << 1 << 503 << 0 << qint64(1000);
        QTest::newRow("Retry-After at the cap")   << 3 << 1000 << 1 << 503 << RetryPolicy::DefaultMaxRetryAfterSeconds << qint64(RetryPolicy::DefaultMaxRetryAfterSeconds * 1000);
        QTest::newRow("Retry-After beyond cap")   << 3 << 1000 << 1 << 503 << RetryPolicy::DefaultMaxRetryAfterSeconds + 1 << qint64(-1);
        QTest::newRow("429 even with Retry-After") << 3 << 1000 << 1 << 429 << 2 << qint64(-1);
        QTest::newRow("tests' short delays")      << 3 << 40 << 3 << 502 << -1 << qint64(160);
        QTest::newRow("many retries stop at max") << 30 << 1000 << 25 << 503 << -1 << RetryPolicy::DefaultMaxDelayMs;
        // clang-format on
    }

    void delays()
    {
        QFETCH(int, retries);
        QFETCH(int, firstDelayMs);
        QFETCH(int, attempts);
        QFETCH(int, status);
        QFETCH(int, retryAfter);
        QFETCH(qint64, delayMs);
        const RetryPolicy policy(retries, firstDelayMs);
        const ErrorCode code = status == 429 ? ErrorCode::RateLimited : ErrorCode::ServerError;
        QCOMPARE(policy.nextDelayMs(attempts, failure(code, status, retryAfter)), delayMs);
    }

    void defaultsAndNone()
    {
        const RetryPolicy policy;
        QCOMPARE(policy.retries(), 3);
        QCOMPARE(policy.firstDelayMs(), 1000);
        QCOMPARE(policy.nextDelayMs(1, failure(ErrorCode::NetworkTimeout)), qint64(1000));
        QCOMPARE(RetryPolicy::none().nextDelayMs(1, failure(ErrorCode::NetworkTimeout)),
                 qint64(-1));
        // Negative settings mean none.
        QCOMPARE(RetryPolicy(-2, -5).nextDelayMs(1, failure(ErrorCode::NetworkTimeout)),
                 qint64(-1));
    }

    void renewalSchedule_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("minutes");
        // clang-format off
        QTest::newRow("first failure")  << 1 << qint64(1);
        QTest::newRow("second")         << 2 << qint64(2);
        QTest::newRow("third")          << 3 << qint64(4);
        QTest::newRow("sixth")          << 6 << qint64(32);
        QTest::newRow("seventh capped") << 7 << qint64(60);
        QTest::newRow("hundredth")      << 100 << qint64(60);
        QTest::newRow("none counted")   << 0 << qint64(1);
        // clang-format on
    }

    void renewalSchedule()
    {
        QFETCH(int, failures);
        QFETCH(qint64, minutes);
        // Time comes from the Clock seam: a test moves it, nothing waits.
        FixedClock clock(QDateTime(QDate(2026, 12, 3), QTime(8, 0), Qt::UTC));
        Clock::setInstance(&clock);
        clock.advance(3600);
        const QDateTime failedAt = Clock::current();
        QCOMPARE(RetryPolicy::renewal().nextAttemptAt(failedAt, failures),
                 failedAt.addSecs(minutes * 60));
        // RenewJob's public schedule is this policy.
        QCOMPARE(RenewJob::nextRetry(failedAt, failures), failedAt.addSecs(minutes * 60));
        Clock::setInstance(nullptr);
    }

    void renewalScheduleHonoursRetryAfter_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<qint64>("seconds");
        // clang-format off
        QTest::newRow("none said")          << 1 << -1    << qint64(60);
        QTest::newRow("sooner than backoff") << 3 << 30   << qint64(240);
        QTest::newRow("later than backoff") << 1 << 1200  << qint64(1200);
        QTest::newRow("beyond the cap")     << 7 << 86400 << qint64(86400);
        QTest::newRow("zero")               << 2 << 0     << qint64(120);
        // clang-format on
    }

    void renewalScheduleHonoursRetryAfter()
    {
        QFETCH(int, failures);
        QFETCH(int, retryAfter);
        QFETCH(qint64, seconds);
        const QDateTime failedAt(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);
        QCOMPARE(RenewJob::nextRetry(failedAt, failures, retryAfter), failedAt.addSecs(seconds));
    }
};

QTEST_GUILESS_MAIN(RetryPolicyTest)
#include "retrypolicytest.moc"
