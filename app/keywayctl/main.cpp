// SPDX-License-Identifier: BSD-3-Clause
// keywayctl: the product's activation from the command line. Offline commands for now; online
// ones (sign-in, redeem, refresh) come with Keyway::Activation.

#include "codes/activationcode.h"
#include "config/vendorconfig.h"
#include "core/clock.h"
#include "core/translations.h"
#include "license/deviceid.h"
#include "license/licensestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

using namespace Keyway;

namespace {

enum ExitCode {
    ExitOk = 0, ///< every configured item is licensed / the code is well-formed
    ExitNotLicensed = 1, ///< some item is not licensed, expired or damaged / the code is wrong
    ExitUsage = 2, ///< bad command line or configuration
};

/// Gives lupdate and the runtime one context for this file's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(keywayctl)
};

class Ctl
{
public:
    Ctl() : m_out(stdout), m_err(stderr) { }
    int run(const QStringList &arguments);

private:
    int status(const QStringList &arguments);
    int deviceId(const QStringList &arguments);
    int checkCode(const QStringList &arguments);

    /// Parses a command's own options; exits for --help. False on a usage error.
    bool parseCommand(QCommandLineParser &parser, const QStringList &arguments,
                      const QString &command, const QString &description,
                      const QString &argument = QString(),
                      const QString &argumentDescription = QString());
    bool loadConfig();
    QString dataDirectory() const;

    QTextStream m_out;
    QTextStream m_err;
    QString m_configPath;
    QString m_dataDir;
    VendorConfig m_config;
};

QString globalDescription()
{
    return Tr::tr(
        "Checks this product's activation.\n"
        "\n"
        "Commands:\n"
        "  status [--offline] [--json]  Verify the stored licenses on this computer.\n"
        "  device-id [--explain]        Print this computer's device id.\n"
        "  check-code CODE              Check the form of an activation code.\n"
        "Run \"keywayctl COMMAND --help\" for a command's options.\n"
        "\n"
        "Exit codes:\n"
        "  0  success: every licensed item is valid, or the code is well-formed\n"
        "  1  some item is not licensed, has expired or is damaged, or the code is wrong\n"
        "  2  usage or configuration error\n"
        "\n"
        "Environment: KEYWAY_CONFIG (the vendor configuration, unless --config is given), "
        "KEYWAY_DATA_DIR (the license folder, unless --data-dir is given).");
}

int Ctl::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(globalDescription());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("config"),
                      Tr::tr("The vendor configuration (client-config.json) to use."),
                      Tr::tr("file")});
    parser.addOption({QStringLiteral("data-dir"), Tr::tr("The folder holding the stored licenses."),
                      Tr::tr("dir")});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 Tr::tr("status, device-id or check-code."),
                                 QStringLiteral("command [options]"));
    // Everything after the command belongs to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    const QStringList rest = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || rest.isEmpty()) {
        if (rest.isEmpty() && !parser.isSet(QStringLiteral("help"))) {
            m_err << Tr::tr("No command given.") << Qt::endl << Qt::endl;
            m_err << parser.helpText();
            return ExitUsage;
        }
        parser.showHelp(ExitOk);
    }
    m_configPath = VendorConfig::locate(parser.value(QStringLiteral("config")));
    m_dataDir = parser.value(QStringLiteral("data-dir"));

    const QString command = rest.first();
    if (command == QLatin1String("status"))
        return status(rest);
    if (command == QLatin1String("device-id"))
        return deviceId(rest);
    if (command == QLatin1String("check-code"))
        return checkCode(rest);
    m_err << Tr::tr("Unknown command \"%1\". Run keywayctl --help for the list of commands.")
                 .arg(command)
          << Qt::endl;
    return ExitUsage;
}

bool Ctl::parseCommand(QCommandLineParser &parser, const QStringList &arguments,
                       const QString &command, const QString &description, const QString &argument,
                       const QString &argumentDescription)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addPositionalArgument(command, Tr::tr("The command."), command);
    if (!argument.isEmpty())
        parser.addPositionalArgument(argument, argumentDescription);
    // parse() takes its first element as the program name.
    if (!parser.parse(QStringList {QCoreApplication::arguments().value(0)} + arguments)) {
        m_err << parser.errorText() << Qt::endl;
        return false;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(ExitOk);
    return true;
}

bool Ctl::loadConfig()
{
    auto config = VendorConfig::load(m_configPath);
    if (!config) {
        m_err << Tr::tr("Cannot use the vendor configuration %1: %2")
                     .arg(m_configPath, config.error().toString())
              << Qt::endl;
        return false;
    }
    m_config = *config;
    return true;
}

QString Ctl::dataDirectory() const
{
    return m_dataDir.isEmpty() ? LicenseStore::defaultDirectory(m_config) : m_dataDir;
}

