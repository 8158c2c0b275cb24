// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "codes/activationcode.h"
#include "config/vendorconfig.h"
#include "core/job.h"
#include "keyway_activation_export.h"
#include "license/licensetoken.h"
#include "oidc/signinjob.h"
#include "online/devicelistjob.h"
#include "online/redeemjob.h"
#include "online/redemptionjournal.h"

#include <QMap>
#include <QPointer>
#include <optional>

class QNetworkAccessManager;

namespace Keyway {

class AuthorizationAgent;
class LicenseStore;
class SecretStore;
class Session;

/**
 * A customer's first activation, start to end: sign in (or register) through the provider's
 * page, redeem the activation code if there is one, check out the license tokens for this
 * device, verify them with the vendor's pinned keys, keep the refresh token in the secret store
 * and the license tokens in the license store.
 *
 * Without a code it is the "I already have an account" path: sign in and fetch the licenses.
 *
 * The code is journaled (RedemptionJournal, in the secret store) before it is sent and the entry
 * removed once the licenses are stored, or when the service refuses the code for good. A journaled
 * code is redeemed again with its Idempotency-Key: when the same code is entered again, when no
 * code is given (a sign-in after the session ended finishes the pending redemption), and before
 * a different code (so that a pending one is never overwritten).
 * ResumeRedemptionJob finishes one without a sign-in.
 */
class KEYWAY_ACTIVATION_EXPORT ActivateJob : public Job
{
    Q_OBJECT
public:
    enum class Step {
        SigningIn,
        ExchangingCode,
        SavingSession,
        Redeeming,
        ReleasingDevice,
        CheckingOut,
        Saving
    };
    Q_ENUM(Step)

    ActivateJob(const VendorConfig &config, QObject *parent = nullptr);
    ~ActivateJob() override;

    void setNetworkAccessManager(QNetworkAccessManager *nam) { m_nam = nam; }
    void setAgent(AuthorizationAgent *agent) { m_agent = agent; }
    void setSecretStore(SecretStore *store) { m_secretStore = store; }
    /// The session that keeps the sign-in (the engine's); without one the job makes its own
    /// over the secret store. Not owned.
    void setSession(Session *session);
    void setLicenseStore(LicenseStore *store) { m_licenseStore = store; }
    void setDeviceId(const QString &deviceId) { m_deviceId = deviceId; }
    void setDeviceName(const QString &name) { m_deviceName = name; }
    void setCode(const std::optional<ActivationCode> &code) { m_code = code; }
    void setPage(SignInJob::Page page) { m_page = page; }
    SignInJob::Page page() const { return m_page; }
    void setLoginHint(const QString &email) { m_loginHint = email; }
    /// See SignInJob::setForceLogin().
    void setForceLogin(bool force) { m_forceLogin = force; }
    void setUiLocales(const QStringList &locales) { m_uiLocales = locales; }
    void setRedirectUri(const QUrl &uri) { m_redirectUri = uri; }
    /**
     * Continues a sign-in an earlier attempt made (its signedIn() tokens and identity): no page
     * is shown and the session is not stored again; the flow goes on with the redemption. No
     * agent is needed then.
     */
    void setSignedIn(const TokenResponse &tokens, const UserIdentity &identity);
    /**
     * Removes the computer @p deviceId (DeviceInfo::id) from the account before the checkout, so
     * that its seat is free for this one (after SeatLimitReached). A refusal ends the job with
     * its error (TransferLimitReached says when the next removal is possible).
     */
    void setReleaseFirst(const QString &deviceId) { m_releaseTarget = deviceId; }
    /// Retries of the redeem and checkout requests (RedeemJob::setRetryPolicy()).
    void setRetryPolicy(int retries, int firstDelayMs)
    {
        m_retries = retries;
        m_firstDelayMs = firstDelayMs;
    }
    /// The transfer timeout of the redeem and checkout requests in ms (0: the default).
    void setRequestTimeout(int ms) { m_timeoutMs = ms; }

    void start() override;

    Step step() const { return m_step; }
    UserIdentity identity() const { return m_identity; }
    /// False when the provider gave no refresh token: the session ends with the access token.
    bool keepsSession() const { return !m_tokens.refreshToken.isEmpty(); }
    /// When the access token of the sign-in expires (what a session without refresh token lasts).
    QDateTime accessTokenExpiry() const { return m_tokens.expiresAt; }
    /// What the redemption granted (empty without a code).
    QList<RedeemedLicense> redeemedLicenses() const { return m_redeemed; }
    /// True when the code redeemed was a journaled one (resumed with its Idempotency-Key).
    bool resumedPendingRedemption() const { return m_resumed; }
    /// The verified license grants now stored for this device.
    QList<LicenseGrant> grants() const { return m_grants; }
    /**
     * Per licensed item, until when the license runs: what the redemption says the person
     * bought, else (signed in without a code) the grant's license end; invalid for a
     * subscription. A grant's expiry is only the end of this computer's lease, renewed on its own.
     */
    QMap<QString, QDateTime> licensedUntil() const;
    /**
     * After RedemptionOtherAccount: the e-mail address (else the id) of the account that
     * started the pending redemption, to sign in as it (setLoginHint()) or to name it.
     */
    QString pendingOwner() const { return m_pendingOwner; }
    /// After EmailNotVerified: where the confirmation link went, masked (SignInJob::emailHint()).
    QString emailHint() const { return m_emailHint; }
    /// After the sign-in step: the tokens and who signed in, to continue with setSignedIn().
    TokenResponse signedInTokens() const { return m_tokens; }
    /**
     * After SeatLimitReached: the other computers of the account that hold a seat now (an
     * unexpired lease, not removed), from the service's devices list; empty when it could not be
     * read.
     */
    QList<DeviceInfo> seatHolders() const { return m_seatHolders; }

    /// The keychain key under which the refresh token of @p config is kept; the Session's
    /// (Session::refreshTokenKey()), which owns it.
    static QString refreshTokenKey(const VendorConfig &config);

Q_SIGNALS:
    void stepChanged(Keyway::ActivateJob::Step step);

protected:
    void doCancel() override;

private:
    void setStep(Step step);
    void onSignedIn();
    void redeem();
    void journalAndRedeem(const PendingRedemption &pending);
    void redeemEarlier(const PendingRedemption &earlier, const ActivationCode &code);
    void checkout();
    void releaseThenCheckout();
    void listSeatHolders(const Error &refusal);
    void finishRedemption();
    void fail(const Error &error);

    VendorConfig m_config;
    QNetworkAccessManager *m_nam = nullptr;
    QPointer<AuthorizationAgent> m_agent;
    SecretStore *m_secretStore = nullptr;
    QPointer<Session> m_session;
    LicenseStore *m_licenseStore = nullptr;
    QString m_deviceId;
    QString m_deviceName;
    std::optional<ActivationCode> m_code;
    SignInJob::Page m_page = SignInJob::Page::Login;
    QString m_loginHint;
    bool m_forceLogin = false;
    QStringList m_uiLocales;
    QUrl m_redirectUri;

    Step m_step = Step::SigningIn;
    QPointer<Job> m_current;
    TokenResponse m_tokens;
    UserIdentity m_identity;
    QList<RedeemedLicense> m_redeemed;
    QList<LicenseGrant> m_grants;
    int m_retries = 3;
    int m_firstDelayMs = 1000;
    int m_timeoutMs = 0;
    bool m_journaled = false;
    bool m_resumed = false;
    QString m_pendingOwner;
    QString m_emailHint;
    bool m_signedIn = false;
    QString m_releaseTarget;
    QList<DeviceInfo> m_seatHolders;
};

} // namespace Keyway
