// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "core/error.h"
#include "jose/jwk.h"
#include "keyway_license_export.h"

#include <QHash>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Keyway {

/**
 * What the vendor ships with the product: who signs people in, which items the product needs
 * and the keys its license tokens are signed with (the schema of client-config.json, see
 * docs/protocol.md).
 *
 * Two kinds of fields (docs/licensing.md, "The vendor configuration"):
 * - trust anchors (trustKeys(): licenseKeys, leaseSeconds, clockTolerance) say whom to trust.
 *   They come only from the document compiled into the product with keyway_add_vendor_config();
 * - every other field (issuer, clientId, redirectUris, scopes, licensedItems, browser, branding,
 *   supportUrl, extraCaCertificates, secretStorageFallback, and any field added later) says where
 *   to connect and how to look; a runtime file (--config, $KEYWAY_CONFIG) may override it.
 * A product obtains its configuration from resolve() and nowhere else.
 */
struct KEYWAY_LICENSE_EXPORT VendorConfig
{
    static constexpr qint64 DefaultLeaseSeconds = 604800; // one week
    static constexpr qint64 DefaultClockToleranceSeconds = 3600; // one hour

    QString productName;
    QString vendorName;
    /**
     * The OpenID provider, exactly as its discovery document spells it (OIDC Discovery §4.3
     * compares the strings): a path ("https://id.example.com/realms/x") and a trailing slash
     * (Auth0's "https://tenant.auth0.com/") are kept as configured.
     */
    QUrl issuer;
    QString clientId;
    QUrl embeddedRedirectUri; ///< private-use scheme, for the embedded browser
    QUrl loopbackRedirectUri; ///< http://127.0.0.1/..., for the system browser
    QStringList scopes;
    QStringList licensedItems; ///< the items the product checks out; at least one
    /**
     * "itemNames" (optional): the name the customer sees for each licensed item, by item id:
     * a string (every language) or an object of names by language ("en", "fi", "pt-BR", ...).
     * Looks only, not trust: a runtime file may change them. Use itemDisplayName().
     */
    QHash<QString, QHash<QString, QString>> itemNames;
    JwkSet licenseKeys; ///< pinned license-signing keys (trust anchor)
    /// The longest lease the vendor grants (trust anchor): checkouts ask for it, and a token
    /// whose "exp" - "iat" exceeds it plus the clock tolerance is refused.
    qint64 leaseSeconds = DefaultLeaseSeconds;
    QStringList allowedOrigins; ///< optional
    QString browser = QStringLiteral("embedded"); ///< "embedded" or "system"
    /**
     * "signInPage" (optional): where the embedded page runs. "process" (the default): in
     * keyway-signin, so that the product never maps Qt WebEngine; the keyboard focus is handed
     * between the window and the page over the pipe (docs/signin.md, "The helper process").
     * "window": in the product's process, through keyway-browser-plugin.
     */
    bool signInPageInOwnProcess = true;
    QString supportUrl; ///< optional: where the window's "Get help" link points
    /// "renewalUrl" (optional, https or http): where the customer renews or extends the license;
    /// the window links it while a license ends soon (licenseEndWarningDays).
    QString renewalUrl;
    static constexpr int DefaultLicenseEndWarningDays = 14;
    /**
     * "licenseEndWarningDays" (optional, 0 to 365): how many days before a license ends the
     * window and LicenseGuard say so (LicenseStore::ItemStatus::endsSoon). 0 turns the warning
     * off. Not a trust anchor: it only decides when a sentence appears.
     */
    int licenseEndWarningDays = DefaultLicenseEndWarningDays;
    /**
     * Branding (optional). "logo": a PNG or SVG shown on the window's pages, relative to the
     * configuration file unless absolute; "accentColor": "#rrggbb" for the window's highlight.
     */
    QString logo;
    QString accentColor;
    /**
     * "extraCaCertificates" (optional): a PEM file of CA certificates trusted in addition to the
     * system's, for networks that inspect TLS. Relative to the configuration file unless absolute.
     */
    QString extraCaFile;
    /**
     * "secretStorageFallback" (optional): "none" (the default) keeps tokens in the OS keychain
     * only; "file" lets them fall back to a 0600 file in the data folder when no keychain is
     * available. The window says so whenever the fallback is in use.
     */
    QString secretFallback = QStringLiteral("none");
    /**
     * "clockTolerance" (seconds, optional): how far this computer's clock may be behind the
     * latest trusted time (a token's iat, a server's Date) before time-limited licenses are
     * blocked as "clock set back". At least 60, at most 30 days. A trust anchor.
     */
    qint64 clockToleranceSeconds = DefaultClockToleranceSeconds;
    /// The runtime file resolve() applied, empty if none (for diagnostics).
    QString runtimeFile;
    /**
     * "licensingBaseUrl" (optional): where the licensing service (/authz/, /redeem) lives when
     * it is not the identity provider. Empty: under the issuer. Use licensingBase().
     */
    QUrl licensingBaseUrl;
    /**
     * "loopbackPort" (optional): the port of the loopback redirect for providers that match
     * redirect URIs exactly, port included. 0 (the default): any free port (RFC 8252 §7.3).
     */
    int loopbackPort = 0;
    static constexpr int DefaultSignInTimeoutSeconds = 300;
    /// "signInTimeout" (seconds, optional): how long a sign-in waits for the person, 30 to 3600.
    int signInTimeoutSeconds = DefaultSignInTimeoutSeconds;

