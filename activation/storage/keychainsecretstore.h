// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "storage/secretstore.h"

namespace Keyway {

/**
 * Secrets in the operating system's keychain through QtKeychain: Secret Service (GNOME Keyring,
 * KWallet) on Linux, the Keychain on macOS, the Credential Store on Windows.
 *
 * Problems are reported, never swallowed, each with a sentence that says what to do: no D-Bus
 * session or no Secret Service gives KeychainUnavailable; a locked or refused keychain, or one
 * that does not answer within timeout() (a locked keyring whose unlock prompt nobody can see),
 * KeychainAccessDenied; anything else KeychainFailure. After a failure, or a lookup that found
 * nothing, the Secret Service is asked whether its default collection is locked: a locked
 * collection hides its items, which is not the same as "nobody signed in".
 *
 * There is no plain-text fallback here; FallbackSecretStore adds one when the vendor allows it.
 */
class KEYWAY_ACTIVATION_EXPORT KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    /// @p service names the entries, e.g. "Keyway/keyway-desktop@127.0.0.1_8765".
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    /// A person may need a while to type the keychain's password into its prompt.
    static constexpr int DefaultTimeoutMs = 60000;

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QByteArray &secret) override;
    SecretJob *remove(const QString &key) override;

    QString service() const { return m_service; }

    /**
     * How long one keychain operation may take before it fails with KeychainAccessDenied
     * (0: no limit). Default DefaultTimeoutMs, or $KEYWAY_KEYCHAIN_TIMEOUT seconds when set.
     */
    int timeout() const { return m_timeoutMs; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace Keyway
