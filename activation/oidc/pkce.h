// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "keyway_activation_export.h"

#include <QByteArray>

namespace Keyway {

/// PKCE (RFC 7636) with S256: a verifier from the system's random generator and its challenge.
struct KEYWAY_ACTIVATION_EXPORT Pkce
{
    QByteArray verifier; ///< 43 characters of base64url (32 random bytes)
    QByteArray challenge; ///< base64url(SHA-256(verifier))

    static Pkce generate();
    static QByteArray challengeFor(const QByteArray &verifier);
    /// base64url of @p bytes random bytes from the system generator, for state and nonce too.
    static QByteArray randomToken(int bytes = 32);
};

} // namespace Keyway
