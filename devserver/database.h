// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace Keyway::DevServer {

/**
 * The dev server's SQLite store: WAL mode and a busy timeout so that `codes generate` can write
 * while a server runs on the same file; the schema is migrated step by step by PRAGMA user_version.
 */
class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool open(const QString &path, QString *error);
    int schemaVersion();

    /// Prepares, binds @p values positionally and executes; failures are logged (SQL only).
    QSqlQuery exec(const QString &sql, const QVariantList &values = {});
    /// exec() and returns whether it succeeded.
    bool run(const QString &sql, const QVariantList &values = {});
    /// The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &values = {});

    /// BEGIN IMMEDIATE: takes the write lock at once, so two writers serialize instead of failing
    /// half-way (that is what makes a redemption atomic).
    bool begin();
    bool commit();
    void rollback();

private:
    bool migrate(QString *error);

    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace Keyway::DevServer
