// SPDX-License-Identifier: BSD-3-Clause
#include "vendorconfig.h"

#include "core/tr.h"
#include "core/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace Keyway {

namespace {
const QLatin1String LicenseKeysKey("licenseKeys");
const QLatin1String LeaseKey("leaseSeconds");
const QLatin1String ToleranceKey("clockTolerance");

Error invalid(const QString &key, const QString &problem)
{
    return Error(ErrorCode::ConfigInvalid, QStringLiteral("\"%1\": %2").arg(key, problem));
}

Result<QString> requiredString(const QJsonObject &json, const QString &key,
                               const QString &label = QString())
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return unexpected(invalid(label.isEmpty() ? key : label, QStringLiteral("missing")));
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return unexpected(
            invalid(label.isEmpty() ? key : label, QStringLiteral("must be a non-empty string")));
    return value.toString();
}

Result<QString> optionalString(const QJsonObject &json, const QString &key,
                               const QString &fallback = QString(),
                               const QString &label = QString())
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isString())
        return unexpected(
            invalid(label.isEmpty() ? key : label, QStringLiteral("must be a string")));
    return value.toString();
}

Result<QStringList> stringList(const QJsonObject &json, const QString &key, bool required)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() && !required)
        return QStringList();
    if (value.isUndefined())
        return unexpected(invalid(key, QStringLiteral("missing")));
    if (!value.isArray())
        return unexpected(invalid(key, QStringLiteral("must be an array of strings")));
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array) {
        if (!entry.isString() || entry.toString().trimmed().isEmpty())
            return unexpected(invalid(key, QStringLiteral("must hold non-empty strings only")));
        if (result.contains(entry.toString()))
            return unexpected(
                invalid(key, QStringLiteral("holds \"%1\" twice").arg(entry.toString())));
        result.append(entry.toString());
    }
    if (required && result.isEmpty())
        return unexpected(invalid(key, QStringLiteral("must not be empty")));
    return result;
}

/// "itemNames": by item id, a name for every language or an object of names by language.
Result<QHash<QString, QHash<QString, QString>>> parseItemNames(const QJsonObject &json)
{
    const QString key = QStringLiteral("itemNames");
    const QJsonValue value = json.value(key);
    QHash<QString, QHash<QString, QString>> names;
    if (value.isUndefined() || value.isNull())
        return names;
    if (!value.isObject())
        return unexpected(invalid(key, QStringLiteral("must be an object of names by item id")));
    const QJsonObject byItem = value.toObject();
    for (auto it = byItem.begin(); it != byItem.end(); ++it) {
        const QString label = key + QLatin1Char('.') + it.key();
        if (it.value().isString() && !it.value().toString().trimmed().isEmpty()) {
            names[it.key()].insert(QString(), it.value().toString().trimmed());
            continue;
        }
        if (!it.value().isObject() || it.value().toObject().isEmpty())
            return unexpected(invalid(label,
                                      QStringLiteral("must be a non-empty string or an object "
                                                     "of names by language")));
        const QJsonObject byLanguage = it.value().toObject();
        for (auto name = byLanguage.begin(); name != byLanguage.end(); ++name) {
            if (!name.value().isString() || name.value().toString().trimmed().isEmpty())
                return unexpected(invalid(label + QLatin1Char('.') + name.key(),
                                          QStringLiteral("must be a non-empty string")));
            // "pt_BR" and "pt-BR" are one language.
            QString language = name.key();
            language.replace(QLatin1Char('_'), QLatin1Char('-'));
            names[it.key()].insert(language, name.value().toString().trimmed());
        }
    }
    return names;
}

/// An optional whole number from @p min to @p max; @p fallback when absent.
Result<int> wholeNumber(const QJsonObject &json, const QString &key, int min, int max, int fallback,
                        const QString &problem)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return fallback;
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < min || number > max || std::floor(number) != number)
        return unexpected(invalid(key, problem));
    return int(number);
}

