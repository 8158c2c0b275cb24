// SPDX-License-Identifier: BSD-3-Clause
#include "providermetadata.h"

#include <QJsonArray>

namespace Keyway {

namespace {
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
    return m;
}

} // namespace Keyway
