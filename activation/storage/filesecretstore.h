// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "core/error.h"
#include "storage/secretstore.h"

#include <QJsonObject>

namespace Keyway {

/**
 * Secrets in a plain file in the data folder, readable only by its owner (0600, the folder
 * 0700 when created here), written atomically. Not encrypted: anyone who can read the person's
 * files can read it, which is why it is used only when the vendor opts in with
 * "secretStorageFallback": "file" and the keychain cannot be used (FallbackSecretStore).
 *
 * The file is secrets.json: {"version": 1, "secrets": {"<key>": "<base64>"}}. A file that
 * others may read is narrowed to 0600 before it is read.
 */
class KEYWAY_ACTIVATION_EXPORT FileSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit FileSecretStore(const QString &directory, QObject *parent = nullptr);

    static QString fileName() { return QStringLiteral("secrets.json"); }
    QString filePath() const;

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QByteArray &secret) override;
    SecretJob *remove(const QString &key) override;

    bool isFallback() const override { return true; }
    QString fallbackFile() const override { return filePath(); }

    /**
     * The synchronous work behind the jobs. readNow() gives an empty array when nothing is
     * stored under @p key; contains() is false when the file cannot be read.
     */
    Result<QByteArray> readNow(const QString &key) const;
    bool contains(const QString &key) const;
    Result<void> writeNow(const QString &key, const QByteArray &secret);
    /// Succeeds when the key was not there; deletes the file when it held the last secret.
    Result<void> removeNow(const QString &key);

private:
    Result<QJsonObject> load() const;
    Result<void> save(const QJsonObject &secrets);

    QString m_directory;
};

} // namespace Keyway
