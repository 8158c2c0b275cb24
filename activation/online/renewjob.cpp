// SPDX-License-Identifier: BSD-3-Clause
#include "renewjob.h"

#include "core/clock.h"
#include "jose/jws.h"
#include "license/clockguard.h"
#include "license/devicename.h"
#include "license/licensestore.h"
#include "license/licensetoken.h"
#include "net/retrypolicy.h"
#include "oidc/session.h"
#include "online/checkoutjob.h"

#include <QLoggingCategory>

namespace Keyway {

Q_DECLARE_LOGGING_CATEGORY(lcOnline)

RenewJob::RenewJob(const VendorConfig &config, QNetworkAccessManager *nam, Session *session,
                   LicenseStore *store, QObject *parent)
    : CompositeJob(parent), m_config(config), m_nam(nam), m_session(session), m_store(store)
{
}

RenewJob::~RenewJob() = default;

QDateTime RenewJob::nextRetry(const QDateTime &failedAt, int failures, int retryAfterSeconds)
{
    return RetryPolicy::renewal().nextAttemptAt(failedAt, failures, retryAfterSeconds);
}

void RenewJob::start()
{
    if (!m_session || !m_store || m_deviceId.isEmpty()) {
        finishLater(Error(ErrorCode::InternalError,
                          QStringLiteral("renewal without session, store or device id")));
        return;
    }
    const QList<LicenseStore::ItemStatus> statuses =
        m_store->check(m_config, m_deviceId, Clock::current());
    for (const auto &status : statuses) {
        using State = LicenseStore::ItemStatus::State;
        // How long this computer works without the service: its latest lease still valid.
        if (status.isValid() && status.grant.expiresAt > m_worksOfflineUntil)
            m_worksOfflineUntil = status.grant.expiresAt;
        // A clock set back is lifted by a successful online check, a lease too long replaced
        // by one the service grants now.
        const bool due = status.state == State::RenewalDue || status.state == State::ValidOffline
            || status.state == State::Expired || status.state == State::ClockSetBack
            || status.state == State::LeaseTooLong;
        if (m_force || due)
            m_due.append(status.item);
    }
    if (m_due.isEmpty()) {
        qCDebug(lcOnline) << "no lease due for renewal";
        finishLater(Error());
        return;
    }
    AccessTokenJob *token = m_session->accessToken();
    startSubjob(token, [this, token] { checkout(token->token()); });
}

void RenewJob::checkout(const QByteArray &accessToken)
{
    auto *job = new CheckoutJob(m_config, m_nam, this);
    job->setAccessToken(accessToken);
    job->setDeviceId(m_deviceId);
    job->setSubject(m_store->subject());
    job->setDeviceName(DeviceName::forDirectory(m_store->directory()));
    job->setItems(m_due);
    job->setWorksOfflineUntil(m_worksOfflineUntil);
    startSubjob(job, [this, job] {
        m_denied = job->denials().keys();
        // Removed from the account elsewhere, or every seat taken meanwhile: a failed renewal
        // that says why; the stored leases run on until they end.
        if (job->grants().isEmpty() && job->refusal().isError()) {
            fail(job->refusal());
            return;
        }
        for (const LicenseGrant &grant : job->grants()) {
            if (!m_renewed.contains(grant.item))
                m_renewed.append(grant.item);
        }
        // New tokens replace the old ones for the renewed items; the others stay.
        QList<QByteArray> merged = job->tokens();
        for (const QByteArray &old : m_store->tokens()) {
            const auto parsed = Jws::parse(old);
            const QStringList items =
                parsed ? LicenseToken::itemsMentioned(parsed->payload) : QStringList();
            bool replaced = false;
            for (const QString &item : items)
                replaced = replaced || m_renewed.contains(item);
            if (!replaced)
                merged.append(old);
        }
        QString subject = m_store->subject();
        if (subject.isEmpty() && !job->grants().isEmpty())
            subject = job->grants().first().subject;
        if (auto saved = m_store->save(subject, m_store->email(), merged); !saved) {
            finish(saved.error());
            return;
        }
        // A successful online check: the time the answer vouches for (its Date, bounded by the
        // signed iat) is trusted, and a block by the local clock mark is lifted.
        ClockGuard guard(m_store->directory(), m_config.clockToleranceSeconds);
        if (auto observed = guard.confirmOnline(job->trustedTime()); !observed)
            qCWarning(lcOnline) << "could not record the server's time:" << observed.error().detail;
        qCInfo(lcOnline) << "renewed" << m_renewed << "denied" << m_denied;
        finish();
    });
}

void RenewJob::fail(const Error &error)
{
    LicenseStore::RenewalFailure failure;
    const LicenseStore::RenewalFailure previous = m_store->lastRenewalFailure();
    failure.failedAt = Clock::current();
    failure.error = error;
    failure.failures = previous.isValid() ? previous.failures + 1 : 1;
    failure.nextRetry = nextRetry(failure.failedAt, failure.failures, error.retryAfterSeconds);
    if (auto recorded = m_store->recordRenewalFailure(failure); !recorded)
        qCWarning(lcOnline) << "cannot record the failed renewal:" << recorded.error().detail;
    qCInfo(lcOnline) << "renewal failed:" << errorCodeName(error.code) << error.detail;
    finish(error);
}

void RenewJob::subjobFailed(Job *job)
{
    fail(job->error());
}

} // namespace Keyway
