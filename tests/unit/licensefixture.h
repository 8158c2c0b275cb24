// SPDX-License-Identifier: BSD-3-Clause
// Test-only: a vendor configuration with a generated license key, and tokens signed with it, for
// the tests of the license layer (clock guard, states, LicenseGuard, keywayctl).
#pragma once

#include "config/vendorconfig.h"
#include "josetestkeys.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace LicenseFixture {

inline const QString Device = QStringLiteral("device-aaaa");
inline const QString User = QStringLiteral("user-1");
inline const QString Pro = QStringLiteral("keyway-pro");
inline const QString Export = QStringLiteral("keyway-export");

#ifdef KEYWAY_SOURCE_DIR
/**
 * The committed demo license key (devserver/demo-license-key.pem): its public half is compiled
 * into the demo keyway and keywayctl (resources/client-config.json), so tokens signed with it
 * (with DemoKid) are the ones those builds accept.
 */
inline TestKeys::Key demoKey()
{
    return TestKeys::fromPem(KEYWAY_SOURCE_DIR "/devserver/demo-license-key.pem");
}
/// The kid of demoKey() in resources/client-config.json.
inline QByteArray demoKid()
{
    QFile file(QStringLiteral(KEYWAY_SOURCE_DIR "/resources/client-config.json"));
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QStringLiteral("licenseKeys"))
        .toObject()
        .value(QStringLiteral("keys"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("kid"))
        .toString()
        .toLatin1();
}
#endif

/// The vendor configuration JSON, with @p extra keys merged in.
inline QJsonObject configJson(EVP_PKEY *key, const QJsonObject &extra = {})
{
    QJsonObject json {
        {QStringLiteral("productName"), QStringLiteral("Keyway Demo")},
        {QStringLiteral("vendorName"), QStringLiteral("Example Software")},
        {QStringLiteral("issuer"), QStringLiteral("http://127.0.0.1:8765")},
        {QStringLiteral("clientId"), QStringLiteral("keyway-desktop")},
        {QStringLiteral("redirectUris"),
         QJsonObject {{QStringLiteral("embedded"), QStringLiteral("com.example.keyway:/cb")}}},
        {QStringLiteral("scopes"), QJsonArray {QStringLiteral("openid")}},
        {QStringLiteral("licensedItems"), QJsonArray {Pro, Export}},
        {QStringLiteral("licenseKeys"),
         QJsonObject {{QStringLiteral("keys"),
                       QJsonArray {TestKeys::publicJwk(key, QStringLiteral("license"))}}}},
    };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

inline Keyway::VendorConfig config(EVP_PKEY *key, const QJsonObject &extra = {})
{
    auto config = Keyway::VendorConfig::fromJson(TestKeys::json(configJson(key, extra)));
    return config ? *config : Keyway::VendorConfig();
}

/**
 * A grant of @p item issued at @p iat, a lease of @p lease seconds, renewal after half of it;
 * @p changes replace claims (null removes one).
 */
inline QByteArray token(EVP_PKEY *key, const QString &item, qint64 iat, qint64 lease = 86400,
                        const QJsonObject &changes = {}, const char *kid = "license")
{
    QJsonObject claims {
        {QStringLiteral("iss"), QStringLiteral("http://127.0.0.1:8765")},
        {QStringLiteral("sub"), User},
        {QStringLiteral("iat"), iat},
        {QStringLiteral("exp"), iat + lease},
        {QStringLiteral("rfr"), iat + lease / 2},
        {QStringLiteral("licenseValidUntil"), iat + 365 * 86400},
        {QStringLiteral("jti"), QString(QStringLiteral("lease-") + item)},
        {QStringLiteral("lic"), QStringLiteral("license-1")},
        {QStringLiteral("hw"), Device},
        {item, true},
    };
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isNull())
            claims.remove(it.key());
        else
            claims.insert(it.key(), it.value());
    }
    return TestKeys::makeJws(TestKeys::header(QStringLiteral("RS256"), QLatin1String(kid)), claims,
                             key);
}

} // namespace LicenseFixture
