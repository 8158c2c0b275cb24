// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

typedef struct evp_pkey_st EVP_PKEY;

namespace Keyway::DevServer {

/**
 * One signing key on OpenSSL 3's EVP API: RSA-2048 (RS256), EC P-256 (ES256) or Ed25519 (EdDSA),
 * kept as PKCS#8 PEM with mode 0600 under the data folder, published as a JWK whose kid is its
 * RFC 7638 thumbprint (stable across restarts), and used for compact JWS. The algorithm follows
 * from the key type, so a key file is all a reader needs.
 */
class Signer
{
public:
    enum class Algorithm { RS256, ES256, EdDSA };

    Signer();
    ~Signer();
    Signer(const Signer &) = delete;
    Signer &operator=(const Signer &) = delete;

    static QString algorithmName(Algorithm algorithm);
    /// "RS256", "ES256" or "EdDSA" (exact spelling, as in JOSE).
    static bool parseAlgorithm(const QString &name, Algorithm *algorithm);

    /// Loads the key from @p pemPath or, if the file does not exist, generates (@p algorithm)
    /// and saves one.
    bool loadOrCreate(const QString &pemPath, QString *error,
                      Algorithm algorithm = Algorithm::RS256);
    /// Loads an existing key of any supported type.
    bool load(const QString &pemPath, QString *error);
    /// Generates a key and writes it to @p pemPath (0600) atomically: a reader sees either no
    /// file or the whole key. Fails if the file exists.
    static bool create(const QString &pemPath, Algorithm algorithm, QString *error);

    Algorithm algorithmId() const { return m_algorithm; }
    QString algorithm() const { return algorithmName(m_algorithm); }
    QString kid() const { return m_kid; }
    /// The public key as a JWK with kid, use "sig" and alg.
    QJsonObject publicJwk() const { return m_jwk; }

    /// A compact JWS of @p payload; the header carries alg, kid and typ "JWT".
    QByteArray sign(const QJsonObject &payload) const;

private:
    static EVP_PKEY *generate(Algorithm algorithm, QString *error);
    bool exportJwk(QString *error);

    EVP_PKEY *m_key = nullptr;
    Algorithm m_algorithm = Algorithm::RS256;
    QString m_kid;
    QJsonObject m_jwk;
};

} // namespace Keyway::DevServer
