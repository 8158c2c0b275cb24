// SPDX-License-Identifier: BSD-3-Clause
// keyway-devserver: the local stand-in for the vendor's identity and licensing backend.

#include "server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcDevServerMain, "keyway.devserver.main")

using Keyway::DevServer::Devices;
using Keyway::DevServer::Licensing;
using Keyway::DevServer::OidcProvider;
using Keyway::DevServer::Server;
using Keyway::DevServer::Signer;

namespace {

void printLine(const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fputs(QString(QStringLiteral("keyway-devserver: ") + message + QLatin1Char('\n'))
                   .toLocal8Bit()
                   .constData(),
               stderr);
    return 1;
}

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

/// SIGTERM and SIGINT become a quit() on the event loop (the handler itself only writes a byte).
void installSignalHandlers(QCoreApplication *app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [app] {
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(signalPipe[1], &byte, 1);
        qCInfo(lcDevServerMain) << "signal received, shutting down";
        app->quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}
#endif

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("keyway-devserver"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYWAY_VERSION));
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("keyway.devserver*.debug=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The local stand-in for the vendor backend: an OpenID Connect provider and the "
        "licensing API (docs/protocol.md), on 127.0.0.1 only.\n\n"
        "Commands:\n"
        "  (none)                  run the server; prints \"Admin API key: <key>\" and then, "
        "last,\n"
        "                          \"keyway-devserver listening on http://127.0.0.1:<port>\"\n"
        "                          (https:// with --tls-cert/--tls-key)\n"
        "  codes generate          print --count new codes of --configuration, one per line\n"
        "  codes list --unused     print the unused codes (of --configuration, if given)\n"
        "  codes revoke <code>     revoke one code\n"
        "  codes seats [N|default] print (or set) how many computers a license redeemed from\n"
        "                          --configuration's codes may use at once; default: the\n"
        "                          package's. Licenses redeemed before keep theirs.\n"
        "  keys rotate             add a new ID-token signing key (of --id-token-alg, or of every "
        "algorithm\n"
        "                          that has keys) and make it current; the old keys stay in "
        "JWKS.\n"
        "                          Works while a server runs on the same --data-dir.\n\n"
        "Demo code configurations: KWP (Keyway Demo Pro), KWS (Keyway Demo Standard), "
        "KWE (redemption window closed, for testing), KWF (Keyway Demo Pro with fixed license "
        "dates).\n\n"
        "No e-mail is really sent: every message is written under <data-dir>/outbox/ and, with "
        "--dev-endpoints, listed at /dev/outbox (HTML) and /dev/outbox.json."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        QStringLiteral("TCP port on 127.0.0.1; 0 picks a free one (default %1).")
            .arg(Server::DefaultPort),
        QStringLiteral("N"), QString::number(Server::DefaultPort));
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QStringLiteral("Folder for the database, keys and client-config.json (default %1).")
            .arg(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)),
        QStringLiteral("DIR"));
    const QCommandLineOption publicUrlOption(
        QStringLiteral("public-url"),
        QStringLiteral("Base URL clients use, the OIDC issuer (default http://127.0.0.1:<port>)."),
        QStringLiteral("URL"));
    const QCommandLineOption configurationOption(
        QStringLiteral("configuration"), QStringLiteral("codes: the code configuration, e.g. KWP."),
        QStringLiteral("ID"));
    const QCommandLineOption countOption(QStringLiteral("count"),
                                         QStringLiteral("codes generate: how many (default 10)."),
                                         QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption unusedOption(
        QStringLiteral("unused"), QStringLiteral("codes list: only codes not yet redeemed."));
    const QCommandLineOption verificationOption(
        QStringLiteral("require-email-verification"),
        QStringLiteral("A new account must open the link e-mailed to it (see /dev/outbox) before "
                       "its sign-in completes; until then the flow ends with "
                       "error=access_denied, error_description=email_not_verified."));
    const QCommandLineOption rateLimitOption(
        QStringLiteral("redemption-rate-limit"),
        QStringLiteral("Failed redemption attempts per user and minute before 429 rate_limited "
                       "(default %1; 0 turns the limit off).")
            .arg(Licensing::DefaultRedemptionRateLimit),
        QStringLiteral("N"), QString::number(Licensing::DefaultRedemptionRateLimit));
    const QCommandLineOption releaseLimitOption(
        QStringLiteral("device-release-limit"),
        QStringLiteral("Remote device releases per license within 30 days (the transfer budget, "
                       "default %1).")
            .arg(Devices::DefaultReleaseLimit),
        QStringLiteral("N"), QString::number(Devices::DefaultReleaseLimit));
    const QCommandLineOption algorithmOption(
        QStringLiteral("id-token-alg"),
        QStringLiteral("ID-token signature algorithm: RS256 (default), ES256 or EdDSA. The key is "
                       "generated on first use and kept in the data folder."),
        QStringLiteral("ALG"));
    const QCommandLineOption tlsCertOption(
        QStringLiteral("tls-cert"),
        QStringLiteral("Serve HTTPS with this PEM certificate (chain, leaf first); needs "
                       "--tls-key."),
        QStringLiteral("FILE"));
    const QCommandLineOption tlsKeyOption(
        QStringLiteral("tls-key"),
        QStringLiteral("The unencrypted PEM private key (RSA or EC) of --tls-cert."),
        QStringLiteral("FILE"));
    const QCommandLineOption licenseKeyOption(
        QStringLiteral("license-key"),
        QStringLiteral("Sign licenses with the private key in this PEM file (an RSA-2048 key is "
                       "generated if it does not exist). Default: the demo key built into "
                       "keyway-devserver, whose public half the demo keyway and keywayctl have "
                       "compiled in. Demo only: anyone can read that key."),
        QStringLiteral("FILE"));
    const QCommandLineOption devEndpointsOption(
        QStringLiteral("dev-endpoints"),
        QStringLiteral("Serve /dev/outbox (the e-mails' one-time links) and /dev/faults (fault "
                       "injection) for tests and the demo. Refused with a --public-url that is "
                       "not this computer's."));
    QCommandLineOption codeLifetimeOption(
        QStringLiteral("code-lifetime"),
        QStringLiteral("Test hook: authorization-code lifetime in seconds (default 60)."),
        QStringLiteral("S"), QString::number(OidcProvider::CodeLifetime));
    codeLifetimeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({portOption, dataDirOption, publicUrlOption, verificationOption,
                       rateLimitOption, releaseLimitOption, codeLifetimeOption, configurationOption,
                       countOption, unusedOption, algorithmOption, tlsCertOption, tlsKeyOption,
                       licenseKeyOption, devEndpointsOption});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral("Optional: codes generate | codes list | codes revoke <code> | "
                       "codes seats [N|default] | keys rotate."),
        QStringLiteral("[codes generate|list|revoke|seats | keys rotate]"));
    parser.process(app);

    const QString dataDir = parser.isSet(dataDirOption)
        ? parser.value(dataDirOption)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QStringList command = parser.positionalArguments();

    Signer::Algorithm algorithm = Signer::Algorithm::RS256;
    if (parser.isSet(algorithmOption)
        && !Signer::parseAlgorithm(parser.value(algorithmOption), &algorithm))
        return fail(QStringLiteral("--id-token-alg must be RS256, ES256 or EdDSA"));

    Server server;
    QString error;
    if (parser.isSet(licenseKeyOption))
        server.setLicenseKeyFile(parser.value(licenseKeyOption));
    if (command == QStringList {QStringLiteral("keys"), QStringLiteral("rotate")}) {
        // Opening with the default algorithm would create an RS256 key in a folder that has none;
        // open with the algorithm to rotate, or the first one that has keys.
        server.setIdTokenAlgorithm(algorithm);
        if (!server.open(dataDir, &error))
            return fail(error);
        const QList<Signer::Algorithm> algorithms = parser.isSet(algorithmOption)
            ? QList<Signer::Algorithm> {algorithm}
            : server.idTokenKeys().algorithmsWithKeys();
        for (Signer::Algorithm each : algorithms) {
            const QString kid = server.idTokenKeys().rotate(each, &error);
            if (kid.isEmpty())
                return fail(error);
            printLine(Signer::algorithmName(each) + QLatin1Char(' ') + kid);
        }
        return 0;
    }
    if (!command.isEmpty()) {
        if (command.first() != QLatin1String("codes") || command.size() < 2)
            return fail(QStringLiteral("unknown command; see --help"));
        if (!server.open(dataDir, &error))
            return fail(error);
        const QString sub = command.at(1);
        const QString configuration = parser.value(configurationOption).toUpper();
        if (sub == QLatin1String("generate") && command.size() == 2) {
            if (configuration.isEmpty())
                return fail(QStringLiteral("codes generate needs --configuration"));
            bool ok = false;
            const int count = parser.value(countOption).toInt(&ok);
            if (!ok)
                return fail(QStringLiteral("--count must be a number"));
            const QStringList codes =
                server.licensing().generateCodes(configuration, count, &error);
            if (codes.isEmpty())
                return fail(error);
            printLine(codes.join(QLatin1Char('\n')));
            return 0;
        }
        if (sub == QLatin1String("list") && command.size() == 2) {
            if (!parser.isSet(unusedOption))
                return fail(QStringLiteral("only `codes list --unused` is supported"));
            const QStringList codes = server.licensing().unusedCodes(configuration);
            if (!codes.isEmpty())
                printLine(codes.join(QLatin1Char('\n')));
            return 0;
        }
        if (sub == QLatin1String("revoke") && command.size() == 3) {
            if (!server.licensing().revokeCode(command.at(2), &error))
                return fail(error);
            return 0;
        }
        if (sub == QLatin1String("seats") && command.size() <= 3) {
            if (configuration.isEmpty())
                return fail(QStringLiteral("codes seats needs --configuration"));
            Licensing::ConfigurationSeats seats;
            if (command.size() == 2) {
                if (!server.licensing().configurationSeats(configuration, &seats, &error))
                    return fail(error);
            } else {
                bool ok = command.at(2) == QLatin1String("default");
                const int count = ok ? 0 : command.at(2).toInt(&ok);
                if (!ok || (!count && command.at(2) != QLatin1String("default")))
                    return fail(QStringLiteral("codes seats: N must be 1 to 1000, or default"));
                if (!server.licensing().setConfigurationSeats(configuration, count, &seats, &error))
                    return fail(error);
            }
            printLine(QStringLiteral("%1 %2%3")
                          .arg(seats.configuration)
                          .arg(seats.seats)
                          .arg(seats.own ? QString() : QStringLiteral(" (the package's)")));
            return 0;
        }
        return fail(QStringLiteral("unknown codes command; see --help"));
    }

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535)
        return fail(QStringLiteral("--port must be 0..65535"));
    const QString publicUrl = parser.value(publicUrlOption);
    if (!publicUrl.isEmpty()) {
        const QUrl url(publicUrl, QUrl::StrictMode);
        if (!url.isValid()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty() || (!url.path().isEmpty() && url.path() != QLatin1String("/"))
            || url.hasQuery() || url.hasFragment())
            return fail(QStringLiteral("--public-url must be an http(s) URL without a path"));
    }
    bool rateOk = false, lifetimeOk = false;
    const int rateLimit = parser.value(rateLimitOption).toInt(&rateOk);
    const qint64 codeLifetime = parser.value(codeLifetimeOption).toLongLong(&lifetimeOk);
    if (!rateOk || rateLimit < 0)
        return fail(QStringLiteral("--redemption-rate-limit must be a number >= 0"));
    if (!lifetimeOk || codeLifetime < 0 || codeLifetime > 3600)
        return fail(QStringLiteral("--code-lifetime must be 0..3600"));
    server.licensing().setRedemptionRateLimit(rateLimit);
    bool releaseLimitOk = false;
    const int releaseLimit = parser.value(releaseLimitOption).toInt(&releaseLimitOk);
    if (!releaseLimitOk || releaseLimit < 0 || releaseLimit > 1000)
        return fail(QStringLiteral("--device-release-limit must be 0..1000"));
    server.devices().setReleaseLimit(releaseLimit);
    server.oidc().setCodeLifetime(codeLifetime);
    server.oidc().setRequireEmailVerification(parser.isSet(verificationOption));
    server.setIdTokenAlgorithm(algorithm);
    server.setDevEndpoints(parser.isSet(devEndpointsOption));
    if (parser.isSet(tlsCertOption) != parser.isSet(tlsKeyOption))
        return fail(QStringLiteral("--tls-cert and --tls-key go together"));
    if (parser.isSet(tlsCertOption))
        server.setTls(parser.value(tlsCertOption), parser.value(tlsKeyOption));
    if (!server.open(dataDir, &error) || !server.listen(quint16(port), publicUrl, &error))
        return fail(error);
#ifdef Q_OS_UNIX
    installSignalHandlers(&app);
#endif
    printLine(QStringLiteral("Admin API key: ") + QString::fromLatin1(server.adminKey()));
    printLine(QStringLiteral("keyway-devserver listening on ") + server.localUrl());
    const int result = app.exec();
    server.stop();
    qCInfo(lcDevServerMain) << "stopped";
    return result;
}
