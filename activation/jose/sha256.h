// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "keyway_license_export.h"

#include <QByteArray>

#include <memory>

struct sha256_ctx; // Nettle's, so that this header needs no Nettle

namespace Keyway {

/**
 * SHA-256 (FIPS 180-4) and HMAC-SHA-256 (RFC 2104) on Nettle, the one crypto library of
 * Keyway::License: the device id, the clock marks, the JWS verifier.
 */
class KEYWAY_LICENSE_EXPORT Sha256
{
public:
    static constexpr int Size = 32;

    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;
    void addData(const QByteArray &data);
    /// The digest of everything added; the hash starts over afterwards.
    QByteArray result();

    static QByteArray hash(const QByteArray &data);
    static QByteArray hmac(const QByteArray &key, const QByteArray &message);

private:
    std::unique_ptr<sha256_ctx> m_context;
};

} // namespace Keyway
