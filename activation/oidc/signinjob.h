// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "config/vendorconfig.h"
#include "core/job.h"
#include "keyway_activation_export.h"
#include "oidc/authorizationagent.h"
#include "oidc/tokenresponse.h"

#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace Keyway {

class ProviderMetadata;

/**
 * The OpenID Connect authorization-code flow with PKCE for a public native client:
 * discovery, the provider's page through an AuthorizationAgent, the token exchange and the
 * validation of the ID token (OIDC Core §3.1.3.7, signature against the provider's JWKS), and
 * the UserInfo answer when the ID token carries no e-mail address (§5.4, §5.3.2).
 *
 * It does not store anything; Session::store() keeps the tokens afterwards.
 */
class KEYWAY_ACTIVATION_EXPORT SignInJob : public Job
{
    Q_OBJECT
public:
    enum class Page { Login, Register };
    Q_ENUM(Page)

    SignInJob(const VendorConfig &config, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~SignInJob() override;

    void setAgent(AuthorizationAgent *agent) { m_agent = agent; }
    /// Which page the provider shows first: the login page, or the registration page.
    void setPage(Page page) { m_page = page; }
    /// Asks the provider for a fresh login (`prompt=login`), e.g. to switch accounts while the
    /// browser still holds a session.
    void setForceLogin(bool force) { m_forceLogin = force; }
    void setLoginHint(const QString &email) { m_loginHint = email; }
    /// BCP 47 tags, most preferred first, for the provider's pages (ui_locales).
    void setUiLocales(const QStringList &locales) { m_uiLocales = locales; }
    /// Which redirect URI to use: the embedded one by default; config.loopbackRedirectUri with
    /// a LoopbackAgent (which adds its port, see AuthorizationAgent::redirectUriFor()).
    void setRedirectUri(const QUrl &uri) { m_redirectUri = uri; }
    /// The redirect URI in use (after start(): as the agent refined it).
    QUrl redirectUri() const { return m_redirectUri; }
    /// Tolerated difference between our clock and the provider's, in seconds.
    void setClockSkewLeeway(qint64 seconds) { m_leeway = seconds; }
    /**
     * How long the provider's page may take before the attempt ends with SignInTimedOut, in
     * ms; 0 waits forever. By default the configuration's signInTimeout.
     */
    void setTimeout(qint64 ms) { m_timeoutMs = ms; }

    void start() override;

    TokenResponse tokens() const { return m_tokens; }
    /**
     * False when the provider gave no refresh token: the session then ends with the access
     * token (tokens().expiresAt), and the person must sign in again after it.
     */
    bool keepsSession() const { return !m_tokens.refreshToken.isEmpty(); }
    UserIdentity identity() const { return m_identity; }
    /**
     * After EmailNotVerified: where the provider says the confirmation link went
     * (`email_hint`, docs/protocol.md §1), masked by maskEmail(); empty when it did not say.
     */
    QString emailHint() const { return m_emailHint; }

    /// "a…@example.com": the first character, an ellipsis and the domain; empty if no address.
    static QString maskEmail(const QString &email);

Q_SIGNALS:
    /// The provider's page is about to be shown (the agent has the URL).
    void authorizing(const QUrl &authorizeUrl);
    /// The person finished on the provider's page; tokens are being fetched.
    void exchangingCode();

protected:
    void doCancel() override;

private:
    void finish(const Error &error = Error());
    void onDiscovered(const ProviderMetadata &metadata);
    void authorize();
    void fetchKeys(std::function<void()> next);
    void onRedirected(const QUrl &url);
    void onAgentFailed(const Keyway::Error &error);
    void exchangeCode(const QString &code);
    void validateAgainstKeys(bool jwksRefetched);
    void fetchUserInfo();
    void signedIn();

    struct Private;
    Private *d;
    VendorConfig m_config;
    QNetworkAccessManager *m_nam;
    QPointer<AuthorizationAgent> m_agent;
    Page m_page = Page::Login;
    bool m_forceLogin = false;
    QString m_loginHint;
    QString m_emailHint;
    QStringList m_uiLocales;
    QUrl m_redirectUri;
    qint64 m_leeway = 300;
    qint64 m_timeoutMs = 0;
    TokenResponse m_tokens;
    UserIdentity m_identity;
};

} // namespace Keyway
