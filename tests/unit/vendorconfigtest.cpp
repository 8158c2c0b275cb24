// SPDX-License-Identifier: BSD-3-Clause
#include "config/vendorconfig.h"
#include "josetestkeys.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Keyway;

class VendorConfigTest : public QObject
{
    Q_OBJECT

private:
    TestKeys::Key m_key, m_weak;

    QJsonObject good() const
    {
        return QJsonObject {
            {QStringLiteral("productName"), QStringLiteral("Keyway Demo")},
            {QStringLiteral("vendorName"), QStringLiteral("Example Software")},
            {QStringLiteral("issuer"), QStringLiteral("http://127.0.0.1:8765")},
            {QStringLiteral("clientId"), QStringLiteral("keyway-desktop")},
            {QStringLiteral("redirectUris"),
             QJsonObject {
                 {QStringLiteral("embedded"), QStringLiteral("com.example.keyway:/oauth2redirect")},
                 {QStringLiteral("loopback"), QStringLiteral("http://127.0.0.1/oauth2redirect")}}},
            {QStringLiteral("scopes"),
             QJsonArray {QStringLiteral("openid"), QStringLiteral("profile"),
                         QStringLiteral("email"), QStringLiteral("offline_access")}},
            {QStringLiteral("licensedItems"),
             QJsonArray {QStringLiteral("keyway-pro"), QStringLiteral("keyway-export")}},
            {QStringLiteral("leaseSeconds"), 3600},
            {QStringLiteral("licenseKeys"),
             QJsonObject {{QStringLiteral("keys"),
                           QJsonArray {TestKeys::publicJwk(m_key.get(), QStringLiteral("lk"),
                                                           QStringLiteral("RS256"))}}}},
            {QStringLiteral("allowedOrigins"), QJsonArray()},
            {QStringLiteral("browser"), QStringLiteral("embedded")},
            {QStringLiteral("supportUrl"), QStringLiteral("https://example.com/support")},
        };
    }
    static QByteArray bytes(const QJsonObject &object) { return TestKeys::json(object); }
    static QString writeFile(const QTemporaryDir &dir, const QJsonObject &object)
    {
        const QString path = dir.filePath(QStringLiteral("runtime.json"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes(object));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_key = TestKeys::rsa();
        m_weak = TestKeys::rsa(1024);
    }

    void goodConfig()
    {
        const auto config = VendorConfig::fromJson(bytes(good()));
        QVERIFY2(config.hasValue(), qPrintable(config ? QString() : config.error().toString()));
        QCOMPARE(config->productName, QStringLiteral("Keyway Demo"));
        QCOMPARE(config->vendorName, QStringLiteral("Example Software"));
        QCOMPARE(config->issuer, QUrl(QStringLiteral("http://127.0.0.1:8765")));
        QCOMPARE(config->clientId, QStringLiteral("keyway-desktop"));
        QCOMPARE(config->embeddedRedirectUri,
                 QUrl(QStringLiteral("com.example.keyway:/oauth2redirect")));
        QCOMPARE(config->loopbackRedirectUri,
                 QUrl(QStringLiteral("http://127.0.0.1/oauth2redirect")));
        QCOMPARE(config->scopes.size(), 4);
        QCOMPARE(config->licensedItems,
                 QStringList({QStringLiteral("keyway-pro"), QStringLiteral("keyway-export")}));
        QCOMPARE(config->leaseSeconds, 3600);
        QVERIFY(config->licenseKeys.find(QStringLiteral("lk")));
        QCOMPARE(config->browser, QStringLiteral("embedded"));
        QCOMPARE(config->supportUrl, QStringLiteral("https://example.com/support"));
        QCOMPARE(config->storageKey(), QStringLiteral("keyway-desktop_127.0.0.1_8765"));
    }

    void defaults()
    {
        QJsonObject json = good();
        for (const char *key : {"leaseSeconds", "allowedOrigins", "browser", "supportUrl"})
            json.remove(QLatin1String(key));
        const auto config = VendorConfig::fromJson(bytes(json));
        QVERIFY(config.hasValue());
        QCOMPARE(config->leaseSeconds, 604800);
        QCOMPARE(config->browser, QStringLiteral("embedded"));
        QVERIFY(config->allowedOrigins.isEmpty());
        QVERIFY(config->supportUrl.isEmpty());
        QCOMPARE(config->secretFallback, QStringLiteral("none"));
        QVERIFY(config->logo.isEmpty() && config->accentColor.isEmpty()
                && config->extraCaFile.isEmpty());
    }

    void issuerKeptExactly_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::newRow("no path") << QStringLiteral("https://login.example.com");
        QTest::newRow("Keycloak realm") << QStringLiteral("https://id.example.com/realms/keyway");
        QTest::newRow("Entra ID v2.0")
            << QStringLiteral("https://login.microsoftonline.com/9188040d/v2.0");
        QTest::newRow("Okta custom server")
            << QStringLiteral("https://example.okta.com/oauth2/default");
        QTest::newRow("Auth0 trailing slash") << QStringLiteral("https://example.auth0.com/");
        QTest::newRow("loopback with path") << QStringLiteral("http://127.0.0.1:8080/realms/x");
    }
    void issuerKeptExactly()
    {
        QFETCH(QString, issuer);
        QJsonObject json = good();
        json.insert(QStringLiteral("issuer"), issuer);
        const auto config = VendorConfig::fromJson(bytes(json));
        QVERIFY2(config.hasValue(), qPrintable(config ? QString() : config.error().toString()));
        QCOMPARE(config->issuerString(), issuer);
        QCOMPARE(config->licensingBase(), config->issuer);
    }

