// SPDX-License-Identifier: BSD-3-Clause
#include "ctl.h"

#include "codes/activationcode.h"
#include "core/error.h"
#include "license/deviceid.h"
#include "license/licensestore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

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

    using Command = int (Ctl::*)(const QStringList &);
    const QList<QPair<QLatin1String, Command>> commands {
        {QLatin1String("status"), &Ctl::status},
        {QLatin1String("device-id"), &Ctl::deviceId},
        {QLatin1String("check-code"), &Ctl::checkCode},
        {QLatin1String("import"), &Ctl::importTokens},
        {QLatin1String("diagnose"), &Ctl::diagnose},
    };
    // These need the license server: they live in the module keywayctl-online.
    const QStringList onlineCommands {QStringLiteral("refresh"), QStringLiteral("release"),
                                      QStringLiteral("redeem"),  QStringLiteral("login"),
                                      QStringLiteral("logout"),  QStringLiteral("devices")};
    const QString command = rest.first();
    for (const auto &entry : commands) {
        if (command == entry.first)
            return (this->*entry.second)(rest);
    }
    if (onlineCommands.contains(command))
        return runOnline(command, rest);
    m_err << Tr::tr("Unknown command \"%1\". Run keywayctl --help for the list of commands.")
                 .arg(command)
          << Qt::endl;
    return ExitUsage;
}

QStringList Ctl::onlineModuleSearchPaths()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    QStringList paths {appDir};
    const QString relative = QStringLiteral(KEYWAY_ONLINE_MODULE_DIR);
    if (QDir::isRelativePath(relative))
        paths.append(QDir::cleanPath(appDir + QStringLiteral("/../") + relative));
    paths.append(QStringLiteral(KEYWAY_ONLINE_MODULE_FULL_DIR));
    paths.removeDuplicates();
    return paths;
}

int Ctl::runOnline(const QString &command, const QStringList &arguments)
{
    using Entry = int (*)(Ctl *, const QString *, const QStringList *);
    // Loaded once and never unloaded: Qt Network and QtKeychain stay for the process's life.
    static Entry entry = nullptr;
#if defined(Q_OS_WIN)
    const QString fileName = QStringLiteral("keywayctl-online.dll");
#else
    const QString fileName = QStringLiteral("keywayctl-online.so");
#endif
    QStringList problems;
    for (const QString &dir : onlineModuleSearchPaths()) {
        if (entry)
            break;
        const QString path = QDir(dir).filePath(fileName);
        if (!QFileInfo::exists(path))
            continue;
        QLibrary library(path);
        entry = reinterpret_cast<Entry>(library.resolve("keywayctl_online_run"));
        if (!entry)
            problems.append(library.errorString());
    }
    if (!entry) {
        m_err << Tr::tr("The command \"%1\" needs the license server, but keywayctl's online part "
                        "(%2) could not be loaded: %3. Reinstall the product; the commands that "
                        "work offline are not affected.")
                     .arg(command, fileName,
                          problems.isEmpty()
                              ? Tr::tr("not found in %1")
                                    .arg(onlineModuleSearchPaths().join(QStringLiteral(", ")))
                              : problems.join(QStringLiteral("; ")))
              << Qt::endl;
        return ExitUsage;
    }
    return entry(this, &command, &arguments);
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

int Ctl::exitCodeFor(const Error &error)
{
    switch (error.code) {
    case ErrorCode::NoError:
        return ExitOk;
    case ErrorCode::NetworkUnreachable:
    case ErrorCode::NetworkTimeout:
    case ErrorCode::TlsFailure:
    case ErrorCode::HttpError:
    case ErrorCode::ServerError:
    case ErrorCode::ResponseMalformed:
    case ErrorCode::RateLimited:
    case ErrorCode::RedirectRefused:
    case ErrorCode::DiscoveryFailed:
        return ExitNetwork;
    case ErrorCode::SessionExpired:
    case ErrorCode::Unauthorized:
    case ErrorCode::KeychainUnavailable:
    case ErrorCode::KeychainAccessDenied:
    case ErrorCode::KeychainFailure:
    case ErrorCode::AuthorizationCancelled:
    case ErrorCode::AuthorizationDenied:
    case ErrorCode::RedemptionOtherAccount:
    case ErrorCode::SignInTimedOut:
        return ExitSignedOut;
    case ErrorCode::FileUnreadable:
    case ErrorCode::FileUnwritable:
        return ExitFile;
    case ErrorCode::ConfigMissing:
    case ErrorCode::ConfigInvalid:
    case ErrorCode::ConfigTrustOverride:
    case ErrorCode::ProviderMisconfigured:
    case ErrorCode::LoopbackPortUnavailable:
    case ErrorCode::DeviceUnknown:
    case ErrorCode::DeviceNameInvalid:
        return ExitUsage;
    default:
        return ExitNotLicensed;
    }
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

int Ctl::deviceId(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption explain(QStringLiteral("explain"),
                                     Tr::tr("Also say what the device id is made of."));
    parser.addOption(explain);
    if (!parseCommand(parser, arguments, QStringLiteral("device-id"),
                      Tr::tr("Print the id this computer's licenses are bound to. An "
                             "administrator downloads license tokens for air-gapped computers "
                             "with it.")))
        return ExitUsage;
    if (!loadConfig())
        return ExitUsage;
    const QString id = device();
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
