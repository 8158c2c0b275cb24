// SPDX-License-Identifier: BSD-3-Clause
#include "licensestore.h"

#include "config/vendorconfig.h"
#include "core/clock.h"
#include "core/datetimetext.h"
#include "core/tr.h"
#include "jose/jws.h"
#include "license/clockguard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QSaveFile>
#include <QStandardPaths>

namespace Keyway {

namespace {
Q_LOGGING_CATEGORY(lcStore, "keyway.license.store", QtInfoMsg)

const QLatin1String FileName("licenses.json");
const QLatin1String RenewalFileName("renewal.json");
constexpr qint64 MaximumFileSize = 4 * 1024 * 1024;

QString formatDate(const QDateTime &time)
{
    return DateTimeText::dateTime(time);
}

using State = LicenseStore::ItemStatus::State;

State stateFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::LicenseExpired:
    case ErrorCode::LicenseNotYetValid:
        return State::Expired;
    case ErrorCode::LicenseWrongDevice:
        return State::WrongDevice;
    case ErrorCode::LicenseWrongAccount:
        return State::WrongAccount;
    case ErrorCode::LicenseItemDenied:
        return State::Denied;
    case ErrorCode::TokenUnknownKey:
        return State::UnknownKey;
    case ErrorCode::LicenseMissing:
        return State::Missing;
    case ErrorCode::LicenseLeaseTooLong:
        return State::LeaseTooLong;
    default:
        return State::Tampered;
    }
}

// When several tokens speak of one item and none is valid, the most serious problem is shown.
int severity(State state)
{
    switch (state) {
    case State::Valid:
    case State::RenewalDue:
    case State::ValidOffline:
        return 100;
    case State::ClockSetBack:
        return 65;
    case State::LeaseTooLong:
        return 62;
    case State::Tampered:
        return 60;
    case State::UnknownKey:
        return 50;
    case State::WrongAccount:
        return 40;
    case State::WrongDevice:
        return 30;
    case State::Denied:
        return 20;
    case State::Expired:
        return 10;
    case State::Missing:
        return 0;
    }
    return 0;
}

// A status is "better" than another if it is valid for longer, or else more serious.
bool supersedes(const LicenseStore::ItemStatus &candidate, const LicenseStore::ItemStatus &current)
{
    if (candidate.isValid() && current.isValid())
        return candidate.grant.expiresAt > current.grant.expiresAt;
    return severity(candidate.state) > severity(current.state);
}

Error damaged(const QString &detail)
{
    return Error(
        ErrorCode::TokenMalformed,
        LicenseTr::tr("The stored license file is damaged or has been modified. Activate the "
                      "product again."),
        detail);
}
} // namespace

LicenseStore::LicenseStore(const QString &directory) : m_directory(directory) { }

