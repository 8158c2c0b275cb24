// SPDX-License-Identifier: BSD-3-Clause
#include "filesecretstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>

#include <functional>

namespace Keyway {

namespace {
Q_LOGGING_CATEGORY(lcFileSecrets, "keyway.storage.file")

constexpr int FormatVersion = 1;
const auto PrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const auto PrivateFolder = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

/// A SecretJob whose synchronous work runs from the event loop, so finished() comes later.
class FileSecretJob : public SecretJob
{
public:
    using Work = std::function<Error(FileSecretJob *)>;
    FileSecretJob(Kind kind, const QString &key, Work work, QObject *parent)
        : SecretJob(kind, key, parent), m_work(std::move(work))
    {
    }
    void start() override
    {
        QMetaObject::invokeMethod(
            this, [this] { finish(m_work(this)); }, Qt::QueuedConnection);
    }
    using SecretJob::setNotFound;

private:
    Work m_work;
};
} // namespace

FileSecretStore::FileSecretStore(const QString &directory, QObject *parent)
    : SecretStore(parent), m_directory(directory)
{
}

QString FileSecretStore::filePath() const
{
    return QDir(m_directory).filePath(fileName());
}

Result<QJsonObject> FileSecretStore::load() const
{
    const QString path = filePath();
    QFile file(path);
    if (!file.exists())
        return QJsonObject();
    // Someone widened the permissions: narrow them before the secrets are read again.
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    if (file.permissions() & others) {
        qCWarning(lcFileSecrets) << path << "was readable by others; narrowing it to 0600";
        if (!file.setPermissions(PrivateFile))
            return unexpected(Error(ErrorCode::FileUnreadable,
                                    QStringLiteral("%1: cannot narrow its permissions").arg(path)));
    }
    if (!file.open(QIODevice::ReadOnly))
        return unexpected(Error(ErrorCode::FileUnreadable,
                                QStringLiteral("%1: %2").arg(path, file.errorString())));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || root.value(QLatin1String("version")).toInt() != FormatVersion
        || !root.value(QLatin1String("secrets")).isObject())
        return unexpected(Error(
            ErrorCode::FileUnreadable,
            QStringLiteral("%1: not a secrets file of version %2").arg(path).arg(FormatVersion)));
    return root.value(QLatin1String("secrets")).toObject();
}

Result<void> FileSecretStore::save(const QJsonObject &secrets)
{
    const QString path = filePath();
    if (secrets.isEmpty()) {
        if (QFile::exists(path) && !QFile::remove(path))
            return unexpected(
                Error(ErrorCode::FileUnwritable, QStringLiteral("cannot remove %1").arg(path)));
        return {};
    }
    if (!QFileInfo::exists(m_directory)) {
        if (!QDir().mkpath(m_directory))
            return unexpected(Error(ErrorCode::FileUnwritable,
                                    QStringLiteral("cannot create %1").arg(m_directory)));
        // Only a folder made here is narrowed; an existing one is the person's choice.
        QFile::setPermissions(m_directory, PrivateFolder);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return unexpected(Error(ErrorCode::FileUnwritable,
                                QStringLiteral("%1: %2").arg(path, file.errorString())));
    // Narrow the temporary file before a secret is written to it; refuse if that fails.
    if (!file.setPermissions(PrivateFile)) {
        file.cancelWriting();
        return unexpected(Error(ErrorCode::FileUnwritable,
                                QStringLiteral("%1: cannot make the file private").arg(path)));
    }
    const QJsonObject root {{QStringLiteral("version"), FormatVersion},
                            {QStringLiteral("secrets"), secrets}};
    const QByteArray data = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (file.write(data) != data.size() || !file.commit())
        return unexpected(Error(ErrorCode::FileUnwritable,
                                QStringLiteral("%1: %2").arg(path, file.errorString())));
    QFile::setPermissions(path, PrivateFile);
    return {};
}

Result<QByteArray> FileSecretStore::readNow(const QString &key) const
{
    const auto secrets = load();
    if (!secrets)
        return unexpected(secrets.error());
    const QJsonValue value = secrets->value(key);
    if (!value.isString())
        return QByteArray();
    return QByteArray::fromBase64(value.toString().toLatin1());
}

bool FileSecretStore::contains(const QString &key) const
{
    const auto secrets = load();
    return secrets && secrets->value(key).isString();
}

Result<void> FileSecretStore::writeNow(const QString &key, const QByteArray &secret)
{
    auto secrets = load();
    if (!secrets)
        return unexpected(secrets.error());
    secrets->insert(key, QString::fromLatin1(secret.toBase64()));
    auto saved = save(*secrets);
    if (saved)
        qCDebug(lcFileSecrets) << "kept a secret in" << filePath();
    return saved;
}

Result<void> FileSecretStore::removeNow(const QString &key)
{
    auto secrets = load();
    if (!secrets)
        return unexpected(secrets.error());
    if (!secrets->contains(key))
        return {};
    secrets->remove(key);
    return save(*secrets);
}

SecretJob *FileSecretStore::read(const QString &key)
{
    return new FileSecretJob(
        SecretJob::Kind::Read, key,
        [this, key](FileSecretJob *job) {
            const auto secret = readNow(key);
            if (!secret)
                return secret.error();
            if (secret->isEmpty())
                job->setNotFound(true);
            else
                job->setSecret(*secret);
            return Error();
        },
        this);
}

SecretJob *FileSecretStore::write(const QString &key, const QByteArray &secret)
{
    auto *job = new FileSecretJob(
        SecretJob::Kind::Write, key,
        [this, key, secret](FileSecretJob *) {
            const auto written = writeNow(key, secret);
            return written ? Error() : written.error();
        },
        this);
    job->setSecret(secret);
    return job;
}

SecretJob *FileSecretStore::remove(const QString &key)
{
    return new FileSecretJob(
        SecretJob::Kind::Remove, key,
        [this, key](FileSecretJob *) {
            const auto removed = removeNow(key);
            return removed ? Error() : removed.error();
        },
        this);
}

} // namespace Keyway
