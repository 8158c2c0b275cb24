// SPDX-License-Identifier: BSD-3-Clause
#include "redaction.h"

#include <QCryptographicHash>

namespace Keyway {

QString fingerprint(const QByteArray &value)
{
    if (value.isEmpty())
        return QString();
    const QByteArray hash = QCryptographicHash::hash(value, QCryptographicHash::Sha256);
    return QStringLiteral("sha256:") + QString::fromLatin1(hash.toHex().left(12));
}

QString fingerprint(const QString &value)
{
    return fingerprint(value.toUtf8());
}

} // namespace Keyway