    void runtimeEndpoints()
    {
        QJsonObject json = good();
        json.insert(QStringLiteral("licensingBaseUrl"),
                    QStringLiteral("https://licensing.example.com/keyway"));
        json.insert(QStringLiteral("loopbackPort"), 53682);
        json.insert(QStringLiteral("signInTimeout"), 120);
        json.insert(QStringLiteral("signInPage"), QStringLiteral("window"));
        json.insert(QStringLiteral("licenseEndWarningDays"), 30);
        json.insert(QStringLiteral("renewalUrl"), QStringLiteral("https://shop.example.com/renew"));
        const auto config = VendorConfig::fromJson(bytes(json));
        QVERIFY2(config.hasValue(), qPrintable(config ? QString() : config.error().toString()));
        QCOMPARE(config->licensingBase(),
                 QUrl(QStringLiteral("https://licensing.example.com/keyway")));
        QCOMPARE(config->loopbackPort, 53682);
        QCOMPARE(config->signInTimeoutSeconds, 120);
        QVERIFY(!config->signInPageInOwnProcess);
        QCOMPARE(config->licenseEndWarningDays, 30);
        QCOMPARE(config->renewalUrl, QStringLiteral("https://shop.example.com/renew"));
        json.remove(QStringLiteral("licenseEndWarningDays"));
        json.remove(QStringLiteral("renewalUrl"));
        json.remove(QStringLiteral("loopbackPort"));
        json.remove(QStringLiteral("signInTimeout"));
        json.remove(QStringLiteral("signInPage"));
        const auto defaults = VendorConfig::fromJson(bytes(json));
        QCOMPARE(defaults->loopbackPort, 0);
        QVERIFY(defaults->signInPageInOwnProcess); // the page in keyway-signin (issue 18)
        QCOMPARE(defaults->signInTimeoutSeconds, VendorConfig::DefaultSignInTimeoutSeconds);
        QCOMPARE(defaults->licenseEndWarningDays, 14);
        QVERIFY(defaults->renewalUrl.isEmpty());
    }

    void shippedPlaceholder()
    {
        const auto config =
            VendorConfig::load(QStringLiteral(KEYWAY_SOURCE_DIR "/resources/client-config.json"));
        QVERIFY2(config.hasValue(), qPrintable(config ? QString() : config.error().toString()));
        QCOMPARE(config->issuer, QUrl(QStringLiteral("http://127.0.0.1:8765")));
    }