// Without Qt Network: 127.0.0.0/8 and ::1 (QUrl gives IPv6 hosts without brackets).
bool isLoopbackAddress(const QString &host)
{
    if (host == QLatin1String("::1"))
        return true;
    const QStringList octets = host.split(QLatin1Char('.'));
    if (octets.size() != 4 || octets.first() != QLatin1String("127"))
        return false;
    for (const QString &octet : octets) {
        bool ok = false;
        const int value = octet.toInt(&ok);
        if (!ok || value < 0 || value > 255)
            return false;
    }
    return true;
}

bool isLoopbackHost(const QString &host)
{
    return host == QLatin1String("localhost") || isLoopbackAddress(host);
}

constexpr qint64 MaximumDocumentSize = 1024 * 1024;

/// @p file, if relative, as a path next to the document @p documentPath.
QString besideFile(const QString &documentPath, const QString &file)
{
    if (file.isEmpty() || !QDir::isRelativePath(file))
        return file;
    return QDir::cleanPath(QFileInfo(documentPath).absoluteDir().absoluteFilePath(file));
}

/// Whether @p keys holds a key with the public material of @p key (kid and use may differ).
bool containsKey(const QJsonArray &keys, const QJsonObject &key)
{
    static const QStringList material {QStringLiteral("kty"), QStringLiteral("crv"),
                                       QStringLiteral("n"),   QStringLiteral("e"),
                                       QStringLiteral("x"),   QStringLiteral("y")};
    if (key.value(QStringLiteral("kty")).toString().isEmpty())
        return false;
    for (const QJsonValue &candidate : keys) {
        const QJsonObject object = candidate.toObject();
        bool same = true;
        for (const QString &member : material)
            same = same && object.value(member) == key.value(member);
        if (same)
            return true;
    }
    return false;
}
} // namespace

Result<VendorConfig> VendorConfig::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return unexpected(Error(ErrorCode::ConfigInvalid,
                                QStringLiteral("not JSON: %1 at offset %2")
                                    .arg(parseError.errorString())
                                    .arg(parseError.offset)));
    if (!document.isObject())
        return unexpected(Error(ErrorCode::ConfigInvalid, QStringLiteral("not a JSON object")));
    const QJsonObject root = document.object();
    VendorConfig config;

