// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "core/error.h"
#include "keyway_activation_export.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrl>

namespace Keyway {

/// What the provider's discovery document says (OpenID Connect Discovery 1.0 §3).
class KEYWAY_ACTIVATION_EXPORT ProviderMetadata
{
public:
    /// Reads @p json and checks it belongs to @p expectedIssuer (§4.3: the issuer must match).
    static Result<ProviderMetadata> fromJson(const QJsonObject &json, const QUrl &expectedIssuer);

    QString issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl userinfoEndpoint;
    QUrl jwksUri;
    QUrl revocationEndpoint;
    QUrl endSessionEndpoint;
    QStringList codeChallengeMethods;
    QStringList promptValues;
    QStringList idTokenSigningAlgs;
    QStringList uiLocales;

    bool supportsPrompt(const QString &value) const { return promptValues.contains(value); }
    /// The well-known URL of the discovery document for @p issuer.
    static QUrl discoveryUrl(const QUrl &issuer);
};

} // namespace Keyway
