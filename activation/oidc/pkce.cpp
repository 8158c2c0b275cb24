// SPDX-License-Identifier: BSD-3-Clause
#include "pkce.h"

#include "jose/base64url.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace Keyway {

QByteArray Pkce::randomToken(int bytes)
{
    QByteArray buffer(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(buffer.begin(), buffer.end());
    return Base64Url::encode(buffer);
}

QByteArray Pkce::challengeFor(const QByteArray &verifier)
{
    return Base64Url::encode(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
}

Pkce Pkce::generate()
{
    Pkce pkce;
    pkce.verifier = randomToken(32);
    pkce.challenge = challengeFor(pkce.verifier);
    return pkce;
}

} // namespace Keyway
