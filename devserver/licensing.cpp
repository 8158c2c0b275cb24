// SPDX-License-Identifier: BSD-3-Clause
#include "licensing.h"

#include "accounts.h"
#include "crypto.h"
#include "database.h"
#include "devices.h"
#include "oidcprovider.h"
#include "router.h"
#include "signer.h"

#include "codes/activationcode.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcDevServerLicensing, "keyway.devserver.licensing")

namespace Keyway::DevServer {

namespace {
qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString isoDate(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

QString codeFingerprint(const QString &symbols)
{
    // The configuration prefix is not secret and helps reading logs; the rest is hashed.
    return symbols.left(3) + QLatin1Char('#') + Crypto::fingerprint(symbols.toLatin1());
}

constexpr qint64 Day = 24 * 3600;
} // namespace

Licensing::Licensing(Database &database, OidcProvider &oidc, const Signer &licenseSigner)
    : m_database(database), m_oidc(oidc), m_licenseSigner(licenseSigner)
{
}

void Licensing::registerRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/api/activation/v1/redemptions"),
               [this](const HttpRequest &r) { return redeem(r); });
    router.add("POST", QStringLiteral("/api/activation/v1/code-batches"),
               [this](const HttpRequest &r) { return createCodeBatch(r); });
    router.addPrefix("PATCH", QStringLiteral("/api/activation/v1/code-configurations/"),
                     [this](const HttpRequest &r) { return updateCodeConfiguration(r); });
    router.addPrefix("POST", QStringLiteral("/api/entitlement/v1/users/"),
                     [this](const HttpRequest &r) { return licenseTransaction(r); });
    router.add("GET", QStringLiteral("/api/entitlement/v1/users/me/available-licenses"),
               [this](const HttpRequest &r) { return availableLicenses(r); });
    for (const QByteArray &method : {QByteArray("GET"), QByteArray("POST")}) {
        router.add(method, QStringLiteral("/authz/.jwt"),
                   [this](const HttpRequest &r) { return checkout(r, true); });
        router.add(method, QStringLiteral("/authz/.json"),
                   [this](const HttpRequest &r) { return checkout(r, false); });
    }
}

// ---- codes --------------------------------------------------------------------------------------

