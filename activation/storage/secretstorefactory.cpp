// SPDX-License-Identifier: BSD-3-Clause
#include "secretstorefactory.h"

#include "config/vendorconfig.h"
#include "storage/fallbacksecretstore.h"
#include "storage/filesecretstore.h"
#include "storage/keychainsecretstore.h"

namespace Keyway {

QString keychainService(const VendorConfig &config)
{
    return QStringLiteral("Keyway/") + config.storageKey();
}

SecretStore *createSecretStore(const VendorConfig &config, const QString &dataDirectory,
                               QObject *parent, const QString &service)
{
    auto *keychain = new KeychainSecretStore(service.isEmpty() ? keychainService(config) : service);
    if (config.secretFallback != QLatin1String("file")) {
        keychain->setParent(parent);
        return keychain;
    }
    return new FallbackSecretStore(keychain, new FileSecretStore(dataDirectory), parent);
}

} // namespace Keyway
