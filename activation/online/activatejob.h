// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "codes/activationcode.h"
#include "config/vendorconfig.h"
#include "license/licensetoken.h"
#include "oidc/signinjob.h"
#include "online/job.h"
#include "online/redeemjob.h"

#include <QPointer>
#include <optional>

class QNetworkAccessManager;

namespace Keyway {

class AuthorizationAgent;
class LicenseStore;
class SecretStore;

/**
 * A customer's first activation, start to end: sign in (or register) through the provider's
 * page, redeem the activation code if there is one, check out the license tokens for this
 * device, verify them with the vendor's pinned keys, keep the refresh token in the secret store
 * and the license tokens in the license store.
 *
 * Without a code it is the "I already have an account" path: sign in and fetch the licenses.
 */
class KEYWAY_ACTIVATION_EXPORT ActivateJob : public Job
{
    Q_OBJECT
public:
    enum class Step { SigningIn, ExchangingCode, SavingSession, Redeeming, CheckingOut, Saving };
    Q_ENUM(Step)

    ActivateJob(const VendorConfig &config, QObject *parent = nullptr);
    ~ActivateJob() override;

    void setNetworkAccessManager(QNetworkAccessManager *nam) { m_nam = nam; }
    void setAgent(AuthorizationAgent *agent) { m_agent = agent; }
    void setSecretStore(SecretStore *store) { m_secretStore = store; }
    void setLicenseStore(LicenseStore *store) { m_licenseStore = store; }
    void setDeviceId(const QString &deviceId) { m_deviceId = deviceId; }
    void setDeviceName(const QString &name) { m_deviceName = name; }
    void setCode(const std::optional<ActivationCode> &code) { m_code = code; }
    void setPage(SignInJob::Page page) { m_page = page; }
    void setLoginHint(const QString &email) { m_loginHint = email; }
    void setUiLocales(const QStringList &locales) { m_uiLocales = locales; }
    void setRedirectUri(const QUrl &uri) { m_redirectUri = uri; }

    void start() override;

    Step step() const { return m_step; }
    UserIdentity identity() const { return m_identity; }
    /// What the redemption granted (empty without a code).
    QList<RedeemedLicense> redeemedLicenses() const { return m_redeemed; }
    /// The verified license grants now stored for this device.
    QList<LicenseGrant> grants() const { return m_grants; }

    /// The keychain key under which the refresh token of @p config is kept.
    static QString refreshTokenKey(const VendorConfig &config);

Q_SIGNALS:
    void stepChanged(Keyway::ActivateJob::Step step);

protected:
    void doCancel() override;

private:
    void setStep(Step step);
    void onSignedIn();
    void redeem();
    void checkout();
    void fail(const Error &error);

    VendorConfig m_config;
    QNetworkAccessManager *m_nam = nullptr;
    QPointer<AuthorizationAgent> m_agent;
    SecretStore *m_secretStore = nullptr;
    LicenseStore *m_licenseStore = nullptr;
    QString m_deviceId;
    QString m_deviceName;
    std::optional<ActivationCode> m_code;
    SignInJob::Page m_page = SignInJob::Page::Login;
    QString m_loginHint;
    QStringList m_uiLocales;
    QUrl m_redirectUri;

    Step m_step = Step::SigningIn;
    QPointer<Job> m_current;
    TokenResponse m_tokens;
    UserIdentity m_identity;
    QList<RedeemedLicense> m_redeemed;
    QList<LicenseGrant> m_grants;
};

} // namespace Keyway
