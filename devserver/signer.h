// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

typedef struct evp_pkey_st EVP_PKEY;

namespace Keyway::DevServer {

/**
 * One signing key on OpenSSL 3's EVP API: generated on first use (RSA-2048), kept as PKCS#8 PEM
 * with mode 0600 under the data folder, published as a JWK whose kid is its RFC 7638 thumbprint
 * (stable across restarts), and used for compact JWS. RS256 today; the algorithm is a property
 * so that ES256 and EdDSA can be added without touching the callers.
 */
class Signer
{
public:
    Signer();
    ~Signer();
    Signer(const Signer &) = delete;
    Signer &operator=(const Signer &) = delete;

    /// Loads the key from @p pemPath or, if the file does not exist, generates and saves one.
    bool loadOrCreate(const QString &pemPath, QString *error);

    QString algorithm() const { return QStringLiteral("RS256"); }
    QString kid() const { return m_kid; }
    /// The public key as a JWK with kid, use "sig" and alg.
    QJsonObject publicJwk() const { return m_jwk; }

    /// A compact JWS of @p payload; the header carries alg, kid and typ "JWT".
    QByteArray sign(const QJsonObject &payload) const;

private:
    bool exportJwk(QString *error);

    EVP_PKEY *m_key = nullptr;
    QString m_kid;
    QJsonObject m_jwk;
};

} // namespace Keyway::DevServer
