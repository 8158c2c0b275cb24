// SPDX-License-Identifier: BSD-3-Clause
// The commands that answer from this computer alone: status, device-id, check-code, import,
// diagnose.
#include "offlinecommands.h"

#include "codes/activationcode.h"
#include "config/vendorconfig.h"

#include "core/clock.h"
#include "core/redaction.h"
#include "jose/jws.h"
#include "license/clockguard.h"
#include "license/deviceid.h"
#include "license/licenseimport.h"
#include "license/licensestore.h"
#include "license/licensetoken.h"
#include "license/releasequeue.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSysInfo>

using namespace Keyway;

namespace {
QString isoDate(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

/// The payload's lease id, read without trust (for release and reports only).
QString leaseIdOf(const QByteArray &token)
{
    const auto jws = Jws::parse(token);
    return jws ? jws->payload.value(QStringLiteral("jti")).toString() : QString();
}
} // namespace

OfflineCommands::OfflineCommands(CommandContext &context)
    : m_ctl(context), m_out(context.out()), m_err(context.err())
{
}

QStringList OfflineCommands::commands() const
{
    return {QStringLiteral("status"), QStringLiteral("device-id"), QStringLiteral("check-code"),
            QStringLiteral("import"), QStringLiteral("diagnose")};
}

int OfflineCommands::run(const QString &name, const QStringList &arguments)
{
    using Command = int (OfflineCommands::*)(const QStringList &);
    const QList<QPair<QLatin1String, Command>> table {
        {QLatin1String("status"), &OfflineCommands::status},
        {QLatin1String("device-id"), &OfflineCommands::deviceId},
        {QLatin1String("check-code"), &OfflineCommands::checkCode},
        {QLatin1String("import"), &OfflineCommands::importTokens},
        {QLatin1String("diagnose"), &OfflineCommands::diagnose},
    };
    for (const auto &entry : table) {
        if (name == entry.first)
            return (this->*entry.second)(arguments);
    }
    return ExitUsage;
}

QJsonObject OfflineCommands::statusJson(const QString &directory, const QString &deviceId)
{
    const LicenseStore store(directory);
    const QDateTime now = Clock::current();
    const QList<LicenseStore::ItemStatus> statuses = store.check(m_ctl.config(), deviceId, now);
    bool allValid = !statuses.isEmpty();
    QJsonArray items;
    for (const auto &status : statuses) {
        allValid = allValid && status.isValid();
        QJsonObject item {
            {QStringLiteral("item"), status.item},
            {QStringLiteral("name"), m_ctl.config().itemDisplayName(status.item)},
            {QStringLiteral("state"), LicenseStore::stateName(status.state)},
            {QStringLiteral("valid"), status.isValid()},
            {QStringLiteral("label"), LicenseStore::stateLabel(status.state)},
            {QStringLiteral("message"), status.reason.message},
        };
        if (status.reason.isError()) {
            item.insert(QStringLiteral("errorCode"), errorCodeName(status.reason.code));
            item.insert(QStringLiteral("detail"), status.reason.detail);
        }
        if (status.grant.expiresAt.isValid())
            item.insert(QStringLiteral("expires"), isoDate(status.grant.expiresAt));
        if (status.grant.renewAfter.isValid())
            item.insert(QStringLiteral("renewAfter"), isoDate(status.grant.renewAfter));
        if (status.grant.licenseEnd.isValid())
            item.insert(QStringLiteral("licenseEnd"), isoDate(status.grant.licenseEnd));
        if (!status.grant.licenseId.isEmpty())
            item.insert(QStringLiteral("licenseId"), status.grant.licenseId);
        if (!status.grant.leaseId.isEmpty())
            item.insert(QStringLiteral("leaseId"), status.grant.leaseId);
        items.append(item);
    }
    const ClockGuard::Verdict clock =
        ClockGuard(directory, m_ctl.config().clockToleranceSeconds).evaluate(now);
    QJsonObject clockJson {
        {QStringLiteral("now"), isoDate(now)},
        {QStringLiteral("behindSeconds"), clock.behindSeconds},
        {QStringLiteral("setBack"), clock.setBack},
        {QStringLiteral("toleranceSeconds"), m_ctl.config().clockToleranceSeconds},
    };
    clockJson.insert(QStringLiteral("trustedTime"),
                     clock.mark.isValid() ? QJsonValue(isoDate(clock.mark)) : QJsonValue());
    QJsonObject root {
        {QStringLiteral("schemaVersion"), 3},
        {QStringLiteral("product"), m_ctl.config().productName},
        {QStringLiteral("vendor"), m_ctl.config().vendorName},
        {QStringLiteral("account"),
         QJsonObject {{QStringLiteral("subject"), store.subject()},
                      {QStringLiteral("email"), store.email()}}},
        {QStringLiteral("deviceId"), deviceId},
        {QStringLiteral("dataDirectory"), directory},
        {QStringLiteral("allValid"), allValid},
        {QStringLiteral("clock"), clockJson},
        {QStringLiteral("pendingReleases"), int(ReleaseQueue(directory).pending().size())},
        {QStringLiteral("items"), items},
    };
    const LicenseStore::RenewalFailure failure = store.lastRenewalFailure();
    if (failure.isValid()) {
        root.insert(QStringLiteral("lastRenewalFailure"),
                    QJsonObject {{QStringLiteral("at"), isoDate(failure.failedAt)},
                                 {QStringLiteral("errorCode"), errorCodeName(failure.error.code)},
                                 {QStringLiteral("message"), failure.error.message},
                                 {QStringLiteral("nextRetry"), isoDate(failure.nextRetry)}});
    }
    return root;
}

int OfflineCommands::printStatus(bool json)
{
    const QString directory = m_ctl.dataDirectory();
    const QString id = m_ctl.device();
    if (id.isEmpty())
        return ExitFile;
    const QJsonObject root = statusJson(directory, id);
    const bool allValid = root.value(QStringLiteral("allValid")).toBool();
    if (json) {
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        // The e-mail address, or the subject of a provider that gives none.
        const QJsonObject account = root.value(QStringLiteral("account")).toObject();
        QString who = account.value(QStringLiteral("email")).toString();
        if (who.isEmpty())
            who = account.value(QStringLiteral("subject")).toString();
        m_out << Tr::tr("%1 by %2").arg(m_ctl.config().productName, m_ctl.config().vendorName)
              << Qt::endl;
        m_out << Tr::tr("Account: %1").arg(who.isEmpty() ? Tr::tr("not signed in") : who)
              << Qt::endl;
        const QJsonArray items = root.value(QStringLiteral("items")).toArray();
        int itemWidth = 0;
        int stateWidth = 0;
        for (const QJsonValue &item : items) {
            itemWidth = qMax(itemWidth, int(item[QStringLiteral("name")].toString().size()));
            stateWidth = qMax(stateWidth, int(item[QStringLiteral("label")].toString().size()));
        }
        for (const QJsonValue &item : items) {
            m_out << QStringLiteral("  ")
                  << item[QStringLiteral("name")].toString().leftJustified(itemWidth)
                  << QStringLiteral("  ")
                  << item[QStringLiteral("label")].toString().leftJustified(stateWidth)
                  << QStringLiteral("  ") << item[QStringLiteral("message")].toString() << Qt::endl;
        }
        const int pending = root.value(QStringLiteral("pendingReleases")).toInt();
        if (pending > 0)
            m_out << Tr::tr("%n lease release(s) are waiting to be sent to the server.", nullptr,
                            pending)
                  << Qt::endl;
    }
    m_out.flush();
    return allValid ? ExitOk : ExitNotLicensed;
}

int OfflineCommands::importTokens(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!m_ctl.parseCommand(
            parser, arguments, QStringLiteral("import"),
            Tr::tr("Store license tokens from a file, for computers without internet "
                   "access: an administrator downloads them for this computer's device "
                   "id (keywayctl device-id). Every token is verified like one from the "
                   "server; if any is refused, nothing is stored."),
            QStringLiteral("FILE"),
            Tr::tr("A file with one or more license tokens (compact JWS), separated by "
                   "line breaks, spaces or '&'.")))
        return ExitUsage;
    if (parser.positionalArguments().size() < 2) {
        m_err << Tr::tr("import needs the file with the license tokens.") << Qt::endl;
        return ExitUsage;
    }
    if (!m_ctl.loadConfig())
        return ExitUsage;
    const QString path = parser.positionalArguments().at(1);
    const QString id = m_ctl.device();
    if (id.isEmpty())
        return ExitFile;
    LicenseStore store(m_ctl.dataDirectory());
    const auto imported =
        LicenseImport::importFile(store, m_ctl.config(), id, path, Clock::current());
    if (!imported) {
        m_err << imported.error().message << Qt::endl;
        const ErrorCode code = imported.error().code;
        return code == ErrorCode::FileUnreadable || code == ErrorCode::FileUnwritable
            ? ExitFile
            : ExitNotLicensed;
    }
    m_out << Tr::tr("Imported %n license token(s).", nullptr, imported->tokens) << Qt::endl;
    return printStatus(false);
}

