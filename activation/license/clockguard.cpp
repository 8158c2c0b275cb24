// SPDX-License-Identifier: BSD-3-Clause
#include "clockguard.h"

#include "jose/base64url.h"
#include "jose/sha256.h"
#include "license/licensetoken.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSaveFile>

namespace Keyway {

namespace {
Q_LOGGING_CATEGORY(lcClock, "keyway.license.clock", QtInfoMsg)

const QLatin1String MarkFileName("clock.json");
const QLatin1String SecretFileName("install-secret");
constexpr int SecretSize = 32;
constexpr auto PrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

/// Gives lupdate and the runtime one context for this file's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Keyway::ClockGuard)
};

Result<void> writePrivate(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return unexpected(Error(ErrorCode::FileUnwritable,
                                QStringLiteral("%1: %2").arg(path, file.errorString())));
    file.setPermissions(PrivateFile);
    if (file.write(data) != data.size() || !file.commit())
        return unexpected(Error(ErrorCode::FileUnwritable,
                                QStringLiteral("%1: %2").arg(path, file.errorString())));
    QFile::setPermissions(path, PrivateFile);
    return {};
}
} // namespace

QDateTime ClockGuard::Verdict::effectiveNow() const
{
    return mark.isValid() && mark > now ? mark : now;
}

ClockGuard::ClockGuard(const QString &directory, qint64 toleranceSeconds)
    : m_directory(directory), m_tolerance(qMax<qint64>(0, toleranceSeconds))
{
}

QString ClockGuard::filePath() const
{
    return QDir(m_directory).filePath(MarkFileName);
}

QString ClockGuard::secretPath() const
{
    return QDir(m_directory).filePath(SecretFileName);
}

QByteArray ClockGuard::mac(const QByteArray &secret, qint64 mark)
{
    // Domain-separated, so the secret can never be used to sign anything else by accident.
    return Sha256::hmac(secret, "keyway-clock-mark-v1:" + QByteArray::number(mark));
}

QByteArray ClockGuard::secret(bool create) const
{
    QFile file(secretPath());
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray secret = file.read(SecretSize + 1);
        if (secret.size() == SecretSize)
            return secret;
        qCWarning(lcClock) << "the install secret has the wrong size; making a new one";
    }
    if (!create)
        return QByteArray();
    if (!QDir().mkpath(m_directory))
        return QByteArray();
    QByteArray secret(SecretSize, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(secret.data()),
                                         reinterpret_cast<quint32 *>(secret.data() + SecretSize));
    if (!writePrivate(secretPath(), secret)) {
        qCWarning(lcClock) << "cannot write the install secret in" << m_directory;
        return QByteArray();
    }
    return secret;
}

QDateTime ClockGuard::storedMark() const
{
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly))
        return QDateTime();
    const QJsonObject root = QJsonDocument::fromJson(file.read(4096)).object();
    const QJsonValue markValue = root.value(QStringLiteral("mark"));
    const QByteArray key = secret(false);
    if (!markValue.isDouble() || key.isEmpty()) {
        qCInfo(lcClock) << "no usable clock mark in" << file.fileName();
        return QDateTime();
    }
    const qint64 mark = markValue.toInteger();
    const auto stored = Base64Url::decode(root.value(QStringLiteral("mac")).toString().toLatin1());
    // Constant-time comparison is not needed: the secret is not remote-guessable, but be tidy.
    const QByteArray expected = mac(key, mark);
    if (!stored || stored->size() != expected.size()) {
        qCWarning(lcClock) << "the clock mark has no valid MAC; ignored";
        return QDateTime();
    }
    unsigned char diff = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= static_cast<unsigned char>(expected.at(i) ^ stored->at(i));
    if (diff != 0) {
        qCWarning(lcClock) << "the clock mark has been edited or copied from elsewhere; ignored";
        return QDateTime();
    }
    return QDateTime::fromSecsSinceEpoch(mark, Qt::UTC);
}

Result<void> ClockGuard::observe(const QDateTime &trustedTime)
{
    if (!trustedTime.isValid())
        return {};
    const QDateTime current = storedMark();
    if (current.isValid() && current >= trustedTime)
        return {};
    const QByteArray key = secret(true);
    if (key.isEmpty())
        return unexpected(
            Error(ErrorCode::FileUnwritable,
                  QStringLiteral("cannot keep the install secret in %1").arg(m_directory)));
    const qint64 mark = trustedTime.toSecsSinceEpoch();
    const QJsonObject root {
        {QStringLiteral("version"), 1},
        {QStringLiteral("mark"), mark},
        {QStringLiteral("mac"), QString::fromLatin1(Base64Url::encode(mac(key, mark)))},
    };
    qCDebug(lcClock) << "trusted time raised to" << trustedTime.toUTC().toString(Qt::ISODate);
    return writePrivate(filePath(), QJsonDocument(root).toJson(QJsonDocument::Compact));
}

ClockGuard::Verdict ClockGuard::evaluate(const QDateTime &now, const QDateTime &tokenMark) const
{
    Verdict verdict;
    verdict.now = now.toUTC();
    const QDateTime stored = storedMark();
    verdict.mark = stored;
    if (tokenMark.isValid() && (!stored.isValid() || tokenMark > stored))
        verdict.mark = tokenMark.toUTC();
    if (verdict.mark.isValid()) {
        // Seconds since the epoch: UTC by definition, blind to DST and time zones.
        const qint64 behind = verdict.mark.toSecsSinceEpoch() - verdict.now.toSecsSinceEpoch();
        verdict.behindSeconds = qMax<qint64>(0, behind);
        verdict.setBack = verdict.behindSeconds > m_tolerance;
    }
    if (verdict.setBack)
        qCInfo(lcClock) << "clock is" << verdict.behindSeconds << "s behind the trusted time";
    return verdict;
}

bool ClockGuard::isTimeLimited(const LicenseGrant &grant)
{
    if (!grant.expiresAt.isValid())
        return false;
    const QDateTime start = grant.issuedAt.isValid() ? grant.issuedAt : grant.expiresAt;
    return start.secsTo(grant.expiresAt) < PerpetualSeconds;
}

Error ClockGuard::setBackError(const Verdict &verdict)
{
    const QString trusted = QLocale().toString(verdict.mark.toLocalTime(), QLocale::ShortFormat);
    return Error(ErrorCode::LicenseNotYetValid,
                 Tr::tr("This computer's clock is behind the last confirmed time (%1), so "
                        "time-limited licenses are blocked. Set the clock to the correct date and "
                        "time.")
                     .arg(trusted),
                 QStringLiteral("clock set back: %1 s behind the trusted time %2")
                     .arg(verdict.behindSeconds)
                     .arg(verdict.mark.toString(Qt::ISODate)));
}

} // namespace Keyway
