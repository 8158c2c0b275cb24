// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// Private to jose/: the Nettle form of a Jwk's public key. Not installed (it needs Nettle's
// headers, which a product does not build against).

#include <QByteArray>

#include <nettle/bignum.h>
#include <nettle/ecc-curve.h>
#include <nettle/ecc.h>
#include <nettle/rsa.h>

#include <cstdint>

namespace Keyway {

struct JwkKey
{
    enum class Type { Rsa, P256, Ed25519 };

    explicit JwkKey(Type t);
    ~JwkKey();
    JwkKey(const JwkKey &) = delete;
    JwkKey &operator=(const JwkKey &) = delete;

    Type type;
    int bits = 0;
    rsa_public_key rsa; ///< Rsa: n, e and the modulus size in bytes (rsa.size)
    ecc_point p256; ///< P256: a point checked to be on the curve
    uint8_t ed25519[32] = {}; ///< Ed25519: the canonical encoding of a point of large order
};

inline const uint8_t *bytes(const QByteArray &data)
{
    return reinterpret_cast<const uint8_t *>(data.constData());
}

/// A big-endian unsigned integer for Nettle, freed with the object.
struct Mpz
{
    explicit Mpz(const QByteArray &bigEndian)
    {
        nettle_mpz_init_set_str_256_u(value, size_t(bigEndian.size()), bytes(bigEndian));
    }
    ~Mpz() { mpz_clear(value); }
    Mpz(const Mpz &) = delete;
    Mpz &operator=(const Mpz &) = delete;
    mpz_t value;
};

namespace Ed25519 {
/// True when @p encoding (32 bytes) encodes y ≥ p or a point of small order (RFC 8032 §5.1.3,
/// the 8-torsion): a key that would verify forged signatures, or a forged signature's R.
bool isWeakPoint(const uint8_t *encoding);
/// True when the little-endian scalar @p s (32 bytes) is below the group order L.
bool isCanonicalScalar(const uint8_t *s);
} // namespace Ed25519

} // namespace Keyway
