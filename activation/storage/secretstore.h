// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "core/job.h"
#include "keyway_activation_export.h"

#include <QHash>

namespace Keyway {

/// One read, write or removal in a SecretStore. For reads, secret() holds the result.
class KEYWAY_ACTIVATION_EXPORT SecretJob : public Job
{
    Q_OBJECT
public:
    enum class Kind { Read, Write, Remove };
    Q_ENUM(Kind)

    SecretJob(Kind kind, const QString &key, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    QString key() const { return m_key; }
    QByteArray secret() const { return m_secret; }
    void setSecret(const QByteArray &secret) { m_secret = secret; }
    /// For reads: true when there was nothing stored under key() (not an error).
    bool notFound() const { return m_notFound; }

protected:
    void setNotFound(bool notFound) { m_notFound = notFound; }

private:
    Kind m_kind;
    QString m_key;
    QByteArray m_secret;
    bool m_notFound = false;
};

/**
 * Where secrets (the refresh token) live: the OS keychain in production, memory in unit tests.
 * Each call returns a job that has not started; connect to finished() and start() it.
 */
class KEYWAY_ACTIVATION_EXPORT SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~SecretStore() override;

    virtual SecretJob *read(const QString &key) = 0;
    virtual SecretJob *write(const QString &key, const QByteArray &secret) = 0;
    virtual SecretJob *remove(const QString &key) = 0;

    /**
     * True while secrets are kept in the plain-file fallback instead of the OS keychain: the
     * vendor allowed it ("secretStorageFallback": "file") and the keychain could not be used.
     * A window says so whenever this is true; fallbackChanged() tells when it changes.
     */
    virtual bool isFallback() const { return false; }
    /// Why the fallback is in use (the keychain's error), when isFallback().
    virtual Error fallbackReason() const { return Error(); }
    /// The file the fallback keeps secrets in, when there is one.
    virtual QString fallbackFile() const { return QString(); }

Q_SIGNALS:
    /// The store started (@p inUse) or stopped using the plain-file fallback.
    void fallbackChanged(bool inUse);
};

/// Keeps secrets in memory only: for unit tests and for a session that must not persist.
class KEYWAY_ACTIVATION_EXPORT MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QByteArray &secret) override;
    SecretJob *remove(const QString &key) override;

    QHash<QString, QByteArray> contents() const { return m_secrets; }

private:
    QHash<QString, QByteArray> m_secrets;
};

} // namespace Keyway