bool Licensing::seedDemoData(QString *error)
{
    if (!m_database.begin()) {
        *error = QStringLiteral("database busy");
        return false;
    }
    if (m_database.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'seeded'"))
            .isValid()) {
        m_database.rollback();
        return seedFixedTermDemo(error);
    }
    const qint64 start = now();
    bool ok = m_database.run(
        QStringLiteral("INSERT INTO clients (id, name, redirect_uris) VALUES (?, ?, ?)"),
        {QStringLiteral("keyway-desktop"), QStringLiteral("Keyway desktop client"),
         QStringLiteral(
             R"(["com.example.keyway:/oauth2redirect","http://127.0.0.1/oauth2redirect"])")});
    ok = ok
        && m_database.run(
            QStringLiteral("INSERT INTO packages (id, name, items, seats) VALUES (?, ?, ?, 2), "
                           "(?, ?, ?, 1)"),
            {QStringLiteral("keyway-demo-pro"), QStringLiteral("Keyway Demo Pro"),
             QStringLiteral(R"(["keyway-pro","keyway-export"])"),
             QStringLiteral("keyway-demo-standard"), QStringLiteral("Keyway Demo Standard"),
             QStringLiteral(R"(["keyway-pro"])")});
    // KWE exists so that the "code expired" path can be shown: its window has closed.
    ok = ok
        && m_database.run(
            QStringLiteral("INSERT INTO code_configurations (id, package_id, redeem_from, "
                           "redeem_until, validity_days) VALUES "
                           "(?, ?, ?, ?, 365), (?, ?, ?, ?, 365), (?, ?, ?, ?, 365)"),
            {QStringLiteral("KWP"), QStringLiteral("keyway-demo-pro"), start, start + 730 * Day,
             QStringLiteral("KWS"), QStringLiteral("keyway-demo-standard"), start,
             start + 730 * Day, QStringLiteral("KWE"), QStringLiteral("keyway-demo-pro"),
             start - 730 * Day, start - 365 * Day});
    ok = ok
        && m_database.run(QStringLiteral("INSERT INTO settings (key, value) VALUES ('seeded', ?)"),
                          {isoDate(start)});
    if (!ok || !m_database.commit()) {
        m_database.rollback();
        *error = QStringLiteral("cannot seed the demo data");
        return false;
    }
    for (const auto &[configuration, count] :
         {std::pair {QStringLiteral("KWP"), 20}, std::pair {QStringLiteral("KWS"), 10},
          std::pair {QStringLiteral("KWE"), 5}}) {
        if (generateCodes(configuration, count, error).size() != count)
            return false;
    }
    qCInfo(lcDevServerLicensing) << "seeded the demo data";
    return seedFixedTermDemo(error);
}

bool Licensing::seedFixedTermDemo(QString *error)
{
    // Schema 3 added fixed license dates; a data folder seeded before gets KWF now.
    if (m_database
            .scalar(QStringLiteral("SELECT COUNT(*) FROM code_configurations WHERE id = ?"),
                    {QStringLiteral("KWF")})
            .toInt()
        > 0)
        return true;
    // KWF: Keyway Demo Pro for a fixed term, the calendar years this one and next (UTC), however
    // late the code is redeemed.
    const int year = QDateTime::currentDateTimeUtc().date().year();
    const qint64 from = QDateTime(QDate(year, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 until = QDateTime(QDate(year + 2, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 start = now();
    if (!m_database.run(
            QStringLiteral("INSERT INTO code_configurations (id, package_id, redeem_from, "
                           "redeem_until, validity_days, license_valid_from, license_valid_until) "
                           "VALUES (?, ?, ?, ?, 0, ?, ?)"),
            {QStringLiteral("KWF"), QStringLiteral("keyway-demo-pro"), start, until, from,
             until})) {
        *error = QStringLiteral("cannot seed the fixed-term demo configuration");
        return false;
    }
    if (generateCodes(QStringLiteral("KWF"), 5, error).size() != 5)
        return false;
    qCInfo(lcDevServerLicensing) << "seeded the fixed-term demo configuration KWF";
    return true;
}

QString Licensing::newCode(const QString &configuration) const
{
    const QLatin1String alphabet = ActivationCode::Alphabet;
    QString symbols = configuration;
    // 256 is a multiple of 32: masking a random byte gives every symbol the same chance.
    const QByteArray random = Crypto::randomBytes(13);
    for (char byte : random)
        symbols.append(alphabet.at(uchar(byte) & 31));
    const QByteArray mac = Crypto::hmacSha256(m_codeSecret, symbols.toLatin1());
    quint64 bits = 0;
    for (int i = 0; i < 5; ++i)
        bits = (bits << 8) | uchar(mac.at(i));
    for (int i = 7; i >= 0; --i)
        symbols.append(alphabet.at(int((bits >> (5 * i)) & 31)));
    symbols.append(ActivationCode::checkSymbol(symbols));
    return symbols;
}

QStringList Licensing::generateCodes(const QString &configuration, int count, QString *error)
{
    if (m_database
            .scalar(QStringLiteral("SELECT COUNT(*) FROM code_configurations WHERE id = ?"),
                    {configuration})
            .toInt()
        != 1) {
        *error = QStringLiteral("unknown code configuration %1").arg(configuration);
        return {};
    }
    if (count < 1 || count > 10000) {
        *error = QStringLiteral("count must be between 1 and 10000");
        return {};
    }
    if (!m_database.begin()) {
        *error = QStringLiteral("database busy");
        return {};
    }
    QStringList codes;
    const qint64 created = now();
    while (codes.size() < count) {
        const QString code = newCode(configuration);
        QSqlQuery query = m_database.exec(
            QStringLiteral(
                "INSERT OR IGNORE INTO codes (code, configuration, created) VALUES (?, ?, ?)"),
            {code, configuration, created});
        if (!query.isActive()) {
            m_database.rollback();
            *error = QStringLiteral("cannot store codes");
            return {};
        }
        if (query.numRowsAffected() == 1)
            codes.append(ActivationCode::group(code));
    }
    if (!m_database.commit()) {
        *error = QStringLiteral("cannot store codes");
        return {};
    }
    qCInfo(lcDevServerLicensing).noquote() << "generated" << count << "codes of" << configuration;
    return codes;
}

QStringList Licensing::unusedCodes(const QString &configuration)
{
    QSqlQuery query = configuration.isEmpty()
        ? m_database.exec(QStringLiteral(
            "SELECT code FROM codes WHERE state = 'unused' ORDER BY configuration, created, code"))
        : m_database.exec(QStringLiteral("SELECT code FROM codes WHERE state = 'unused' AND "
                                         "configuration = ? ORDER BY created, code"),
                          {configuration});
    QStringList codes;
    while (query.next())
        codes.append(ActivationCode::group(query.value(0).toString()));
    return codes;
}

bool Licensing::revokeCode(const QString &code, QString *error)
{
    const auto parsed = ActivationCode::parse(code);
    if (!parsed) {
        *error = QStringLiteral("not a valid activation code");
        return false;
    }
    QSqlQuery query = m_database.exec(
        QStringLiteral("UPDATE codes SET state = 'revoked' WHERE code = ?"), {parsed->symbols()});
    if (query.numRowsAffected() != 1) {
        *error = QStringLiteral("unknown activation code");
        return false;
    }
    return true;
}

HttpResponse Licensing::createCodeBatch(const HttpRequest &request)
{
    if (!Accounts::isAdmin(request, m_adminKey))
        return OidcProvider::invalidToken(QStringLiteral("the admin API key is required"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString configuration = body.value(QStringLiteral("configuration")).toString();
    const int count = body.value(QStringLiteral("count")).toInt();
    if (configuration.isEmpty() || count < 1 || count > 1000)
        return HttpResponse::jsonError(
            400, QStringLiteral("invalid_request"),
            QStringLiteral("{\"configuration\": \"KWP\", \"count\": 1..1000} "
                           "is expected"));
    QString error;
    const QStringList codes = generateCodes(configuration, count, &error);
    if (codes.isEmpty())
        return HttpResponse::jsonError(404, QStringLiteral("configuration_unknown"), error);
    HttpResponse response = HttpResponse::json(
        201,
        QJsonObject {{QStringLiteral("configuration"), configuration},
                     {QStringLiteral("codes"), QJsonArray::fromStringList(codes)}});
    response.setNoStore();
    return response;
}

QJsonObject Licensing::ConfigurationSeats::toJson() const
{
    return QJsonObject {{QStringLiteral("id"), configuration},
                        {QStringLiteral("packageId"), packageId},
                        {QStringLiteral("seats"), own ? QJsonValue(seats) : QJsonValue()},
                        {QStringLiteral("packageSeats"), packageSeats},
                        {QStringLiteral("effectiveSeats"), seats}};
}

bool Licensing::configurationSeats(const QString &configuration, ConfigurationSeats *result,
                                   QString *error)
{
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT cfg.package_id, cfg.seats, p.seats FROM code_configurations cfg "
                       "JOIN packages p ON p.id = cfg.package_id WHERE cfg.id = ?"),
        {configuration});
    if (!query.next()) {
        *error = QStringLiteral("unknown code configuration \"%1\"").arg(configuration);
        return false;
    }
    result->configuration = configuration;
    result->packageId = query.value(0).toString();
    result->own = !query.value(1).isNull();
    result->packageSeats = query.value(2).toInt();
    result->seats = result->own ? query.value(1).toInt() : result->packageSeats;
    return true;
}

bool Licensing::setConfigurationSeats(const QString &configuration, int seats,
                                      ConfigurationSeats *result, QString *error)
{
    if (seats < 0 || seats > 1000) {
        *error = QStringLiteral("seats must be 1 to 1000 (0: the package's)");
        return false;
    }
    ConfigurationSeats before;
    if (!configurationSeats(configuration, &before, error))
        return false;
    if (!m_database.run(
            QStringLiteral("UPDATE code_configurations SET seats = ? WHERE id = ?"),
            {seats > 0 ? QVariant(seats) : QVariant(QMetaType::fromType<int>()), configuration})) {
        *error = QStringLiteral("database busy");
        return false;
    }
    qCInfo(lcDevServerLicensing).noquote()
        << "code configuration" << configuration << "seats"
        << (seats > 0 ? QString::number(seats) : QStringLiteral("from the package"));
    return configurationSeats(configuration, result, error);
}

HttpResponse Licensing::updateCodeConfiguration(const HttpRequest &request)
{
    if (!Accounts::isAdmin(request, m_adminKey))
        return OidcProvider::invalidToken(QStringLiteral("the admin API key is required"));
    const QString configuration =
        request.path.mid(QStringLiteral("/api/activation/v1/code-configurations/").size());
    if (configuration.isEmpty() || configuration.contains(QLatin1Char('/')))
        return HttpResponse::jsonError(404, QStringLiteral("not_found"),
                                       QStringLiteral("No such endpoint."));
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    const QJsonValue seats = document.object().value(QStringLiteral("seats"));
    const bool validSeats = seats.isNull()
        || (seats.isDouble() && seats.toDouble() == double(seats.toInt()) && seats.toInt() >= 1
            && seats.toInt() <= 1000);
    if (!document.isObject() || !validSeats)
        return HttpResponse::jsonError(
            400, QStringLiteral("invalid_request"),
            QStringLiteral("{\"seats\": 1..1000} or {\"seats\": null} (the package's) is "
                           "expected"));
    ConfigurationSeats result;
    QString error;
    ConfigurationSeats existing;
    if (!configurationSeats(configuration, &existing, &error))
        return HttpResponse::jsonError(404, QStringLiteral("configuration_unknown"), error);
    if (!setConfigurationSeats(configuration, seats.isNull() ? 0 : seats.toInt(), &result, &error))
        return HttpResponse::jsonError(503, QStringLiteral("temporarily_unavailable"), error);
    HttpResponse response = HttpResponse::json(200, result.toJson());
    response.setNoStore();
    return response;
}

// ---- redemption -----------------------------------------------------------------------------

QJsonArray Licensing::licensesJson(const QString &condition, const QVariantList &values)
{
    QSqlQuery query = m_database.exec(
        QStringLiteral(
            "SELECT id, product_name, items, valid_from, valid_until, seats FROM licenses WHERE ")
            + condition + QStringLiteral(" ORDER BY valid_from, id"),
        values);
    QJsonArray licenses;
    while (query.next()) {
        const qint64 until = query.value(4).toLongLong();
        QJsonObject license {{QStringLiteral("id"), query.value(0).toString()},
                             {QStringLiteral("productName"), query.value(1).toString()},
                             {QStringLiteral("licensedItems"),
                              QJsonDocument::fromJson(query.value(2).toByteArray()).array()},
                             {QStringLiteral("validFrom"), isoDate(query.value(3).toLongLong())},
                             {QStringLiteral("validUntil"),
                              until >= SubscriptionEnd ? QJsonValue() : QJsonValue(isoDate(until))},
                             {QStringLiteral("seats"), query.value(5).toInt()}};
        if (until >= SubscriptionEnd)
            license.insert(QStringLiteral("subscription"), true);
        licenses.append(license);
    }
    return licenses;
}

HttpResponse Licensing::redeem(const HttpRequest &request)
{
    const QString userId = m_oidc.authenticate(request);
    if (userId.isEmpty())
        return OidcProvider::invalidToken(
            QStringLiteral("missing, expired or revoked access token"));
    const QString key = QString::fromUtf8(request.header("idempotency-key")).trimmed();
    if (key.isEmpty() || key.size() > 255)
        return HttpResponse::jsonError(400, QStringLiteral("invalid_request"),
                                       QStringLiteral("an Idempotency-Key header (at most 255 "
                                                      "characters) is required"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return HttpResponse::jsonError(400, QStringLiteral("invalid_request"),
                                       QStringLiteral("the body must be a JSON object"));
    const QJsonObject body = document.object();
    if (!body.value(QStringLiteral("code")).isString())
        return HttpResponse::jsonError(400, QStringLiteral("invalid_request"),
                                       QStringLiteral("\"code\" (a string) is required"));
    const QString input = body.value(QStringLiteral("code")).toString();
    const QString normalized = ActivationCode::normalize(input);
    const QString hw = body.value(QStringLiteral("hw")).toString();

    // Guessing codes costs time: failed attempts per user are limited (docs/protocol.md §3).
    if (const qint64 wait = retryAfter(userId); wait > 0) {
        qCInfo(lcDevServerLicensing).noquote() << "user" << userId << "rate limited";
        HttpResponse response = HttpResponse::jsonError(
            429, QStringLiteral("rate_limited"),
            QStringLiteral("too many failed redemption attempts; try again in %1 s").arg(wait));
        response.setHeader("Retry-After", QByteArray::number(wait));
        return response;
    }

    auto fail = [this, &userId](int status, const char *error, const QString &description) {
        m_database.rollback();
        if (status != 500)
            recordFailure(userId);
        return HttpResponse::jsonError(status, QString::fromLatin1(error), description);
    };

    // One write transaction from the first read to the last write: two redemptions of one code
    // serialize here, and only the first can win.
    if (!m_database.begin())
        return HttpResponse::jsonError(503, QStringLiteral("server_busy"),
                                       QStringLiteral("database busy"));

    QSqlQuery replay = m_database.exec(
        QStringLiteral("SELECT request, body FROM idempotency_keys WHERE user_id = ? AND key = ?"),
        {userId, key});
    if (replay.next()) {
        if (replay.value(0).toString() != normalized)
            return fail(422, "idempotency_key_reused",
                        QStringLiteral("this Idempotency-Key was used for another code"));
        const QByteArray stored = replay.value(1).toByteArray();
        replay.finish();
        m_database.commit();
        qCInfo(lcDevServerLicensing) << "replayed a redemption for its Idempotency-Key";
        return HttpResponse::text(200, "application/json", stored);
    }

    const auto parsed = ActivationCode::parse(input);
    if (!parsed)
        return fail(400, "code_malformed",
                    QStringLiteral("not an activation code: 25 symbols with a valid check symbol "
                                   "are expected (%1)")
                        .arg(errorCodeName(parsed.error().error.code)));
    const QString symbols = parsed->symbols();

    QSqlQuery code = m_database.exec(
        QStringLiteral("SELECT c.state, c.redeemed_by, c.redemption_id, cfg.redeem_from, "
                       "cfg.redeem_until, cfg.validity_days, p.id, p.name, p.items, "
                       "cfg.license_valid_from, cfg.license_valid_until, "
                       "COALESCE(cfg.seats, p.seats) FROM codes c "
                       "JOIN code_configurations cfg ON cfg.id = c.configuration "
                       "JOIN packages p ON p.id = cfg.package_id WHERE c.code = ?"),
        {symbols});
    if (!code.next())
        return fail(404, "code_unknown", QStringLiteral("this activation code does not exist"));
    const QString state = code.value(0).toString();
    const QString redeemedBy = code.value(1).toString();
    const QString previousRedemption = code.value(2).toString();
    const qint64 redeemFrom = code.value(3).toLongLong();
    const qint64 redeemUntil = code.value(4).toLongLong();
    const qint64 validityDays = code.value(5).toLongLong();
    const QString packageId = code.value(6).toString();
    const QString productName = code.value(7).toString();
    const QString items = code.value(8).toString();
    // A configuration with fixed dates grants them whenever the code is redeemed.
    const bool fixedDates = !code.value(9).isNull() && !code.value(10).isNull();
    const qint64 fixedFrom = code.value(9).toLongLong();
    const qint64 fixedUntil = code.value(10).toLongLong();
    const int seats = code.value(11).toInt();
    code.finish();

    if (state == QLatin1String("revoked"))
        return fail(410, "code_revoked", QStringLiteral("this activation code has been revoked"));
    if (state == QLatin1String("redeemed") && redeemedBy != userId)
        return fail(409, "code_already_redeemed",
                    QStringLiteral("this activation code was already redeemed by another account"));

    const QString entitlementId =
        m_database.scalar(QStringLiteral("SELECT id FROM entitlements WHERE user_id = ?"), {userId})
            .toString();
    int status = 201;
    QJsonObject response;
    if (state == QLatin1String("redeemed")) {
        status = 200;
        response = QJsonObject {
            {QStringLiteral("redemptionId"), previousRedemption},
            {QStringLiteral("entitlement"),
             QJsonObject {{QStringLiteral("id"), entitlementId},
                          {QStringLiteral("created"), false}}},
            {QStringLiteral("licenses"),
             licensesJson(QStringLiteral("code = ? AND user_id = ?"), {symbols, userId})}};
    } else {
        const qint64 issued = now();
        if (issued < redeemFrom || issued >= redeemUntil)
            return fail(
                410, "code_expired",
                QStringLiteral("this activation code can only be redeemed between %1 and %2")
                    .arg(isoDate(redeemFrom), isoDate(redeemUntil)));
        QString entitlement = entitlementId;
        const bool created = entitlement.isEmpty();
        bool ok = true;
        if (created) {
            entitlement = newId();
            ok = m_database.run(
                QStringLiteral("INSERT INTO entitlements (id, user_id, created) VALUES (?, ?, ?)"),
                {entitlement, userId, issued});
        }
        const QString redemptionId = newId();
        ok = ok
            && m_database.run(
                QStringLiteral("INSERT INTO licenses (id, entitlement_id, user_id, "
                               "package_id, product_name, items, valid_from, "
                               "valid_until, code, seats) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {newId(), entitlement, userId, packageId, productName, items,
                 fixedDates ? fixedFrom : issued,
                 fixedDates ? fixedUntil : issued + validityDays * Day, symbols, seats});
        ok = ok
            && m_database.run(QStringLiteral("INSERT INTO redemptions (id, user_id, code, created) "
                                             "VALUES (?, ?, ?, ?)"),
                              {redemptionId, userId, symbols, issued});
        QSqlQuery update = m_database.exec(
            QStringLiteral("UPDATE codes SET state = 'redeemed', redeemed_by = ?, redeemed_at = ?, "
                           "redemption_id = ? WHERE code = ? AND state = 'unused'"),
            {userId, issued, redemptionId, symbols});
        if (!ok || update.numRowsAffected() != 1)
            return fail(500, "server_error", QStringLiteral("the redemption could not be stored"));
        response = QJsonObject {
            {QStringLiteral("redemptionId"), redemptionId},
            {QStringLiteral("entitlement"),
             QJsonObject {{QStringLiteral("id"), entitlement},
                          {QStringLiteral("created"), created}}},
            {QStringLiteral("licenses"),
             licensesJson(QStringLiteral("code = ? AND user_id = ?"), {symbols, userId})}};
        qCInfo(lcDevServerLicensing).noquote()
            << "user" << userId << "redeemed code" << codeFingerprint(symbols) << "on device"
            << Crypto::fingerprint(hw.toUtf8());
    }

    const QByteArray json = QJsonDocument(response).toJson(QJsonDocument::Compact);
    m_database.run(
        QStringLiteral("INSERT INTO idempotency_keys (user_id, key, request, body, created) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {userId, key, normalized, QString::fromUtf8(json), now()});
    if (!m_database.commit())
        return fail(500, "server_error", QStringLiteral("the redemption could not be stored"));
    return HttpResponse::text(status, "application/json", json);
}

qint64 Licensing::retryAfter(const QString &userId)
{
    if (m_rateLimit <= 0)
        return 0;
    auto it = m_failures.find(userId);
    if (it == m_failures.end())
        return 0;
    const qint64 windowStart = QDateTime::currentMSecsSinceEpoch() - 60000;
    while (!it->isEmpty() && it->first() <= windowStart)
        it->removeFirst();
    if (it->isEmpty()) {
        m_failures.erase(it);
        return 0;
    }
    if (it->size() < m_rateLimit)
        return 0;
    return std::max<qint64>(1, (it->first() - windowStart + 999) / 1000);
}

void Licensing::recordFailure(const QString &userId)
{
    if (m_rateLimit > 0)
        m_failures[userId].append(QDateTime::currentMSecsSinceEpoch());
}

// ---- e-commerce: license transactions -------------------------------------------------------

HttpResponse Licensing::licenseTransaction(const HttpRequest &request)
{
    static const QString prefix = QStringLiteral("/api/entitlement/v1/users/");
    const QStringList rest = request.path.mid(prefix.size()).split(QLatin1Char('/'));
    if (rest.size() != 2 || rest.at(0).isEmpty()
        || rest.at(1) != QLatin1String("license-transactions"))
        return HttpResponse::jsonError(404, QStringLiteral("not_found"),
                                       QStringLiteral("No such endpoint."));
    if (!Accounts::isAdmin(request, m_adminKey))
        return OidcProvider::invalidToken(QStringLiteral("the admin API key is required"));
    const QString userId = rest.at(0);
    auto invalid = [](const QString &description) {
        return HttpResponse::jsonError(400, QStringLiteral("invalid_request"), description);
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    const QJsonObject transaction =
        document.object().value(QStringLiteral("transaction")).toObject();
    if (parseError.error != QJsonParseError::NoError || transaction.isEmpty())
        return invalid(QStringLiteral("{\"transaction\": {...}} is expected"));
    if (transaction.value(QStringLiteral("type")).toString() != QLatin1String("Order"))
        return invalid(QStringLiteral("transaction.type must be \"Order\""));
    const QString externalId = transaction.value(QStringLiteral("externalId")).toString();
    if (externalId.isEmpty() || externalId.size() > 255)
        return invalid(QStringLiteral("transaction.externalId (1-255 characters) is required"));
    const QJsonArray items = transaction.value(QStringLiteral("items")).toArray();
    if (items.isEmpty() || items.size() > 100)
        return invalid(QStringLiteral("transaction.items must hold 1 to 100 items"));

    struct Grant
    {
        QString productId;
        int quantity = 1;
        int seats = 0; ///< 0: the package's
        qint64 from = 0;
        qint64 until = 0;
    };
    const qint64 issued = now();
    QList<Grant> grants;
    for (const auto &value : items) {
        const QJsonObject item = value.toObject();
        Grant grant;
        grant.productId = item.value(QStringLiteral("productId")).toString();
        if (grant.productId.isEmpty())
            return invalid(QStringLiteral("every item needs a productId"));
        const QJsonValue quantity = item.value(QStringLiteral("quantity"));
        grant.quantity = quantity.isUndefined() ? 1 : quantity.toInt(0);
        if (grant.quantity < 1 || grant.quantity > 100)
            return invalid(QStringLiteral("quantity must be 1 to 100"));
        const QJsonValue seats = item.value(QStringLiteral("seats"));
        grant.seats = seats.isUndefined() ? 0 : seats.toInt(-1);
        if (!seats.isUndefined() && (grant.seats < 1 || grant.seats > 1000))
            return invalid(QStringLiteral("seats must be 1 to 1000"));
        auto date = [&item](const char *name, qint64 fallback, bool *ok) {
            const QJsonValue field = item.value(QString::fromLatin1(name));
            *ok = true;
            if (field.isUndefined() || field.isNull())
                return fallback;
            QDateTime parsed = QDateTime::fromString(field.toString(), Qt::ISODate);
            if (!parsed.isValid()) {
                *ok = false;
                return qint64(0);
            }
            if (parsed.timeSpec() == Qt::LocalTime)
                parsed.setTimeSpec(Qt::UTC);
            return parsed.toSecsSinceEpoch();
        };
        bool fromOk = false, untilOk = false;
        grant.from = date("licenseValidFrom", issued, &fromOk);
        grant.until = date("licenseValidUntil", grant.from + DefaultLicenseDays * Day, &untilOk);
        // A subscription has no end; it cannot have one as well.
        const QJsonValue subscription = item.value(QStringLiteral("subscription"));
        if (!subscription.isUndefined() && !subscription.isBool())
            return invalid(QStringLiteral("subscription must be true or false"));
        if (subscription.toBool()) {
            if (item.contains(QStringLiteral("licenseValidUntil")))
                return invalid(QStringLiteral("a subscription has no licenseValidUntil"));
            grant.until = SubscriptionEnd;
        }
        if (!fromOk || !untilOk || grant.until <= grant.from)
            return invalid(QStringLiteral("licenseValidFrom and licenseValidUntil must be "
                                          "ISO-8601 dates, the end after the start"));
        grants.append(grant);
    }
    const QString canonical =
        QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("userId"), userId},
                                                     {QStringLiteral("transaction"), transaction}})
                              .toJson(QJsonDocument::Compact));

    auto fail = [this](int status, const char *error, const QString &description) {
        m_database.rollback();
        return HttpResponse::jsonError(status, QString::fromLatin1(error), description);
    };
    if (!m_database.begin())
        return HttpResponse::jsonError(503, QStringLiteral("server_busy"),
                                       QStringLiteral("database busy"));
    // Idempotent by the order's externalId: the webshop may retry a lost answer safely.
    QSqlQuery previous = m_database.exec(
        QStringLiteral("SELECT request, body FROM license_transactions WHERE external_id = ?"),
        {externalId});
    if (previous.next()) {
        if (previous.value(0).toString() != canonical)
            return fail(409, "transaction_conflict",
                        QStringLiteral("this externalId was used for another transaction"));
        const QByteArray stored = previous.value(1).toByteArray();
        previous.finish();
        m_database.commit();
        return HttpResponse::text(200, "application/json", stored);
    }
    previous.finish();
    if (m_database.scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE id = ?"), {userId})
            .toInt()
        != 1)
        return fail(404, "user_not_found", QStringLiteral("no such user"));

    QString entitlement =
        m_database.scalar(QStringLiteral("SELECT id FROM entitlements WHERE user_id = ?"), {userId})
            .toString();
    const bool created = entitlement.isEmpty();
    bool ok = true;
    if (created) {
        entitlement = newId();
        ok = m_database.run(
            QStringLiteral("INSERT INTO entitlements (id, user_id, created) VALUES (?, ?, ?)"),
            {entitlement, userId, issued});
    }
    QStringList licenseIds;
    for (const Grant &grant : std::as_const(grants)) {
        QSqlQuery package =
            m_database.exec(QStringLiteral("SELECT name, items, seats FROM packages WHERE id = ?"),
                            {grant.productId});
        if (!package.next())
            return fail(404, "product_unknown",
                        QStringLiteral("unknown productId %1").arg(grant.productId));
        const QString name = package.value(0).toString();
        const QString packageItems = package.value(1).toString();
        const int seats = grant.seats > 0 ? grant.seats : package.value(2).toInt();
        package.finish();
        for (int i = 0; i < grant.quantity && ok; ++i) {
            const QString id = newId();
            ok = m_database.run(QStringLiteral("INSERT INTO licenses (id, entitlement_id, user_id, "
                                               "package_id, product_name, items, valid_from, "
                                               "valid_until, code, seats) VALUES (?, ?, ?, ?, ?, "
                                               "?, ?, ?, NULL, ?)"),
                                {id, entitlement, userId, grant.productId, name, packageItems,
                                 grant.from, grant.until, seats});
            licenseIds.append(id);
        }
    }
    if (!ok)
        return fail(500, "server_error", QStringLiteral("the licenses could not be stored"));
    QStringList placeholders;
    QVariantList ids;
    for (const QString &id : std::as_const(licenseIds)) {
        placeholders.append(QStringLiteral("?"));
        ids.append(id);
    }
    const QJsonObject response {
        {QStringLiteral("transaction"),
         QJsonObject {{QStringLiteral("type"), QStringLiteral("Order")},
                      {QStringLiteral("externalId"), externalId}}},
        {QStringLiteral("userId"), userId},
        {QStringLiteral("entitlement"),
         QJsonObject {{QStringLiteral("id"), entitlement}, {QStringLiteral("created"), created}}},
        {QStringLiteral("licenses"),
         licensesJson(QStringLiteral("id IN (") + placeholders.join(QLatin1Char(','))
                          + QLatin1Char(')'),
                      ids)}};
    const QByteArray json = QJsonDocument(response).toJson(QJsonDocument::Compact);
    if (!m_database.run(QStringLiteral("INSERT INTO license_transactions (external_id, user_id, "
                                       "request, body, created) VALUES (?, ?, ?, ?, ?)"),
                        {externalId, userId, canonical, QString::fromUtf8(json), issued})
        || !m_database.commit())
        return fail(500, "server_error", QStringLiteral("the licenses could not be stored"));
    qCInfo(lcDevServerLicensing).noquote()
        << "order" << Crypto::fingerprint(externalId.toUtf8()) << "granted" << licenseIds.size()
        << "licenses to user" << userId;
    HttpResponse result = HttpResponse::text(201, "application/json", json);
    result.setNoStore();
    return result;
}

HttpResponse Licensing::availableLicenses(const HttpRequest &request)
{
    const QString userId = m_oidc.authenticate(request);
    if (userId.isEmpty())
        return OidcProvider::invalidToken(
            QStringLiteral("missing, expired or revoked access token"));
    HttpResponse response = HttpResponse::json(
        200,
        QJsonObject {
            {QStringLiteral("licenses"),
             licensesJson(QStringLiteral("user_id = ? AND valid_until > ?"), {userId, now()})}});
    response.setNoStore();
    return response;
}

// ---- checkout and release ---------------------------------------------------------------------

HttpResponse Licensing::checkout(const HttpRequest &request, bool signedTokens)
{
    const QString userId = m_oidc.authenticate(request);
    if (userId.isEmpty())
        return OidcProvider::invalidToken(
            QStringLiteral("missing, expired or revoked access token"));
    QList<HttpRequest::Param> params = request.queryParams();
    if (request.method == "POST")
        params += request.formParams();

    for (const HttpRequest::Param &param : params) {
        if (param.name == QLatin1String("release") && !param.hasValue) {
            if (signedTokens || request.method != "POST")
                return HttpResponse::jsonError(400, QStringLiteral("invalid_request"),
                                               QStringLiteral("release is POST /authz/.json only"));
            return release(userId, params);
        }
    }

    const QString hw = HttpRequest::value(params, QStringLiteral("hw"));
    if (hw.isEmpty())
        return HttpResponse::jsonError(400, QStringLiteral("invalid_request"),
                                       QStringLiteral("hw (the device id) is required"));
    const QString mode = HttpRequest::value(params, QStringLiteral("consumptionMode"));
    if (!mode.isEmpty() && mode != QLatin1String("checkout"))
        return HttpResponse::jsonError(
            400, QStringLiteral("invalid_request"),
            QStringLiteral("only consumptionMode=checkout is supported"));
    qint64 durationMs = DefaultLeaseMs;
    const QString durationText = HttpRequest::value(params, QStringLiteral("consumeDuration"));
    if (!durationText.isEmpty()) {
        bool ok = false;
        durationMs = durationText.toLongLong(&ok);
        if (!ok || durationMs < 1000 || durationMs > 366LL * Day * 1000)
            return HttpResponse::jsonError(400, QStringLiteral("invalid_request"),
                                           QStringLiteral("consumeDuration must be milliseconds, "
                                                          "at least 1000 and at most a year"));
        // Never longer than the product's maximum, whatever the client asks for.
        durationMs = qMin(durationMs, MaximumLeaseMs);
    }
    QStringList items;
    for (const HttpRequest::Param &param : params) {
        if (!param.hasValue && !param.name.isEmpty())
            items.append(param.name);
    }
    if (items.isEmpty())
        return HttpResponse::jsonError(400, QStringLiteral("invalid_request"),
                                       QStringLiteral("name at least one licensed item"));

    const qint64 issued = now();
    const QString issuer = m_oidc.issuer();
    QList<QByteArray> tokens;
    QJsonObject plain;
    // One BEGIN IMMEDIATE transaction from the seat count to the lease insert: concurrent
    // checkouts for the last seat, across processes too, are serialized, and one of them wins.
    if (!m_database.begin())
        return HttpResponse::jsonError(503, QStringLiteral("server_busy"),
                                       QStringLiteral("database busy"));
    const qint64 releasedAt =
        Devices::touch(m_database, userId, hw, HttpRequest::value(params, QStringLiteral("hwName")),
                       HttpRequest::value(params, QStringLiteral("hwPlatform")), issued);
    // A computer released remotely stays out until the person activates it again; its automatic
    // renewals are refused.
    const bool explicitActivation =
        HttpRequest::value(params, QStringLiteral("activation")) == QLatin1String("explicit");
    const bool released = releasedAt > 0 && !explicitActivation;
    if (releasedAt > 0 && explicitActivation) {
        Devices::reinstate(m_database, userId, hw);
        qCInfo(lcDevServerLicensing).noquote()
            << "device" << Devices::deviceId(userId, hw) << "of user" << userId
            << "activated again after its remote release";
    }
    const QString releasedFrom =
        released ? Devices::releasedFrom(m_database, userId, hw) : QString();
    for (const QString &item : items) {
        QJsonObject claims {{QStringLiteral("iss"), issuer},
                            {QStringLiteral("sub"), userId},
                            {QStringLiteral("iat"), issued},
                            {QStringLiteral("hw"), hw}};
        const Seat seat = released ? Seat() : findSeat(userId, item, hw, issued);
        auto deny = [&](const QString &code, const QString &message) {
            claims.insert(QStringLiteral("exp"), issued + DenialLifetime);
            claims.insert(item + QStringLiteral("_errorCode"), code);
            claims.insert(item + QStringLiteral("_errorMessage"), message);
            qCInfo(lcDevServerLicensing).noquote()
                << "checkout of" << item << "denied (" << code << ") for user" << userId;
        };
        if (released) {
            deny(QStringLiteral("deviceReleased"),
                 QStringLiteral("This computer was removed from the account."));
            claims.insert(item + QStringLiteral("_releasedAt"), releasedAt);
            if (!releasedFrom.isEmpty())
                claims.insert(item + QStringLiteral("_releasedFrom"), releasedFrom);
        } else if (seat.licenseId.isEmpty() && seat.seats > 0) {
            deny(QStringLiteral("seatLimitReached"),
                 QStringLiteral("All %1 seats of the license for %2 are in use on other "
                                "computers.")
                     .arg(seat.seats)
                     .arg(item));
            claims.insert(item + QStringLiteral("_seats"), seat.seats);
        } else if (seat.licenseId.isEmpty()) {
            deny(QStringLiteral("notEntitled"),
                 QStringLiteral("No valid license for %1.").arg(item));
        } else {
            const qint64 expires = qMin(issued + durationMs / 1000, seat.validUntil);
            const QString leaseId = newId();
            if (!m_database.run(
                    QStringLiteral("INSERT INTO leases (id, license_id, user_id, item, hw, "
                                   "issued, expires) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {leaseId, seat.licenseId, userId, item, hw, issued, expires})) {
                m_database.rollback();
                return HttpResponse::jsonError(500, QStringLiteral("server_error"),
                                               QStringLiteral("the lease could not be stored"));
            }
            claims.insert(QStringLiteral("exp"), expires);
            claims.insert(QStringLiteral("jti"), leaseId);
            claims.insert(QStringLiteral("lic"), seat.licenseId);
            claims.insert(QStringLiteral("rfr"), issued + (expires - issued) / 2);
            // The license's own end beside the lease's: the client shows this one as
            // "Licensed until", and the lease only as how long it works offline.
            // A subscription has no end to show: it says so instead.
            if (seat.validUntil >= SubscriptionEnd)
                claims.insert(QStringLiteral("licenseSubscription"), true);
            else
                claims.insert(QStringLiteral("licenseValidUntil"), seat.validUntil);
            claims.insert(item, true);
            qCInfo(lcDevServerLicensing).noquote()
                << "checked out" << item << "lease" << leaseId << "for user" << userId;
        }
        if (signedTokens)
            tokens.append(m_licenseSigner.sign(claims));
        else
            plain.insert(item, claims);
    }
    if (!m_database.commit()) {
        m_database.rollback();
        return HttpResponse::jsonError(500, QStringLiteral("server_error"),
                                       QStringLiteral("the leases could not be stored"));
    }

    HttpResponse response = signedTokens
        ? HttpResponse::text(200, "application/jwt", tokens.join('&'))
        : HttpResponse::json(200, plain);
    response.setNoStore();
    return response;
}

Licensing::Seat Licensing::findSeat(const QString &userId, const QString &item, const QString &hw,
                                    qint64 at)
{
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT id, items, valid_until, seats FROM licenses WHERE user_id = ? AND "
                       "valid_from <= ? AND valid_until > ? ORDER BY valid_until DESC, id"),
        {userId, at, at});
    QList<Seat> candidates;
    while (query.next()) {
        const QJsonArray licensed = QJsonDocument::fromJson(query.value(1).toByteArray()).array();
        if (licensed.contains(QJsonValue(item)))
            candidates.append(
                {query.value(0).toString(), query.value(2).toLongLong(), query.value(3).toInt()});
    }
    query.finish();
    // A computer that holds a seat of a license renews on it without taking a second one.
    for (const Seat &candidate : std::as_const(candidates)) {
        if (m_database
                .scalar(QStringLiteral("SELECT COUNT(*) FROM leases WHERE license_id = ? AND "
                                       "hw = ? AND released = 0 AND expires > ?"),
                        {candidate.licenseId, hw, at})
                .toInt()
            > 0)
            return candidate;
    }
    // Otherwise the license ending last that has a seat free.
    for (const Seat &candidate : std::as_const(candidates)) {
        const int held =
            m_database
                .scalar(QStringLiteral("SELECT COUNT(DISTINCT hw) FROM leases WHERE license_id = "
                                       "? AND released = 0 AND expires > ?"),
                        {candidate.licenseId, at})
                .toInt();
        if (held < candidate.seats)
            return candidate;
    }
    if (candidates.isEmpty())
        return {};
    // Every seat is taken: no license, but the seat count of the license ending last.
    return {QString(), 0, candidates.first().seats};
}

HttpResponse Licensing::release(const QString &userId, const QList<HttpRequest::Param> &params)
{
    QJsonObject result;
    for (const HttpRequest::Param &param : params) {
        if (param.hasValue || param.name == QLatin1String("release") || param.name.isEmpty())
            continue;
        QSqlQuery query = m_database.exec(QStringLiteral("UPDATE leases SET released = 1 WHERE "
                                                         "id = ? AND user_id = ? AND released = 0"),
                                          {param.name, userId});
        result.insert(param.name, query.numRowsAffected() == 1);
    }
    HttpResponse response = HttpResponse::json(200, result);
    response.setNoStore();
    return response;
}

} // namespace Keyway::DevServer
