// SPDX-License-Identifier: BSD-3-Clause
#include "signer.h"

#include "crypto.h"

#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <memory>

Q_LOGGING_CATEGORY(lcDevServerSigner, "keyway.devserver.signer")

namespace Keyway::DevServer {

namespace {
QString opensslError()
{
    char buffer[256] = {};
    ERR_error_string_n(ERR_get_error(), buffer, sizeof(buffer));
    return QString::fromLatin1(buffer);
}

/// A big-endian unsigned parameter; left-padded with zeros to @p width bytes when given.
QByteArray bignumParam(EVP_PKEY *key, const char *name, int width = 0)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        return {};
    const int size = width > 0 ? width : BN_num_bytes(bn);
    QByteArray out(size, Qt::Uninitialized);
    const int written = BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), size);
    BN_free(bn);
    return written == size ? out : QByteArray();
}

QByteArray b64(const QByteArray &data)
{
    return Crypto::base64url(data);
}
} // namespace

Signer::Signer() = default;

Signer::~Signer()
{
    EVP_PKEY_free(m_key);
}

QString Signer::algorithmName(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::ES256:
        return QStringLiteral("ES256");
    case Algorithm::EdDSA:
        return QStringLiteral("EdDSA");
    case Algorithm::RS256:
        break;
    }
    return QStringLiteral("RS256");
}

bool Signer::parseAlgorithm(const QString &name, Algorithm *algorithm)
{
    for (Algorithm candidate : {Algorithm::RS256, Algorithm::ES256, Algorithm::EdDSA}) {
        if (name == algorithmName(candidate)) {
            *algorithm = candidate;
            return true;
        }
    }
    return false;
}

EVP_PKEY *Signer::generate(Algorithm algorithm, QString *error)
{
    EVP_PKEY *key = nullptr;
    switch (algorithm) {
    case Algorithm::RS256:
        key = EVP_RSA_gen(2048);
        break;
    case Algorithm::ES256:
        key = EVP_EC_gen("P-256");
        break;
    case Algorithm::EdDSA:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
        break;
    }
    if (!key)
        *error = QStringLiteral("%1 key generation failed: %2")
                     .arg(algorithmName(algorithm), opensslError());
    return key;
}

bool Signer::create(const QString &pemPath, Algorithm algorithm, QString *error)
{
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(generate(algorithm, error),
                                                            &EVP_PKEY_free);
    if (!key)
        return false;
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr)
        != 1) {
        *error = QStringLiteral("cannot encode the key: %1").arg(opensslError());
        return false;
    }
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    // Created 0600 from the start under a temporary name, then renamed: the private key is never
    // readable by others, and a running server never reads half a key.
    const QString temporary = pemPath + QStringLiteral(".tmp");
    QFile::remove(temporary);
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(data, length) != length || !file.flush()) {
        *error = QStringLiteral("cannot write %1: %2").arg(temporary, file.errorString());
        return false;
    }
    file.close();
    if (!QFile::rename(temporary, pemPath)) {
        QFile::remove(temporary);
        *error = QStringLiteral("cannot create %1 (does it exist already?)").arg(pemPath);
        return false;
    }
    return true;
}

bool Signer::loadOrCreate(const QString &pemPath, QString *error, Algorithm algorithm)
{
    if (!QFile::exists(pemPath)) {
        if (!create(pemPath, algorithm, error))
            return false;
        if (!load(pemPath, error))
            return false;
        qCInfo(lcDevServerSigner).noquote()
            << "generated" << this->algorithm() << "key" << m_kid << "in" << pemPath;
        return true;
    }
    if (!load(pemPath, error))
        return false;
    if (m_algorithm != algorithm) {
        *error = QStringLiteral("%1 holds an %2 key, not %3")
                     .arg(pemPath, this->algorithm(), algorithmName(algorithm));
        return false;
    }
    return true;
}

bool Signer::load(const QString &pemPath, QString *error)
{
    QFile file(pemPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(pemPath, file.errorString());
        return false;
    }
    const QByteArray pem = file.readAll();
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())),
                                                  &BIO_free);
    EVP_PKEY_free(m_key);
    m_key = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr);
    if (!m_key) {
        *error = QStringLiteral("%1 holds no private key: %2").arg(pemPath, opensslError());
        return false;
    }
    switch (EVP_PKEY_get_base_id(m_key)) {
    case EVP_PKEY_RSA:
        m_algorithm = Algorithm::RS256;
        break;
    case EVP_PKEY_EC: {
        char group[64] = {};
        size_t length = 0;
        if (EVP_PKEY_get_group_name(m_key, group, sizeof(group), &length) != 1
            || qstrcmp(group, "prime256v1") != 0) {
            *error = QStringLiteral("%1 holds an EC key that is not on P-256").arg(pemPath);
            return false;
        }
        m_algorithm = Algorithm::ES256;
        break;
    }
    case EVP_PKEY_ED25519:
        m_algorithm = Algorithm::EdDSA;
        break;
    default:
        *error = QStringLiteral("%1 holds a key of an unsupported type").arg(pemPath);
        return false;
    }
    return exportJwk(error);
}