int OfflineCommands::diagnose(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print the report as JSON."));
    parser.addOption(json);
    if (!m_ctl.parseCommand(
            parser, arguments, QStringLiteral("diagnose"),
            Tr::tr("Print a report for the vendor's support: versions, the "
                   "configuration, the license states and the last errors. It holds no "
                   "token, code, password, e-mail address or account id; identifiers "
                   "appear as short fingerprints.")))
        return ExitUsage;
    QJsonObject report {
        {QStringLiteral("keywayctl"), QCoreApplication::applicationVersion()},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("os"), QSysInfo::prettyProductName()},
        {QStringLiteral("kernel"),
         QString(QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion())},
        {QStringLiteral("cpu"), QSysInfo::currentCpuArchitecture()},
        {QStringLiteral("configPath"), m_ctl.configPath()},
    };
    if (!m_ctl.loadConfig()) {
        report.insert(QStringLiteral("config"), QStringLiteral("unusable"));
        m_out << QJsonDocument(report).toJson(QJsonDocument::Indented);
        return ExitUsage;
    }
    QJsonArray keyIds;
    for (const Jwk &key : m_ctl.config().licenseKeys.keys())
        keyIds.append(key.keyId());
    report.insert(
        QStringLiteral("config"),
        QJsonObject {
            {QStringLiteral("product"), m_ctl.config().productName},
            {QStringLiteral("vendor"), m_ctl.config().vendorName},
            {QStringLiteral("issuer"), m_ctl.config().issuer.toString()},
            {QStringLiteral("clientId"), m_ctl.config().clientId},
            {QStringLiteral("browser"), m_ctl.config().browser},
            {QStringLiteral("licensedItems"),
             QJsonArray::fromStringList(m_ctl.config().licensedItems)},
            {QStringLiteral("licenseKeyIds"), keyIds},
            {QStringLiteral("leaseSeconds"), m_ctl.config().leaseSeconds},
            {QStringLiteral("clockToleranceSeconds"), m_ctl.config().clockToleranceSeconds},
        });
    const QString directory = m_ctl.dataDirectory();
    const QString id = DeviceId::forProduct(m_ctl.config(), directory);
    report.insert(QStringLiteral("deviceId"), id);
    QJsonObject files;
    for (const QString &name :
         {QStringLiteral("licenses.json"), QStringLiteral("clock.json"),
          QStringLiteral("install-secret"), QStringLiteral("renewal.json"),
          QStringLiteral("pending-release.json"), QStringLiteral("device-id")}) {
        const QFileInfo info(QDir(directory).filePath(name));
        if (!info.exists())
            continue;
        files.insert(
            name,
            QJsonObject {{QStringLiteral("size"), info.size()},
                         {QStringLiteral("modified"), isoDate(info.lastModified())},
                         {QStringLiteral("mode"), QString::number(int(info.permissions()), 16)}});
    }
    report.insert(
        QStringLiteral("dataDirectory"),
        QJsonObject {{QStringLiteral("path"), directory}, {QStringLiteral("files"), files}});

    // The status, with everything personal replaced by fingerprints.
    QJsonObject status = statusJson(directory, id);
    const QString subject = status.value(QStringLiteral("account"))
                                .toObject()
                                .value(QStringLiteral("subject"))
                                .toString();
    const QString email = status.value(QStringLiteral("account"))
                              .toObject()
                              .value(QStringLiteral("email"))
                              .toString();
    status.insert(QStringLiteral("account"),
                  QJsonObject {{QStringLiteral("subject"), fingerprint(subject)},
                               {QStringLiteral("email"), fingerprint(email)}});
    QByteArray text = QJsonDocument(status).toJson(QJsonDocument::Indented);
    // Details may quote account ids; a compact JWS never belongs in a report.
    QString redacted = QString::fromUtf8(text);
    if (!subject.isEmpty())
        redacted.replace(subject, fingerprint(subject));
    if (!email.isEmpty())
        redacted.replace(email, fingerprint(email));
    static const QRegularExpression jws(
        QStringLiteral("[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"));
    redacted.replace(jws, QStringLiteral("<token>"));
    status = QJsonDocument::fromJson(redacted.toUtf8()).object();
    QJsonArray items = status.value(QStringLiteral("items")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        if (item.contains(QStringLiteral("leaseId")))
            item.insert(QStringLiteral("leaseId"),
                        fingerprint(item.value(QStringLiteral("leaseId")).toString()));
        items.replace(i, item);
    }
    status.insert(QStringLiteral("items"), items);
    QJsonArray leases;
    for (const QByteArray &token : LicenseStore(directory).tokens())
        leases.append(fingerprint(leaseIdOf(token)));
    status.insert(QStringLiteral("storedLeases"), leases);
    report.insert(QStringLiteral("status"), status);

    if (parser.isSet(json)) {
        m_out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    } else {
        m_out << Tr::tr("Support report (no secrets; identifiers are fingerprints):") << Qt::endl
              << QJsonDocument(report).toJson(QJsonDocument::Indented);
    }
    return ExitOk;
}

