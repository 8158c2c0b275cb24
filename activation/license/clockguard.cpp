// SPDX-License-Identifier: BSD-3-Clause
#include "clockguard.h"

#include "core/datetimetext.h"
#include "core/privatefile.h"
#include "core/tr.h"
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

namespace Keyway {

namespace {
Q_LOGGING_CATEGORY(lcClock, "keyway.license.clock", QtInfoMsg)

const QLatin1String MarkFileName("clock.json");
const QLatin1String SecretFileName("install-secret");
constexpr int SecretSize = 32;
/// Derives the local mark's MAC key; no trusted mark is ever negative.
constexpr qint64 LocalMarkDomain = -1;

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
    if (!writePrivateFile(secretPath(), secret)) {
        qCWarning(lcClock) << "cannot write the install secret in" << m_directory;
        return QByteArray();
    }
    return secret;
}

QByteArray ClockGuard::localMac(const QByteArray &secret, qint64 localMark)
{
    // The local mark is authenticated under a key derived from the install secret with the
    // same helper, so a MAC of one mark can never pass for the other.
    return mac(mac(secret, LocalMarkDomain), localMark);
}

bool ClockGuard::sameMac(const QByteArray &expected, const QJsonValue &stored)
{
    const auto decoded = Base64Url::decode(stored.toString().toLatin1());
    if (!decoded || decoded->size() != expected.size())
        return false;
    // Constant-time comparison is not needed: the secret is not remote-guessable, but be tidy.
    unsigned char diff = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= static_cast<unsigned char>(expected.at(i) ^ decoded->at(i));
    return diff == 0;
}

ClockGuard::Marks ClockGuard::readMarks() const
{
    Marks marks;
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly))
        return marks;
    const QJsonObject root = QJsonDocument::fromJson(file.read(4096)).object();
    const QByteArray key = secret(false);
    if (key.isEmpty()) {
        qCInfo(lcClock) << "no install secret for the clock mark in" << file.fileName();
        return marks;
    }
    const QJsonValue markValue = root.value(QStringLiteral("mark"));
    if (markValue.isDouble()) {
        if (sameMac(mac(key, markValue.toInteger()), root.value(QStringLiteral("mac"))))
            marks.mark = markValue.toInteger();
        else
            qCWarning(lcClock) << "the clock mark has been edited or copied from elsewhere; "
                                  "ignored";
    }
    const QJsonValue localValue = root.value(QStringLiteral("local"));
    if (localValue.isDouble()) {
        if (sameMac(localMac(key, localValue.toInteger()), root.value(QStringLiteral("localMac"))))
            marks.local = localValue.toInteger();
        else
            qCWarning(lcClock) << "the local clock mark has been edited or copied from "
                                  "elsewhere; ignored";
    }
    return marks;
}

Result<void> ClockGuard::writeMarks(const Marks &marks)
{
    const QByteArray key = secret(true);
    if (key.isEmpty())
        return unexpected(
            Error(ErrorCode::FileUnwritable,
                  QStringLiteral("cannot keep the install secret in %1").arg(m_directory)));
    QJsonObject root {{QStringLiteral("version"), 1}};
    if (marks.mark >= 0) {
        root.insert(QStringLiteral("mark"), marks.mark);
        root.insert(QStringLiteral("mac"),
                    QString::fromLatin1(Base64Url::encode(mac(key, marks.mark))));
    }
    if (marks.local >= 0) {
        root.insert(QStringLiteral("local"), marks.local);
        root.insert(QStringLiteral("localMac"),
                    QString::fromLatin1(Base64Url::encode(localMac(key, marks.local))));
    }
    return writePrivateFile(filePath(), QJsonDocument(root).toJson(QJsonDocument::Compact));
}

QDateTime ClockGuard::storedMark() const
{
    const Marks marks = readMarks();
    return marks.mark >= 0 ? QDateTime::fromSecsSinceEpoch(marks.mark, Qt::UTC) : QDateTime();
}

QDateTime ClockGuard::storedLocalMark() const
{
    const Marks marks = readMarks();
    return marks.local >= 0 ? QDateTime::fromSecsSinceEpoch(marks.local, Qt::UTC) : QDateTime();
}

Result<void> ClockGuard::observe(const QDateTime &trustedTime)
{
    if (!trustedTime.isValid())
        return {};
    Marks marks = readMarks();
    const qint64 mark = trustedTime.toSecsSinceEpoch();
    if (marks.mark >= mark)
        return {};
    marks.mark = mark;
    qCDebug(lcClock) << "trusted time raised to" << trustedTime.toUTC().toString(Qt::ISODate);
    return writeMarks(marks);
}

qint64 ClockGuard::localGranularitySeconds() const
{
    return qBound(qint64(30), m_tolerance / 4, qint64(900));
}

