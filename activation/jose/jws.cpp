// SPDX-License-Identifier: BSD-3-Clause
#include "jws.h"

#include "base64url.h"
#include "jwk.h"
#include "jwkkey_p.h"
#include "sha256.h"

#include <QJsonDocument>
#include <QList>

#include <nettle/dsa.h>
#include <nettle/ecdsa.h>
#include <nettle/eddsa.h>

namespace Keyway {

namespace {
Error malformed(const QString &detail)
{
    return Error(ErrorCode::TokenMalformed, detail);
}

Result<QJsonObject> jsonObject(const QByteArray &part, const char *what)
{
    auto decoded = Base64Url::decode(part);
    if (!decoded)
        return unexpected(
            malformed(QLatin1String(what) + QStringLiteral(": ") + decoded.error().detail));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return unexpected(malformed(QLatin1String(what) + QStringLiteral(" is not a JSON object")));
    return document.object();
}

Error badSignature(const QString &detail)
{
    return Error(ErrorCode::TokenBadSignature, detail);
}

// RSASSA-PKCS1-v1_5 with SHA-256 (RFC 7518 §3.3). Nettle builds the expected encoding and
// compares it whole, so padding, DigestInfo and trailing bytes are all checked. The caller checks
// the length (that of the modulus): a signature with leading zeros would pass the conversion to a
// number.
bool verifyRs256(const JwkKey &key, const QByteArray &digest, const QByteArray &signature)
{
    const Mpz s(signature);
    return rsa_sha256_verify_digest(&key.rsa, bytes(digest), s.value) == 1;
}

// ECDSA P-256 with SHA-256, the signature as raw r || s (RFC 7518 §3.4). Nettle refuses r and s
// outside [1, n - 1]. A high s (above n / 2) is accepted: JWS does not ask for low s, common
// signers (OpenSSL among them) produce either, and nothing here keys on a signature's bytes.
bool verifyEs256(const JwkKey &key, const QByteArray &digest, const QByteArray &signature)
{
    dsa_signature rs;
    dsa_signature_init(&rs);
    nettle_mpz_set_str_256_u(rs.r, 32, bytes(signature));
    nettle_mpz_set_str_256_u(rs.s, 32, bytes(signature) + 32);
    const int ok = ecdsa_verify(&key.p256, size_t(digest.size()), bytes(digest), &rs);
    dsa_signature_clear(&rs);
    return ok == 1;
}

// Ed25519 (RFC 8037 §3.1, RFC 8032 §5.1.7) on the signing input itself. R must be canonical and
// not of small order, S below the group order.
bool verifyEdDsa(const JwkKey &key, const QByteArray &message, const QByteArray &signature)
{
    if (Ed25519::isWeakPoint(bytes(signature))
        || !Ed25519::isCanonicalScalar(bytes(signature) + 32))
        return false;
    return ed25519_sha512_verify(key.ed25519, size_t(message.size()), bytes(message),
                                 bytes(signature))
        == 1;
}

bool isSupported(const QString &alg)
{
    return alg == QLatin1String("RS256") || alg == QLatin1String("ES256")
        || alg == QLatin1String("EdDSA");
}
} // namespace

QString Jws::algorithm() const
{
    const QString alg = header.value(QStringLiteral("alg")).toString();
    // RFC 9864's fully specified name for EdDSA with Ed25519, the only EdDSA curve accepted.
    return alg == QLatin1String("Ed25519") ? QStringLiteral("EdDSA") : alg;
}

QString Jws::keyId() const
{
    return header.value(QStringLiteral("kid")).toString();
}

Result<Jws> Jws::parse(const QByteArray &compact)
{
    if (compact.size() > MaximumSize)
        return unexpected(malformed(QStringLiteral("token of %1 bytes exceeds the %2 byte limit")
                                        .arg(compact.size())
                                        .arg(MaximumSize)));
    const QList<QByteArray> parts = compact.split('.');
    if (parts.size() != 3)
        return unexpected(
            malformed(QStringLiteral("token has %1 parts, expected 3").arg(parts.size())));

    auto header = jsonObject(parts.at(0), "header");
    if (!header)
        return unexpected(header.error());
    const QJsonValue alg = header->value(QStringLiteral("alg"));
    if (!alg.isString() || alg.toString().isEmpty())
        return unexpected(malformed(QStringLiteral("header has no alg")));
    if (alg.toString().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return unexpected(Error(ErrorCode::TokenUnsupportedAlgorithm,
                                QStringLiteral("unsigned token (alg none) refused")));
    // RFC 7515 §4.1.11: extensions we do not understand must be refused.
    if (header->contains(QStringLiteral("crit")))
        return unexpected(Error(ErrorCode::TokenUnsupportedAlgorithm,
                                QStringLiteral("critical header extensions are not supported")));
    const QJsonValue kid = header->value(QStringLiteral("kid"));
    if (!kid.isUndefined() && !kid.isString())
        return unexpected(malformed(QStringLiteral("header kid is not a string")));

    auto payload = jsonObject(parts.at(1), "payload");
    if (!payload)
        return unexpected(payload.error());
    auto signature = Base64Url::decode(parts.at(2));
    if (!signature)
        return unexpected(malformed(QStringLiteral("signature: ") + signature.error().detail));
    if (signature->isEmpty())
        return unexpected(malformed(QStringLiteral("signature is empty")));

    Jws jws;
    jws.header = *header;
    jws.payload = *payload;
    jws.signingInput = parts.at(0) + '.' + parts.at(1);
    jws.signature = *signature;
    jws.compact = compact;
    return jws;
}

Result<void> verifySignature(const Jws &jws, const Jwk &key)
{
    const QString alg = jws.algorithm();
    if (key.isNull())
        return unexpected(Error(ErrorCode::TokenUnknownKey, QStringLiteral("no key")));
    if (!isSupported(alg) || alg != key.algorithm())
        return unexpected(Error(ErrorCode::TokenUnsupportedAlgorithm,
                                QStringLiteral("token alg \"%1\" with a %2 key (%3)")
                                    .arg(alg, key.keyType(), key.algorithm())));

    const JwkKey &native = *key.nativeHandle();
    const QByteArray &signature = jws.signature;
    // RFC 8017 §8.2.2: the length of the modulus; RFC 7518 §3.4, RFC 8032: 64 bytes.
    const qsizetype size = native.type == JwkKey::Type::Rsa ? qsizetype(native.rsa.size) : 64;
    if (signature.size() != size)
        return unexpected(badSignature(QStringLiteral("%1 signature of %2 bytes, expected %3")
                                           .arg(alg)
                                           .arg(signature.size())
                                           .arg(size)));
    bool ok = false;
    switch (native.type) {
    case JwkKey::Type::Rsa:
        ok = verifyRs256(native, Sha256::hash(jws.signingInput), signature);
        break;
    case JwkKey::Type::P256:
        ok = verifyEs256(native, Sha256::hash(jws.signingInput), signature);
        break;
    case JwkKey::Type::Ed25519:
        ok = verifyEdDsa(native, jws.signingInput, signature);
        break;
    }
    if (!ok)
        return unexpected(badSignature(
            QStringLiteral("%1 signature does not verify with key \"%2\"").arg(alg, key.keyId())));
    return {};
}

Result<Jws> verifyCompact(const QByteArray &compact, const JwkSet &keys)
{
    auto jws = Jws::parse(compact);
    if (!jws)
        return jws;
    if (!isSupported(jws->algorithm()))
        return unexpected(
            Error(ErrorCode::TokenUnsupportedAlgorithm,
                  QStringLiteral("token alg \"%1\" is not accepted").arg(jws->algorithm())));
    Jwk key;
    const QString kid = jws->keyId();
    if (!kid.isEmpty()) {
        const Jwk *found = keys.find(kid);
        if (!found)
            return unexpected(
                Error(ErrorCode::TokenUnknownKey, QStringLiteral("unknown kid \"%1\"").arg(kid)));
        key = *found;
    } else {
        // Without a kid, only an unambiguous key will do.
        int matches = 0;
        const QList<Jwk> all = keys.keys();
        for (const Jwk &candidate : all) {
            if (candidate.algorithm() == jws->algorithm()) {
                key = candidate;
                ++matches;
            }
        }
        if (matches != 1)
            return unexpected(Error(ErrorCode::TokenUnknownKey,
                                    QStringLiteral("token without kid, %1 candidate %2 keys")
                                        .arg(matches)
                                        .arg(jws->algorithm())));
    }
    auto verified = verifySignature(*jws, key);
    if (!verified)
        return unexpected(verified.error());
    return jws;
}

} // namespace Keyway
