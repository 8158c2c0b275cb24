// SPDX-License-Identifier: BSD-3-Clause
#include "providermetadata.h"

#include "core/tr.h"
#include "net/tlssetup.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Keyway {

namespace {
QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}
} // namespace

QUrl ProviderMetadata::discoveryUrl(const QUrl &issuer)
{
    QUrl url(issuer);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/.well-known/openid-configuration"));
    return url;
}

Result<ProviderMetadata> ProviderMetadata::fromJson(const QJsonObject &json,
                                                    const QUrl &expectedIssuer)
{
    ProviderMetadata m;
    // OIDC Discovery §4.3: exactly equal, trailing slash and all; nothing is normalised.
    const QString configured = expectedIssuer.toString(QUrl::FullyEncoded);
    m.issuer = json.value(QLatin1String("issuer")).toString();
    if (m.issuer != configured) {
        return unexpected(Error(
            ErrorCode::ProviderMisconfigured,
            QStringLiteral("discovery: issuer \"%1\" does not equal the configured issuer \"%2\"%3")
                .arg(m.issuer.left(200), configured,
                     m.issuer.startsWith(configured) || configured.startsWith(m.issuer)
                         ? QStringLiteral(" (write the issuer exactly as the provider does)")
                         : QString())));
    }

    auto endpoint = [&json](const char *key) {
        return QUrl(json.value(QLatin1String(key)).toString(), QUrl::StrictMode);
    };
    m.authorizationEndpoint = endpoint("authorization_endpoint");
    m.tokenEndpoint = endpoint("token_endpoint");
    m.userinfoEndpoint = endpoint("userinfo_endpoint");
    m.jwksUri = endpoint("jwks_uri");
    m.revocationEndpoint = endpoint("revocation_endpoint");
    m.endSessionEndpoint = endpoint("end_session_endpoint");
    m.codeChallengeMethods =
        stringList(json.value(QLatin1String("code_challenge_methods_supported")));
    m.promptValues = stringList(json.value(QLatin1String("prompt_values_supported")));
    m.idTokenSigningAlgs =
        stringList(json.value(QLatin1String("id_token_signing_alg_values_supported")));
    m.uiLocales = stringList(json.value(QLatin1String("ui_locales_supported")));

    const std::pair<const char *, QUrl> required[] = {
        {"authorization_endpoint", m.authorizationEndpoint},
        {"token_endpoint", m.tokenEndpoint},
        {"jwks_uri", m.jwksUri},
    };
    for (const auto &[name, url] : required) {
        if (!url.isValid() || url.isRelative()) {
            return unexpected(
                Error(ErrorCode::ProviderMisconfigured,
                      QStringLiteral("discovery: no valid %1").arg(QLatin1String(name))));
        }
    }
    // Tokens and codes travel to these: https only, plain http only to this computer.
    const std::pair<const char *, QUrl> used[] = {
        {"authorization_endpoint", m.authorizationEndpoint},
        {"token_endpoint", m.tokenEndpoint},
        {"userinfo_endpoint", m.userinfoEndpoint},
        {"jwks_uri", m.jwksUri},
        {"revocation_endpoint", m.revocationEndpoint},
        {"end_session_endpoint", m.endSessionEndpoint},
    };
    for (const auto &[name, url] : used) {
        // The required ones were checked above; an unusable optional one is never used.
        if (url.isEmpty() || !url.isValid() || url.isRelative())
            continue;
        if (!TlsSetup::isSecureOrLoopback(url)) {
            return unexpected(
                Error(ErrorCode::ProviderMisconfigured,
                      ActivationTr::tr(
                          "The sign-in service is not set up securely: it sends this product to an "
                          "address without https (%1). Nothing was sent. Contact the product's "
                          "vendor.")
                          .arg(url.toDisplayString()),
                      QStringLiteral("discovery: %1 %2 is neither https nor loopback")
                          .arg(QLatin1String(name), url.toDisplayString())));
        }
    }
    return m;
}

} // namespace Keyway
