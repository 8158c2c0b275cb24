// SPDX-License-Identifier: BSD-3-Clause
#include "redemptionjournal.h"

#include "core/datetimetext.h"
#include "storage/secretstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Keyway {

namespace {
constexpr int JournalVersion = 1;
}

QByteArray PendingRedemption::toJson() const
{
    const QJsonObject json {
        {QStringLiteral("v"), JournalVersion},
        {QStringLiteral("code"), code},
        {QStringLiteral("idempotencyKey"), idempotencyKey},
        {QStringLiteral("deviceId"), deviceId},
        {QStringLiteral("deviceName"), deviceName},
        {QStringLiteral("since"), since.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("email"), email},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Result<PendingRedemption> PendingRedemption::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        // The detail names the parse problem only: the entry holds the code.
        return unexpected(Error(ErrorCode::InternalError,
                                QStringLiteral("pending redemption entry unreadable: %1")
                                    .arg(parseError.errorString())));
    }
    const QJsonObject object = document.object();
    PendingRedemption pending;
    pending.code = object.value(QLatin1String("code")).toString();
    pending.idempotencyKey = object.value(QLatin1String("idempotencyKey")).toString();
    pending.deviceId = object.value(QLatin1String("deviceId")).toString();
    pending.deviceName = object.value(QLatin1String("deviceName")).toString();
    pending.since =
        QDateTime::fromString(object.value(QLatin1String("since")).toString(), Qt::ISODate);
    pending.subject = object.value(QLatin1String("subject")).toString();
    pending.email = object.value(QLatin1String("email")).toString();
    if (!pending.isValid()) {
        return unexpected(Error(ErrorCode::InternalError,
                                QStringLiteral("pending redemption entry without code or key")));
    }
    return pending;
}

QString RedemptionJournal::key(const VendorConfig &config)
{
    return QStringLiteral("pending-redemption/") + config.clientId;
}

SecretJob *RedemptionJournal::write(SecretStore *store, const VendorConfig &config,
                                    const PendingRedemption &pending)
{
    return store->write(key(config), pending.toJson());
}

SecretJob *RedemptionJournal::read(SecretStore *store, const VendorConfig &config)
{
    return store->read(key(config));
}

SecretJob *RedemptionJournal::remove(SecretStore *store, const VendorConfig &config)
{
    return store->remove(key(config));
}

bool RedemptionJournal::isPermanentRefusal(const Error &error)
{
    switch (error.code) {
    case ErrorCode::RedeemCodeMalformed:
    case ErrorCode::RedeemCodeUnknown:
    case ErrorCode::RedeemCodeAlreadyRedeemed:
    case ErrorCode::RedeemCodeExpired:
    case ErrorCode::RedeemCodeRevoked:
        return true;
    default:
        return false;
    }
}

bool RedemptionJournal::belongsTo(const PendingRedemption &pending, const QString &subject)
{
    return pending.subject.isEmpty() || pending.subject == subject;
}

QString RedemptionJournal::ownerName(const PendingRedemption &pending)
{
    return pending.email.isEmpty() ? pending.subject : pending.email;
}

Error RedemptionJournal::otherAccount(const PendingRedemption &pending)
{
    const QString since = DateTimeText::dateTime(pending.since);
    return Error(ErrorCode::RedemptionOtherAccount,
                 QCoreApplication::translate(
                     "Keyway::RedemptionJournal",
                     "An activation code entered by %1 on %2 is still waiting to be redeemed, "
                     "so nothing was redeemed for the account signed in now. Sign in as %1 to "
                     "finish it, or discard it: the code then stays unused and can be entered "
                     "again.")
                     .arg(ownerName(pending), since),
                 QStringLiteral("pending redemption of account %1, not of the account signed in")
                     .arg(pending.subject));
}

} // namespace Keyway