Result<void> ClockGuard::observeLocal(const QDateTime &now)
{
    if (!now.isValid())
        return {};
    Marks marks = readMarks();
    const qint64 local = now.toSecsSinceEpoch();
    if (marks.local >= 0 && local < marks.local + localGranularitySeconds())
        return {};
    marks.local = local;
    return writeMarks(marks);
}

Result<void> ClockGuard::confirmOnline(const QDateTime &trustedTime)
{
    if (!trustedTime.isValid())
        return {};
    Marks marks = readMarks();
    marks.mark = qMax(marks.mark, trustedTime.toSecsSinceEpoch());
    marks.local = trustedTime.toSecsSinceEpoch();
    qCDebug(lcClock) << "confirmed online at" << trustedTime.toUTC().toString(Qt::ISODate);
    return writeMarks(marks);
}

QDateTime ClockGuard::Verdict::latestMark() const
{
    if (!localMark.isValid())
        return mark;
    return mark.isValid() && mark > localMark ? mark : localMark;
}

ClockGuard::Verdict ClockGuard::evaluate(const QDateTime &now, const QDateTime &tokenMark) const
{
    Verdict verdict;
    verdict.now = now.toUTC();
    const Marks marks = readMarks();
    if (marks.mark >= 0)
        verdict.mark = QDateTime::fromSecsSinceEpoch(marks.mark, Qt::UTC);
    if (marks.local >= 0)
        verdict.localMark = QDateTime::fromSecsSinceEpoch(marks.local, Qt::UTC);
    if (tokenMark.isValid() && (!verdict.mark.isValid() || tokenMark > verdict.mark))
        verdict.mark = tokenMark.toUTC();
    // Seconds since the epoch: UTC by definition, blind to DST and time zones.
    const qint64 nowSeconds = verdict.now.toSecsSinceEpoch();
    const qint64 behindTrusted =
        verdict.mark.isValid() ? qMax<qint64>(0, verdict.mark.toSecsSinceEpoch() - nowSeconds) : 0;
    const qint64 behindLocal = verdict.localMark.isValid()
        ? qMax<qint64>(0, verdict.localMark.toSecsSinceEpoch() - nowSeconds)
        : 0;
    verdict.behindSeconds = qMax(behindTrusted, behindLocal);
    verdict.setBack = verdict.behindSeconds > m_tolerance;
    verdict.setBackLocally = verdict.setBack && behindTrusted <= m_tolerance;
    if (verdict.setBack)
        qCInfo(lcClock) << "clock is" << verdict.behindSeconds << "s behind the"
                        << (verdict.setBackLocally ? "last local check" : "trusted time");
    return verdict;
}

bool ClockGuard::isTimeLimited(const LicenseGrant &grant)
{
    if (!grant.expiresAt.isValid())
        return false;
    const QDateTime start = grant.issuedAt.isValid() ? grant.issuedAt : grant.expiresAt;
    return start.secsTo(grant.expiresAt) < PerpetualSeconds;
}

Error ClockGuard::setBackError(const Verdict &verdict, const QString &productName)
{
    if (verdict.setBackLocally) {
        const QString product = productName.isEmpty() ? LicenseTr::tr("this product") : productName;
        const qint64 days = verdict.behindSeconds / 86400;
        const QString message = days >= 1
            ? LicenseTr::tr(
                  "This computer's clock is %n day(s) behind the last time %1 ran, so "
                  "time-limited licenses are blocked. Correct the clock, or connect to the "
                  "internet so that the license can be checked online.",
                  "", int(qMin<qint64>(days, 100000)))
                  .arg(product)
            : LicenseTr::tr(
                  "This computer's clock is %n hour(s) behind the last time %1 ran, so "
                  "time-limited licenses are blocked. Correct the clock, or connect to the "
                  "internet so that the license can be checked online.",
                  "", int(qMax<qint64>(1, (verdict.behindSeconds + 1800) / 3600)))
                  .arg(product);
        return Error(ErrorCode::LicenseNotYetValid, message,
                     QStringLiteral("clock set back: %1 s behind the last local check %2")
                         .arg(verdict.behindSeconds)
                         .arg(verdict.localMark.toString(Qt::ISODate)));
    }
    const QString trusted = DateTimeText::dateTime(verdict.mark);
    return Error(
        ErrorCode::LicenseNotYetValid,
        LicenseTr::tr("This computer's clock is behind the last confirmed time (%1), so "
                      "time-limited licenses are blocked. Set the clock to the correct date and "
                      "time.")
            .arg(trusted),
        QStringLiteral("clock set back: %1 s behind the trusted time %2")
            .arg(verdict.behindSeconds)
            .arg(verdict.mark.toString(Qt::ISODate)));
}

} // namespace Keyway
