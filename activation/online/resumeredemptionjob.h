// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "config/vendorconfig.h"
#include "core/job.h"
#include "keyway_activation_export.h"
#include "license/licensetoken.h"
#include "online/redeemjob.h"
#include "online/redemptionjournal.h"

#include <QPointer>

class QNetworkAccessManager;

namespace Keyway {

class LicenseStore;
class SecretStore;
class Session;

/**
 * Finishes a redemption that a crash, a killed process, a timeout or a lost answer interrupted:
 * reads the journaled entry (RedemptionJournal), gets an access token from the stored session,
 * redeems the code again with the journaled Idempotency-Key (the service answers with the same
 * licenses and consumes the code at most once), checks out this device's tokens, stores them
 * and only then removes the entry. The customer never types the code again.
 *
 * With nothing journaled it finishes at once without error and wasPending() is false: a product
 * runs it at every start. A code the service refuses for good (isPermanentRefusal()) is dropped
 * from the journal and reported; any other failure keeps the entry for the next attempt.
 */
class KEYWAY_ACTIVATION_EXPORT ResumeRedemptionJob : public Job
{
    Q_OBJECT
public:
    /// @p session gives the access token (the refresh token in @p secrets); without one the job
    /// makes its own Session over @p secrets.
    ResumeRedemptionJob(const VendorConfig &config, QNetworkAccessManager *nam,
                        SecretStore *secrets, LicenseStore *licenses, Session *session = nullptr,
                        QObject *parent = nullptr);
    ~ResumeRedemptionJob() override;

    /**
     * The account signed in now, when the caller knows it (after a sign-in); otherwise the job
     * asks the provider's userinfo endpoint with the session's access token. A redemption is
     * resumed only for the account that started it: another one ends the job with
     * RedemptionOtherAccount (pendingOwner() names it), nothing redeemed, the entry kept.
     */
    void setAccount(const QString &subject, const QString &email = QString())
    {
        m_account = subject;
        m_accountEmail = email;
    }
    /// After RedemptionOtherAccount: the e-mail address (else the id) of the entry's account.
    QString pendingOwner() const { return m_pendingOwner; }
    /// The device the licenses are checked out for; the journaled one by default.
    void setDeviceId(const QString &deviceId) { m_deviceId = deviceId; }
    /// Retries of the redeem and checkout requests (RedeemJob::setRetryPolicy()).
    void setRetryPolicy(int retries, int firstDelayMs)
    {
        m_retries = retries;
        m_firstDelayMs = firstDelayMs;
    }
    /// The transfer timeout of the redeem and checkout requests in ms (0: the default).
    void setRequestTimeout(int ms) { m_timeoutMs = ms; }

    void start() override;

    /// Whether a redemption was journaled when the job started.
    bool wasPending() const { return m_pending.isValid(); }
    /// The journaled entry (holds the code: never log it).
    PendingRedemption pending() const { return m_pending; }
    /// True once the entry is gone: finished, or refused for good.
    bool journalCleared() const { return m_cleared; }
    QList<RedeemedLicense> redeemedLicenses() const { return m_redeemed; }
    /// The verified license grants now stored for this device.
    QList<LicenseGrant> grants() const { return m_grants; }

protected:
    void doCancel() override;

private:
    void checkAccount(const QByteArray &accessToken);
    void redeem(const QByteArray &accessToken);
    void checkout(const QByteArray &accessToken);
    void clearJournal(const Error &error);
    void fail(const Error &error);

    VendorConfig m_config;
    QNetworkAccessManager *m_nam;
    SecretStore *m_secrets;
    LicenseStore *m_licenses;
    QPointer<Session> m_session;
    QString m_deviceId;
    QString m_account;
    QString m_accountEmail;
    QString m_pendingOwner;
    int m_retries = 3;
    int m_firstDelayMs = 1000;
    int m_timeoutMs = 0;

    QPointer<Job> m_current;
    PendingRedemption m_pending;
    bool m_cleared = false;
    QList<RedeemedLicense> m_redeemed;
    QList<LicenseGrant> m_grants;
};

} // namespace Keyway
