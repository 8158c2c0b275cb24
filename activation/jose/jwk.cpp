// SPDX-License-Identifier: BSD-3-Clause
#include "jwk.h"

#include "base64url.h"

#include <QJsonArray>
#include <QLoggingCategory>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

namespace Keyway {

namespace {
Q_LOGGING_CATEGORY(lcJwk, "keyway.jose", QtInfoMsg)

constexpr int MinimumRsaBits = 2048;

struct PkeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct PkeyCtxDeleter
{
    void operator()(EVP_PKEY_CTX *ctx) const { EVP_PKEY_CTX_free(ctx); }
};
struct BnDeleter
{
    void operator()(BIGNUM *bn) const { BN_free(bn); }
};
struct ParamBldDeleter
{
    void operator()(OSSL_PARAM_BLD *bld) const { OSSL_PARAM_BLD_free(bld); }
};
struct ParamDeleter
{
    void operator()(OSSL_PARAM *params) const { OSSL_PARAM_free(params); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxDeleter>;
using BnPtr = std::unique_ptr<BIGNUM, BnDeleter>;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, ParamBldDeleter>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, ParamDeleter>;

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

// Builds a public key of @p type ("RSA", "EC") from @p params with OpenSSL 3's provider API.
/**
 * @p checkPublic runs OpenSSL's full public-key check. For EC keys it validates the point (an
 * off-curve point is the classic invalid-curve attack). For RSA it is the SP 800-56B check, which
 * tests the modulus for primality and small factors: it cost 59 million instructions (about 6 ms,
 * 78 % of `keywayctl status --offline`) per key and adds nothing to verification with a key we
 * pinned or fetched ourselves, so RSA gets the cheap structural checks in rsaKey() instead.
 */
Result<PkeyPtr> fromData(const char *type, OSSL_PARAM_BLD *bld, bool checkPublic = true)
{
    ParamPtr params(OSSL_PARAM_BLD_to_param(bld));
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1)
        return unexpected(
            Error(ErrorCode::InternalError, QStringLiteral("EVP_PKEY_fromdata_init")));
    EVP_PKEY *raw = nullptr;
    if (EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) != 1 || !raw)
        return unexpected(
            keyInvalid(QStringLiteral("OpenSSL refused the %1 key").arg(QLatin1String(type))));
    PkeyPtr key(raw);
    if (!checkPublic)
        return key;
    PkeyCtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
    if (!check || EVP_PKEY_public_check(check.get()) != 1)
        return unexpected(keyInvalid(
            QStringLiteral("%1 public key fails OpenSSL's check").arg(QLatin1String(type))));
    return key;
}

Result<PkeyPtr> rsaKey(const QJsonObject &json)
{
    auto n = member(json, QStringLiteral("n"));
    if (!n)
        return unexpected(n.error());
    auto e = member(json, QStringLiteral("e"));
    if (!e)
        return unexpected(e.error());
    BnPtr bnN(BN_bin2bn(reinterpret_cast<const unsigned char *>(n->constData()), int(n->size()),
                        nullptr));
    BnPtr bnE(BN_bin2bn(reinterpret_cast<const unsigned char *>(e->constData()), int(e->size()),
                        nullptr));
    if (!bnN || !bnE)
        return unexpected(Error(ErrorCode::InternalError, QStringLiteral("BN_bin2bn")));
    if (BN_num_bits(bnN.get()) < MinimumRsaBits)
        return unexpected(keyInvalid(QStringLiteral("RSA key of %1 bits, at least %2 required")
                                         .arg(BN_num_bits(bnN.get()))
                                         .arg(MinimumRsaBits)));
    if (!BN_is_odd(bnN.get()))
        return unexpected(keyInvalid(QStringLiteral("RSA modulus is even")));
    if (!BN_is_odd(bnE.get()) || BN_is_one(bnE.get()))
        return unexpected(
            keyInvalid(QStringLiteral("RSA exponent is not a valid public exponent")));

    ParamBldPtr bld(OSSL_PARAM_BLD_new());
    if (!bld || OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, bnN.get()) != 1
        || OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, bnE.get()) != 1)
        return unexpected(Error(ErrorCode::InternalError, QStringLiteral("OSSL_PARAM_BLD")));
    return fromData("RSA", bld.get(), false);
}

Result<PkeyPtr> ecKey(const QJsonObject &json)
{
    auto x = member(json, QStringLiteral("x"), 32, true);
    if (!x)
        return unexpected(x.error());
    auto y = member(json, QStringLiteral("y"), 32, true);
    if (!y)
        return unexpected(y.error());
    // SEC 1 uncompressed point: 0x04 || X || Y.
    const QByteArray point = QByteArray(1, '\x04') + *x + *y;

    ParamBldPtr bld(OSSL_PARAM_BLD_new());
    if (!bld
        || OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0)
            != 1
        || OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                            size_t(point.size()))
            != 1)
        return unexpected(Error(ErrorCode::InternalError, QStringLiteral("OSSL_PARAM_BLD")));
    return fromData("EC", bld.get());
}

Result<PkeyPtr> ed25519Key(const QJsonObject &json)
{
    auto x = member(json, QStringLiteral("x"), 32);
    if (!x)
        return unexpected(x.error());
    PkeyPtr key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                            reinterpret_cast<const unsigned char *>(x->constData()),
                                            size_t(x->size())));
    if (!key)
        return unexpected(keyInvalid(QStringLiteral("OpenSSL refused the Ed25519 key")));
    return key;
}
} // namespace

struct Jwk::Private
{
    ~Private() { EVP_PKEY_free(key); }
    EVP_PKEY *key = nullptr;
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
    Result<PkeyPtr> key = unexpected(unsupported(QStringLiteral("JWK kty \"%1\"").arg(kty)));
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
    d->key = key->release();
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
    return d ? EVP_PKEY_get_bits(d->key) : 0;
}

QJsonObject Jwk::toJson() const
{
    return d ? d->publicJson : QJsonObject();
}

evp_pkey_st *Jwk::nativeHandle() const
{
    return d ? d->key : nullptr;
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
