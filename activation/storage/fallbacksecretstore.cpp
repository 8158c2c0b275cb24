// SPDX-License-Identifier: BSD-3-Clause
#include "fallbacksecretstore.h"

#include "storage/filesecretstore.h"

#include <QLoggingCategory>
#include <QPointer>

namespace Keyway {

namespace {
Q_LOGGING_CATEGORY(lcFallback, "keyway.storage.fallback")

bool isKeychainError(const Error &error)
{
    return error.code == ErrorCode::KeychainUnavailable
        || error.code == ErrorCode::KeychainAccessDenied
        || error.code == ErrorCode::KeychainFailure;
}
} // namespace

/// One operation: the keychain's job first, then the file when that is needed.
class FallbackSecretJob : public SecretJob
{
public:
    FallbackSecretJob(Kind kind, const QString &key, FallbackSecretStore *store)
        : SecretJob(kind, key, store), m_store(store)
    {
    }

    void start() override
    {
        SecretJob *job = nullptr;
        switch (kind()) {
        case Kind::Read:
            job = m_store->m_primary->read(key());
            break;
        case Kind::Write:
            job = m_store->m_primary->write(key(), secret());
            break;
        case Kind::Remove:
            job = m_store->m_primary->remove(key());
            break;
        }
        m_job = job;
        connect(job, &Job::finished, this, [this](Job *) { onPrimaryFinished(); });
        job->start();
    }

protected:
    void doCancel() override
    {
        if (m_job) {
            m_job->disconnect(this);
            m_job->cancel();
        }
    }

private:
    void onPrimaryFinished()
    {
        SecretJob *job = m_job;
        m_job = nullptr;
        const Error error = job->error();
        if (error.isError() && !isKeychainError(error)) {
            finish(error);
            return;
        }
        FileSecretStore *file = m_store->m_file;
        switch (kind()) {
        case Kind::Read: {
            if (!error.isError() && !job->notFound()) {
                setSecret(job->secret());
                finish();
                return;
            }
            // Nothing in the keychain, or no keychain: an outage may have left it in the file.
            const auto stored = file->readNow(key());
            if (!stored) {
                finish(error.isError() ? error : stored.error());
                return;
            }
            if (!stored->isEmpty()) {
                m_store->setFallback(true, error);
                setSecret(*stored);
                finish();
                return;
            }
            if (error.isError() && error.code != ErrorCode::KeychainUnavailable) {
                // A locked or broken keychain may hold it: that is not "nothing stored".
                finish(error);
                return;
            }
            if (error.isError())
                m_store->setFallback(true, error);
            setNotFound(true);
            finish();
            return;
        }
        case Kind::Write: {
            if (!error.isError()) {
                // In the keychain now: no copy may stay behind in plain text.
                if (const auto removed = file->removeNow(key()); !removed)
                    qCWarning(lcFallback)
                        << "stale secret not removed from the file:" << removed.error().detail;
                m_store->setFallback(file->contains(key()));
                finish();
                return;
            }
            const auto written = file->writeNow(key(), secret());
            if (!written) {
                qCWarning(lcFallback) << "fallback file unwritable:" << written.error().detail;
                finish(error);
                return;
            }
            qCInfo(lcFallback).noquote() << "keychain unusable (" << errorCodeName(error.code)
                                         << error.detail << "); secret kept in" << file->filePath();
            m_store->setFallback(true, error);
            finish();
            return;
        }
        case Kind::Remove: {
            const bool inFile = file->contains(key());
            const auto removed = file->removeNow(key());
            if (!removed) {
                finish(removed.error());
                return;
            }
            if (inFile)
                m_store->setFallback(false);
            // A keychain that cannot be asked may still hold it, unless it lived in the file.
            finish(error.isError() && !inFile ? error : Error());
            return;
        }
        }
    }

    using SecretJob::setNotFound;

    FallbackSecretStore *m_store;
    QPointer<SecretJob> m_job;
};

FallbackSecretStore::FallbackSecretStore(SecretStore *primary, FileSecretStore *file,
                                         QObject *parent)
    : SecretStore(parent), m_primary(primary), m_file(file)
{
    m_primary->setParent(this);
    m_file->setParent(this);
}

QString FallbackSecretStore::fallbackFile() const
{
    return m_file->filePath();
}

void FallbackSecretStore::setFallback(bool inUse, const Error &reason)
{
    if (inUse)
        m_reason = reason;
    if (inUse == m_fallback)
        return;
    m_fallback = inUse;
    if (!inUse)
        m_reason = Error();
    Q_EMIT fallbackChanged(inUse);
}

SecretJob *FallbackSecretStore::read(const QString &key)
{
    return new FallbackSecretJob(SecretJob::Kind::Read, key, this);
}

SecretJob *FallbackSecretStore::write(const QString &key, const QByteArray &secret)
{
    auto *job = new FallbackSecretJob(SecretJob::Kind::Write, key, this);
    job->setSecret(secret);
    return job;
}

SecretJob *FallbackSecretStore::remove(const QString &key)
{
    return new FallbackSecretJob(SecretJob::Kind::Remove, key, this);
}

} // namespace Keyway