QString LicenseStore::defaultDirectory(const VendorConfig &config)
{
    const QString fromEnvironment = qEnvironmentVariable("KEYWAY_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1Char('/')
        + config.storageKey();
}

QString LicenseStore::stateLabel(ItemStatus::State state)
{
    switch (state) {
    case State::Valid:
        //: The state of one licensed item, shown in a table
        return LicenseTr::tr("Valid", "license state");
    case State::Expired:
        //: The state of one licensed item, shown in a table
        return LicenseTr::tr("Expired", "license state");
    case State::WrongDevice:
        //: The state of one licensed item, shown in a table
        return LicenseTr::tr("Other computer", "license state");
    case State::WrongAccount:
        //: The state of one licensed item, shown in a table
        return LicenseTr::tr("Other account", "license state");
    case State::Tampered:
        //: The state of one licensed item, shown in a table
        return LicenseTr::tr("Damaged", "license state");
    case State::UnknownKey:
        //: The state of one licensed item, shown in a table
        return LicenseTr::tr("Unknown signer", "license state");
    case State::Denied:
        //: The state of one licensed item, shown in a table
        return LicenseTr::tr("Not licensed", "license state");
    case State::RenewalDue:
        //: The state of one licensed item, shown in a table
        return LicenseTr::tr("Renewal due", "license state");
    case State::ValidOffline:
        //: The state of one licensed item, shown in a table
        return LicenseTr::tr("Valid offline", "license state");
    case State::ClockSetBack:
        //: The state of one licensed item, shown in a table
        return LicenseTr::tr("Clock set back", "license state");
    case State::LeaseTooLong:
        //: The state of one licensed item, shown in a table: the license runs longer than the
        //: vendor ever grants
        return LicenseTr::tr("Lease too long", "license state");
    case State::Missing:
        //: The state of one licensed item, shown in a table
        return LicenseTr::tr("Not activated", "license state");
    }
    return QString();
}

QString LicenseStore::filePath() const
{
    return QDir(m_directory).filePath(FileName);
}

Result<void> LicenseStore::save(const QString &subject, const QString &email,
                                const QList<QByteArray> &tokens)
{
    if (subject.isEmpty())
        return unexpected(Error(ErrorCode::InternalError, QStringLiteral("save without subject")));

    QDir dir(m_directory);
    if (!dir.exists()) {
        if (!QDir().mkpath(m_directory))
            return unexpected(Error(ErrorCode::FileUnwritable,
                                    QStringLiteral("cannot create %1").arg(m_directory)));
        // Only a folder we made is narrowed; an existing one is the user's choice.
        QFile::setPermissions(
            m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    QJsonArray tokenArray;
    for (const QByteArray &token : tokens)
        tokenArray.append(QString::fromLatin1(token));
    const QJsonObject root {
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("email"), email},
        {QStringLiteral("tokens"), tokenArray},
        {QStringLiteral("updated"), Clock::current().toString(Qt::ISODateWithMs)},
    };

    const QString path = filePath();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return unexpected(Error(ErrorCode::FileUnwritable,
                                QStringLiteral("%1: %2").arg(path, file.errorString())));
    // Narrow the temporary file before anything is written to it.
    const auto privateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!file.setPermissions(privateFile))
        qCWarning(lcStore) << "cannot narrow the permissions of the temporary file for" << path;
    const QByteArray data = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (file.write(data) != data.size() || !file.commit())
        return unexpected(Error(ErrorCode::FileUnwritable,
                                QStringLiteral("%1: %2").arg(path, file.errorString())));
    if (!QFile::setPermissions(path, privateFile))
        qCWarning(lcStore) << "cannot set the permissions of" << path;
    qCDebug(lcStore) << "saved" << tokens.size() << "license tokens to" << path;
    // Fresh tokens: an earlier failed renewal no longer matters.
    QFile::remove(QDir(m_directory).filePath(RenewalFileName));
    return {};
}

Result<void> LicenseStore::recordRenewalFailure(const RenewalFailure &failure)
{
    const QJsonObject root {
        {QStringLiteral("failedAt"), failure.failedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("error"), errorCodeName(failure.error.code)},
        {QStringLiteral("detail"), failure.error.detail},
        {QStringLiteral("nextRetry"), failure.nextRetry.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("failures"), failure.failures},
    };
    if (!QDir().mkpath(m_directory))
        return unexpected(
            Error(ErrorCode::FileUnwritable, QStringLiteral("cannot create %1").arg(m_directory)));
    const QString path = QDir(m_directory).filePath(RenewalFileName);
    QSaveFile file(path);
    const QByteArray data = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return unexpected(Error(ErrorCode::FileUnwritable,
                                QStringLiteral("%1: %2").arg(path, file.errorString())));
    return {};
}

LicenseStore::RenewalFailure LicenseStore::lastRenewalFailure() const
{
    RenewalFailure failure;
    QFile file(QDir(m_directory).filePath(RenewalFileName));
    if (!file.open(QIODevice::ReadOnly))
        return failure;
    const QJsonObject root = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    failure.failedAt =
        QDateTime::fromString(root.value(QStringLiteral("failedAt")).toString(), Qt::ISODate);
    const QByteArray name = root.value(QStringLiteral("error")).toString().toLatin1();
    bool ok = false;
    const int code = QMetaEnum::fromType<ErrorCode>().keyToValue(name.constData(), &ok);
    failure.error = Error(ok ? ErrorCode(code) : ErrorCode::InternalError,
                          root.value(QStringLiteral("detail")).toString());
    failure.nextRetry =
        QDateTime::fromString(root.value(QStringLiteral("nextRetry")).toString(), Qt::ISODate);
    failure.failures = qMax(1, root.value(QStringLiteral("failures")).toInt(1));
    return failure;
}

Result<void> LicenseStore::clear()
{
    QFile::remove(QDir(m_directory).filePath(RenewalFileName));
    QFile file(filePath());
    if (!file.exists())
        return {};
    if (!file.remove())
        return unexpected(Error(ErrorCode::FileUnwritable,
                                QStringLiteral("%1: %2").arg(file.fileName(), file.errorString())));
    return {};
}

Result<LicenseStore::Contents> LicenseStore::read() const
{
    Contents contents;
    QFile file(filePath());
    if (!file.exists())
        return contents;
    if (!file.open(QIODevice::ReadOnly))
        return unexpected(Error(ErrorCode::FileUnreadable,
                                QStringLiteral("%1: %2").arg(file.fileName(), file.errorString())));
    if (file.size() > MaximumFileSize)
        return unexpected(damaged(QStringLiteral("licenses.json is too large")));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return unexpected(damaged(QStringLiteral("licenses.json is not a JSON object")));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("version")).toInt() != FormatVersion)
        return unexpected(damaged(QStringLiteral("licenses.json has an unknown version")));
    const QJsonValue tokens = root.value(QStringLiteral("tokens"));
    if (!tokens.isArray())
        return unexpected(damaged(QStringLiteral("licenses.json has no tokens array")));
    const QJsonArray tokenArray = tokens.toArray();
    for (const QJsonValue &token : tokenArray) {
        if (!token.isString())
            return unexpected(damaged(QStringLiteral("licenses.json holds a token that is not a "
                                                     "string")));
        contents.tokens.append(token.toString().toLatin1());
    }
    contents.subject = root.value(QStringLiteral("subject")).toString();
    contents.email = root.value(QStringLiteral("email")).toString();
    contents.updated =
        QDateTime::fromString(root.value(QStringLiteral("updated")).toString(), Qt::ISODateWithMs);
    if (contents.subject.isEmpty() && !contents.tokens.isEmpty())
        return unexpected(damaged(QStringLiteral("licenses.json has tokens but no subject")));
    return contents;
}