    /// The issuer exactly as configured: what discovery's "issuer" and a token's "iss" must equal.
    QString issuerString() const { return issuer.toString(QUrl::FullyEncoded); }
    /// The licensing service's base URL: licensingBaseUrl, or the issuer.
    QUrl licensingBase() const { return licensingBaseUrl.isEmpty() ? issuer : licensingBaseUrl; }

    /**
     * Parses and validates the JSON document. ConfigInvalid, with the offending key named in
     * the detail, when a required key is missing or a value is unusable.
     */
    static Result<VendorConfig> fromJson(const QByteArray &json);
    /**
     * Reads a whole document from @p path (a file or a Qt resource), trust anchors included:
     * ConfigMissing if it cannot be read. For tools and tests only; a product uses resolve(),
     * since whoever writes a file chooses the keys in it.
     */
    static Result<VendorConfig> load(const QString &path);

    /// Where keyway_add_vendor_config() puts the product's document (a Qt resource).
    static QString compiledInPath() { return QStringLiteral(":/keyway/vendor-config.json"); }
    /// The JSON keys only the compiled-in document may set (a runtime file may only repeat
    /// them, or narrow the lease and the tolerance).
    static QStringList trustKeys();
    /// @p explicitPath if given, else $KEYWAY_CONFIG, else empty: the runtime file to apply.
    static QString runtimePath(const QString &explicitPath = QString());

    /**
     * The product's configuration, in one place: the document compiled into the product
     * (compiledInPath()) overlaid with the runtime file runtimePath(@p explicitPath), if any.
     * The runtime file may set any key but the trust anchors; one that names a license key the
     * compiled-in document does not, or a longer leaseSeconds or clockTolerance, is refused
     * with ConfigTrustOverride and nothing of it is used. ConfigMissing when the product was
     * built without a compiled-in document. No environment variable changes these rules.
     */
    static Result<VendorConfig> resolve(const QString &explicitPath = QString());
    /// resolve() with the compiled-in document given, for tests and tools.
    static Result<VendorConfig> resolve(const QByteArray &compiledIn, const QString &runtimeFile);

    /**
     * The name the customer sees for item @p id in @p locale's language: the name for the
     * locale ("pt-BR"), its language ("pt"), the name for every language, the English one, and
     * the id itself when the vendor gave none. Ids stay in diagnostics and details.
     */
    QString itemDisplayName(const QString &id, const QLocale &locale) const;
    /// itemDisplayName() in the window's language (uiLocale(), core/translations.h).
    QString itemDisplayName(const QString &id) const;

    /// The longest "exp" - "iat" a license token may have: the lease plus the clock tolerance.
    qint64 maximumLeaseSeconds() const { return leaseSeconds + clockToleranceSeconds; }

    /**
     * A stable, file-system-safe name for this product installation's data: the client id and
     * the issuer's host and port, e.g. "keyway-desktop_127.0.0.1_8765", and its path if it has
     * one ("..._443_realms_x").
     */
    QString storageKey() const;
};

} // namespace Keyway
