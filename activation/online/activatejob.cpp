// SPDX-License-Identifier: BSD-3-Clause
#include "activatejob.h"

#include "core/clock.h"
#include "license/clockguard.h"
#include "license/devicename.h"
#include "license/licensestore.h"
#include "oidc/authorizationagent.h"
#include "oidc/session.h"
#include "online/checkoutjob.h"
#include "online/devicereleasejob.h"
#include "storage/secretstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSysInfo>
#include <QUuid>

#include <algorithm>

namespace Keyway {

Q_DECLARE_LOGGING_CATEGORY(lcOnline)

ActivateJob::ActivateJob(const VendorConfig &config, QObject *parent)
    : Job(parent), m_config(config), m_redirectUri(config.embeddedRedirectUri)
{
}

ActivateJob::~ActivateJob() = default;

QString ActivateJob::refreshTokenKey(const VendorConfig &config)
{
    return Session::refreshTokenKey(config);
}

void ActivateJob::setStep(Step step)
{
    m_step = step;
    Q_EMIT stepChanged(step);
}

QMap<QString, QDateTime> ActivateJob::licensedUntil() const
{
    QMap<QString, QDateTime> licensedUntil;
    for (const RedeemedLicense &license : m_redeemed) {
        for (const QString &item : license.licensedItems) {
            QDateTime &until = licensedUntil[item];
            if (!until.isValid() || license.validUntil > until)
                until = license.validUntil;
        }
    }
    // Signed in without a code (no redemption): the grant's own license end.
    for (const LicenseGrant &grant : m_grants) {
        if (!licensedUntil.contains(grant.item))
            licensedUntil.insert(grant.item, grant.licenseEnd);
    }
    return licensedUntil;
}

void ActivateJob::setSession(Session *session)
{
    m_session = session;
}

void ActivateJob::setSignedIn(const TokenResponse &tokens, const UserIdentity &identity)
{
    m_tokens = tokens;
    m_identity = identity;
    m_signedIn = !tokens.accessToken.isEmpty();
}

void ActivateJob::start()
{
    if (!m_nam || (!m_agent && !m_signedIn) || !m_secretStore || !m_licenseStore
        || m_deviceId.isEmpty()) {
        finishLater(Error(ErrorCode::InternalError,
                          QStringLiteral("ActivateJob needs a network access manager, an agent, "
                                         "a secret store, a license store and a device id")));
        return;
    }
    if (m_deviceName.isEmpty())
        m_deviceName = DeviceName::forDirectory(m_licenseStore->directory());

    if (m_signedIn) {
        // The earlier attempt's sign-in, already stored: on with the redemption (next turn of
        // the event loop, as every job finishes after start() returned).
        QMetaObject::invokeMethod(this, &ActivateJob::redeem, Qt::QueuedConnection);
        return;
    }
    setStep(Step::SigningIn);
    auto *signIn = new SignInJob(m_config, m_nam, this);
    signIn->setAgent(m_agent);
    signIn->setPage(m_page);
    signIn->setForceLogin(m_forceLogin);
    signIn->setLoginHint(m_loginHint);
    signIn->setUiLocales(m_uiLocales);
    signIn->setRedirectUri(m_redirectUri);
    connect(signIn, &SignInJob::exchangingCode, this, [this] { setStep(Step::ExchangingCode); });
    connect(signIn, &Job::finished, this, [this, signIn] {
        if (signIn->hasError()) {
            m_emailHint = signIn->emailHint();
            fail(signIn->error());
            return;
        }
        m_tokens = signIn->tokens();
        m_identity = signIn->identity();
        onSignedIn();
    });
    m_current = signIn;
    signIn->start();
}

void ActivateJob::onSignedIn()
{
    // The refresh token goes to the keychain first: if that fails the person learns it now,
    // before a code is consumed, rather than after.
    setStep(Step::SavingSession);
    Session *session =
        m_session ? m_session.data() : new Session(m_config, m_nam, m_secretStore, this);
    Job *write = session->store(m_tokens);
    connect(write, &Job::finished, this, [this, write] {
        if (write->hasError()) {
            fail(write->error());
            return;
        }
        redeem();
    });
    m_current = write;
    write->start();
}

void ActivateJob::redeem()
{
    // A journaled redemption comes first: the same code again keeps its Idempotency-Key, and
    // without a code the pending one is finished.
    SecretJob *read = RedemptionJournal::read(m_secretStore, m_config);
    connect(read, &Job::finished, this, [this, read] {
        if (read->hasError()) {
            fail(read->error());
            return;
        }
        PendingRedemption pending;
        if (!read->notFound()) {
            auto journaled = PendingRedemption::fromJson(read->secret());
            if (journaled)
                pending = *journaled;
            else
                qCWarning(lcOnline)
                    << "ignoring an unreadable pending redemption:" << journaled.error().detail;
        }
        // A pending redemption belongs to the account that started it: nothing is redeemed
        // for another one (issue 12); the front end offers to sign in as it or to discard it.
        if (pending.isValid() && !RedemptionJournal::belongsTo(pending, m_identity.subject)) {
            qCInfo(lcOnline) << "a redemption pending since" << pending.since
                             << "belongs to another account; nothing is redeemed";
            m_pendingOwner = RedemptionJournal::ownerName(pending);
            fail(RedemptionJournal::otherAccount(pending));
            return;
        }
        std::optional<ActivationCode> journaledCode;
        if (pending.isValid()) {
            auto parsed = ActivationCode::parse(pending.code);
            if (parsed)
                journaledCode = *parsed;
        }
        if (!m_code && journaledCode) {
            qCInfo(lcOnline) << "finishing the pending redemption of" << pending.since;
            m_code = journaledCode;
            m_resumed = true;
        } else if (m_code && journaledCode && *journaledCode == *m_code) {
            qCInfo(lcOnline) << "the code was journaled" << pending.since
                             << "; resuming with its idempotency key";
            m_resumed = true;
        } else if (m_code && journaledCode) {
            // Another code is pending: it is finished first, so that it is never overwritten.
            qCInfo(lcOnline) << "finishing the pending redemption of" << pending.since
                             << "before the new code";
            setStep(Step::Redeeming);
            redeemEarlier(pending, *journaledCode);
            return;
        } else if (m_code) {
            pending = PendingRedemption();
            pending.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
            pending.since = Clock::current();
        }
        if (!m_code) {
            checkout();
            return;
        }
        pending.code = m_code->formatted();
        pending.deviceId = m_deviceId;
        pending.deviceName = m_deviceName;
        pending.subject = m_identity.subject;
        pending.email = m_identity.email;
        setStep(Step::Redeeming);
        journalAndRedeem(pending);
    });
    m_current = read;
    read->start();
}

void ActivateJob::redeemEarlier(const PendingRedemption &earlier, const ActivationCode &code)
{
    auto *job = new RedeemJob(m_nam, m_config.licensingBase(), this);
    job->setAccessToken(m_tokens.accessToken);
    job->setCode(code);
    job->setDevice(m_deviceId, m_deviceName);
    job->setIdempotencyKey(earlier.idempotencyKey);
    job->setRetryPolicy(m_retries, m_firstDelayMs);
    if (m_timeoutMs > 0)
        job->setTimeout(m_timeoutMs);
    connect(job, &Job::finished, this, [this, job] {
        if (job->hasError() && !RedemptionJournal::isPermanentRefusal(job->error())) {
            // Still pending; the new code waits until it is through.
            qCInfo(lcOnline) << "the earlier redemption stays journaled for the next start";
            fail(job->error());
            return;
        }
        if (job->hasError())
            qCInfo(lcOnline) << "the earlier pending code was refused:"
                             << errorCodeName(job->error().code);
        // Its licenses come with this checkout; the journal now takes the new code.
        PendingRedemption pending;
        pending.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        pending.since = Clock::current();
        pending.code = m_code->formatted();
        pending.deviceId = m_deviceId;
        pending.deviceName = m_deviceName;
        pending.subject = m_identity.subject;
        pending.email = m_identity.email;
        journalAndRedeem(pending);
    });
    m_current = job;
    job->start();
}

void ActivateJob::journalAndRedeem(const PendingRedemption &pending)
{
    SecretJob *write = RedemptionJournal::write(m_secretStore, m_config, pending);
    connect(write, &Job::finished, this, [this, write, pending] {
        if (write->hasError()) {
            // Nothing was sent: the code is not consumed.
            fail(write->error());
            return;
        }
        m_journaled = true;
        auto *job = new RedeemJob(m_nam, m_config.licensingBase(), this);
        job->setAccessToken(m_tokens.accessToken);
        job->setCode(*m_code);
        job->setDevice(m_deviceId, m_deviceName);
        job->setIdempotencyKey(pending.idempotencyKey);
        job->setRetryPolicy(m_retries, m_firstDelayMs);
        if (m_timeoutMs > 0)
            job->setTimeout(m_timeoutMs);
        connect(job, &Job::finished, this, [this, job] {
            if (job->hasError()) {
                const Error error = job->error();
                if (!RedemptionJournal::isPermanentRefusal(error)) {
                    qCInfo(lcOnline) << "the redemption stays journaled for the next start";
                    fail(error);
                    return;
                }
                // The service refused the code for good: nothing left to resume.
                SecretJob *remove = RedemptionJournal::remove(m_secretStore, m_config);
                connect(remove, &Job::finished, this, [this, remove, error] {
                    if (remove->hasError())
                        qCWarning(lcOnline)
                            << "could not remove the pending redemption:" << remove->error().detail;
                    m_journaled = false;
                    fail(error);
                });
                m_current = remove;
                remove->start();
                return;
            }
            m_redeemed = job->licenses();
            checkout();
        });
        m_current = job;
        job->start();
    });
    m_current = write;
    write->start();
}

void ActivateJob::releaseThenCheckout()
{
    setStep(Step::ReleasingDevice);
    auto *job = new DeviceReleaseJob(m_config, m_nam, this);
    job->setAccessToken(m_tokens.accessToken);
    job->setDeviceId(m_deviceId);
    job->setTarget(m_releaseTarget);
    m_releaseTarget.clear();
    connect(job, &Job::finished, this, [this, job] {
        if (job->hasError()) {
            fail(job->error());
            return;
        }
        qCInfo(lcOnline) << "removed a computer from the account to free its seat";
        checkout();
    });
    m_current = job;
    job->start();
}

void ActivateJob::listSeatHolders(const Error &refusal)
{
    auto *job = new DeviceListJob(m_config, m_nam, this);
    job->setAccessToken(m_tokens.accessToken);
    job->setDeviceId(m_deviceId);
    connect(job, &Job::finished, this, [this, job, refusal] {
        if (job->hasError()) {
            qCWarning(lcOnline) << "could not list the computers holding the seats:"
                                << job->error().detail;
        } else {
            const QDateTime now = Clock::current();
            for (const DeviceInfo &device : job->devices()) {
                if (device.current || device.releasedAt.isValid())
                    continue;
                const bool holdsSeat =
                    std::any_of(device.leases.cbegin(), device.leases.cend(),
                                [&now](const DeviceInfo::Lease &lease) { return lease.end > now; });
                if (holdsSeat)
                    m_seatHolders.append(device);
            }
        }
        fail(refusal);
    });
    m_current = job;
    job->start();
}

void ActivateJob::checkout()
{
    if (!m_releaseTarget.isEmpty()) {
        releaseThenCheckout();
        return;
    }
    setStep(Step::CheckingOut);
    auto *job = new CheckoutJob(m_config, m_nam, this);
    job->setRetryPolicy(m_retries, m_firstDelayMs);
    if (m_timeoutMs > 0)
        job->setTimeout(m_timeoutMs);
    job->setAccessToken(m_tokens.accessToken);
    job->setDeviceId(m_deviceId);
    job->setDeviceName(m_deviceName);
    job->setSubject(m_identity.subject);
    // The person is activating: a computer removed from the account elsewhere comes back.
    job->setExplicitActivation(true);
    connect(job, &Job::finished, this, [this, job] {
        if (job->hasError()) {
            fail(job->error());
            return;
        }
        m_grants = job->grants();
        if (m_grants.isEmpty() && job->refusal().isError()) {
            // All seats taken: say that, not "no license", and which computers hold them, so
            // that the person can move the license here.
            if (job->refusal().code == ErrorCode::SeatLimitReached) {
                listSeatHolders(job->refusal());
                return;
            }
            fail(job->refusal());
            return;
        }
        if (m_grants.isEmpty()) {
            // Signed in, but nothing licensed to this account: say so rather than "done".
            const auto denials = job->denials();
            fail(Error(ErrorCode::LicenseItemDenied,
                       QCoreApplication::translate(
                           "Keyway::ActivateJob",
                           "Your account has no license for %1. If you have an activation code, "
                           "enter it; otherwise sign in with the account you bought the product "
                           "with.")
                           .arg(m_config.productName),
                       denials.isEmpty() ? QString() : denials.cbegin().value().detail));
            return;
        }
        setStep(Step::Saving);
        auto saved = m_licenseStore->save(m_identity.subject, m_identity.email, job->tokens());
        if (!saved) {
            fail(saved.error());
            return;
        }
        // A successful online check: the time the answer vouches for (its Date, bounded by the
        // signed iat) is trusted, and a block by the local clock mark is lifted.
        ClockGuard guard(m_licenseStore->directory(), m_config.clockToleranceSeconds);
        if (auto observed = guard.confirmOnline(job->trustedTime()); !observed)
            qCWarning(lcOnline) << "could not record the server's time:" << observed.error().detail;
        finishRedemption();
    });
    m_current = job;
    job->start();
}

void ActivateJob::finishRedemption()
{
    if (!m_journaled) {
        finish();
        return;
    }
    // The licenses are stored: only now is the journaled code no longer needed.
    SecretJob *remove = RedemptionJournal::remove(m_secretStore, m_config);
    connect(remove, &Job::finished, this, [this, remove] {
        // Left behind, the entry is resumed once more and answered from the idempotency record.
        if (remove->hasError())
            qCWarning(lcOnline) << "could not remove the pending redemption:"
                                << remove->error().detail;
        m_journaled = false;
        finish();
    });
    m_current = remove;
    remove->start();
}

void ActivateJob::fail(const Error &error)
{
    qCInfo(lcOnline) << "activation failed at step" << m_step << ":" << errorCodeName(error.code)
                     << error.detail;
    finish(error);
}

void ActivateJob::doCancel()
{
    if (m_current)
        m_current->cancel();
}

} // namespace Keyway
