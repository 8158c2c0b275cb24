// SPDX-License-Identifier: BSD-3-Clause
#include "database.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QUuid>

Q_LOGGING_CATEGORY(lcDevServerDb, "keyway.devserver.db")

namespace Keyway::DevServer {

namespace {
// Each entry moves the schema from version i to i + 1. Never edit a shipped step: append one.
const char *const Migrations[] = {
    R"sql(
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE clients (id TEXT PRIMARY KEY, name TEXT NOT NULL, redirect_uris TEXT NOT NULL);
CREATE TABLE users (
    id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE COLLATE NOCASE, password_hash TEXT,
    given_name TEXT NOT NULL DEFAULT '', family_name TEXT NOT NULL DEFAULT '',
    email_verified INTEGER NOT NULL DEFAULT 0, created INTEGER NOT NULL);
CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id),
    auth_time INTEGER NOT NULL, expires INTEGER NOT NULL);
CREATE TABLE auth_requests (
    id TEXT PRIMARY KEY, client_id TEXT NOT NULL, redirect_uri TEXT NOT NULL, scope TEXT NOT NULL,
    state TEXT NOT NULL, nonce TEXT NOT NULL, code_challenge TEXT NOT NULL,
    login_hint TEXT NOT NULL, expires INTEGER NOT NULL);
CREATE TABLE auth_codes (
    code_hash TEXT PRIMARY KEY, client_id TEXT NOT NULL, redirect_uri TEXT NOT NULL,
    code_challenge TEXT NOT NULL, nonce TEXT NOT NULL, scope TEXT NOT NULL,
    user_id TEXT NOT NULL, auth_time INTEGER NOT NULL, expires INTEGER NOT NULL,
    used INTEGER NOT NULL DEFAULT 0, family TEXT);
CREATE TABLE token_families (
    id TEXT PRIMARY KEY, user_id TEXT NOT NULL, client_id TEXT NOT NULL, scope TEXT NOT NULL,
    auth_time INTEGER NOT NULL, revoked INTEGER NOT NULL DEFAULT 0, created INTEGER NOT NULL);
CREATE TABLE refresh_tokens (
    token_hash TEXT PRIMARY KEY, family TEXT NOT NULL REFERENCES token_families(id),
    used INTEGER NOT NULL DEFAULT 0, expires INTEGER NOT NULL);
CREATE TABLE access_tokens (
    token_hash TEXT PRIMARY KEY, family TEXT NOT NULL REFERENCES token_families(id),
    user_id TEXT NOT NULL, expires INTEGER NOT NULL);
CREATE TABLE packages (id TEXT PRIMARY KEY, name TEXT NOT NULL, items TEXT NOT NULL);
CREATE TABLE code_configurations (
    id TEXT PRIMARY KEY, package_id TEXT NOT NULL REFERENCES packages(id),
    redeem_from INTEGER NOT NULL, redeem_until INTEGER NOT NULL, validity_days INTEGER NOT NULL);
CREATE TABLE codes (
    code TEXT PRIMARY KEY, configuration TEXT NOT NULL REFERENCES code_configurations(id),
    created INTEGER NOT NULL, state TEXT NOT NULL DEFAULT 'unused',
    redeemed_by TEXT, redeemed_at INTEGER, redemption_id TEXT);
CREATE TABLE entitlements (
    id TEXT PRIMARY KEY, user_id TEXT NOT NULL UNIQUE REFERENCES users(id), created INTEGER NOT NULL);
CREATE TABLE licenses (
    id TEXT PRIMARY KEY, entitlement_id TEXT NOT NULL REFERENCES entitlements(id),
    user_id TEXT NOT NULL, package_id TEXT NOT NULL, product_name TEXT NOT NULL,
    items TEXT NOT NULL, valid_from INTEGER NOT NULL, valid_until INTEGER NOT NULL, code TEXT);
CREATE TABLE redemptions (
    id TEXT PRIMARY KEY, user_id TEXT NOT NULL, code TEXT NOT NULL, created INTEGER NOT NULL);
CREATE TABLE idempotency_keys (
    user_id TEXT NOT NULL, key TEXT NOT NULL, request TEXT NOT NULL, body TEXT NOT NULL,
    created INTEGER NOT NULL,
    PRIMARY KEY (user_id, key));
CREATE TABLE leases (
    id TEXT PRIMARY KEY, license_id TEXT NOT NULL, user_id TEXT NOT NULL, item TEXT NOT NULL,
    hw TEXT NOT NULL, issued INTEGER NOT NULL, expires INTEGER NOT NULL,
    released INTEGER NOT NULL DEFAULT 0);
)sql",
    // 2: the e-commerce side (docs/protocol.md §4), e-mail links and the outbox.
    R"sql(