    void invalid_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("key");
        for (const char *key : {"productName", "vendorName", "issuer", "clientId", "redirectUris",
                                "scopes", "licensedItems", "licenseKeys"}) {
            QJsonObject json = good();
            json.remove(QLatin1String(key));
            QTest::addRow("%s missing", key) << json << QString::fromLatin1(key);
        }
        auto with = [this](const char *key, const QJsonValue &value) {
            QJsonObject json = good();
            json.insert(QLatin1String(key), value);
            return json;
        };
        QJsonObject noEmbedded = good();
        noEmbedded.insert(
            QStringLiteral("redirectUris"),
            QJsonObject {{QStringLiteral("loopback"), QStringLiteral("http://127.0.0.1/cb")}});
        QTest::newRow("redirectUris.embedded missing")
            << noEmbedded << QStringLiteral("redirectUris.embedded");
        QJsonObject noLoopback = with("browser", QStringLiteral("system"));
        noLoopback.insert(QStringLiteral("redirectUris"),
                          QJsonObject {{QStringLiteral("embedded"), QStringLiteral("x.y:/cb")}});
        QTest::newRow("redirectUris.loopback missing for system browser")
            << noLoopback << QStringLiteral("redirectUris.loopback");
        QJsonObject remoteLoopback = good();
        remoteLoopback.insert(
            QStringLiteral("redirectUris"),
            QJsonObject {{QStringLiteral("embedded"), QStringLiteral("x.y:/cb")},
                         {QStringLiteral("loopback"), QStringLiteral("http://example.com/cb")}});
        QTest::newRow("loopback not loopback")
            << remoteLoopback << QStringLiteral("redirectUris.loopback");
        QTest::newRow("productName empty")
            << with("productName", QString()) << QStringLiteral("productName");
        QTest::newRow("clientId a number") << with("clientId", 7) << QStringLiteral("clientId");
        QTest::newRow("issuer with query")
            << with("issuer", QStringLiteral("https://id.example.com/oauth?tenant=x"))
            << QStringLiteral("issuer");
        QTest::newRow("issuer not as the provider spells it")
            << with("issuer", QStringLiteral("https://ID.example.com/realms/x"))
            << QStringLiteral("issuer");
        QTest::newRow("licensingBaseUrl plain http")
            << with("licensingBaseUrl", QStringLiteral("http://licensing.example.com"))
            << QStringLiteral("licensingBaseUrl");
        QTest::newRow("licensingBaseUrl with query")
            << with("licensingBaseUrl", QStringLiteral("https://licensing.example.com/?a=b"))
            << QStringLiteral("licensingBaseUrl");
        QTest::newRow("signInPage unknown")
            << with("signInPage", QStringLiteral("tab")) << QStringLiteral("signInPage");
        QTest::newRow("loopbackPort too large")
            << with("loopbackPort", 70000) << QStringLiteral("loopbackPort");
        QTest::newRow("loopbackPort a string")
            << with("loopbackPort", QStringLiteral("8080")) << QStringLiteral("loopbackPort");
        QTest::newRow("signInTimeout too short")
            << with("signInTimeout", 5) << QStringLiteral("signInTimeout");
        QTest::newRow("licenseEndWarningDays negative")
            << with("licenseEndWarningDays", -1) << QStringLiteral("licenseEndWarningDays");
        QTest::newRow("licenseEndWarningDays over a year")
            << with("licenseEndWarningDays", 400) << QStringLiteral("licenseEndWarningDays");
        QTest::newRow("renewalUrl not a web address")
            << with("renewalUrl", QStringLiteral("javascript:alert(1)"))
            << QStringLiteral("renewalUrl");
        QTest::newRow("signInTimeout fractional")
            << with("signInTimeout", 60.5) << QStringLiteral("signInTimeout");
        QTest::newRow("issuer plain http")
            << with("issuer", QStringLiteral("http://id.example.com")) << QStringLiteral("issuer");
        QTest::newRow("issuer not a URL")
            << with("issuer", QStringLiteral("not a url")) << QStringLiteral("issuer");
        QTest::newRow("scopes without openid")
            << with("scopes", QJsonArray {QStringLiteral("email")}) << QStringLiteral("scopes");
        QTest::newRow("scopes a string")
            << with("scopes", QStringLiteral("openid")) << QStringLiteral("scopes");
        QTest::newRow("licensedItems empty")
            << with("licensedItems", QJsonArray()) << QStringLiteral("licensedItems");
        QTest::newRow("licensedItems twice")
            << with("licensedItems", QJsonArray {QStringLiteral("a"), QStringLiteral("a")})
            << QStringLiteral("licensedItems");
        QTest::newRow("leaseSeconds negative")
            << with("leaseSeconds", -5) << QStringLiteral("leaseSeconds");
        QTest::newRow("leaseSeconds fractional")
            << with("leaseSeconds", 1.5) << QStringLiteral("leaseSeconds");
        QTest::newRow("browser unknown")
            << with("browser", QStringLiteral("chrome")) << QStringLiteral("browser");
        QTest::newRow("licenseKeys empty")
            << with("licenseKeys", QJsonObject {{QStringLiteral("keys"), QJsonArray()}})
            << QStringLiteral("licenseKeys");
        QTest::newRow("licenseKeys weak") << with(
            "licenseKeys",
            QJsonObject {{QStringLiteral("keys"),
                          QJsonArray {TestKeys::publicJwk(m_weak.get(), QStringLiteral("w"))}}})
                                          << QStringLiteral("licenseKeys");
        QTest::newRow("allowedOrigins not strings")
            << with("allowedOrigins", QJsonArray {1}) << QStringLiteral("allowedOrigins");
        QTest::newRow("supportUrl javascript")
            << with("supportUrl", QStringLiteral("javascript:alert(1)"))
            << QStringLiteral("supportUrl");
        QTest::newRow("accentColor a name")
            << with("accentColor", QStringLiteral("blue")) << QStringLiteral("accentColor");
        QTest::newRow("accentColor short")
            << with("accentColor", QStringLiteral("#123")) << QStringLiteral("accentColor");
        QTest::newRow("itemNames a list")
            << with("itemNames", QJsonArray {QStringLiteral("Pro")}) << QStringLiteral("itemNames");
        QTest::newRow("itemNames empty name")
            << with("itemNames", QJsonObject {{QStringLiteral("keyway-pro"), QStringLiteral(" ")}})
            << QStringLiteral("itemNames.keyway-pro");
        QTest::newRow("itemNames a number for a language")
            << with("itemNames",
                    QJsonObject {
                        {QStringLiteral("keyway-pro"), QJsonObject {{QStringLiteral("fi"), 3}}}})
            << QStringLiteral("itemNames.keyway-pro.fi");
        QTest::newRow("secretStorageFallback unknown")
            << with("secretStorageFallback", QStringLiteral("plain"))
            << QStringLiteral("secretStorageFallback");
    }
    void invalid()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, key);
        const auto config = VendorConfig::fromJson(bytes(json));
        QVERIFY(!config.hasValue());
        QCOMPARE(config.error().code, ErrorCode::ConfigInvalid);
        QVERIFY2(config.error().detail.startsWith(QLatin1Char('"') + key + QLatin1Char('"')),
                 qPrintable(config.error().detail));
    }

    void notJson_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("{productName:");
        QTest::newRow("array") << QByteArray("[]");
    }
    void notJson()
    {
        QFETCH(QByteArray, data);
        const auto config = VendorConfig::fromJson(data);
        QVERIFY(!config.hasValue());
        QCOMPARE(config.error().code, ErrorCode::ConfigInvalid);
    }

    void load()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto missing = VendorConfig::load(dir.filePath(QStringLiteral("nope.json")));
        QVERIFY(!missing.hasValue());
        QCOMPARE(missing.error().code, ErrorCode::ConfigMissing);
        QVERIFY(missing.error().detail.contains(QStringLiteral("nope.json")));

        QFile file(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes(good()));
        file.close();
        QVERIFY(VendorConfig::load(file.fileName()).hasValue());

        // Files the configuration names are resolved next to it.
        QJsonObject branded = good();
        branded.insert(QStringLiteral("logo"), QStringLiteral("art/logo.svg"));
        branded.insert(QStringLiteral("accentColor"), QStringLiteral("#1a73e8"));
        branded.insert(QStringLiteral("extraCaCertificates"), QStringLiteral("/etc/ca.pem"));
        branded.insert(QStringLiteral("secretStorageFallback"), QStringLiteral("file"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes(branded));
        file.close();
        const auto loaded = VendorConfig::load(file.fileName());
        QVERIFY(loaded.hasValue());
        QCOMPARE(loaded->logo, dir.filePath(QStringLiteral("art/logo.svg")));
        QCOMPARE(loaded->accentColor, QStringLiteral("#1a73e8"));
        QCOMPARE(loaded->extraCaFile, QStringLiteral("/etc/ca.pem"));
        QCOMPARE(loaded->secretFallback, QStringLiteral("file"));

        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{}");
        file.close();
        const auto bad = VendorConfig::load(file.fileName());
        QVERIFY(!bad.hasValue());
        QCOMPARE(bad.error().code, ErrorCode::ConfigInvalid);
        QVERIFY(bad.error().detail.contains(file.fileName()));
    }

    void runtimePath()
    {
        qunsetenv("KEYWAY_CONFIG");
        QCOMPARE(VendorConfig::runtimePath(QString()), QString());
        qputenv("KEYWAY_CONFIG", "/from/env.json");
        QCOMPARE(VendorConfig::runtimePath(QString()), QStringLiteral("/from/env.json"));
        QCOMPARE(VendorConfig::runtimePath(QStringLiteral("/explicit.json")),
                 QStringLiteral("/explicit.json"));
        qunsetenv("KEYWAY_CONFIG");
    }

    // Issue 12: whom to trust is compiled in; no file or variable changes it.
    void withoutCompiledInConfiguration()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, good());
        QCOMPARE(VendorConfig::compiledInPath(), QStringLiteral(":/keyway/vendor-config.json"));
        for (const QString &runtime : {QString(), path}) {
            qputenv("KEYWAY_CONFIG", path.toLocal8Bit());
            const auto config = VendorConfig::resolve(runtime);
            qunsetenv("KEYWAY_CONFIG");
            QVERIFY(!config);
            QCOMPARE(config.error().code, ErrorCode::ConfigMissing);
            QVERIFY(config.error().detail.contains(QStringLiteral("keyway_add_vendor_config")));
            QVERIFY(!config.error().message.isEmpty());
        }
    }

    void runtimeFileChangesEndpointsAndLooks()
    {
        QTemporaryDir dir;
        const QJsonObject runtime {
            {QStringLiteral("issuer"), QStringLiteral("https://login.example.com")},
            {QStringLiteral("clientId"), QStringLiteral("other-client")},
            {QStringLiteral("browser"), QStringLiteral("system")},
            {QStringLiteral("logo"), QStringLiteral("logo.svg")},
            {QStringLiteral("supportUrl"), QStringLiteral("mailto:help@example.com")},
        };
        const auto config = VendorConfig::resolve(bytes(good()), writeFile(dir, runtime));
        QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
        QCOMPARE(config->issuer, QUrl(QStringLiteral("https://login.example.com")));
        QCOMPARE(config->clientId, QStringLiteral("other-client"));
        QCOMPARE(config->browser, QStringLiteral("system"));
        QCOMPARE(config->logo, dir.filePath(QStringLiteral("logo.svg")));
        QCOMPARE(config->productName, QStringLiteral("Keyway Demo"));
        QVERIFY(config->licenseKeys.find(QStringLiteral("lk")));
        QCOMPARE(config->leaseSeconds, 3600);
        QCOMPARE(config->runtimeFile, dir.filePath(QStringLiteral("runtime.json")));

        // Without a runtime file: the compiled-in document as it is.
        const auto plain = VendorConfig::resolve(bytes(good()), QString());
        QVERIFY(plain);
        QCOMPARE(plain->issuer, QUrl(QStringLiteral("http://127.0.0.1:8765")));
        QVERIFY(plain->runtimeFile.isEmpty());
    }

    void itemDisplayNames()
    {
        QJsonObject json = good();
        json.insert(
            QStringLiteral("itemNames"),
            QJsonObject {
                {QStringLiteral("keyway-pro"),
                 QJsonObject {{QStringLiteral("en"), QStringLiteral("Professional edition")},
                              {QStringLiteral("fi"), QStringLiteral("Ammattilaisversio")},
                              {QStringLiteral("pt_BR"), QStringLiteral("Edição profissional")},
                              {QStringLiteral("de"), QStringLiteral(" Profi-Edition ")}}},
                {QStringLiteral("keyway-export"), QStringLiteral("Export")},
            });
        const auto config = VendorConfig::fromJson(bytes(json));
        QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
        const QString pro = QStringLiteral("keyway-pro");
        QCOMPARE(config->itemDisplayName(pro, QLocale(QStringLiteral("en_US"))),
                 QStringLiteral("Professional edition"));
        QCOMPARE(config->itemDisplayName(pro, QLocale(QStringLiteral("fi_FI"))),
                 QStringLiteral("Ammattilaisversio"));
        QCOMPARE(config->itemDisplayName(pro, QLocale(QStringLiteral("de_AT"))),
                 QStringLiteral("Profi-Edition")); // the language's name, trimmed
        QCOMPARE(config->itemDisplayName(pro, QLocale(QStringLiteral("pt_BR"))),
                 QStringLiteral("Edição profissional"));
        // A language the vendor did not translate: English.
        QCOMPARE(config->itemDisplayName(pro, QLocale(QStringLiteral("sv_SE"))),
                 QStringLiteral("Professional edition"));
        // One name for every language.
        QCOMPARE(config->itemDisplayName(QStringLiteral("keyway-export"),
                                         QLocale(QStringLiteral("fi_FI"))),
                 QStringLiteral("Export"));
        // No name: the id.
        QCOMPARE(config->itemDisplayName(QStringLiteral("keyway-other"),
                                         QLocale(QStringLiteral("fi_FI"))),
                 QStringLiteral("keyway-other"));

        // Without "itemNames" (as before it existed): every item is called by its id.
        const auto plain = VendorConfig::fromJson(bytes(good()));
        QVERIFY(plain);
        QVERIFY(plain->itemNames.isEmpty());
        QCOMPARE(plain->itemDisplayName(pro, QLocale(QStringLiteral("fi_FI"))), pro);

        // Names only, without English: a language not given falls back to the id.
        QJsonObject finnishOnly = good();
        finnishOnly.insert(
            QStringLiteral("itemNames"),
            QJsonObject {
                {pro, QJsonObject {{QStringLiteral("fi"), QStringLiteral("Ammattilaisversio")}}}});
        const auto finnish = VendorConfig::fromJson(bytes(finnishOnly));
        QVERIFY(finnish);
        QCOMPARE(finnish->itemDisplayName(pro, QLocale(QStringLiteral("de_DE"))), pro);
    }

    void runtimeFileMayRenameItems()
    {
        // Names are looks: a runtime file may give or change them.
        QTemporaryDir dir;
        const QJsonObject runtime {
            {QStringLiteral("itemNames"),
             QJsonObject {{QStringLiteral("keyway-pro"), QStringLiteral("Keyway Pro")}}}};
        const auto config = VendorConfig::resolve(bytes(good()), writeFile(dir, runtime));
        QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
        QCOMPARE(config->itemDisplayName(QStringLiteral("keyway-pro"), QLocale(QLocale::Finnish)),
                 QStringLiteral("Keyway Pro"));
        QVERIFY(!VendorConfig::trustKeys().contains(QStringLiteral("itemNames")));
    }

    void runtimeFileMayRepeatOrNarrowTheTrustAnchors()
    {
        QTemporaryDir dir;
        // The dev server's client-config.json repeats the key (its kid may differ).
        QJsonObject repeated = good();
        repeated.insert(QStringLiteral("licenseKeys"),
                        QJsonObject {{QStringLiteral("keys"),
                                      QJsonArray {TestKeys::publicJwk(
                                          m_key.get(), QStringLiteral("other-kid"))}}});
        repeated.insert(QStringLiteral("leaseSeconds"), 1800);
        repeated.insert(QStringLiteral("clockTolerance"), 600);
        const auto config = VendorConfig::resolve(bytes(good()), writeFile(dir, repeated));
        QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
        QVERIFY(config->licenseKeys.find(QStringLiteral("lk")));
        QVERIFY(!config->licenseKeys.find(QStringLiteral("other-kid")));
        QCOMPARE(config->leaseSeconds, 1800);
        QCOMPARE(config->clockToleranceSeconds, 600);
        QCOMPARE(config->maximumLeaseSeconds(), 2400);
    }

    void runtimeFileNamingOtherTrustIsRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("another key") << QStringLiteral("licenseKeys") << QJsonValue();
        QTest::newRow("a longer lease") << QStringLiteral("leaseSeconds") << QJsonValue(7200);
        QTest::newRow("a wider tolerance") << QStringLiteral("clockTolerance") << QJsonValue(7200);
        QTest::newRow("a lease as text")
            << QStringLiteral("leaseSeconds") << QJsonValue(QStringLiteral("3600"));
        QTest::newRow("keys not a set")
            << QStringLiteral("licenseKeys") << QJsonValue(QStringLiteral("none"));
    }
    void runtimeFileNamingOtherTrustIsRefused()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QTemporaryDir dir;
        QJsonObject runtime = good();
        if (value.isUndefined() || value.isNull()) {
            // The key the customer signed their own token with, beside the vendor's.
            runtime.insert(
                key,
                QJsonObject {
                    {QStringLiteral("keys"),
                     QJsonArray {TestKeys::publicJwk(m_key.get(), QStringLiteral("lk")),
                                 TestKeys::publicJwk(m_weak.get(), QStringLiteral("mine"))}}});
        } else {
            runtime.insert(key, value);
        }
        const QString path = writeFile(dir, runtime);
        const auto config = VendorConfig::resolve(bytes(good()), path);
        QVERIFY(!config);
        QCOMPARE(config.error().code, ErrorCode::ConfigTrustOverride);
        QVERIFY2(config.error().message.contains(path), qPrintable(config.error().message));
        QVERIFY2(config.error().message.contains(key), qPrintable(config.error().message));
        QVERIFY(config.error().detail.contains(key));
        QCOMPARE(errorCodeName(config.error().code), QStringLiteral("ConfigTrustOverride"));
    }

    void compiledInDocumentMustNameKeys()
    {
        QJsonObject json = good();
        json.remove(QStringLiteral("licenseKeys"));
        const auto config = VendorConfig::resolve(bytes(json), QString());
        QVERIFY(!config);
        QCOMPARE(config.error().code, ErrorCode::ConfigInvalid);
        QVERIFY(config.error().detail.startsWith(QStringLiteral("compiled-in configuration")));
    }

    void storageKey_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("key");
        QTest::newRow("loopback with port")
            << QStringLiteral("keyway-desktop") << QStringLiteral("http://127.0.0.1:8765")
            << QStringLiteral("keyway-desktop_127.0.0.1_8765");
        QTest::newRow("https default port")
            << QStringLiteral("app") << QStringLiteral("https://ID.Example.com")
            << QStringLiteral("app_id.example.com_443");
        QTest::newRow("IPv6") << QStringLiteral("app") << QStringLiteral("http://[::1]:9000")
                              << QStringLiteral("app___1_9000");
        QTest::newRow("issuer with path")
            << QStringLiteral("app") << QStringLiteral("https://id.example.com/realms/x")
            << QStringLiteral("app_id.example.com_443_realms_x");
        QTest::newRow("trailing slash only")
            << QStringLiteral("app") << QStringLiteral("https://tenant.auth0.com/")
            << QStringLiteral("app_tenant.auth0.com_443");
        QTest::newRow("unsafe characters")
            << QStringLiteral("../a b/c") << QStringLiteral("https://x.org")
            << QStringLiteral("___a_b_c_x.org_443");
    }
    void storageKey()
    {
        QFETCH(QString, clientId);
        QFETCH(QString, issuer);
        QFETCH(QString, key);
        VendorConfig config;
        config.clientId = clientId;
        config.issuer = QUrl(issuer);
        QCOMPARE(config.storageKey(), key);
    }
};

QTEST_GUILESS_MAIN(VendorConfigTest)
#include "vendorconfigtest.moc"
