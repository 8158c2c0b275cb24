// SPDX-License-Identifier: BSD-3-Clause
// AuthorizationRequest::parseRedirect on the URL the loopback listener or the custom scheme
// hands over. Each input is tried as it is, and again with the attempt's real state appended,
// so that the checks after the state comparison (error, iss, code) are reached too.
#include "fuzzkeys.h"
#include "oidc/authorizationrequest.h"

#include <QUrl>

namespace {

const Keyway::AuthorizationRequest &request()
{
    static const Keyway::AuthorizationRequest request = [] {
        Keyway::ProviderMetadata provider;
        provider.issuer = QStringLiteral("https://id.example.com");
        provider.authorizationEndpoint = QUrl(QStringLiteral("https://id.example.com/authorize"));
        provider.tokenEndpoint = QUrl(QStringLiteral("https://id.example.com/token"));
        return Keyway::AuthorizationRequest(provider, QStringLiteral("keyway-desktop"),
                                            QUrl(QStringLiteral("http://127.0.0.1:53682/callback")),
                                            {QStringLiteral("openid")});
    }();
    return request;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzKeys::bytes(data, size);
    const QUrl url = QUrl::fromEncoded(input);
    (void)request().parseRedirect(url);

    QByteArray withState = input;
    withState += (input.contains('?') ? "&state=" : "?state=") + request().state();
    (void)request().parseRedirect(QUrl::fromEncoded(withState));
    (void)request().parseRedirect(QUrl(QString::fromUtf8(withState)));
    return 0;
}
