// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "storage/secretstore.h"

namespace Keyway {

class FileSecretStore;

/**
 * The keychain first, a 0600 file when the keychain cannot be used: what a vendor gets with
 * "secretStorageFallback": "file" (see createSecretStore()).
 *
 * Each operation tries @p primary (the keychain). When it fails with a keychain error
 * (unavailable, locked, refused, broken), the operation is carried out on the file instead,
 * isFallback() turns true and fallbackChanged(true) is emitted, so the window and keywayctl can
 * say so. A write that reaches the keychain removes the key from the file, so no stale copy is
 * left in plain text; a read that finds nothing in the keychain looks in the file, where an
 * earlier outage may have left the session.
 */
class KEYWAY_ACTIVATION_EXPORT FallbackSecretStore : public SecretStore
{
    Q_OBJECT
public:
    /// Takes ownership of both stores.
    FallbackSecretStore(SecretStore *primary, FileSecretStore *file, QObject *parent = nullptr);

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QByteArray &secret) override;
    SecretJob *remove(const QString &key) override;

    bool isFallback() const override { return m_fallback; }
    Error fallbackReason() const override { return m_reason; }
    QString fallbackFile() const override;

    SecretStore *primary() const { return m_primary; }
    FileSecretStore *file() const { return m_file; }

private:
    friend class FallbackSecretJob;
    void setFallback(bool inUse, const Error &reason = Error());

    SecretStore *m_primary;
    FileSecretStore *m_file;
    bool m_fallback = false;
    Error m_reason;
};

} // namespace Keyway
