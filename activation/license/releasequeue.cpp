// SPDX-License-Identifier: BSD-3-Clause
#include "releasequeue.h"

#include "core/privatefile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Keyway {

namespace {
const QLatin1String FileName("pending-release.json");
}

ReleaseQueue::ReleaseQueue(const QString &directory) : m_directory(directory) { }

QString ReleaseQueue::filePath() const
{
    return QDir(m_directory).filePath(FileName);
}

QStringList ReleaseQueue::pending() const
{
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray leases = QJsonDocument::fromJson(file.read(1024 * 1024))
                                  .object()
                                  .value(QStringLiteral("leases"))
                                  .toArray();
    QStringList result;
    for (const QJsonValue &lease : leases) {
        if (lease.isString() && !lease.toString().isEmpty() && !result.contains(lease.toString()))
            result.append(lease.toString());
    }
    return result;
}

Result<void> ReleaseQueue::add(const QStringList &leaseIds)
{
    QStringList all = pending();
    for (const QString &id : leaseIds) {
        if (!id.isEmpty() && !all.contains(id))
            all.append(id);
    }
    return write(all);
}

Result<void> ReleaseQueue::remove(const QStringList &leaseIds)
{
    QStringList all = pending();
    for (const QString &id : leaseIds)
        all.removeAll(id);
    return write(all);
}

Result<void> ReleaseQueue::write(const QStringList &leaseIds)
{
    const QString path = filePath();
    if (leaseIds.isEmpty()) {
        if (QFile::exists(path) && !QFile::remove(path))
            return unexpected(
                Error(ErrorCode::FileUnwritable, QStringLiteral("cannot remove %1").arg(path)));
        return {};
    }
    if (!QDir().mkpath(m_directory))
        return unexpected(
            Error(ErrorCode::FileUnwritable, QStringLiteral("cannot create %1").arg(m_directory)));
    return writePrivateFile(path,
                            QJsonDocument(QJsonObject {{QStringLiteral("version"), 1},
                                                       {QStringLiteral("leases"),
                                                        QJsonArray::fromStringList(leaseIds)}})
                                .toJson(QJsonDocument::Indented));
}

} // namespace Keyway
