// SPDX-License-Identifier: BSD-3-Clause
#include "crypto.h"

#include <QList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <cstdlib>

namespace Keyway::DevServer::Crypto {

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
        std::abort(); // no randomness, no secrets: never continue with predictable tokens
    return out;
}

QByteArray randomToken(int bytes)
{
    return base64url(randomBytes(bytes));
}

QByteArray sha256(const QByteArray &data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_Digest(data.constData(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()),
               &length, EVP_sha256(), nullptr);
    return out;
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.constData(), int(key.size()),
         reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()),
         reinterpret_cast<unsigned char *>(out.data()), &length);
    return out;
}

QByteArray base64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString tokenHash(const QByteArray &token)
{
    return QString::fromLatin1(sha256(token).toHex());
}

QString fingerprint(const QByteArray &secret)
{
    if (secret.isEmpty())
        return QStringLiteral("<none>");
    return QString::fromLatin1(sha256(secret).toHex().left(8));
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size()
        && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

namespace {
QByteArray pbkdf2(const QString &password, const QByteArray &salt, int iterations)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(32, Qt::Uninitialized);
    PKCS5_PBKDF2_HMAC(utf8.constData(), int(utf8.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()),
                      iterations, EVP_sha256(), int(out.size()),
                      reinterpret_cast<unsigned char *>(out.data()));
    return out;
}
} // namespace

QByteArray hashPassword(const QString &password, int iterations)
{
    const QByteArray salt = randomBytes(16);
    return "pbkdf2-sha256$" + QByteArray::number(iterations) + '$' + base64url(salt) + '$'
        + base64url(pbkdf2(password, salt, iterations));
}

bool verifyPassword(const QString &password, const QByteArray &stored)
{
    const QList<QByteArray> parts = stored.split('$');
    if (parts.size() != 4 || parts.at(0) != "pbkdf2-sha256")
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2), QByteArray::Base64UrlEncoding);
    return constantTimeEquals(base64url(pbkdf2(password, salt, iterations)), parts.at(3));
}

} // namespace Keyway::DevServer::Crypto