bool Signer::exportJwk(QString *error)
{
    // RFC 7638: the thumbprint input has the required members only, in lexicographic order.
    QByteArray thumbprintInput;
    QJsonObject members;
    switch (m_algorithm) {
    case Algorithm::RS256: {
        const QByteArray n = b64(bignumParam(m_key, OSSL_PKEY_PARAM_RSA_N));
        const QByteArray e = b64(bignumParam(m_key, OSSL_PKEY_PARAM_RSA_E));
        if (n.isEmpty() || e.isEmpty()) {
            *error = QStringLiteral("cannot read the RSA public key: %1").arg(opensslError());
            return false;
        }
        thumbprintInput = R"({"e":")" + e + R"(","kty":"RSA","n":")" + n + R"("})";
        members = {{QStringLiteral("kty"), QStringLiteral("RSA")},
                   {QStringLiteral("n"), QString::fromLatin1(n)},
                   {QStringLiteral("e"), QString::fromLatin1(e)}};
        break;
    }
    case Algorithm::ES256: {
        const QByteArray x = b64(bignumParam(m_key, OSSL_PKEY_PARAM_EC_PUB_X, 32));
        const QByteArray y = b64(bignumParam(m_key, OSSL_PKEY_PARAM_EC_PUB_Y, 32));
        if (x.isEmpty() || y.isEmpty()) {
            *error = QStringLiteral("cannot read the EC public key: %1").arg(opensslError());
            return false;
        }
        thumbprintInput = R"({"crv":"P-256","kty":"EC","x":")" + x + R"(","y":")" + y + R"("})";
        members = {{QStringLiteral("kty"), QStringLiteral("EC")},
                   {QStringLiteral("crv"), QStringLiteral("P-256")},
                   {QStringLiteral("x"), QString::fromLatin1(x)},
                   {QStringLiteral("y"), QString::fromLatin1(y)}};
        break;
    }
    case Algorithm::EdDSA: {
        QByteArray raw(32, Qt::Uninitialized);
        size_t length = size_t(raw.size());
        if (EVP_PKEY_get_raw_public_key(m_key, reinterpret_cast<unsigned char *>(raw.data()),
                                        &length)
                != 1
            || length != 32) {
            *error = QStringLiteral("cannot read the Ed25519 public key: %1").arg(opensslError());
            return false;
        }
        const QByteArray x = b64(raw);
        thumbprintInput = R"({"crv":"Ed25519","kty":"OKP","x":")" + x + R"("})";
        members = {{QStringLiteral("kty"), QStringLiteral("OKP")},
                   {QStringLiteral("crv"), QStringLiteral("Ed25519")},
                   {QStringLiteral("x"), QString::fromLatin1(x)}};
        break;
    }
    }
    m_kid = QString::fromLatin1(b64(Crypto::sha256(thumbprintInput)));
    m_jwk = members;
    m_jwk.insert(QStringLiteral("kid"), m_kid);
    m_jwk.insert(QStringLiteral("use"), QStringLiteral("sig"));
    m_jwk.insert(QStringLiteral("alg"), algorithm());
    return true;
}

QByteArray Signer::sign(const QJsonObject &payload) const
{
    const QJsonObject header {{QStringLiteral("alg"), algorithm()},
                              {QStringLiteral("kid"), m_kid},
                              {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QByteArray signingInput = b64(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + b64(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const auto *input = reinterpret_cast<const unsigned char *>(signingInput.constData());
    const size_t inputLength = size_t(signingInput.size());

    // EdDSA hashes internally (no digest); RS256 and ES256 use SHA-256.
    const EVP_MD *md = m_algorithm == Algorithm::EdDSA ? nullptr : EVP_sha256();
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    size_t length = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, md, nullptr, m_key) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &length, input, inputLength) != 1) {
        qCWarning(lcDevServerSigner) << "signing failed:" << opensslError();
        return {};
    }
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       input, inputLength)
        != 1) {
        qCWarning(lcDevServerSigner) << "signing failed:" << opensslError();
        return {};
    }
    signature.resize(qsizetype(length));

    if (m_algorithm == Algorithm::ES256) {
        // OpenSSL gives a DER ECDSA-Sig-Value; JOSE wants the raw r||s, 32 bytes each.
        const auto *der = reinterpret_cast<const unsigned char *>(signature.constData());
        std::unique_ptr<ECDSA_SIG, decltype(&ECDSA_SIG_free)> sig(
            d2i_ECDSA_SIG(nullptr, &der, long(signature.size())), &ECDSA_SIG_free);
        if (!sig) {
            qCWarning(lcDevServerSigner) << "cannot decode the ECDSA signature:" << opensslError();
            return {};
        }
        const BIGNUM *r = nullptr;
        const BIGNUM *s = nullptr;
        ECDSA_SIG_get0(sig.get(), &r, &s);
        QByteArray raw(64, Qt::Uninitialized);
        auto *out = reinterpret_cast<unsigned char *>(raw.data());
        if (BN_bn2binpad(r, out, 32) != 32 || BN_bn2binpad(s, out + 32, 32) != 32) {
            qCWarning(lcDevServerSigner) << "ECDSA signature out of range";
            return {};
        }
        signature = raw;
    }
    return signingInput + '.' + b64(signature);
}

} // namespace Keyway::DevServer
