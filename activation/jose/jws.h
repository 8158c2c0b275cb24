// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "core/error.h"
#include "keyway_license_export.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Keyway {

class Jwk;
class JwkSet;

/**
 * A JWS in compact serialization (RFC 7515 §7.1) with JSON header and payload, as parsed, not
 * yet verified. parse() is strict: three parts, canonical base64url without padding, at most
 * MaximumSize bytes, an "alg" other than "none", no "crit" extensions.
 */
struct KEYWAY_LICENSE_EXPORT Jws
{
    static constexpr qsizetype MaximumSize = 64 * 1024;

    QJsonObject header;
    QJsonObject payload;
    QByteArray signingInput; ///< "<header>.<payload>" as received
    QByteArray signature; ///< decoded
    QByteArray compact; ///< the whole token as received

    QString algorithm() const; ///< header "alg"
    QString keyId() const; ///< header "kid", may be empty

    static Result<Jws> parse(const QByteArray &compact);
};

/**
 * Verifies @p jws with @p key: RS256, ES256 or EdDSA. The header's alg must be the key's
 * algorithm (TokenUnsupportedAlgorithm otherwise, so an HMAC or mismatched alg never reaches a
 * verifier); a signature that does not match gives TokenBadSignature.
 */
KEYWAY_LICENSE_EXPORT Result<void> verifySignature(const Jws &jws, const Jwk &key);

/**
 * Parses and verifies @p compact against @p keys: the key named by the header's kid
 * (TokenUnknownKey if absent), or, without a kid, the only key of the header's algorithm.
 */
KEYWAY_LICENSE_EXPORT Result<Jws> verifyCompact(const QByteArray &compact, const JwkSet &keys);

} // namespace Keyway
