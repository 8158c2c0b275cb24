// SPDX-License-Identifier: BSD-3-Clause
#include "redeemcodejob.h"

#include "core/clock.h"
#include "license/devicename.h"
#include "license/licensestore.h"

#include "oidc/session.h"
#include "oidc/userinfojob.h"
#include "online/resumeredemptionjob.h"
#include "storage/secretstore.h"

#include <QSysInfo>
#include <QUuid>

namespace Keyway {

RedeemCodeJob::RedeemCodeJob(const VendorConfig &config, QNetworkAccessManager *nam,
                             Session *session, SecretStore *secrets, LicenseStore *store,
                             const QString &deviceId, QObject *parent)
    : CompositeJob(parent), m_config(config), m_nam(nam), m_session(session), m_secrets(secrets),
      m_store(store), m_deviceId(deviceId)
{
}

RedeemCodeJob::~RedeemCodeJob()
{
    if (m_lookup) {
        disconnect(m_lookup, nullptr, this, nullptr);
        m_lookup->cancel();
    }
}

void RedeemCodeJob::start()
{
    SecretJob *read = RedemptionJournal::read(m_secrets, m_config);
    startSubjob(read, [this, read] {
        PendingRedemption pending;
        if (!read->notFound()) {
            if (auto journaled = PendingRedemption::fromJson(read->secret()))
                pending = *journaled;
        }
        const bool same = m_code && pending.isValid()
            && ActivationCode::normalize(pending.code) == m_code->symbols();
        if (pending.isValid() && !same) {
            Q_EMIT finishingEarlier(pending.since);
            resume([this] {
                if (m_code)
                    journalNewCode();
                else
                    finish();
            });
            return;
        }
        if (m_code && !same)
            journalNewCode();
        else
            resume({});
    });
}

void RedeemCodeJob::journalNewCode()
{
    PendingRedemption entry;
    entry.code = m_code->formatted();
    entry.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.deviceId = m_deviceId;
    entry.deviceName = DeviceName::forDirectory(m_store->directory());
    entry.since = Clock::current();
    // The entry belongs to the account signed in (issue 12): learn which one before anything is
    // sent, so that a lost answer is never resumed for another. Signed out or offline, nothing is
    // sent now: the entry is kept without an account, and the resume that first reaches the
    // server (the next sign-in) records the account before redeeming. So these steps may fail.
    AccessTokenJob *token = m_session->accessToken();
    token->setParent(this);
    m_lookup = token;
    connect(token, &Job::finished, this, [this, token, entry] {
        if (token->hasError()) {
            writeEntry(entry);
            return;
        }
        auto *account = new UserInfoJob(m_nam, m_config.issuer, this);
        account->setAccessToken(token->token());
        m_lookup = account;
        connect(account, &Job::finished, this, [this, account, entry] {
            PendingRedemption withAccount = entry;
            withAccount.subject = account->identity().subject;
            withAccount.email = account->identity().email;
            writeEntry(withAccount);
        });
        account->start();
    });
    token->start();
}

void RedeemCodeJob::writeEntry(const PendingRedemption &entry)
{
    m_lookup = nullptr;
    // Before anything is sent: a keychain problem shows before the code is consumed.
    startSubjob(RedemptionJournal::write(m_secrets, m_config, entry), [this] { resume({}); });
}

void RedeemCodeJob::resume(std::function<void()> next)
{
    auto *job = new ResumeRedemptionJob(m_config, m_nam, m_secrets, m_store, m_session);
    job->setDeviceId(m_deviceId);
    job->setRetryPolicy(m_retries, m_firstDelayMs);
    // Connected first: read before the failure, if any, ends this job.
    connect(job, &Job::finished, this, [this, job] {
        m_wasPending = job->wasPending();
        m_journalCleared = job->journalCleared();
    });
    startSubjob(job, std::move(next));
}

void RedeemCodeJob::doCancel()
{
    if (m_lookup) {
        disconnect(m_lookup, nullptr, this, nullptr);
        m_lookup->cancel();
    }
    CompositeJob::doCancel();
}

} // namespace Keyway
