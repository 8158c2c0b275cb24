// SPDX-License-Identifier: BSD-3-Clause
#include "secretstore.h"

#include <functional>

namespace Keyway {

SecretJob::SecretJob(Kind kind, const QString &key, QObject *parent)
    : Job(parent), m_kind(kind), m_key(key)
{
}

SecretStore::~SecretStore() = default;

namespace {

/// A SecretJob whose work is a function run from the event loop.
class MemorySecretJob : public SecretJob
{
public:
    using Work = std::function<void(MemorySecretJob *)>;
    MemorySecretJob(Kind kind, const QString &key, Work work, QObject *parent)
        : SecretJob(kind, key, parent), m_work(std::move(work))
    {
    }
    void start() override
    {
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_work(this);
                finish();
            },
            Qt::QueuedConnection);
    }
    using SecretJob::setNotFound;

private:
    Work m_work;
};

} // namespace

SecretJob *MemorySecretStore::read(const QString &key)
{
    return new MemorySecretJob(
        SecretJob::Kind::Read, key,
        [this, key](MemorySecretJob *job) {
            const auto it = m_secrets.constFind(key);
            if (it == m_secrets.constEnd())
                job->setNotFound(true);
            else
                job->setSecret(*it);
        },
        this);
}

SecretJob *MemorySecretStore::write(const QString &key, const QByteArray &secret)
{
    return new MemorySecretJob(
        SecretJob::Kind::Write, key,
        [this, key, secret](MemorySecretJob *) { m_secrets.insert(key, secret); }, this);
}

SecretJob *MemorySecretStore::remove(const QString &key)
{
    return new MemorySecretJob(
        SecretJob::Kind::Remove, key, [this, key](MemorySecretJob *) { m_secrets.remove(key); },
        this);
}

} // namespace Keyway