int Ctl::status(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption offline(
        QStringLiteral("offline"),
        Tr::tr("Verify the stored licenses without any network access."));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print the result as JSON."));
    parser.addOptions({offline, json});
    if (!parseCommand(parser, arguments, QStringLiteral("status"),
                      Tr::tr("Verify the licenses stored on this computer and list each licensed "
                             "item with its state and expiry.")))
        return ExitUsage;
    if (parser.positionalArguments().size() > 1) {
        m_err << Tr::tr("status takes no arguments.") << Qt::endl;
        return ExitUsage;
    }
    if (!loadConfig())
        return ExitUsage;
    if (!parser.isSet(offline))
        m_err << Tr::tr(
            "Note: refreshing licenses online is not available yet; showing the offline "
            "status.")
              << Qt::endl;

    const QString directory = dataDirectory();
    const QString device = DeviceId::forProduct(m_config, directory);
    if (device.isEmpty()) {
        m_err << Tr::tr(
                     "This computer's device id cannot be determined: there is no machine id and "
                     "the folder %1 cannot be written.")
                     .arg(directory)
              << Qt::endl;
        return ExitUsage;
    }
    const LicenseStore store(directory);
    const QList<LicenseStore::ItemStatus> statuses =
        store.check(m_config, device, Clock::current());
    bool allValid = !statuses.isEmpty();
    for (const auto &status : statuses)
        allValid = allValid && status.isValid();
    const QString email = store.email();

    if (parser.isSet(json)) {
        QJsonArray items;
        for (const auto &status : statuses) {
            QJsonObject item {
                {QStringLiteral("item"), status.item},
                {QStringLiteral("state"), LicenseStore::stateName(status.state)},
                {QStringLiteral("message"), status.reason.message},
            };
            if (status.reason.isError()) {
                item.insert(QStringLiteral("errorCode"), errorCodeName(status.reason.code));
                item.insert(QStringLiteral("detail"), status.reason.detail);
            }
            if (status.grant.expiresAt.isValid())
                item.insert(QStringLiteral("expires"),
                            status.grant.expiresAt.toUTC().toString(Qt::ISODate));
            if (status.grant.renewAfter.isValid())
                item.insert(QStringLiteral("renewAfter"),
                            status.grant.renewAfter.toUTC().toString(Qt::ISODate));
            if (!status.grant.licenseId.isEmpty())
                item.insert(QStringLiteral("licenseId"), status.grant.licenseId);
            if (!status.grant.leaseId.isEmpty())
                item.insert(QStringLiteral("leaseId"), status.grant.leaseId);
            items.append(item);
        }
        const QJsonObject root {
            {QStringLiteral("product"), m_config.productName},
            {QStringLiteral("vendor"), m_config.vendorName},
            {QStringLiteral("account"),
             QJsonObject {{QStringLiteral("subject"), store.subject()},
                          {QStringLiteral("email"), email}}},
            {QStringLiteral("deviceId"), device},
            {QStringLiteral("dataDirectory"), directory},
            {QStringLiteral("allValid"), allValid},
            {QStringLiteral("items"), items},
        };
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        m_out << Tr::tr("%1 by %2").arg(m_config.productName, m_config.vendorName) << Qt::endl;
        m_out << Tr::tr("Account: %1").arg(email.isEmpty() ? Tr::tr("not signed in") : email)
              << Qt::endl;
        int itemWidth = 0;
        int stateWidth = 0;
        for (const auto &status : statuses) {
            itemWidth = qMax(itemWidth, int(status.item.size()));
            stateWidth = qMax(stateWidth, int(LicenseStore::stateLabel(status.state).size()));
        }
        for (const auto &status : statuses) {
            m_out << QStringLiteral("  ") << status.item.leftJustified(itemWidth)
                  << QStringLiteral("  ")
                  << LicenseStore::stateLabel(status.state).leftJustified(stateWidth)
                  << QStringLiteral("  ") << status.reason.message << Qt::endl;
        }
    }
    m_out.flush();
    return allValid ? ExitOk : ExitNotLicensed;
}

int Ctl::deviceId(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption explain(QStringLiteral("explain"),
                                     Tr::tr("Also say what the device id is made of."));
    parser.addOption(explain);
    if (!parseCommand(parser, arguments, QStringLiteral("device-id"),
                      Tr::tr("Print the id this computer's licenses are bound to.")))
        return ExitUsage;
    if (parser.positionalArguments().size() > 1) {
        m_err << Tr::tr("device-id takes no arguments.") << Qt::endl;
        return ExitUsage;
    }
    if (!loadConfig())
        return ExitUsage;
    const QString directory = dataDirectory();
    const QString device = DeviceId::forProduct(m_config, directory);
    if (device.isEmpty()) {
        m_err << Tr::tr(
                     "This computer's device id cannot be determined: there is no machine id and "
                     "the folder %1 cannot be written.")
                     .arg(directory)
              << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(explain))
        m_out << DeviceId::explain() << Qt::endl
              << Qt::endl
              << Tr::tr("Device id: %1").arg(device) << Qt::endl;
    else
        m_out << device << Qt::endl;
    return ExitOk;
}

int Ctl::checkCode(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parseCommand(parser, arguments, QStringLiteral("check-code"),
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the keyway application, so that both find the same license folder.
    QCoreApplication::setOrganizationName(QStringLiteral("Keyway"));
    QCoreApplication::setApplicationName(QStringLiteral("keyway"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYWAY_VERSION));
    Keyway::installTranslations();
    // The result is the output; the library's log stays quiet unless QT_LOGGING_RULES asks.
    QLoggingCategory::setFilterRules(QStringLiteral("keyway.*.debug=false\nkeyway.*.info=false"));
    Ctl ctl;
    return ctl.run(QCoreApplication::arguments());
}
