// SPDX-License-Identifier: BSD-3-Clause
// Shared by the fuzz targets: the fixed world the parsers are checked against. The Ed25519, RSA
// and EC keys are the ones that signed the seeds under corpus/ (fuzz/makecorpus.py), so the
// verifiers get past the key lookup and the signature and into the claim checks.
#pragma once

#include "jose/jwk.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

namespace FuzzKeys {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    // No copy; the input outlives every use inside one LLVMFuzzerTestOneInput call.
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// "now" for every time check: 2025-01-01T00:00:00Z, so that the seed tokens are valid.
inline QDateTime now()
{
    return QDateTime::fromSecsSinceEpoch(1735689600, Qt::UTC);
}

inline const Keyway::JwkSet &keys()
{
    static const Keyway::JwkSet set = [] {
        const QJsonObject ed {
            {QStringLiteral("kty"), QStringLiteral("OKP")},
            {QStringLiteral("crv"), QStringLiteral("Ed25519")},
            {QStringLiteral("x"), QStringLiteral("5Ai7zBNoHQj92FJkHM9QoRhv2VnUSWo-sZ1YDRIHjKE")},
            {QStringLiteral("kid"), QStringLiteral("license")},
            {QStringLiteral("use"), QStringLiteral("sig")},
            {QStringLiteral("alg"), QStringLiteral("EdDSA")},
        };
        // The public halves of the RSA and EC keys that signed the jws-rs256 and jws-es256
        // seeds, so that a token's kid finds its key and each verifier is reached.
        const QJsonObject rsa {
            {QStringLiteral("kty"), QStringLiteral("RSA")},
            {QStringLiteral("n"),
             QStringLiteral("shofVWmCGlTSah8X6t2gU8SkWNnJOKEnPEi-db5FJr2uBGLTtDEFqRfa_q7JKacOTrFrBp"
                            "TUoVl6LjVCKbe426OMBma2rIV9HUcRkFk46INfHry2CQmAB5TGtbF5wgrDJwBoLi0JHox"
                            "a5o6yBnsLAutz4VwEAxzsuYJ-byi8HGEaoobimv44tqAcnjjLg-g3Jv6dCyEjNLRr3WtH"
                            "diWV8rfd-HDmD5zPoC8AYK-RNMmUTzZQihnIFTgvbOOe-OYLK7R018NQlaxYpqU0O5jgM"
                            "tPWK16Y_5_Nz4LFwfGcnllcyMW94ucRC02JWA6DpjOI_NWilvlDxHUtzXwo88PljQ")},
            {QStringLiteral("e"), QStringLiteral("AQAB")},
            {QStringLiteral("kid"), QStringLiteral("rsa-1")},
            {QStringLiteral("use"), QStringLiteral("sig")},
            {QStringLiteral("alg"), QStringLiteral("RS256")},
        };
        const QJsonObject ec {
            {QStringLiteral("kty"), QStringLiteral("EC")},
            {QStringLiteral("crv"), QStringLiteral("P-256")},
            {QStringLiteral("x"), QStringLiteral("5kvQQXHiwgsMmD3vxevcMvabZh308jWafGoRQ_3cXTY")},
            {QStringLiteral("y"), QStringLiteral("kVfYGBB82UCTdklVl2v5Od_-EkXaY--znRQJUbWbRac")},
            {QStringLiteral("kid"), QStringLiteral("ec-1")},
            {QStringLiteral("use"), QStringLiteral("sig")},
            {QStringLiteral("alg"), QStringLiteral("ES256")},
        };
        auto result = Keyway::JwkSet::fromJson(
            QJsonObject {{QStringLiteral("keys"), QJsonArray {ed, rsa, ec}}});
        if (!result)
            __builtin_trap(); // the fixed key must load, or every verify run is meaningless
        return *result;
    }();
    return set;
}

} // namespace FuzzKeys
