// SPDX-License-Identifier: BSD-3-Clause
// The offline license check's core: verifying one license token. Keyway's full path (parse the
// compact JWS, decode, check the signature with the pinned JWK, read and check the claims) beside
// the bare cost of the signature alone with Nettle, the library Keyway verifies with (SHA-256 of
// the same signing input, rsa_sha256_verify with the same, already prepared key). Target: Keyway
// at most 1.5 times the bare cost. OpenSSL's EVP_DigestVerify, what Keyway used before, is
// measured too, for reference.

#include "config/vendorconfig.h"
#include "jose/base64url.h"
#include "jose/jwk.h"
#include "jose/jws.h"
#include "license/licensetoken.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>
#include <nettle/bignum.h>
#include <nettle/rsa.h>
#include <nettle/sha2.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>

#include <memory>

namespace {

struct Fixture
{
    EVP_PKEY *key = nullptr;
    rsa_public_key nettleKey;
    QByteArray token;
    QByteArray signingInput;
    QByteArray signature;
    Keyway::JwkSet keys;
    QString device = QStringLiteral("device-1234");
    QString subject = QStringLiteral("user-1");
    QDateTime now = QDateTime::currentDateTimeUtc();

    QByteArray raw(const char *name)
    {
        BIGNUM *value = nullptr;
        EVP_PKEY_get_bn_param(key, name, &value);
        QByteArray bytes(BN_num_bytes(value), Qt::Uninitialized);
        BN_bn2bin(value, reinterpret_cast<unsigned char *>(bytes.data()));
        BN_free(value);
        return bytes;
    }
    QByteArray bn(const char *name) { return Keyway::Base64Url::encode(raw(name)); }

    Fixture()
    {
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
        const QJsonObject jwk {
            {QStringLiteral("kty"), QStringLiteral("RSA")},
            {QStringLiteral("kid"), QStringLiteral("lic-1")},
            {QStringLiteral("use"), QStringLiteral("sig")},
            {QStringLiteral("alg"), QStringLiteral("RS256")},
            {QStringLiteral("n"), QString::fromLatin1(bn(OSSL_PKEY_PARAM_RSA_N))},
            {QStringLiteral("e"), QString::fromLatin1(bn(OSSL_PKEY_PARAM_RSA_E))}};
        keys = *Keyway::JwkSet::fromJson({{QStringLiteral("keys"), QJsonArray {jwk}}});
        rsa_public_key_init(&nettleKey);
        const QByteArray n = raw(OSSL_PKEY_PARAM_RSA_N), e = raw(OSSL_PKEY_PARAM_RSA_E);
        nettle_mpz_set_str_256_u(nettleKey.n, size_t(n.size()),
                                 reinterpret_cast<const uint8_t *>(n.constData()));
        nettle_mpz_set_str_256_u(nettleKey.e, size_t(e.size()),
                                 reinterpret_cast<const uint8_t *>(e.constData()));
        rsa_public_key_prepare(&nettleKey);

        const qint64 t = now.toSecsSinceEpoch();
        const QJsonObject header {{QStringLiteral("alg"), QStringLiteral("RS256")},
                                  {QStringLiteral("kid"), QStringLiteral("lic-1")},
                                  {QStringLiteral("typ"), QStringLiteral("JWT")}};
        // The claims the dev server puts in a grant (docs/protocol.md §3).
        const QJsonObject claims {
            {QStringLiteral("iss"), QStringLiteral("https://id.example.com")},
            {QStringLiteral("sub"), subject},
            {QStringLiteral("iat"), t - 60},
            {QStringLiteral("exp"), t + 7 * 86400},
            {QStringLiteral("rfr"), t + 3 * 86400},
            {QStringLiteral("jti"), QStringLiteral("2f1c6a0e-5d7b-4c1e-9f3a-8b2d4e6f7a90")},
            {QStringLiteral("lic"), QStringLiteral("a6b5f957-0805-438e-b4b4-6430db3b35e9")},
            {QStringLiteral("hw"), device},
            {QStringLiteral("keyway-pro"), true}};
        signingInput =
            Keyway::Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
            + Keyway::Base64Url::encode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        size_t length = 0;
        EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key);
        EVP_DigestSign(ctx, nullptr, &length,
                       reinterpret_cast<const unsigned char *>(signingInput.constData()),
                       size_t(signingInput.size()));
        signature.resize(int(length));
        EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(signingInput.constData()),
                       size_t(signingInput.size()));
        EVP_MD_CTX_free(ctx);
        token = signingInput + '.' + Keyway::Base64Url::encode(signature);
    }
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

// Baseline: the signature check alone with Nettle, nothing parsed, nothing decoded.
void BM_BareNettleVerify(benchmark::State &state)
{
    Fixture &f = fixture();
    for (auto _ : state) {
        sha256_ctx hash;
        sha256_init(&hash);
        sha256_update(&hash, size_t(f.signingInput.size()),
                      reinterpret_cast<const uint8_t *>(f.signingInput.constData()));
        mpz_t s;
        nettle_mpz_init_set_str_256_u(s, size_t(f.signature.size()),
                                      reinterpret_cast<const uint8_t *>(f.signature.constData()));
        const int ok = rsa_sha256_verify(&f.nettleKey, &hash, s);
        mpz_clear(s);
        if (ok != 1)
            state.SkipWithError("bare verification failed");
    }
}
BENCHMARK(BM_BareNettleVerify);

// For reference: the same with OpenSSL 3, what Keyway verified with before.
void BM_BareOpenSslVerify(benchmark::State &state)
{
    Fixture &f = fixture();
    for (auto _ : state) {
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, f.key);
        const int ok =
            EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(f.signature.constData()),
                             size_t(f.signature.size()),
                             reinterpret_cast<const unsigned char *>(f.signingInput.constData()),
                             size_t(f.signingInput.size()));
        EVP_MD_CTX_free(ctx);
        if (ok != 1)
            state.SkipWithError("bare verification failed");
    }
}
BENCHMARK(BM_BareOpenSslVerify);

// Keyway: the compact token through verifyCompact (parse, decode, find the key, verify).
void BM_KeywayVerifyCompact(benchmark::State &state)
{
    Fixture &f = fixture();
    for (auto _ : state) {
        auto jws = Keyway::verifyCompact(f.token, f.keys);
        if (!jws)
            state.SkipWithError("verifyCompact failed");
        benchmark::DoNotOptimize(jws);
    }
}
BENCHMARK(BM_KeywayVerifyCompact);

// Keyway: what the license check does per token, claims included (hw, sub, exp, items).
void BM_KeywayLicenseTokenVerify(benchmark::State &state)
{
    Fixture &f = fixture();
    for (auto _ : state) {
        auto grants = Keyway::LicenseToken::verify(f.token, f.keys, f.device, f.subject, f.now);
        if (!grants)
            state.SkipWithError("LicenseToken::verify failed");
        benchmark::DoNotOptimize(grants);
    }
}
BENCHMARK(BM_KeywayLicenseTokenVerify);

} // namespace

BENCHMARK_MAIN();
