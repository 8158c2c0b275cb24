// SPDX-License-Identifier: BSD-3-Clause
#include "jwk.h"

#include "base64url.h"
#include "jwkkey_p.h"

#include <QJsonArray>
#include <QLoggingCategory>

#include <cstring>

namespace Keyway {

namespace {
Q_LOGGING_CATEGORY(lcJwk, "keyway.jose", QtInfoMsg)

constexpr int MinimumRsaBits = 2048;
// As OpenSSL: larger moduli and exponents only make verification slow (a cheap denial of service
// through a hostile JWKS).
constexpr int MaximumRsaBits = 16384;
constexpr int MaximumRsaExponentBits = 64;

using KeyPtr = std::unique_ptr<JwkKey>;

Error keyInvalid(const QString &detail)
{
    return Error(ErrorCode::KeyInvalid, detail);
}

Error unsupported(const QString &detail)
{
    return Error(ErrorCode::TokenUnsupportedAlgorithm, detail);
}

// A required base64url member, decoded; @p size > 0 demands that exact length. With
// @p leftPad, a shorter value is padded with leading zero bytes: some providers drop the leading
// zero of an EC coordinate (RFC 7518 §6.2.1.2 says it must be kept), which changes nothing of
// the number it encodes.
Result<QByteArray> member(const QJsonObject &json, const QString &name, qsizetype size = 0,
                          bool leftPad = false)
{
    const QJsonValue value = json.value(name);
    if (!value.isString() || value.toString().isEmpty())
        return unexpected(keyInvalid(QStringLiteral("JWK member \"%1\" missing").arg(name)));
    auto decoded = Base64Url::decode(value.toString().toLatin1());
    if (!decoded)
        return unexpected(
            keyInvalid(QStringLiteral("JWK member \"%1\": %2").arg(name, decoded.error().detail)));
    if (leftPad && size > 0 && !decoded->isEmpty() && decoded->size() < size) {
        qCInfo(lcJwk) << "JWK member" << name << "has" << decoded->size() << "bytes; padded to"
                      << size << "with leading zeros";
        decoded->prepend(QByteArray(size - decoded->size(), '\0'));
    }
    if (size > 0 && decoded->size() != size)
        return unexpected(keyInvalid(QStringLiteral("JWK member \"%1\" has %2 bytes, expected %3")
                                         .arg(name)
                                         .arg(decoded->size())
                                         .arg(size)));
    return decoded;
}

Result<KeyPtr> rsaKey(const QJsonObject &json)
{
    auto n = member(json, QStringLiteral("n"));
    if (!n)
        return unexpected(n.error());
    auto e = member(json, QStringLiteral("e"));
    if (!e)
        return unexpected(e.error());
    auto key = std::make_unique<JwkKey>(JwkKey::Type::Rsa);
    nettle_mpz_set_str_256_u(key->rsa.n, size_t(n->size()), bytes(*n));
    nettle_mpz_set_str_256_u(key->rsa.e, size_t(e->size()), bytes(*e));
    const int bits = mpz_sgn(key->rsa.n) > 0 ? int(mpz_sizeinbase(key->rsa.n, 2)) : 0;
    if (bits < MinimumRsaBits || bits > MaximumRsaBits)
        return unexpected(keyInvalid(QStringLiteral("RSA key of %1 bits, %2 to %3 accepted")
                                         .arg(bits)
                                         .arg(MinimumRsaBits)
                                         .arg(MaximumRsaBits)));
    if (mpz_even_p(key->rsa.n))
        return unexpected(keyInvalid(QStringLiteral("RSA modulus is even")));
    // No primality test of n (SP 800-56B): it cost milliseconds per key and adds nothing to
    // verification with a key we pinned or fetched ourselves.
    if (mpz_even_p(key->rsa.e) || mpz_cmp_ui(key->rsa.e, 1) <= 0
        || mpz_sizeinbase(key->rsa.e, 2) > MaximumRsaExponentBits)
        return unexpected(
            keyInvalid(QStringLiteral("RSA exponent is not a valid public exponent")));
    if (!rsa_public_key_prepare(&key->rsa))
        return unexpected(keyInvalid(QStringLiteral("Nettle refused the RSA key")));
    key->bits = bits;
    return key;
}

Result<KeyPtr> ecKey(const QJsonObject &json)
{
    auto x = member(json, QStringLiteral("x"), 32, true);
    if (!x)
        return unexpected(x.error());
    auto y = member(json, QStringLiteral("y"), 32, true);
    if (!y)
        return unexpected(y.error());
    auto key = std::make_unique<JwkKey>(JwkKey::Type::P256);
    const Mpz mx(*x), my(*y);
    // Coordinates below p and on the curve (an off-curve point is the classic invalid-curve
    // attack); the point at infinity has no affine form.
    if (!ecc_point_set(&key->p256, mx.value, my.value))
        return unexpected(keyInvalid(QStringLiteral("EC point is not on P-256")));
    key->bits = 256;
    return key;
}

Result<KeyPtr> ed25519Key(const QJsonObject &json)
{
    auto x = member(json, QStringLiteral("x"), 32);
    if (!x)
        return unexpected(x.error());
    if (Ed25519::isWeakPoint(bytes(*x)))
        return unexpected(keyInvalid(
            QStringLiteral("Ed25519 key is a point of small order or not canonically encoded")));
    auto key = std::make_unique<JwkKey>(JwkKey::Type::Ed25519);
    std::memcpy(key->ed25519, x->constData(), sizeof key->ed25519);
    key->bits = 256;
    return key;
}

// Little-endian byte strings compared as numbers.
int compareLittleEndian(const uint8_t *a, const uint8_t *b)
{
    for (int i = 31; i >= 0; --i) {
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    }
    return 0;
}
} // namespace

JwkKey::JwkKey(Type t) : type(t)
{
    rsa_public_key_init(&rsa);
    ecc_point_init(&p256, nettle_get_secp_256r1());
}

JwkKey::~JwkKey()
{
    rsa_public_key_clear(&rsa);
    ecc_point_clear(&p256);
}

bool Ed25519::isWeakPoint(const uint8_t *encoding)
{
    // Little endian: p = 2^255 - 19, and the y coordinates of the eight points of order
    // dividing 8: 0 (order 4), 1 (the neutral element), p - 1 (order 2), and y8, p - y8 (order 8).
    static const uint8_t p[32] = {0xed, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
                                  0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
                                  0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f};
    static const uint8_t smallOrder[][32] = {
        {0x00},
        {0x01},
        {0xec, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
         0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
         0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f},
        {0x26, 0xe8, 0x95, 0x8f, 0xc2, 0xb2, 0x27, 0xb0, 0x45, 0xc3, 0xf4,
         0x89, 0xf2, 0xef, 0x98, 0xf0, 0xd5, 0xdf, 0xac, 0x05, 0xd3, 0xc6,
         0x33, 0x39, 0xb1, 0x38, 0x02, 0x88, 0x6d, 0x53, 0xfc, 0x05},
        {0xc7, 0x17, 0x6a, 0x70, 0x3d, 0x4d, 0xd8, 0x4f, 0xba, 0x3c, 0x0b,
         0x76, 0x0d, 0x10, 0x67, 0x0f, 0x2a, 0x20, 0x53, 0xfa, 0x2c, 0x39,
         0xcc, 0xc6, 0x4e, 0xc7, 0xfd, 0x77, 0x92, 0xac, 0x03, 0x7a},
    };
    uint8_t y[32];
    std::memcpy(y, encoding, sizeof y);
    y[31] &= 0x7f; // the top bit is the sign of x
    if (compareLittleEndian(y, p) >= 0)
        return true;
    for (const auto &weak : smallOrder) {
        if (compareLittleEndian(y, weak) == 0)
            return true;
    }
    return false;
}

bool Ed25519::isCanonicalScalar(const uint8_t *s)
{
    // L = 2^252 + 27742317777372353535851937790883648493, little endian.
    static const uint8_t order[32] = {0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58,
                                      0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
                                      0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                                      0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10};
    return compareLittleEndian(s, order) < 0;
}

struct Jwk::Private
{
    std::unique_ptr<const JwkKey> key;
    QString kid, kty, crv, alg, use;
    QJsonObject publicJson;
};

Jwk::Jwk() = default;
Jwk::~Jwk() = default;
Jwk::Jwk(const Jwk &other) = default;
Jwk &Jwk::operator=(const Jwk &other) = default;

Result<Jwk> Jwk::fromJson(const QJsonObject &json)
{
    const QString kty = json.value(QStringLiteral("kty")).toString();
    const QString crv = json.value(QStringLiteral("crv")).toString();
    const QJsonValue algValue = json.value(QStringLiteral("alg"));
    if (!algValue.isUndefined() && !algValue.isString())
        return unexpected(keyInvalid(QStringLiteral("JWK \"alg\" is not a string")));

    QString derivedAlg;
    QStringList members;
    Result<KeyPtr> key = unexpected(unsupported(QStringLiteral("JWK kty \"%1\"").arg(kty)));
    if (kty == QLatin1String("RSA")) {
        derivedAlg = QStringLiteral("RS256");
        members = {QStringLiteral("n"), QStringLiteral("e")};
        key = rsaKey(json);
    } else if (kty == QLatin1String("EC")) {
        if (crv != QLatin1String("P-256"))
            return unexpected(unsupported(QStringLiteral("EC curve \"%1\"").arg(crv)));
        derivedAlg = QStringLiteral("ES256");
        members = {QStringLiteral("crv"), QStringLiteral("x"), QStringLiteral("y")};
        key = ecKey(json);
    } else if (kty == QLatin1String("OKP")) {
        if (crv != QLatin1String("Ed25519"))
            return unexpected(unsupported(QStringLiteral("OKP curve \"%1\"").arg(crv)));
        derivedAlg = QStringLiteral("EdDSA");
        members = {QStringLiteral("crv"), QStringLiteral("x")};
        key = ed25519Key(json);
    } else {
        return unexpected(key.error());
    }
    const QString alg = algValue.toString();
    // RFC 9864 names EdDSA over Ed25519 "Ed25519"; current providers publish that name.
    const bool ed25519Name = kty == QLatin1String("OKP") && alg == QLatin1String("Ed25519");
    if (!alg.isEmpty() && alg != derivedAlg && !ed25519Name)
        return unexpected(
            unsupported(QStringLiteral("JWK alg \"%1\" for kty \"%2\"").arg(alg, kty)));
    if (!key)
        return unexpected(key.error());

    auto d = std::make_shared<Private>();
    d->key = std::move(*key);
    d->kid = json.value(QStringLiteral("kid")).toString();
    d->kty = kty;
    d->crv = kty == QLatin1String("RSA") ? QString() : crv;
    d->alg = derivedAlg;
    d->use = json.value(QStringLiteral("use")).toString();
    QJsonObject pub;
    pub.insert(QStringLiteral("kty"), kty);
    if (!d->kid.isEmpty())
        pub.insert(QStringLiteral("kid"), d->kid);
    if (!d->use.isEmpty())
        pub.insert(QStringLiteral("use"), d->use);
    pub.insert(QStringLiteral("alg"), derivedAlg);
    for (const QString &name : std::as_const(members))
        pub.insert(name, json.value(name));
    d->publicJson = pub;

    Jwk result;
    result.d = std::move(d);
    return result;
}

bool Jwk::isNull() const
{
    return !d;
}

QString Jwk::keyId() const
{
    return d ? d->kid : QString();
}

QString Jwk::keyType() const
{
    return d ? d->kty : QString();
}

QString Jwk::curve() const
{
    return d ? d->crv : QString();
}

QString Jwk::algorithm() const
{
    return d ? d->alg : QString();
}

int Jwk::bits() const
{
    return d ? d->key->bits : 0;
}

QJsonObject Jwk::toJson() const
{
    return d ? d->publicJson : QJsonObject();
}

const JwkKey *Jwk::nativeHandle() const
{
    return d ? d->key.get() : nullptr;
}

Result<JwkSet> JwkSet::fromJson(const QJsonObject &json)
{
    const QJsonValue keysValue = json.value(QStringLiteral("keys"));
    if (!keysValue.isArray())
        return unexpected(keyInvalid(QStringLiteral("JWK set has no \"keys\" array")));
    JwkSet set;
    const QJsonArray keys = keysValue.toArray();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QJsonObject object = keys.at(i).toObject();
        const QString kid = object.value(QStringLiteral("kid")).toString();
        const QJsonValue use = object.value(QStringLiteral("use"));
        if (!use.isUndefined() && use.toString() != QLatin1String("sig")) {
            qCDebug(lcJwk) << "skipping JWK" << kid << "with use" << use.toString();
            continue;
        }
        const QJsonValue ops = object.value(QStringLiteral("key_ops"));
        if (ops.isArray() && !ops.toArray().contains(QStringLiteral("verify"))) {
            qCDebug(lcJwk) << "skipping JWK" << kid << "without key_ops verify";
            continue;
        }
        auto key = Jwk::fromJson(object);
        if (!key) {
            if (key.error().code == ErrorCode::TokenUnsupportedAlgorithm) {
                qCDebug(lcJwk) << "skipping JWK" << kid << key.error().detail;
                continue;
            }
            return unexpected(
                Error(key.error().code,
                      QStringLiteral("key %1 (\"%2\"): %3").arg(i).arg(kid, key.error().detail)));
        }
        set.m_keys.append(*key);
    }
    if (set.m_keys.isEmpty())
        return unexpected(keyInvalid(QStringLiteral("JWK set holds no usable signature key")));
    return set;
}

const Jwk *JwkSet::find(const QString &kid) const
{
    for (const Jwk &key : m_keys) {
        if (key.keyId() == kid)
            return &key;
    }
    return nullptr;
}

QJsonObject JwkSet::toJson() const
{
    QJsonArray keys;
    for (const Jwk &key : m_keys)
        keys.append(key.toJson());
    return QJsonObject {{QStringLiteral("keys"), keys}};
}

} // namespace Keyway
