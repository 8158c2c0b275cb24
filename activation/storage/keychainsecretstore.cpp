// SPDX-License-Identifier: BSD-3-Clause
#include "keychainsecretstore.h"

#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

namespace Keyway {

Q_LOGGING_CATEGORY(lcStorage, "keyway.storage")

namespace {

Error keychainError(QKeychain::Error error, const QString &errorString)
{
    const QString detail =
        QStringLiteral("QtKeychain error %1: %2").arg(int(error)).arg(errorString);
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error(ErrorCode::KeychainUnavailable, detail);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error(ErrorCode::KeychainAccessDenied, detail);
    default:
        return Error(ErrorCode::KeychainFailure, detail);
    }
}

/// A SecretJob carried out by a QKeychain job.
class KeychainJob : public SecretJob
{
public:
    KeychainJob(Kind kind, const QString &service, const QString &key, QObject *parent)
        : SecretJob(kind, key, parent), m_service(service)
    {
    }

    void start() override
    {
        QKeychain::Job *job = nullptr;
        switch (kind()) {
        case Kind::Read:
            job = new QKeychain::ReadPasswordJob(m_service, this);
            break;
        case Kind::Write: {
            auto *write = new QKeychain::WritePasswordJob(m_service, this);
            write->setBinaryData(secret());
            job = write;
            break;
        }
        case Kind::Remove:
            job = new QKeychain::DeletePasswordJob(m_service, this);
            break;
        }
        job->setKey(key());
        // Never store a secret in plain text behind the person's back.
        job->setInsecureFallback(false);
        job->setAutoDelete(true);
        connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *job) {
            if (job->error() == QKeychain::EntryNotFound
                && (kind() == Kind::Read || kind() == Kind::Remove)) {
                setNotFound(true);
                finish();
                return;
            }
            if (job->error() != QKeychain::NoError) {
                const Error error = keychainError(job->error(), job->errorString());
                qCWarning(lcStorage) << "keychain" << kind() << "failed:" << error.detail;
                finish(error);
                return;
            }
            if (kind() == Kind::Read)
                setSecret(static_cast<QKeychain::ReadPasswordJob *>(job)->binaryData());
            finish();
        });
        job->start();
    }

    using SecretJob::setNotFound;

private:
    QString m_service;
};

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent), m_service(service)
{
}

SecretJob *KeychainSecretStore::read(const QString &key)
{
    return new KeychainJob(SecretJob::Kind::Read, m_service, key, this);
}

SecretJob *KeychainSecretStore::write(const QString &key, const QByteArray &secret)
{
    auto *job = new KeychainJob(SecretJob::Kind::Write, m_service, key, this);
    job->setSecret(secret);
    return job;
}

SecretJob *KeychainSecretStore::remove(const QString &key)
{
    return new KeychainJob(SecretJob::Kind::Remove, m_service, key, this);
}

} // namespace Keyway
