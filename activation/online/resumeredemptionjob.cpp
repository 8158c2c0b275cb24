// SPDX-License-Identifier: BSD-3-Clause
#include "resumeredemptionjob.h"

#include "codes/activationcode.h"
#include "license/clockguard.h"
#include "license/devicename.h"
#include "license/licensestore.h"
#include "oidc/session.h"
#include "oidc/userinfojob.h"
#include "online/checkoutjob.h"
#include "storage/secretstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSysInfo>

namespace Keyway {

Q_DECLARE_LOGGING_CATEGORY(lcOnline)

ResumeRedemptionJob::ResumeRedemptionJob(const VendorConfig &config, QNetworkAccessManager *nam,
                                         SecretStore *secrets, LicenseStore *licenses,
                                         Session *session, QObject *parent)
    : Job(parent), m_config(config), m_nam(nam), m_secrets(secrets), m_licenses(licenses),
      m_session(session)
{
}

ResumeRedemptionJob::~ResumeRedemptionJob() = default;

void ResumeRedemptionJob::start()
{
    if (!m_nam || !m_secrets || !m_licenses) {
        finishLater(Error(ErrorCode::InternalError,
                          QStringLiteral("ResumeRedemptionJob needs a network access manager, a "
                                         "secret store and a license store")));
        return;
    }
    SecretJob *read = RedemptionJournal::read(m_secrets, m_config);
    connect(read, &Job::finished, this, [this, read] {
        if (read->hasError()) {
            fail(read->error());
            return;
        }
        if (read->notFound()) {
            finish();
            return;
        }
        auto pending = PendingRedemption::fromJson(read->secret());
        if (!pending) {
            // Unreadable, so it can never be resumed: drop it rather than fail at every start.
            clearJournal(pending.error());
            return;
        }
        m_pending = *pending;
        if (m_deviceId.isEmpty())
            m_deviceId = m_pending.deviceId;
        qCInfo(lcOnline) << "resuming the redemption journaled" << m_pending.since
                         << "idempotency key" << m_pending.idempotencyKey;
        if (!m_session)
            m_session = new Session(m_config, m_nam, m_secrets, this);
        AccessTokenJob *token = m_session->accessToken();
        connect(token, &Job::finished, this, [this, token] {
            if (token->hasError()) {
                // Signed out or offline: the entry stays; a sign-in (ActivateJob without a code)
                // or the next start finishes it.
                fail(token->error());
                return;
            }
            checkAccount(token->token());
        });
        m_current = token;
        token->start();
    });
    m_current = read;
    read->start();
}

void ResumeRedemptionJob::checkAccount(const QByteArray &accessToken)
{
    if (m_account.isEmpty()) {
        // Which account is signed in: the provider says, for the session's access token.
        auto *info = new UserInfoJob(m_nam, m_config.issuer, this);
        info->setAccessToken(accessToken);
        connect(info, &Job::finished, this, [this, info, accessToken] {
            if (info->hasError()) {
                fail(info->error());
                return;
            }
            m_account = info->identity().subject;
            m_accountEmail = info->identity().email;
            checkAccount(accessToken);
        });
        m_current = info;
        info->start();
        return;
    }
    if (!RedemptionJournal::belongsTo(m_pending, m_account)) {
        qCInfo(lcOnline) << "the pending redemption belongs to another account; nothing redeemed";
        m_pendingOwner = RedemptionJournal::ownerName(m_pending);
        fail(RedemptionJournal::otherAccount(m_pending));
        return;
    }
    if (!m_pending.subject.isEmpty()) {
        redeem(accessToken);
        return;
    }
    // Journaled before the account was known: from now on it is this account's.
    m_pending.subject = m_account;
    if (m_pending.email.isEmpty())
        m_pending.email = m_accountEmail;
    SecretJob *write = RedemptionJournal::write(m_secrets, m_config, m_pending);
    connect(write, &Job::finished, this, [this, write, accessToken] {
        if (write->hasError()) {
            fail(write->error());
            return;
        }
        redeem(accessToken);
    });
    m_current = write;
    write->start();
}

void ResumeRedemptionJob::redeem(const QByteArray &accessToken)
{
    const auto code = ActivationCode::parse(m_pending.code);
    if (!code) {
        clearJournal(Error(ErrorCode::RedeemCodeMalformed,
                           QStringLiteral("journaled code is not a valid activation code")));
        return;
    }
    auto *job = new RedeemJob(m_nam, m_config.licensingBase(), this);
    job->setAccessToken(accessToken);
    job->setCode(*code);
    job->setDevice(m_deviceId,
                   m_pending.deviceName.isEmpty()
                       ? DeviceName::forDirectory(m_licenses->directory())
                       : m_pending.deviceName);
    job->setIdempotencyKey(m_pending.idempotencyKey);
    job->setRetryPolicy(m_retries, m_firstDelayMs);
    if (m_timeoutMs > 0)
        job->setTimeout(m_timeoutMs);
    connect(job, &Job::finished, this, [this, job, accessToken] {
        if (job->hasError()) {
            if (RedemptionJournal::isPermanentRefusal(job->error()))
                clearJournal(job->error());
            else
                fail(job->error());
            return;
        }
        m_redeemed = job->licenses();
        checkout(accessToken);
    });
    m_current = job;
    job->start();
}

void ResumeRedemptionJob::checkout(const QByteArray &accessToken)
{
    auto *job = new CheckoutJob(m_config, m_nam, this);
    job->setAccessToken(accessToken);
    job->setDeviceId(m_deviceId);
    job->setSubject(m_pending.subject);
    if (!m_pending.deviceName.isEmpty())
        job->setDeviceName(m_pending.deviceName);
    // Finishing an activation the person started.
    job->setExplicitActivation(true);
    job->setRetryPolicy(m_retries, m_firstDelayMs);
    if (m_timeoutMs > 0)
        job->setTimeout(m_timeoutMs);
    connect(job, &Job::finished, this, [this, job] {
        if (job->hasError()) {
            fail(job->error());
            return;
        }
        m_grants = job->grants();
        if (m_grants.isEmpty() && job->refusal().isError()) {
            fail(job->refusal());
            return;
        }
        if (m_grants.isEmpty()) {
            const auto denials = job->denials();
            fail(Error(ErrorCode::LicenseItemDenied,
                       QCoreApplication::translate(
                           "Keyway::ResumeRedemptionJob",
                           "The activation code was redeemed, but the license server gave this "
                           "computer no license for %1.")
                           .arg(m_config.productName),
                       denials.isEmpty() ? QString() : denials.cbegin().value().detail));
            return;
        }
        const QString subject = m_grants.first().subject;
        const QString email = !m_pending.email.isEmpty() ? m_pending.email
            : m_licenses->subject() == subject           ? m_licenses->email()
                                                         : QString();
        auto saved = m_licenses->save(subject, email, job->tokens());
        if (!saved) {
            fail(saved.error());
            return;
        }
        // A successful online check: the time the answer vouches for (its Date, bounded by the
        // signed iat) is trusted, and a block by the local clock mark is lifted.
        ClockGuard guard(m_licenses->directory(), m_config.clockToleranceSeconds);
        if (auto observed = guard.confirmOnline(job->trustedTime()); !observed)
            qCWarning(lcOnline) << "could not record the server's time:" << observed.error().detail;
        // The licenses are stored: only now may the entry go.
        clearJournal(Error());
    });
    m_current = job;
    job->start();
}

void ResumeRedemptionJob::clearJournal(const Error &error)
{
    if (error.isError())
        qCInfo(lcOnline) << "dropping the pending redemption:" << errorCodeName(error.code)
                         << error.detail;
    SecretJob *remove = RedemptionJournal::remove(m_secrets, m_config);
    connect(remove, &Job::finished, this, [this, remove, error] {
        if (remove->hasError()) {
            qCWarning(lcOnline) << "could not remove the pending redemption:"
                                << remove->error().detail;
            // Finished but still journaled: the next resume is answered from the idempotency
            // record; a refusal is refused again.
            if (error.isError())
                fail(error);
            else
                finish();
            return;
        }
        m_cleared = true;
        if (error.isError())
            fail(error);
        else
            finish();
    });
    m_current = remove;
    remove->start();
}

void ResumeRedemptionJob::fail(const Error &error)
{
    qCInfo(lcOnline) << "resuming the redemption failed:" << errorCodeName(error.code)
                     << error.detail << (m_cleared ? "(dropped)" : "(kept)");
    finish(error);
}

void ResumeRedemptionJob::doCancel()
{
    if (m_current)
        m_current->cancel();
}

} // namespace Keyway