#define KEYWAY_TAKE(target, expression) \
    { \
        auto result = expression; \
        if (!result) \
            return unexpected(result.error()); \
        target = *result; \
    }

    KEYWAY_TAKE(config.productName, requiredString(root, QStringLiteral("productName")))
    KEYWAY_TAKE(config.vendorName, requiredString(root, QStringLiteral("vendorName")))
    KEYWAY_TAKE(config.clientId, requiredString(root, QStringLiteral("clientId")))

    QString issuer;
    KEYWAY_TAKE(issuer, requiredString(root, QStringLiteral("issuer")))
    config.issuer = QUrl(issuer, QUrl::StrictMode);
    // Paths are fine (Keycloak's /realms/x, Entra ID's /v2.0, Okta's /oauth2/default); the
    // string is kept as written, since discovery's issuer must equal it exactly.
    if (!config.issuer.isValid() || config.issuer.host().isEmpty() || config.issuer.hasQuery()
        || config.issuer.hasFragment() || !config.issuer.userInfo().isEmpty())
        return unexpected(invalid(QStringLiteral("issuer"),
                                  QStringLiteral("must be a URL without query or fragment, e.g. "
                                                 "https://login.example.com/realms/x")));
    if (config.issuerString() != issuer)
        return unexpected(invalid(QStringLiteral("issuer"),
                                  QStringLiteral("must be written exactly as the provider's "
                                                 "discovery document gives it: %1 reads as %2")
                                      .arg(issuer, config.issuerString())));
    // Sign-in over plain HTTP is only acceptable when it never leaves the machine.
    const QString scheme = config.issuer.scheme();
    if (scheme != QLatin1String("https")
        && !(scheme == QLatin1String("http") && isLoopbackHost(config.issuer.host())))
        return unexpected(
            invalid(QStringLiteral("issuer"),
                    QStringLiteral("must use https (http only for a loopback host)")));

    QString licensing;
    KEYWAY_TAKE(licensing, optionalString(root, QStringLiteral("licensingBaseUrl")))
    if (!licensing.isEmpty()) {
        const QUrl url(licensing, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || url.hasQuery() || url.hasFragment()
            || !url.userInfo().isEmpty()
            || !(url.scheme() == QLatin1String("https")
                 || (url.scheme() == QLatin1String("http") && isLoopbackHost(url.host()))))
            return unexpected(invalid(QStringLiteral("licensingBaseUrl"),
                                      QStringLiteral("must be an https URL (http only for a "
                                                     "loopback host) without query or fragment")));
        config.licensingBaseUrl = url;
    }

    KEYWAY_TAKE(config.browser,
                optionalString(root, QStringLiteral("browser"), QStringLiteral("embedded")))
    if (config.browser != QLatin1String("embedded") && config.browser != QLatin1String("system"))
        return unexpected(invalid(QStringLiteral("browser"),
                                  QStringLiteral("must be \"embedded\" or \"system\"")));

    QString signInPage;
    KEYWAY_TAKE(signInPage,
                optionalString(root, QStringLiteral("signInPage"), QStringLiteral("process")))
    if (signInPage != QLatin1String("window") && signInPage != QLatin1String("process"))
        return unexpected(invalid(QStringLiteral("signInPage"),
                                  QStringLiteral("must be \"window\" or \"process\"")));
    config.signInPageInOwnProcess = signInPage == QLatin1String("process");

    const QJsonValue redirects = root.value(QStringLiteral("redirectUris"));
    if (redirects.isUndefined())
        return unexpected(invalid(QStringLiteral("redirectUris"), QStringLiteral("missing")));
    if (!redirects.isObject())
        return unexpected(
            invalid(QStringLiteral("redirectUris"), QStringLiteral("must be an object")));
    const QJsonObject redirectObject = redirects.toObject();
    for (const QString &kind : {QStringLiteral("embedded"), QStringLiteral("loopback")}) {
        const QString key = QStringLiteral("redirectUris.") + kind;
        // The browser in use needs its redirect URI; the other one is optional.
        const bool embedded = kind == QLatin1String("embedded");
        const bool needed = embedded == (config.browser == QLatin1String("embedded"));
        Result<QString> text = needed ? requiredString(redirectObject, kind, key)
                                      : optionalString(redirectObject, kind, QString(), key);
        if (!text)
            return unexpected(text.error());
        if (text->isEmpty())
            continue;
        const QUrl url(*text, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty())
            return unexpected(invalid(key, QStringLiteral("must be an absolute URI")));
        if (!embedded) {
            if (url.scheme() != QLatin1String("http") || !isLoopbackAddress(url.host()))
                return unexpected(invalid(key,
                                          QStringLiteral("must be http://127.0.0.1/... or "
                                                         "http://[::1]/...")));
            config.loopbackRedirectUri = url;
        } else {
            config.embeddedRedirectUri = url;
        }
    }

    KEYWAY_TAKE(config.scopes, stringList(root, QStringLiteral("scopes"), true))
    if (!config.scopes.contains(QLatin1String("openid")))
        return unexpected(invalid(QStringLiteral("scopes"), QStringLiteral("must contain openid")));
    KEYWAY_TAKE(config.licensedItems, stringList(root, QStringLiteral("licensedItems"), true))
    KEYWAY_TAKE(config.itemNames, parseItemNames(root))
    KEYWAY_TAKE(config.allowedOrigins, stringList(root, QStringLiteral("allowedOrigins"), false))
    KEYWAY_TAKE(config.supportUrl, optionalString(root, QStringLiteral("supportUrl")))
    if (!config.supportUrl.isEmpty()) {
        const QUrl support(config.supportUrl, QUrl::StrictMode);
        if (!support.isValid()
            || (support.scheme() != QLatin1String("https")
                && support.scheme() != QLatin1String("http")
                && support.scheme() != QLatin1String("mailto")))
            return unexpected(invalid(QStringLiteral("supportUrl"),
                                      QStringLiteral("must be an https, http or mailto URL")));
    }
    KEYWAY_TAKE(config.renewalUrl, optionalString(root, QStringLiteral("renewalUrl")))
    if (!config.renewalUrl.isEmpty()) {
        const QUrl renewal(config.renewalUrl, QUrl::StrictMode);
        if (!renewal.isValid() || renewal.host().isEmpty()
            || (renewal.scheme() != QLatin1String("https")
                && renewal.scheme() != QLatin1String("http")))
            return unexpected(invalid(QStringLiteral("renewalUrl"),
                                      QStringLiteral("must be an https or http URL")));
    }
    KEYWAY_TAKE(config.licenseEndWarningDays,
                wholeNumber(root, QStringLiteral("licenseEndWarningDays"), 0, 365,
                            config.licenseEndWarningDays,
                            QStringLiteral("must be a whole number of days from 0 to 365")))
    KEYWAY_TAKE(config.logo, optionalString(root, QStringLiteral("logo")))
    KEYWAY_TAKE(config.accentColor, optionalString(root, QStringLiteral("accentColor")))
    if (!config.accentColor.isEmpty()) {
        static const QRegularExpression colour(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
        if (!colour.match(config.accentColor).hasMatch())
            return unexpected(invalid(QStringLiteral("accentColor"),
                                      QStringLiteral("must be a colour like \"#1a73e8\"")));
    }
    KEYWAY_TAKE(config.extraCaFile, optionalString(root, QStringLiteral("extraCaCertificates")))
    KEYWAY_TAKE(
        config.secretFallback,
        optionalString(root, QStringLiteral("secretStorageFallback"), QStringLiteral("none")))
    if (config.secretFallback != QLatin1String("none")
        && config.secretFallback != QLatin1String("file"))
        return unexpected(invalid(QStringLiteral("secretStorageFallback"),
                                  QStringLiteral("must be \"none\" or \"file\"")));
    KEYWAY_TAKE(config.loopbackPort,
                wholeNumber(root, QStringLiteral("loopbackPort"), 0, 65535, config.loopbackPort,
                            QStringLiteral("must be a port number from 1 to 65535, or 0 for any "
                                           "free port")))
    KEYWAY_TAKE(config.signInTimeoutSeconds,
                wholeNumber(root, QStringLiteral("signInTimeout"), 30, 3600,
                            config.signInTimeoutSeconds,
                            QStringLiteral("must be a whole number of seconds from 30 to 3600")))
#undef KEYWAY_TAKE

    const QJsonValue lease = root.value(QStringLiteral("leaseSeconds"));
    if (!lease.isUndefined()) {
        const double seconds = lease.toDouble(-1);
        if (!lease.isDouble() || seconds < 1 || seconds > 100.0 * 366 * 86400
            || std::floor(seconds) != seconds)
            return unexpected(
                invalid(QStringLiteral("leaseSeconds"),
                        QStringLiteral("must be a positive whole number of seconds")));
        config.leaseSeconds = qint64(seconds);
    }

    const QJsonValue tolerance = root.value(QStringLiteral("clockTolerance"));
    if (!tolerance.isUndefined()) {
        const double seconds = tolerance.toDouble(-1);
        if (!tolerance.isDouble() || seconds < 60 || seconds > 30.0 * 86400
            || std::floor(seconds) != seconds)
            return unexpected(invalid(QStringLiteral("clockTolerance"),
                                      QStringLiteral("must be a whole number of seconds from 60 "
                                                     "to 2592000 (30 days)")));
        config.clockToleranceSeconds = qint64(seconds);
    }

    const QJsonValue keys = root.value(QStringLiteral("licenseKeys"));
    if (keys.isUndefined())
        return unexpected(invalid(QStringLiteral("licenseKeys"), QStringLiteral("missing")));
    if (!keys.isObject())
        return unexpected(invalid(QStringLiteral("licenseKeys"),
                                  QStringLiteral("must be a JWK set {\"keys\": [...]}")));
    auto keySet = JwkSet::fromJson(keys.toObject());
    if (!keySet)
        return unexpected(invalid(QStringLiteral("licenseKeys"), keySet.error().detail));
    config.licenseKeys = *keySet;
    return config;
}

