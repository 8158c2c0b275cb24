// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "core/error.h"
#include "keyway_activation_export.h"
#include "oidc/pkce.h"
#include "oidc/providermetadata.h"

#include <QStringList>
#include <QUrl>

namespace Keyway {

/**
 * One attempt of the authorization-code flow: its fresh state, nonce and PKCE verifier, the
 * authorize URL built from them, and the check of the redirect that comes back.
 */
class KEYWAY_ACTIVATION_EXPORT AuthorizationRequest
{
public:
    AuthorizationRequest(const ProviderMetadata &provider, const QString &clientId,
                         const QUrl &redirectUri, const QStringList &scopes);

    /// Open the registration page instead of the login page: `prompt=create` where the
    /// provider lists it, else the vendor's `flow=register`.
    void setRegistration(bool registration) { m_registration = registration; }
    void setLoginHint(const QString &hint) { m_loginHint = hint; }
    void setUiLocales(const QStringList &locales) { m_uiLocales = locales; }
    /// e.g. "login" to force a fresh login.
    void setPrompt(const QString &prompt) { m_prompt = prompt; }

    /**
     * True when `offline_access` is among the scopes and the provider lists `prompt=consent`
     * or publishes no prompt values:
     * the authorize URL then adds `consent` to the prompt (OIDC Core §11), except on the
     * registration page (`prompt=create`).
     */
    bool wantsConsentForOfflineAccess() const;
    QUrl url() const;
    QUrl redirectUri() const { return m_redirectUri; }
    QByteArray state() const { return m_state; }
    QByteArray nonce() const { return m_nonce; }
    const Pkce &pkce() const { return m_pkce; }

    /// The authorization code from the redirect, after checking that it belongs to this
    /// attempt (`state`), and that the provider did not send an error instead.
    Result<QString> parseRedirect(const QUrl &redirect) const;

private:
    ProviderMetadata m_provider;
    QString m_clientId;
    QUrl m_redirectUri;
    QStringList m_scopes;
    bool m_registration = false;
    QString m_loginHint;
    QStringList m_uiLocales;
    QString m_prompt;
    QByteArray m_state;
    QByteArray m_nonce;
    Pkce m_pkce;
};

} // namespace Keyway
