// SPDX-License-Identifier: BSD-3-Clause
#include "sha256.h"

#include <nettle/hmac.h>
#include <nettle/sha2.h>

namespace Keyway {

namespace {
const uint8_t *bytes(const QByteArray &data)
{
    return reinterpret_cast<const uint8_t *>(data.constData());
}
} // namespace

Sha256::Sha256() : m_context(std::make_unique<sha256_ctx>())
{
    sha256_init(m_context.get());
}

Sha256::~Sha256() = default;

void Sha256::addData(const QByteArray &data)
{
    sha256_update(m_context.get(), size_t(data.size()), bytes(data));
}

QByteArray Sha256::result()
{
    QByteArray digest(Size, Qt::Uninitialized);
    sha256_digest(m_context.get(), Size, reinterpret_cast<uint8_t *>(digest.data()));
    return digest;
}

QByteArray Sha256::hash(const QByteArray &data)
{
    Sha256 hash;
    hash.addData(data);
    return hash.result();
}

QByteArray Sha256::hmac(const QByteArray &key, const QByteArray &message)
{
    hmac_sha256_ctx context;
    hmac_sha256_set_key(&context, size_t(key.size()), bytes(key));
    hmac_sha256_update(&context, size_t(message.size()), bytes(message));
    QByteArray mac(Size, Qt::Uninitialized);
    hmac_sha256_digest(&context, Size, reinterpret_cast<uint8_t *>(mac.data()));
    return mac;
}

} // namespace Keyway