Result<VendorConfig> VendorConfig::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return unexpected(
            Error(ErrorCode::ConfigMissing, QStringLiteral("%1: no such file").arg(path)));
    if (!file.open(QIODevice::ReadOnly))
        return unexpected(Error(ErrorCode::ConfigMissing,
                                QStringLiteral("%1: %2").arg(path, file.errorString())));
    auto config = fromJson(file.read(MaximumDocumentSize));
    if (!config)
        return unexpected(Error(config.error().code, config.error().message,
                                path + QStringLiteral(": ") + config.error().detail));
    // Files the configuration names are found next to it.
    config->logo = besideFile(path, config->logo);
    config->extraCaFile = besideFile(path, config->extraCaFile);
    return config;
}

QStringList VendorConfig::trustKeys()
{
    return {LicenseKeysKey, LeaseKey, ToleranceKey};
}

QString VendorConfig::runtimePath(const QString &explicitPath)
{
    if (!explicitPath.isEmpty())
        return explicitPath;
    return qEnvironmentVariable("KEYWAY_CONFIG");
}

Result<VendorConfig> VendorConfig::resolve(const QString &explicitPath)
{
    QFile compiledIn(compiledInPath());
    if (!compiledIn.open(QIODevice::ReadOnly))
        return unexpected(
            Error(ErrorCode::ConfigMissing,
                  LicenseTr::tr("This program was built without its vendor's activation "
                                "settings, so it cannot check licenses. Contact the "
                                "vendor."),
                  QStringLiteral("no compiled-in configuration at %1: the product "
                                 "must call keyway_add_vendor_config()")
                      .arg(compiledInPath())));
    return resolve(compiledIn.read(MaximumDocumentSize), runtimePath(explicitPath));
}

