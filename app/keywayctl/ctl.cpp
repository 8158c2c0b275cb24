// SPDX-License-Identifier: BSD-3-Clause
#include "ctl.h"

#include "core/error.h"
#include "license/deviceid.h"
#include "license/licensestore.h"

#include <QCommandLineParser>

#include <cstdio>

using namespace Keyway;

namespace {
QString globalDescription()
{
    return Tr::tr(
        "Checks and manages this product's activation.\n"
        "\n"
        "Commands that work offline:\n"
        "  status [--offline] [--json]  Verify the stored licenses on this computer.\n"
        "  device-id [--explain]        Print this computer's device id.\n"
        "  import FILE                  Store license tokens an administrator downloaded for\n"
        "                               this device id (air-gapped computers).\n"
        "  diagnose                     Print a report for support, without secrets.\n"
        "  check-code CODE              Check the form of an activation code.\n"
        "Commands that need the license server:\n"
        "  login [--browser=system|none]  Sign in.\n"
        "  redeem [--code -]            Redeem an activation code (typed at the prompt, or read\n"
        "                               from standard input with --code -) and check out its\n"
        "                               licenses; finishes an interrupted redemption first.\n"
        "  refresh                      Renew the leases now.\n"
        "  release                      Release this computer's leases (deactivate); queued\n"
        "                               when offline.\n"
        "  logout                       Sign out and forget the session.\n"
        "  devices [--json]             List the computers using your licenses; \"devices\n"
        "                               release ID\" removes one, \"devices rename NAME\"\n"
        "                               renames this one.\n"
        "Run \"keywayctl COMMAND --help\" for a command's options.\n"
        "\n"
        "Exit codes:\n"
        "  0  success; for status: every licensed item is valid\n"
        "  1  some item is not licensed, has expired or is damaged; a token or code was refused\n"
        "  2  usage or configuration error\n"
        "  3  the license server could not be reached or answered with an error\n"
        "  4  not signed in, the session has ended, or the keychain failed\n"
        "  5  a local file could not be read or written\n"
        "\n"
        "Environment: KEYWAY_CONFIG (a settings file for where to connect, unless --config is "
        "given; never the license keys), "
        "KEYWAY_DATA_DIR (the license folder, unless --data-dir is given).");
}
} // namespace

Ctl::Ctl() : m_out(stdout), m_err(stderr) { }

int Ctl::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(globalDescription());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("config"),
                      Tr::tr("A settings file (client-config.json) that changes where to connect; "
                             "the license keys stay those built into the product."),
                      Tr::tr("file")});
    parser.addOption({QStringLiteral("data-dir"), Tr::tr("The folder holding the stored licenses."),
                      Tr::tr("dir")});
    parser.addOption({QStringLiteral("verbose"),
                      Tr::tr("When something fails, also print the technical reason.")});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 Tr::tr("status, device-id, import, diagnose, check-code, login, "
                                        "redeem, refresh, release, logout or devices."),
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
    m_configPath = VendorConfig::runtimePath(parser.value(QStringLiteral("config")));
    m_dataDir = parser.value(QStringLiteral("data-dir"));
    m_verbose = parser.isSet(QStringLiteral("verbose"));

    const QString command = rest.first();
    for (CommandSet *commands : m_commandSets) {
        if (commands->commands().contains(command))
            return commands->run(command, rest);
    }
    m_err << Tr::tr("Unknown command \"%1\". Run keywayctl --help for the list of commands.")
                 .arg(command)
          << Qt::endl;
    return ExitUsage;
}

int Ctl::prepareStatus(const QStringList &arguments)
{
    int result = ExitOk;
    for (CommandSet *commands : m_commandSets) {
        if (const int prepared = commands->prepareStatus(arguments); prepared != ExitOk)
            result = prepared;
    }
    return result;
}

int Ctl::printStatus(bool json)
{
    return m_offline.printStatus(json);
}

void Ctl::printDetails(const Error &error)
{
    if (!m_verbose || !error.isError())
        return;
    m_err << Tr::tr("Details: %1 (%2)")
                 .arg(error.detail.isEmpty() ? Tr::tr("none") : error.detail,
                      errorCodeName(error.code))
          << Qt::endl;
    if (!error.reference.isEmpty())
        m_err << Tr::tr("Reference: %1").arg(error.reference) << Qt::endl;
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
    const int allowed = argument.isEmpty() ? 1 : 2;
    // CODE takes any number of words; ACTION checks its own.
    if (parser.positionalArguments().size() > allowed && argument != QLatin1String("CODE")
        && argument != QLatin1String("ACTION")) {
        m_err << Tr::tr("%1: unexpected argument \"%2\".")
                     .arg(command, parser.positionalArguments().at(allowed))
              << Qt::endl;
        return false;
    }
    return true;
}

bool Ctl::loadConfig()
{
    // The one place: trust anchors compiled in, the runtime file only for endpoints and looks.
    auto config = VendorConfig::resolve(m_configPath);
    if (!config) {
        if (config.error().code == ErrorCode::ConfigTrustOverride || m_configPath.isEmpty())
            m_err << config.error().toString() << Qt::endl;
        else
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

QString Ctl::device()
{
    const QString directory = dataDirectory();
    const QString id = DeviceId::forProduct(m_config, directory);
    if (id.isEmpty())
        m_err << Tr::tr("This computer's device id cannot be determined: there is no machine id "
                        "and the folder %1 cannot be written.")
                     .arg(directory)
              << Qt::endl;
    return id;
}
