// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "keyway_activation_export.h"

#include <QString>

class QObject;

namespace Keyway {

class SecretStore;
struct VendorConfig;

/**
 * The secret store the vendor configuration asks for: the OS keychain (KeychainSecretStore)
 * with "secretStorageFallback": "none" (the default), and with "file" the keychain backed by a
 * 0600 file in @p dataDirectory (FallbackSecretStore over FileSecretStore). Check
 * SecretStore::isFallback() and connect to SecretStore::fallbackChanged() to tell the person
 * when the file is in use.
 *
 * @p service names the keychain entries; empty means keychainService(@p config).
 */
KEYWAY_ACTIVATION_EXPORT SecretStore *createSecretStore(const VendorConfig &config,
                                                        const QString &dataDirectory,
                                                        QObject *parent = nullptr,
                                                        const QString &service = QString());

/// "Keyway/" followed by VendorConfig::storageKey(): the keychain entries of this product.
KEYWAY_ACTIVATION_EXPORT QString keychainService(const VendorConfig &config);

} // namespace Keyway
