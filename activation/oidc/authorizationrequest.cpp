// SPDX-License-Identifier: BSD-3-Clause
#include "authorizationrequest.h"

#include "core/tr.h"
#include "core/untrustedtext.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace Keyway {

AuthorizationRequest::AuthorizationRequest(const ProviderMetadata &provider,
                                           const QString &clientId, const QUrl &redirectUri,
                                           const QStringList &scopes)
    : m_provider(provider), m_clientId(clientId), m_redirectUri(redirectUri), m_scopes(scopes),
      m_state(Pkce::randomToken(24)), m_nonce(Pkce::randomToken(24)), m_pkce(Pkce::generate())
{
}

QUrl AuthorizationRequest::url() const
{
    QUrlQuery query(m_provider.authorizationEndpoint);
    auto add = [&query](const QString &key, const QString &value) {
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("client_id"), m_clientId);
    add(QStringLiteral("redirect_uri"), m_redirectUri.toString(QUrl::FullyEncoded));
    add(QStringLiteral("scope"), m_scopes.join(QLatin1Char(' ')));
    add(QStringLiteral("state"), QString::fromLatin1(m_state));
    add(QStringLiteral("nonce"), QString::fromLatin1(m_nonce));
    add(QStringLiteral("code_challenge"), QString::fromLatin1(m_pkce.challenge));
    add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    QString prompt = m_prompt;
    if (m_registration) {
        if (m_provider.supportsPrompt(QStringLiteral("create")))
            prompt = QStringLiteral("create");
        else
            add(QStringLiteral("flow"), QStringLiteral("register"));
    }
    if (wantsConsentForOfflineAccess() && prompt != QLatin1String("create")) {
        // OIDC Core §11: offline_access is granted only with prompt=consent; strict providers
        // drop it otherwise, and no refresh token comes back.
        prompt = prompt.isEmpty() ? QStringLiteral("consent") : prompt + QStringLiteral(" consent");
    }
    if (!prompt.isEmpty())
        add(QStringLiteral("prompt"), prompt);
    if (!m_loginHint.isEmpty())
        add(QStringLiteral("login_hint"), m_loginHint);
    if (!m_uiLocales.isEmpty())
        add(QStringLiteral("ui_locales"), m_uiLocales.join(QLatin1Char(' ')));

    QUrl url = m_provider.authorizationEndpoint;
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

bool AuthorizationRequest::wantsConsentForOfflineAccess() const
{
    // A provider that does not publish prompt_values_supported (oidc-provider, many others) is
    // taken to follow the specification.
    return m_scopes.contains(QLatin1String("offline_access"))
        && (m_provider.promptValues.isEmpty()
            || m_provider.supportsPrompt(QStringLiteral("consent")));
}

Result<QString> AuthorizationRequest::parseRedirect(const QUrl &redirect) const
{
    // The redirect's query is form-encoded (RFC 6749 §4.1.2, Appendix B): "+" is a space.
    QString encoded = redirect.query(QUrl::FullyEncoded);
    encoded.replace(QLatin1Char('+'), QLatin1String("%20"));
    const QUrlQuery query(encoded);
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    const QString description = UntrustedText::sanitize(
        query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded));

    // An answer to another attempt (or a forged one) is refused before anything else in it is
    // believed, errors included.
    if (state.toLatin1() != m_state) {
        return unexpected(Error(ErrorCode::AuthorizationStateMismatch,
                                QStringLiteral("state in the redirect does not match")));
    }
    if (!error.isEmpty()) {
        if (error == QLatin1String("access_denied")
            && description == QLatin1String("email_not_verified"))
            return unexpected(
                Error(ErrorCode::EmailNotVerified, error + QLatin1String(": ") + description));
        // Anyone who read the state (a local process) can end a loopback sign-in with words of
        // its choosing: shown only sanitised and as the provider's.
        QString message = errorMessage(ErrorCode::AuthorizationDenied);
        const QString quoted = UntrustedText::quoted(description);
        if (!quoted.isEmpty()) {
            message = ActivationTr::tr("The sign-in was refused. %1").arg(quoted);
        }
        return unexpected(Error(ErrorCode::AuthorizationDenied, message,
                                UntrustedText::sanitize(error, 64) + QLatin1String(": ")
                                    + UntrustedText::sanitize(description)));
    }
    const QString issuer = query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded);
    if (!issuer.isEmpty() && issuer != m_provider.issuer) {
        // RFC 9207: an answer from another issuer is a mix-up attack.
        return unexpected(Error(ErrorCode::AuthorizationStateMismatch,
                                QStringLiteral("iss in the redirect is %1, expected %2")
                                    .arg(issuer, m_provider.issuer)));
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        return unexpected(
            Error(ErrorCode::ResponseMalformed, QStringLiteral("redirect without code or error")));
    }
    return code;
}

} // namespace Keyway
