// SPDX-License-Identifier: BSD-3-Clause
#include "devicename.h"

#include "core/privatefile.h"

#include <QDir>
#include <QFile>
#include <QSysInfo>

namespace Keyway {

QString DeviceName::systemDefault()
{
    QString name = QSysInfo::machineHostName().trimmed();
    if (name.isEmpty() || name.startsWith(QLatin1String("localhost"), Qt::CaseInsensitive))
        name = QSysInfo::prettyProductName().trimmed();
    return name.left(MaximumLength);
}

QString DeviceName::filePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("device-name"));
}

QString DeviceName::remembered(const QString &dataDir)
{
    if (dataDir.isEmpty())
        return QString();
    QFile file(filePath(dataDir));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    // A name, not a document: a first line of sane length, or nothing.
    const QString name =
        QString::fromUtf8(file.read(4 * MaximumLength)).section(QLatin1Char('\n'), 0, 0).trimmed();
    return name.size() <= MaximumLength ? name : QString();
}

QString DeviceName::forDirectory(const QString &dataDir)
{
    const QString name = remembered(dataDir);
    return name.isEmpty() ? systemDefault() : name;
}

Result<void> DeviceName::remember(const QString &dataDir, const QString &name)
{
    const QString path = filePath(dataDir);
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        if (QFile::exists(path) && !QFile::remove(path))
            return unexpected(
                Error(ErrorCode::FileUnwritable, QStringLiteral("cannot remove %1").arg(path)));
        return {};
    }
    if (!QDir().mkpath(dataDir))
        return unexpected(
            Error(ErrorCode::FileUnwritable, QStringLiteral("cannot create %1").arg(dataDir)));
    return writePrivateFile(path, trimmed.left(MaximumLength).toUtf8() + '\n');
}

} // namespace Keyway
