// SPDX-License-Identifier: BSD-3-Clause
#include "providermetadata.h"

#include "net/tlssetup.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Keyway {

namespace {
/// Gives lupdate and the runtime one context for the sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Keyway::ProviderMetadata)
};

QString normalizedIssuer(const QUrl &url)
{
    QString s = url.toString(QUrl::FullyEncoded);
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    return s;
}

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
    m.issuer = json.value(QLatin1String("issuer")).toString();
    if (m.issuer != normalizedIssuer(expectedIssuer)) {
        return unexpected(
            Error(ErrorCode::DiscoveryFailed,
                  QStringLiteral("issuer %1 in discovery does not match the configured "
                                 "issuer %2")
                      .arg(m.issuer, normalizedIssuer(expectedIssuer))));
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
                Error(ErrorCode::DiscoveryFailed,
                      QStringLiteral("discovery lacks a valid %1").arg(QLatin1String(name))));
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
            return unexpected(Error(
                ErrorCode::DiscoveryFailed,
                Tr::tr("The sign-in service is not set up securely: it sends this product to an "
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