int OfflineCommands::status(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption offline(
        QStringLiteral("offline"),
        Tr::tr("Verify the stored licenses without any network or keychain access."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("Print the result as JSON (schema in "
                                         "docs/licensing.md)."));
    parser.addOptions({offline, json});
    if (!m_ctl.parseCommand(
            parser, arguments, QStringLiteral("status"),
            Tr::tr("Verify the licenses stored on this computer and list each licensed "
                   "item with its state and the reason. Without --offline, queued "
                   "releases are sent and due renewals done first.")))
        return ExitUsage;
    if (!m_ctl.loadConfig())
        return ExitUsage;
    if (!parser.isSet(offline)) {
        // Best effort: the status is shown whatever the network says (or when keywayctl's online
        // part is missing, which OnlineModule reports).
        m_ctl.prepareStatus(arguments);
    }
    return printStatus(parser.isSet(json));
}

int OfflineCommands::deviceId(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption explain(QStringLiteral("explain"),
                                     Tr::tr("Also say what the device id is made of."));
    parser.addOption(explain);
    if (!m_ctl.parseCommand(
            parser, arguments, QStringLiteral("device-id"),
            Tr::tr("Print the id this computer's licenses are bound to. An "
                   "administrator downloads license tokens for air-gapped computers "
                   "with it.")))
        return ExitUsage;
    if (!m_ctl.loadConfig())
        return ExitUsage;
    const QString id = m_ctl.device();
    if (id.isEmpty())
        return ExitFile;
    if (parser.isSet(explain))
        m_out << DeviceId::explain() << Qt::endl
              << Qt::endl
              << Tr::tr("Device id: %1").arg(id) << Qt::endl;
    else
        m_out << id << Qt::endl;
    return ExitOk;
}

int OfflineCommands::checkCode(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!m_ctl.parseCommand(
            parser, arguments, QStringLiteral("check-code"),
            Tr::tr("Check an activation code's form and check symbol locally; nothing is "
                   "sent. Prints the code in its canonical form."),
            QStringLiteral("CODE"), Tr::tr("The activation code.")))
        return ExitUsage;
    const QStringList words = parser.positionalArguments().mid(1);
    if (words.isEmpty()) {
        m_err << Tr::tr("check-code needs the activation code, e.g. keywayctl check-code "
                        "KWPWK-3DEGZ-DPCF5-4ERF5-DHQDA")
              << Qt::endl;
        return ExitUsage;
    }
    // A code pasted with spaces arrives as several arguments.
    const auto code = ActivationCode::parse(words.join(QLatin1Char(' ')));
    if (!code) {
        m_err << code.error().error.message << Qt::endl;
        return ExitNotLicensed;
    }
    m_out << code->formatted() << Qt::endl;
    return ExitOk;
}
