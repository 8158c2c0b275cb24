// SPDX-License-Identifier: BSD-3-Clause
#include "privatefile.h"

#include <QFile>
#include <QSaveFile>

namespace Keyway {

Result<void> writePrivateFile(const QString &path, const QByteArray &data)
{
    constexpr QFileDevice::Permissions privateFile =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return unexpected(Error(ErrorCode::FileUnwritable,
                                QStringLiteral("%1: %2").arg(path, file.errorString())));
    file.setPermissions(privateFile);
    if (file.write(data) != data.size() || !file.commit())
        return unexpected(Error(ErrorCode::FileUnwritable,
                                QStringLiteral("%1: %2").arg(path, file.errorString())));
    QFile::setPermissions(path, privateFile);
    return {};
}

} // namespace Keyway
