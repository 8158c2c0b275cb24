// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "core/error.h"
#include "keyway_license_export.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace Keyway {

struct JwkKey; // Nettle's form of the key (jose/jwkkey_p.h), so that this header needs no Nettle

/**
 * A public signature-verification key in JWK form (RFC 7517, RFC 7518 §6, RFC 8037): RSA of at
 * least 2048 bits, EC P-256, or OKP Ed25519. Holds the Nettle key built from the JSON members;
 * copies share it. Private members in the input are ignored and never kept.
 */
class KEYWAY_LICENSE_EXPORT Jwk
{
public:
    Jwk();
    ~Jwk();
    Jwk(const Jwk &other);
    Jwk &operator=(const Jwk &other);

    /**
     * Builds a key from its JSON members. TokenUnsupportedAlgorithm for a key type, curve or
     * "alg" this client does not verify; KeyInvalid for a damaged or weak key.
     */
    static Result<Jwk> fromJson(const QJsonObject &json);

    bool isNull() const;
    QString keyId() const; ///< "kid", may be empty
    QString keyType() const; ///< "RSA", "EC" or "OKP"
    QString curve() const; ///< "P-256", "Ed25519", or empty for RSA
    /// The JWS algorithm this key verifies: its "alg", or RS256, ES256, EdDSA by key type.
    QString algorithm() const;
    /// The key size in bits (RSA modulus, 256 for P-256 and Ed25519), 0 for a null key.
    int bits() const;
    /// The public members only (kty, kid, use, alg, n, e, crv, x, y).
    QJsonObject toJson() const;

    /// The Nettle key, for the JWS verifier. Not owned; lives as long as this Jwk or a copy.
    const JwkKey *nativeHandle() const;

private:
    struct Private;
    std::shared_ptr<const Private> d;
};

/**
 * A JWK set ({"keys": [...]}) of signature keys: the vendor's pinned license-signing keys or a
 * provider's JWKS. Keys meant for other uses or of unknown types are skipped.
 */
class KEYWAY_LICENSE_EXPORT JwkSet
{
public:
    /**
     * Reads {"keys": [...]}. Skips keys whose "use" is not "sig" and keys of a type, curve or
     * algorithm this client does not verify; fails with KeyInvalid on a damaged key or when no
     * usable key remains.
     */
    static Result<JwkSet> fromJson(const QJsonObject &json);

    /// The key with "kid" @p kid, or nullptr. Valid while this set is alive and unchanged.
    const Jwk *find(const QString &kid) const;
    QList<Jwk> keys() const { return m_keys; }
    bool isEmpty() const { return m_keys.isEmpty(); }
    /// {"keys": [...]} with the public members of each key.
    QJsonObject toJson() const;

private:
    QList<Jwk> m_keys;
};

} // namespace Keyway
