// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "codes/activationcode.h"
#include "config/vendorconfig.h"
#include "core/compositejob.h"
#include "keyway_activation_export.h"
#include "online/redemptionjournal.h"

#include <QPointer>

#include <optional>

class QNetworkAccessManager;

namespace Keyway {

class LicenseStore;
class SecretStore;
class Session;

/**
 * Redeems an activation code with the stored session, without a sign-in page (the command line's
 * `redeem`): what is journaled decides. The same code keeps its Idempotency-Key; another pending
 * code is finished first (finishingEarlier()), so that it is never lost; a new code is journaled
 * with the signed-in account (asked from the provider's userinfo; signed out or offline it is
 * kept without one, and the next sign-in's resume records the account) before anything is sent,
 * then redeemed by ResumeRedemptionJob. Without a code it finishes the pending redemption.
 */
class KEYWAY_ACTIVATION_EXPORT RedeemCodeJob : public CompositeJob
{
    Q_OBJECT
public:
    RedeemCodeJob(const VendorConfig &config, QNetworkAccessManager *nam, Session *session,
                  SecretStore *secrets, LicenseStore *store, const QString &deviceId,
                  QObject *parent = nullptr);
    ~RedeemCodeJob() override;

    void setCode(const std::optional<ActivationCode> &code) { m_code = code; }
    void setRetryPolicy(int retries, int firstDelayMs)
    {
        m_retries = retries;
        m_firstDelayMs = firstDelayMs;
    }

    void start() override;

    /// Whether a redemption was journaled when the last resume started.
    bool wasPending() const { return m_wasPending; }
    /// Whether the journal entry is gone (finished, or refused for good).
    bool journalCleared() const { return m_journalCleared; }

Q_SIGNALS:
    /// Another code was pending (since @p since): it is finished first.
    void finishingEarlier(const QDateTime &since);

protected:
    void doCancel() override;

private:
    void journalNewCode();
    void writeEntry(const PendingRedemption &entry);
    void resume(std::function<void()> next);

    VendorConfig m_config;
    QNetworkAccessManager *m_nam;
    QPointer<Session> m_session;
    SecretStore *m_secrets;
    LicenseStore *m_store;
    QString m_deviceId;
    std::optional<ActivationCode> m_code;
    int m_retries = 3;
    int m_firstDelayMs = 1000;
    QPointer<Job> m_lookup; ///< the account lookup, whose failure is no failure
    bool m_wasPending = false;
    bool m_journalCleared = false;
};

} // namespace Keyway
