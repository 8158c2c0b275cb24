// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "storage/secretstore.h"

namespace Keyway {

/**
 * Secrets in the operating system's keychain through QtKeychain: Secret Service (GNOME Keyring,
 * KWallet) on Linux, the Keychain on macOS, the Credential Store on Windows.
 *
 * Problems are reported, never swallowed: no Secret Service gives KeychainUnavailable, a locked
 * or refused keychain KeychainAccessDenied. There is no plain-text fallback.
 */
class KEYWAY_ACTIVATION_EXPORT KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    /// @p service names the entries, e.g. "Keyway/keyway-desktop@127.0.0.1_8765".
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QByteArray &secret) override;
    SecretJob *remove(const QString &key) override;

    QString service() const { return m_service; }

private:
    QString m_service;
};

} // namespace Keyway
