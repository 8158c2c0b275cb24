// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QByteArray>
#include <QString>

/**
 * The dev server's small crypto toolbox on OpenSSL 3: randomness from the system CSPRNG, hashes,
 * HMAC, PBKDF2 password hashing and base64url. Kept apart from the client's JOSE code on purpose:
 * the server must be able to disagree with the client.
 */
namespace Keyway::DevServer::Crypto {

/// @p count bytes from OpenSSL's CSPRNG (seeded by the operating system).
QByteArray randomBytes(int count);
/// A fresh random secret of @p bytes bytes, base64url without padding.
QByteArray randomToken(int bytes = 32);
QByteArray sha256(const QByteArray &data);
QByteArray hmacSha256(const QByteArray &key, const QByteArray &data);
QByteArray base64url(const QByteArray &data);
/// How secrets are stored: hex SHA-256, so a leaked database holds no usable token.
QString tokenHash(const QByteArray &token);
/// A short, non-reversible label for a secret, for log lines.
QString fingerprint(const QByteArray &secret);
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

/// PBKDF2-HMAC-SHA256 with a random salt: "pbkdf2-sha256$<iterations>$<salt>$<hash>".
QByteArray hashPassword(const QString &password, int iterations = 100000);
bool verifyPassword(const QString &password, const QByteArray &stored);

} // namespace Keyway::DevServer::Crypto
