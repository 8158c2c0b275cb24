// SPDX-License-Identifier: BSD-3-Clause
// The readers of what a server answers: ProviderMetadata::fromJson (discovery),
// TokenResponse::fromJson (token endpoint), RedeemedLicense::fromJson (redemption), each fed the
// same object and, for a redemption answer, each element of its "licenses".
#include "fuzzkeys.h"
#include "oidc/providermetadata.h"
#include "oidc/tokenresponse.h"
#include "online/redeemjob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(FuzzKeys::bytes(data, size));
    if (!document.isObject())
        return 0;
    const QJsonObject json = document.object();
    static const QUrl issuer(QStringLiteral("https://id.example.com"));

    (void)Keyway::ProviderMetadata::fromJson(json, issuer);
    (void)Keyway::TokenResponse::fromJson(json, FuzzKeys::now());
    (void)Keyway::RedeemedLicense::fromJson(json);
    for (const QJsonValue &license : json.value(QLatin1String("licenses")).toArray())
        (void)Keyway::RedeemedLicense::fromJson(license.toObject());
    return 0;
}
