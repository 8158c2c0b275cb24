// SPDX-License-Identifier: BSD-3-Clause
// Shared by the fuzz targets: the fixed world the parsers are checked against. The Ed25519 key
// is the one that signed the seeds under corpus/ (fuzz/makecorpus.py), so the verifiers get past
// the signature and into the claim checks.
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
        auto result =
            Keyway::JwkSet::fromJson(QJsonObject {{QStringLiteral("keys"), QJsonArray {ed}}});
        if (!result)
            __builtin_trap(); // the fixed key must load, or every verify run is meaningless
        return *result;
    }();
    return set;
}

} // namespace FuzzKeys
