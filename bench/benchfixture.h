// SPDX-License-Identifier: BSD-3-Clause
// Shared by the process benchmarks: a product installation with two valid, freshly signed
// licenses, as after an activation (a generated license key pinned in its vendor configuration).
#pragma once

#include "config/vendorconfig.h"
#include "jose/base64url.h"
#include "license/deviceid.h"
#include "license/licensestore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <cstdio>
#include <memory>

namespace BenchFixture {

inline QByteArray bn(EVP_PKEY *key, const char *name)
{
    BIGNUM *value = nullptr;
    EVP_PKEY_get_bn_param(key, name, &value);
    QByteArray bytes(BN_num_bytes(value), Qt::Uninitialized);
    BN_bn2bin(value, reinterpret_cast<unsigned char *>(bytes.data()));
    BN_free(value);
    return Keyway::Base64Url::encode(bytes);
}

inline QByteArray sign(EVP_PKEY *key, const QJsonObject &header, const QJsonObject &claims)
{
    const QByteArray input =
        Keyway::Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + Keyway::Base64Url::encode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t length = 0;
    EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key);
    EVP_DigestSign(ctx, nullptr, &length,
                   reinterpret_cast<const unsigned char *>(input.constData()),
                   size_t(input.size()));
    QByteArray signature(int(length), Qt::Uninitialized);
    EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                   reinterpret_cast<const unsigned char *>(input.constData()),
                   size_t(input.size()));
    EVP_MD_CTX_free(ctx);
    return input + '.' + Keyway::Base64Url::encode(signature);
}

/// A vendor configuration and a data folder with valid licenses, in a temporary folder.
struct LicensedInstallation
{
    std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
    QString configFilePath;
    QString dataDirectory;
    QString licenseFile;

    bool create()
    {
        // keywayctl and keyway trust only the keys compiled into them (issue 12): the licenses are
        // signed with the demo key that resources/client-config.json pins, and that file is the
        // runtime configuration too.
        QFile pem(QStringLiteral(KEYWAY_BENCH_LICENSE_KEY));
        QFile shipped(QStringLiteral(KEYWAY_BENCH_VENDOR_CONFIG));
        if (!pem.open(QIODevice::ReadOnly) || !shipped.open(QIODevice::ReadOnly))
            return false;
        const QByteArray pemBytes = pem.readAll();
        BIO *bio = BIO_new_mem_buf(pemBytes.constData(), int(pemBytes.size()));
        EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
        if (!key)
            return false;
        const QJsonObject config = QJsonDocument::fromJson(shipped.readAll()).object();
        const QString issuer = config.value(QStringLiteral("issuer")).toString();
        const QString kid = config.value(QStringLiteral("licenseKeys"))
                                .toObject()
                                .value(QStringLiteral("keys"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QStringLiteral("kid"))
                                .toString();
        const QString configPath = QDir(dir->path()).filePath(QStringLiteral("client-config.json"));
        QFile configFile(configPath);
        if (!configFile.open(QIODevice::WriteOnly))
            return false;
        configFile.write(QJsonDocument(config).toJson());
        configFile.close();
        auto loaded = Keyway::VendorConfig::load(configPath);
        if (!loaded) {
            std::fprintf(stderr, "config: %s\n", qPrintable(loaded.error().toString()));
            return false;
        }
        const QString dataDir = QDir(dir->path()).filePath(QStringLiteral("data"));
        const QString device = Keyway::DeviceId::forProduct(*loaded, dataDir);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QJsonObject header {{QStringLiteral("alg"), QStringLiteral("RS256")},
                                  {QStringLiteral("kid"), kid}};
        QList<QByteArray> tokens;
        for (const QString &item :
             {QStringLiteral("keyway-pro"), QStringLiteral("keyway-export")}) {
            tokens.append(
                sign(key, header,
                     QJsonObject {{QStringLiteral("iss"), issuer},
                                  {QStringLiteral("sub"), QStringLiteral("user-1")},
                                  {QStringLiteral("iat"), now - 60},
                                  {QStringLiteral("exp"), now + 7 * 86400},
                                  {QStringLiteral("rfr"), now + 3 * 86400},
                                  {QStringLiteral("jti"), QString(QStringLiteral("lease-") + item)},
                                  {QStringLiteral("lic"), QStringLiteral("license-1")},
                                  {QStringLiteral("hw"), device},
                                  {item, true}}));
        }
        Keyway::LicenseStore store(dataDir);
        if (!store.save(QStringLiteral("user-1"), QStringLiteral("bench@example.com"), tokens))
            return false;
        configFilePath = configPath;
        dataDirectory = dataDir;
        licenseFile = store.filePath();
        EVP_PKEY_free(key);
        return true;
    }
};

} // namespace BenchFixture
