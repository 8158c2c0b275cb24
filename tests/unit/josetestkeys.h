// SPDX-License-Identifier: BSD-3-Clause
// Test-only helpers: generate keys and sign JWSs with OpenSSL, as a server would.
#pragma once

#include "jose/base64url.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace TestKeys {

struct PkeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
using Key = std::unique_ptr<EVP_PKEY, PkeyDeleter>;

inline Key rsa(int bits = 2048)
{
    return Key(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits)));
}
/// The private key in the PEM file @p path (comment lines before it are skipped), or null.
inline Key fromPem(const char *path)
{
    BIO *bio = BIO_new_file(path, "r");
    if (!bio)
        return Key();
    Key key(PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr));
    BIO_free(bio);
    return key;
}
inline Key p256()
{
    return Key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}
inline Key ed25519()
{
    return Key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
}

inline QByteArray b64(const QByteArray &data)
{
    return Keyway::Base64Url::encode(data);
}

inline QByteArray bnParam(EVP_PKEY *key, const char *name, int padTo = 0)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        return QByteArray();
    const int size = padTo > 0 ? padTo : BN_num_bytes(bn);
    QByteArray out(size, '\0');
    BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), size);
    BN_free(bn);
    return out;
}

/// The public JWK of @p key, with "kid" and "use": "sig" (and "alg" unless @p alg is empty).
inline QJsonObject publicJwk(EVP_PKEY *key, const QString &kid, const QString &alg = QString())
{
    QJsonObject jwk;
    if (EVP_PKEY_is_a(key, "RSA")) {
        jwk.insert(QStringLiteral("kty"), QStringLiteral("RSA"));
        jwk.insert(QStringLiteral("n"),
                   QString::fromLatin1(b64(bnParam(key, OSSL_PKEY_PARAM_RSA_N))));
        jwk.insert(QStringLiteral("e"),
                   QString::fromLatin1(b64(bnParam(key, OSSL_PKEY_PARAM_RSA_E))));
    } else if (EVP_PKEY_is_a(key, "EC")) {
        jwk.insert(QStringLiteral("kty"), QStringLiteral("EC"));
        jwk.insert(QStringLiteral("crv"), QStringLiteral("P-256"));
        jwk.insert(QStringLiteral("x"),
                   QString::fromLatin1(b64(bnParam(key, OSSL_PKEY_PARAM_EC_PUB_X, 32))));
        jwk.insert(QStringLiteral("y"),
                   QString::fromLatin1(b64(bnParam(key, OSSL_PKEY_PARAM_EC_PUB_Y, 32))));
    } else {
        QByteArray raw(32, '\0');
        size_t length = 32;
        EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char *>(raw.data()), &length);
        jwk.insert(QStringLiteral("kty"), QStringLiteral("OKP"));
        jwk.insert(QStringLiteral("crv"), QStringLiteral("Ed25519"));
        jwk.insert(QStringLiteral("x"), QString::fromLatin1(b64(raw)));
    }
    jwk.insert(QStringLiteral("kid"), kid);
    jwk.insert(QStringLiteral("use"), QStringLiteral("sig"));
    if (!alg.isEmpty())
        jwk.insert(QStringLiteral("alg"), alg);
    return jwk;
}

/// The JOSE signature of @p input: RS256, ES256 (raw r || s) or EdDSA, by key type.
inline QByteArray sign(EVP_PKEY *key, const QByteArray &input)
{
    const bool ed = EVP_PKEY_is_a(key, "ED25519");
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_DigestSignInit(ctx, nullptr, ed ? nullptr : EVP_sha256(), nullptr, key);
    size_t length = 0;
    const auto *data = reinterpret_cast<const unsigned char *>(input.constData());
    EVP_DigestSign(ctx, nullptr, &length, data, size_t(input.size()));
    QByteArray signature(int(length), '\0');
    EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length, data,
                   size_t(input.size()));
    EVP_MD_CTX_free(ctx);
    signature.resize(int(length));
    if (EVP_PKEY_is_a(key, "EC")) {
        const auto *der = reinterpret_cast<const unsigned char *>(signature.constData());
        ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &der, long(signature.size()));
        QByteArray raw(64, '\0');
        BN_bn2binpad(ECDSA_SIG_get0_r(sig), reinterpret_cast<unsigned char *>(raw.data()), 32);
        BN_bn2binpad(ECDSA_SIG_get0_s(sig), reinterpret_cast<unsigned char *>(raw.data()) + 32, 32);
        ECDSA_SIG_free(sig);
        return raw;
    }
    return signature;
}

inline QByteArray hs256(const QByteArray &secret, const QByteArray &input)
{
    unsigned char out[64];
    size_t length = 0;
    EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, secret.constData(),
              size_t(secret.size()), reinterpret_cast<const unsigned char *>(input.constData()),
              size_t(input.size()), out, sizeof out, &length);
    return QByteArray(reinterpret_cast<const char *>(out), int(length));
}

inline QByteArray publicPem(EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, key);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, int(length));
    BIO_free(bio);
    return pem;
}

inline QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// A compact JWS of @p payload signed with @p key under @p header.
inline QByteArray makeJws(const QJsonObject &header, const QJsonObject &payload, EVP_PKEY *key)
{
    const QByteArray input = b64(json(header)) + '.' + b64(json(payload));
    return input + '.' + b64(sign(key, input));
}

inline QJsonObject header(const QString &alg, const QString &kid = QString())
{
    QJsonObject h {{QStringLiteral("alg"), alg}, {QStringLiteral("typ"), QStringLiteral("JWT")}};
    if (!kid.isEmpty())
        h.insert(QStringLiteral("kid"), kid);
    return h;
}

} // namespace TestKeys
