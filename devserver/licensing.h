// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Keyway::DevServer {

class Database;
class OidcProvider;
class Router;
class Signer;

/**
 * The licensing side: activation-code batches (generation, listing), redemption into the
 * user's personal entitlement, the available-licenses listing and license checkout
 * (10Duke-style `/authz/` lease tokens signed with the license-signing key), and release.
 */
class Licensing
{
public:
    static constexpr qint64 DefaultLeaseMs = 7LL * 24 * 3600 * 1000;
    /// The product's longest lease ("leaseSeconds" of its vendor configuration): a checkout
    /// asking for more gets this much (as 10Duke and Keygen bound leases on the server).
    static constexpr qint64 MaximumLeaseMs = DefaultLeaseMs;
    static constexpr qint64 DenialLifetime = 300;
    static constexpr int DefaultRedemptionRateLimit = 10;
    static constexpr qint64 DefaultLicenseDays = 365;
    /// A subscription (a license without an end) is stored as valid until 9999-12-31T23:59:59Z.
    static constexpr qint64 SubscriptionEnd = 253402300799;

    Licensing(Database &database, OidcProvider &oidc, const Signer &licenseSigner);

    /// The HMAC key that signs symbols 17-24 of every code this server generates.
    void setCodeSecret(const QByteArray &secret) { m_codeSecret = secret; }
    /// The webshop's key for the e-commerce endpoints (docs/protocol.md §4).
    void setAdminKey(const QByteArray &key) { m_adminKey = key; }
    /// Failed redemption attempts a user may make per minute before 429 (0: unlimited).
    void setRedemptionRateLimit(int perMinute) { m_rateLimit = perMinute; }
    void registerRoutes(Router &router);

    /// Seeds the demo packages and code configurations (and their first batches) once.
    bool seedDemoData(QString *error);
    /// @p count new codes of @p configuration, stored; formatted "XXXXX-XXXXX-…".
    QStringList generateCodes(const QString &configuration, int count, QString *error);
    /// Unused codes, formatted; all configurations if @p configuration is empty.
    QStringList unusedCodes(const QString &configuration);
    /// Marks a code revoked (for demos and tests of the 410 path).
    bool revokeCode(const QString &code, QString *error);
    /// A code configuration's seats as an operator sees them.
    struct ConfigurationSeats
    {
        QString configuration;
        QString packageId;
        int seats = 0; ///< what licenses redeemed from now on get
        bool own = false; ///< the configuration's own count, not the package's
        int packageSeats = 0;
        QJsonObject toJson() const;
    };
    /**
     * Sets how many computers a license redeemed from @p configuration's codes may hold a lease
     * on at once: 1 to 1000, or 0 for the package's count again. Licenses redeemed before keep
     * theirs. False with @p error (unknown configuration, bad count).
     */
    bool setConfigurationSeats(const QString &configuration, int seats, ConfigurationSeats *result,
                               QString *error);
    bool configurationSeats(const QString &configuration, ConfigurationSeats *result,
                            QString *error);

private:
    /// The KWF configuration (fixed license dates), also for data folders seeded before it.
    bool seedFixedTermDemo(QString *error);
    QString newCode(const QString &configuration) const;
    HttpResponse redeem(const HttpRequest &request);
    HttpResponse createCodeBatch(const HttpRequest &request);
    HttpResponse updateCodeConfiguration(const HttpRequest &request);
    HttpResponse licenseTransaction(const HttpRequest &request);
    /// Seconds until @p userId may try again, or 0.
    qint64 retryAfter(const QString &userId);
    void recordFailure(const QString &userId);
    HttpResponse availableLicenses(const HttpRequest &request);
    HttpResponse checkout(const HttpRequest &request, bool signedTokens);
    HttpResponse release(const QString &userId, const QList<HttpRequest::Param> &params);
    /// The license a checkout of @p item on @p hw uses: licenseId empty when there is none;
    /// then seats > 0 says that licenses exist but all their seats are held by other computers.
    struct Seat
    {
        QString licenseId;
        qint64 validUntil = 0;
        int seats = 0;
    };
    Seat findSeat(const QString &userId, const QString &item, const QString &hw, qint64 at);
    QJsonArray licensesJson(const QString &condition, const QVariantList &values);

    Database &m_database;
    OidcProvider &m_oidc;
    const Signer &m_licenseSigner;
    QByteArray m_codeSecret;
    QByteArray m_adminKey;
    int m_rateLimit = DefaultRedemptionRateLimit;
    QHash<QString, QList<qint64>> m_failures; ///< user id → times of failed redemptions (ms)
};

} // namespace Keyway::DevServer