QString LicenseStore::subject() const
{
    auto contents = read();
    return contents ? contents->subject : QString();
}

QString LicenseStore::email() const
{
    auto contents = read();
    return contents ? contents->email : QString();
}

QList<QByteArray> LicenseStore::tokens() const
{
    auto contents = read();
    return contents ? contents->tokens : QList<QByteArray>();
}

QDateTime LicenseStore::updated() const
{
    auto contents = read();
    return contents ? contents->updated : QDateTime();
}

QList<LicenseStore::ItemStatus>
LicenseStore::check(const VendorConfig &config, const QString &deviceId, const QDateTime &now) const
{
    QHash<QString, ItemStatus> byItem;
    for (const QString &item : config.licensedItems)
        byItem.insert(item,
                      ItemStatus {item, State::Missing, Error(ErrorCode::LicenseMissing), {}});

    auto consider = [&byItem](const ItemStatus &candidate) {
        auto it = byItem.find(candidate.item);
        if (it != byItem.end() && supersedes(candidate, *it))
            *it = candidate;
    };

    QDateTime judgedAt = now; ///< the clock guard's time, once known
    auto contents = read();
    if (!contents) {
        qCInfo(lcStore) << "license file unusable:" << contents.error().detail;
        for (ItemStatus &status : byItem)
            status = ItemStatus {status.item, State::Tampered, contents.error(), {}};
    } else {
        // First the signatures: only a signed "iat" is trusted time.
        QList<Result<Jws>> verified;
        QDateTime tokenMark;
        for (const QByteArray &token : std::as_const(contents->tokens)) {
            verified.append(verifyCompact(token, config.licenseKeys));
            const Result<Jws> &jws = verified.constLast();
            if (!jws)
                continue;
            const QJsonValue iat = jws->payload.value(QStringLiteral("iat"));
            if (!iat.isDouble())
                continue;
            const QDateTime issued = QDateTime::fromSecsSinceEpoch(qint64(iat.toDouble()), Qt::UTC);
            if (!tokenMark.isValid() || issued > tokenMark)
                tokenMark = issued;
        }
        ClockGuard guard(m_directory, config.clockToleranceSeconds);
        const ClockGuard::Verdict clock = guard.evaluate(now, tokenMark);
        if (tokenMark.isValid() && tokenMark == clock.mark && guard.storedMark() != tokenMark) {
            if (auto raised = guard.observe(tokenMark); !raised)
                qCInfo(lcStore) << "cannot keep the trusted time:" << raised.error().detail;
        }
        // A license was checked at now: the local mark follows (a clock set back later, even
        // within one lease, is noticed against it).
        if (tokenMark.isValid() && !clock.setBack) {
            if (auto observed = guard.observeLocal(now); !observed)
                qCInfo(lcStore) << "cannot keep the local time:" << observed.error().detail;
        }
        const QDateTime effectiveNow = clock.effectiveNow();
        judgedAt = effectiveNow;
        const RenewalFailure failure = lastRenewalFailure();

        for (qsizetype i = 0; i < contents->tokens.size(); ++i) {
            const QByteArray &token = contents->tokens.at(i);
            const Result<Jws> &jws = verified.at(i);
            auto grants = jws
                ? LicenseToken::verifyClaims(jws->payload, token, deviceId, contents->subject,
                                             effectiveNow, 60, config.maximumLeaseSeconds())
                : Result<QList<LicenseGrant>>(unexpected(jws.error()));
            if (grants) {
                for (const LicenseGrant &grant : std::as_const(*grants)) {
                    if (clock.setBack && ClockGuard::isTimeLimited(grant)) {
                        consider(ItemStatus {grant.item, State::ClockSetBack,
                                             ClockGuard::setBackError(clock, config.productName),
                                             grant});
                        continue;
                    }
                    const QString until = formatDate(grant.expiresAt);
                    if (grant.renewAfter.isValid() && effectiveNow >= grant.renewAfter) {
                        if (failure.isValid() && failure.failedAt >= grant.renewAfter) {
                            // A planned time already past (after a restart) is not shown.
                            const QString retry =
                                failure.nextRetry.isValid() && failure.nextRetry > effectiveNow
                                ? formatDate(failure.nextRetry)
                                : LicenseTr::tr("the next start");
                            const Error reason(
                                ErrorCode::NoError,
                                LicenseTr::tr("Valid offline until %1. The license could not be "
                                              "renewed (%2); the next attempt is at %3. Connect to "
                                              "the internet before %1 to keep it.")
                                    .arg(until, failure.error.message, retry),
                                failure.error.detail);
                            consider(ItemStatus {grant.item, State::ValidOffline, reason, grant});
                        } else {
                            // The lease's end is never shown as the license's.
                            const QString message = grant.licenseEnd.isValid()
                                ? LicenseTr::tr("Licensed until %1. Renewal is due: the license is "
                                                "renewed at the next connection to the internet.")
                                      .arg(formatDate(grant.licenseEnd))
                                : grant.subscription
                                ? LicenseTr::tr(
                                      "Subscription renews automatically. This computer "
                                      "checks it at the next connection to the internet and "
                                      "works offline until %1.")
                                      .arg(until)
                                : LicenseTr::tr(
                                      "Renewal is due: the license is renewed at the next "
                                      "connection to the internet. It works offline until %1.")
                                      .arg(until);
                            const Error reason(ErrorCode::NoError, message, QString());
                            consider(ItemStatus {grant.item, State::RenewalDue, reason, grant});
                        }
                        continue;
                    }
                    const QString message = grant.licenseEnd.isValid()
                        ? LicenseTr::tr("Licensed until %1. Works offline until %2.")
                              .arg(formatDate(grant.licenseEnd), until)
                        : grant.subscription
                        ? LicenseTr::tr(
                              "Subscription renews automatically. Works offline until %1.")
                              .arg(until)
                        : LicenseTr::tr("Works offline until %1.").arg(until);
                    const Error reason(ErrorCode::NoError, message, QString());
                    consider(ItemStatus {grant.item, State::Valid, reason, grant});
                }
                continue;
            }

            // Which item was this token meant for? Read without trust, only to attribute the
            // failure; a token that cannot even be parsed counts against every item.
            Error reason = grants.error();
            const auto parsed = Jws::parse(token);
            QStringList items =
                parsed ? LicenseToken::itemsMentioned(parsed->payload) : QStringList();
            if (items.isEmpty())
                items = config.licensedItems;
            LicenseGrant expired;
            if (reason.code == ErrorCode::LicenseExpired && parsed) {
                // Claims are checked after the signature: this date is the signer's.
                const qint64 exp = qint64(parsed->payload.value(QStringLiteral("exp")).toDouble());
                expired.expiresAt = QDateTime::fromSecsSinceEpoch(exp, Qt::UTC);
                expired.token = token;
                reason.message =
                    LicenseTr::tr("The license expired on %1. Connect to the internet to "
                                  "renew it.")
                        .arg(formatDate(expired.expiresAt));
            }
            qCDebug(lcStore) << "token for" << items << "refused:" << reason.detail;
            for (const QString &item : std::as_const(items)) {
                LicenseGrant grant = expired;
                grant.item = item;
                consider(ItemStatus {item, stateFor(reason.code), reason, grant});
            }
        }
    }

    QList<ItemStatus> result;
    for (const QString &item : config.licensedItems) {
        ItemStatus status = byItem.value(item);
        if (status.isValid() && status.grant.licenseEnd.isValid()) {
            const qint64 seconds = judgedAt.secsTo(status.grant.licenseEnd);
            status.daysLeft = seconds <= 0 ? 0 : int((seconds + 86399) / 86400);
            status.endsSoon =
                config.licenseEndWarningDays > 0 && status.daysLeft <= config.licenseEndWarningDays;
        }
        result.append(status);
    }
    return result;
}

QString LicenseStore::endsSoonMessage(const QList<ItemStatus> &statuses, const QString &productName)
{
    const ItemStatus *first = nullptr;
    for (const ItemStatus &status : statuses) {
        if (status.endsSoon && (!first || status.grant.licenseEnd < first->grant.licenseEnd))
            first = &status;
    }
    if (!first)
        return QString();
    const QString end = formatDate(first->grant.licenseEnd);
    return first->daysLeft <= 1
        ? LicenseTr::tr("The license of %1 ends within a day, on %2.").arg(productName, end)
        : LicenseTr::tr("The license of %1 ends in %2 days, on %3.")
              .arg(productName)
              .arg(first->daysLeft)
              .arg(end);
}

bool LicenseStore::allValid(const VendorConfig &config, const QString &deviceId,
                            const QDateTime &now) const
{
    const QList<ItemStatus> statuses = check(config, deviceId, now);
    if (statuses.isEmpty())
        return false;
    for (const ItemStatus &status : statuses) {
        if (!status.isValid())
            return false;
    }
    return true;
}

} // namespace Keyway
