// SPDX-License-Identifier: BSD-3-Clause
#include "jws.h"

#include "base64url.h"
#include "jwk.h"

#include <QJsonDocument>
#include <QList>

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>

#include <memory>

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

struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};

// JOSE carries ECDSA signatures as raw r || s (RFC 7518 §3.4); OpenSSL wants DER.
QByteArray ecdsaRawToDer(const QByteArray &raw)
{
    if (raw.size() != 64)
        return QByteArray();
    const auto *bytes = reinterpret_cast<const unsigned char *>(raw.constData());
    BIGNUM *r = BN_bin2bn(bytes, 32, nullptr);
    BIGNUM *s = BN_bin2bn(bytes + 32, 32, nullptr);
    ECDSA_SIG *sig = ECDSA_SIG_new();
    if (!r || !s || !sig || ECDSA_SIG_set0(sig, r, s) != 1) {
        BN_free(r);
        BN_free(s);
        ECDSA_SIG_free(sig);
        return QByteArray();
    }
    unsigned char *der = nullptr;
    const int length = i2d_ECDSA_SIG(sig, &der);
    ECDSA_SIG_free(sig);
    if (length <= 0)
        return QByteArray();
    QByteArray result(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return result;
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

    QByteArray signature = jws.signature;
    const EVP_MD *md = nullptr;
    if (alg == QLatin1String("RS256")) {
        md = EVP_sha256();
    } else if (alg == QLatin1String("ES256")) {
        md = EVP_sha256();
        signature = ecdsaRawToDer(jws.signature);
        if (signature.isEmpty())
            return unexpected(Error(ErrorCode::TokenBadSignature,
                                    QStringLiteral("ES256 signature of %1 bytes, expected 64")
                                        .arg(jws.signature.size())));
    } // EdDSA: no separate digest (RFC 8037 §3.1).

    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, md, nullptr, key.nativeHandle()) != 1)
        return unexpected(
            Error(ErrorCode::InternalError, QStringLiteral("EVP_DigestVerifyInit failed")));
    const int ok =
        EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                         size_t(signature.size()),
                         reinterpret_cast<const unsigned char *>(jws.signingInput.constData()),
                         size_t(jws.signingInput.size()));
    if (ok != 1)
        return unexpected(Error(
            ErrorCode::TokenBadSignature,
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
