// SPDX-License-Identifier: BSD-3-Clause
#include "signer.h"

#include "crypto.h"

#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
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

QByteArray bignumParam(EVP_PKEY *key, const char *name)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        return {};
    QByteArray out(BN_num_bytes(bn), Qt::Uninitialized);
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    BN_free(bn);
    return out;
}
} // namespace

Signer::Signer() = default;

Signer::~Signer()
{
    EVP_PKEY_free(m_key);
}

bool Signer::loadOrCreate(const QString &pemPath, QString *error)
{
    QFile file(pemPath);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(pemPath, file.errorString());
            return false;
        }
        const QByteArray pem = file.readAll();
        std::unique_ptr<BIO, decltype(&BIO_free)> bio(
            BIO_new_mem_buf(pem.constData(), int(pem.size())), &BIO_free);
        m_key = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr);
        if (!m_key || EVP_PKEY_get_base_id(m_key) != EVP_PKEY_RSA) {
            *error = QStringLiteral("%1 holds no RSA private key: %2").arg(pemPath, opensslError());
            return false;
        }
        return exportJwk(error);
    }

    m_key = EVP_RSA_gen(2048);
    if (!m_key) {
        *error = QStringLiteral("RSA key generation failed: %1").arg(opensslError());
        return false;
    }
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (PEM_write_bio_PrivateKey(bio.get(), m_key, nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        *error = QStringLiteral("cannot encode the key: %1").arg(opensslError());
        return false;
    }
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    // Created 0600 from the start: the private key is never readable by others, not even briefly.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(data, length) != length || !file.flush()) {
        *error = QStringLiteral("cannot write %1: %2").arg(pemPath, file.errorString());
        return false;
    }
    file.close();
    if (!exportJwk(error))
        return false;
    qCInfo(lcDevServerSigner).noquote() << "generated RSA-2048 key" << m_kid << "in" << pemPath;
    return true;
}

bool Signer::exportJwk(QString *error)
{
    const QByteArray n = bignumParam(m_key, OSSL_PKEY_PARAM_RSA_N);
    const QByteArray e = bignumParam(m_key, OSSL_PKEY_PARAM_RSA_E);
    if (n.isEmpty() || e.isEmpty()) {
        *error = QStringLiteral("cannot read the RSA public key: %1").arg(opensslError());
        return false;
    }
    const QString nText = QString::fromLatin1(Crypto::base64url(n));
    const QString eText = QString::fromLatin1(Crypto::base64url(e));
    // RFC 7638: the thumbprint input has the required members only, in lexicographic order.
    const QByteArray thumbprintInput =
        R"({"e":")" + eText.toLatin1() + R"(","kty":"RSA","n":")" + nText.toLatin1() + R"("})";
    m_kid = QString::fromLatin1(Crypto::base64url(Crypto::sha256(thumbprintInput)));
    m_jwk = QJsonObject {{QStringLiteral("kty"), QStringLiteral("RSA")},
                         {QStringLiteral("kid"), m_kid},
                         {QStringLiteral("use"), QStringLiteral("sig")},
                         {QStringLiteral("alg"), algorithm()},
                         {QStringLiteral("n"), nText},
                         {QStringLiteral("e"), eText}};
    return true;
}

QByteArray Signer::sign(const QJsonObject &payload) const
{
    const QJsonObject header {{QStringLiteral("alg"), algorithm()},
                              {QStringLiteral("kid"), m_kid},
                              {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QByteArray signingInput =
        Crypto::base64url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + Crypto::base64url(QJsonDocument(payload).toJson(QJsonDocument::Compact));

    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    size_t length = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &length,
                          reinterpret_cast<const unsigned char *>(signingInput.constData()),
                          size_t(signingInput.size()))
            != 1) {
        qCWarning(lcDevServerSigner) << "signing failed:" << opensslError();
        return {};
    }
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(signingInput.constData()),
                       size_t(signingInput.size()))
        != 1) {
        qCWarning(lcDevServerSigner) << "signing failed:" << opensslError();
        return {};
    }
    signature.resize(qsizetype(length));
    return signingInput + '.' + Crypto::base64url(signature);
}

} // namespace Keyway::DevServer