ALTER TABLE auth_requests ADD COLUMN kind TEXT NOT NULL DEFAULT 'authorize';
ALTER TABLE auth_requests ADD COLUMN invitation_id TEXT NOT NULL DEFAULT '';
ALTER TABLE auth_requests ADD COLUMN user_id TEXT NOT NULL DEFAULT '';
CREATE TABLE email_tokens (
    token_hash TEXT PRIMARY KEY, purpose TEXT NOT NULL, user_id TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL, invitation_id TEXT NOT NULL DEFAULT '', expires INTEGER NOT NULL,
    used INTEGER NOT NULL DEFAULT 0, created INTEGER NOT NULL);
CREATE TABLE invitations (
    id TEXT PRIMARY KEY, email TEXT NOT NULL, redirect_uri TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'sent', user_id TEXT, created INTEGER NOT NULL);
CREATE TABLE license_transactions (
    external_id TEXT PRIMARY KEY, user_id TEXT NOT NULL, request TEXT NOT NULL,
    body TEXT NOT NULL, created INTEGER NOT NULL);
CREATE TABLE outbox (
    id TEXT PRIMARY KEY, seq INTEGER NOT NULL, recipient TEXT NOT NULL COLLATE NOCASE,
    subject TEXT NOT NULL, body TEXT NOT NULL, links TEXT NOT NULL, created INTEGER NOT NULL);
)sql",
    // 3: the page language of a sign-in request (ui_locales) and fixed license dates per code
    // configuration (NULL: the license runs validity_days from its redemption).
    R"sql(
ALTER TABLE auth_requests ADD COLUMN ui_language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE code_configurations ADD COLUMN license_valid_from INTEGER;
ALTER TABLE code_configurations ADD COLUMN license_valid_until INTEGER;
)sql",
    // 4: seats (how many computers may hold a lease on a license at once; a code configuration's
    // NULL takes its package's), the computers an account uses, and their remote releases.
    R"sql(
ALTER TABLE packages ADD COLUMN seats INTEGER NOT NULL DEFAULT 1;
ALTER TABLE code_configurations ADD COLUMN seats INTEGER;
ALTER TABLE licenses ADD COLUMN seats INTEGER NOT NULL DEFAULT 1;
UPDATE packages SET seats = 2 WHERE id = 'keyway-demo-pro';
UPDATE licenses SET seats = 2 WHERE package_id = 'keyway-demo-pro';
CREATE TABLE devices (
    user_id TEXT NOT NULL, hw TEXT NOT NULL, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
    platform TEXT NOT NULL, first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL,
    released_at INTEGER, released_from TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (user_id, hw));
CREATE TABLE device_releases (
    license_id TEXT NOT NULL, device_id TEXT NOT NULL, released_at INTEGER NOT NULL);
CREATE INDEX leases_by_license ON leases (license_id, expires);
)sql",
};
} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("keyway-devserver-")
                       + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::open(const QString &path, QString *error)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    run(QStringLiteral("PRAGMA journal_mode=WAL"));
    run(QStringLiteral("PRAGMA busy_timeout=10000"));
    run(QStringLiteral("PRAGMA foreign_keys=ON"));
    return migrate(error);
}

int Database::schemaVersion()
{
    return scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

bool Database::migrate(QString *error)
{
    constexpr int target = int(sizeof(Migrations) / sizeof(Migrations[0]));
    if (!begin()) {
        *error = QStringLiteral("cannot lock the database: %1").arg(m_db.lastError().text());
        return false;
    }
    int version = schemaVersion();
    if (version > target) {
        rollback();
        *error = QStringLiteral("database schema %1 is newer than this server (%2)")
                     .arg(version)
                     .arg(target);
        return false;
    }
    for (; version < target; ++version) {
        const QStringList statements =
            QString::fromUtf8(Migrations[version]).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            if (!run(statement)) {
                rollback();
                *error = QStringLiteral("migration to schema %1 failed").arg(version + 1);
                return false;
            }
        }
        run(QStringLiteral("PRAGMA user_version=%1").arg(version + 1));
        qCInfo(lcDevServerDb) << "migrated database to schema" << version + 1;
    }
    return commit();
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db);
    if (!query.prepare(sql)) {
        qCWarning(lcDevServerDb).noquote()
            << "prepare failed:" << query.lastError().text() << "in" << sql.simplified();
        return query;
    }
    for (const QVariant &value : values) {
        // A null QString would bind as SQL NULL; an absent text is an empty one here. Callers
        // that mean NULL pass an invalid QVariant.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        qCWarning(lcDevServerDb).noquote()
            << "query failed:" << query.lastError().text() << "in" << sql.simplified();
    return query;
}

bool Database::run(const QString &sql, const QVariantList &values)
{
    return !exec(sql, values).lastError().isValid();
}

QVariant Database::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery query = exec(sql, values);
    return query.next() ? query.value(0) : QVariant();
}

bool Database::begin()
{
    return run(QStringLiteral("BEGIN IMMEDIATE"));
}

bool Database::commit()
{
    return run(QStringLiteral("COMMIT"));
}

void Database::rollback()
{
    run(QStringLiteral("ROLLBACK"));
}

} // namespace Keyway::DevServer