Result<VendorConfig> VendorConfig::resolve(const QByteArray &compiledIn, const QString &runtimeFile)
{
    const QJsonObject base = QJsonDocument::fromJson(compiledIn).object();
    auto compiled = fromJson(compiledIn);
    if (!compiled)
        return unexpected(
            Error(compiled.error().code, compiled.error().message,
                  QStringLiteral("compiled-in configuration: ") + compiled.error().detail));
    compiled->logo = besideFile(compiledInPath(), compiled->logo);
    compiled->extraCaFile = besideFile(compiledInPath(), compiled->extraCaFile);
    if (runtimeFile.isEmpty())
        return compiled;

    QFile file(runtimeFile);
    if (!file.exists())
        return unexpected(
            Error(ErrorCode::ConfigMissing, QStringLiteral("%1: no such file").arg(runtimeFile)));
    if (!file.open(QIODevice::ReadOnly))
        return unexpected(Error(ErrorCode::ConfigMissing,
                                QStringLiteral("%1: %2").arg(runtimeFile, file.errorString())));
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(file.read(MaximumDocumentSize), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return unexpected(Error(ErrorCode::ConfigInvalid,
                                QStringLiteral("%1: not a JSON object").arg(runtimeFile)));
    const QJsonObject runtime = document.object();

    // Whom to trust is the vendor's: a runtime file may repeat the trust anchors or narrow
    // them, never name other keys or widen them.
    const auto refuse = [&runtimeFile](const QString &key, const QString &why) {
        return unexpected(Error(
            ErrorCode::ConfigTrustOverride,
            LicenseTr::tr(
                "The settings file %1 tries to change which licenses this product trusts (%2). "
                "Only the vendor can change that, so the file was not used. Remove \"%2\" "
                "from it or use the file the vendor supplied.")
                .arg(runtimeFile, key),
            QStringLiteral("%1: \"%2\" %3").arg(runtimeFile, key, why)));
    };
    if (runtime.contains(LicenseKeysKey)) {
        const QJsonArray compiledKeys =
            base.value(LicenseKeysKey).toObject().value(QStringLiteral("keys")).toArray();
        const QJsonValue keys =
            runtime.value(LicenseKeysKey).toObject().value(QStringLiteral("keys"));
        if (!keys.isArray())
            return refuse(LicenseKeysKey, QStringLiteral("is not a JWK set"));
        for (const QJsonValue &key : keys.toArray()) {
            if (!containsKey(compiledKeys, key.toObject()))
                return refuse(LicenseKeysKey,
                              QStringLiteral("names key \"%1\", which the compiled-in "
                                             "configuration does not")
                                  .arg(key.toObject().value(QStringLiteral("kid")).toString()));
        }
    }
    for (const auto &[key, compiledValue] :
         {std::pair {QString(LeaseKey), compiled->leaseSeconds},
          std::pair {QString(ToleranceKey), compiled->clockToleranceSeconds}}) {
        const QJsonValue value = runtime.value(key);
        if (!value.isUndefined() && (!value.isDouble() || value.toDouble() > double(compiledValue)))
            return refuse(key, QStringLiteral("exceeds the compiled-in %1 s").arg(compiledValue));
    }

    QJsonObject merged = base;
    for (auto it = runtime.constBegin(); it != runtime.constEnd(); ++it) {
        if (it.key() != LicenseKeysKey)
            merged.insert(it.key(), it.value());
    }
    auto config = fromJson(QJsonDocument(merged).toJson(QJsonDocument::Compact));
    if (!config)
        return unexpected(Error(config.error().code, config.error().message,
                                runtimeFile + QStringLiteral(": ") + config.error().detail));
    // Paths the runtime file names are found next to it; the others next to the resource.
    config->logo = besideFile(
        runtime.contains(QStringLiteral("logo")) ? runtimeFile : compiledInPath(), config->logo);
    config->extraCaFile = besideFile(
        runtime.contains(QStringLiteral("extraCaCertificates")) ? runtimeFile : compiledInPath(),
        config->extraCaFile);
    config->runtimeFile = runtimeFile;
    return config;
}

QString VendorConfig::itemDisplayName(const QString &id, const QLocale &locale) const
{
    const auto names = itemNames.constFind(id);
    if (names == itemNames.cend())
        return id;
    const QString tag = locale.bcp47Name();
    const QString full = locale.name().replace(QLatin1Char('_'), QLatin1Char('-')); // "pt-BR"
    for (const QString &language :
         {full, tag, tag.section(QLatin1Char('-'), 0, 0), QString(), QStringLiteral("en")}) {
        const auto name = names->constFind(language);
        if (name != names->cend())
            return *name;
    }
    return id;
}

QString VendorConfig::itemDisplayName(const QString &id) const
{
    return itemDisplayName(id, uiLocale());
}

QString VendorConfig::storageKey() const
{
    const int defaultPort = issuer.scheme() == QLatin1String("http") ? 80 : 443;
    const QString raw = clientId.left(64) + QLatin1Char('_') + issuer.host().toLower()
        + QLatin1Char('_') + QString::number(issuer.port(defaultPort))
        + (issuer.path().size() > 1 ? issuer.path() : QString());
    QString key;
    key.reserve(raw.size());
    for (QChar c : raw) {
        const bool safe = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-')
            || c == QLatin1Char('_') || c == QLatin1Char('.');
        key.append(safe ? c : QLatin1Char('_'));
    }
    // Never "." or "..", never hidden.
    for (qsizetype i = 0; i < key.size() && key.at(i) == QLatin1Char('.'); ++i)
        key[i] = QLatin1Char('_');
    return key;
}

} // namespace Keyway
