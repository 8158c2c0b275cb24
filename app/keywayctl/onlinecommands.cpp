// SPDX-License-Identifier: BSD-3-Clause
// The commands that talk to the license server: login, redeem, refresh, release, logout. Every
// one first sends the releases queued while offline. This file is the module keywayctl-online,
// which the keywayctl executable loads only when one of them runs (OnlineModule).
#include "commandset.h"

#include "codes/activationcode.h"
#include "config/vendorconfig.h"
#include "core/clock.h"
#include "core/error.h"
#include "engine/activator.h"
#include "engine/authorizedjob.h"
#include "engine/redeemcodejob.h"
#include "engine/releasequeuejob.h"
#include "license/devicename.h"
#include "license/licensestore.h"
#include "net/tlssetup.h"
#include "oidc/loopbackagent.h"
#include "oidc/session.h"
#include "online/activatejob.h"
#include "online/devicelistjob.h"
#include "online/devicereleasejob.h"
#include "online/devicerenamejob.h"
#include "online/redemptionjournal.h"
#include "online/renewjob.h"
#include "storage/secretstore.h"
#include "storage/secretstorefactory.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>

#include <functional>
#include <memory>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif
#include <cstdio>
#include <optional>

using namespace Keyway;

namespace {
/// What Online needs from the command line; set by setUpOnline() before any command runs.
struct OnlineSetup
{
    QString dataDirOption; ///< --data-dir as given, or empty for the default folder
    QTextStream *err = nullptr;
    bool fallbackNoticeShown = false;
};

OnlineSetup &onlineSetup()
{
    static OnlineSetup setup;
    return setup;
}

/**
 * Before any request of any online command: the vendor's extra CA certificates are trusted,
 * and Online learns the data folder (for the file fallback) and where to print notices.
 * ExitUsage when the CA file is unusable; a configuration that does not load is left to the
 * command, which says what is wrong with it.
 */
int setUpOnline(const QString &configPath, const QString &dataDirOption, QTextStream &err)
{
    onlineSetup().dataDirOption = dataDirOption;
    onlineSetup().err = &err;
    const auto config = VendorConfig::resolve(configPath);
    if (!config)
        return ExitOk;
    if (const auto tls = TlsSetup::apply(*config); !tls) {
        err << tls.error().message << Qt::endl;
        return ExitUsage;
    }
    return ExitOk;
}

/// Retries of the redeem and checkout requests: a few, a person waits at the prompt.
constexpr int RetryCount = 3;

/// The first retry delay in ms, doubled for each further retry; KEYWAY_RETRY_DELAY_MS lets tests
/// make it short.
int retryDelayMs()
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("KEYWAY_RETRY_DELAY_MS", &ok);
    return ok && fromEnvironment >= 0 ? fromEnvironment : 1000;
}

/**
 * What every online command needs: the engine (Activator) over the data folder, with the secret
 * store the vendor configuration asks for. A one-shot command: no background work, each
 * command runs the engine's jobs it needs.
 */
struct Online
{
    explicit Online(const VendorConfig &config) : activator(config, dataDirectory(config))
    {
        activator.setKeychainService(serviceName(config));
        activator.setBackgroundWork(false);
        activator.setRetryPolicy(RetryCount, retryDelayMs());
        // A person waits at the prompt: one quick retry of a token request, then the exit code
        // says "network".
        activator.session()->setRetryPolicy(1, 500);
        SecretStore *store = activator.secretStore();
        QObject::connect(store, &SecretStore::fallbackChanged, store, [store](bool inUse) {
            OnlineSetup &setup = onlineSetup();
            if (!inUse || !setup.err || setup.fallbackNoticeShown)
                return;
            setup.fallbackNoticeShown = true;
            const Error reason = store->fallbackReason();
            *setup.err << Tr::tr("Notice: your sign-in is kept in the file %1, which only your "
                                 "user account can read, instead of the system keychain, as this "
                                 "product's settings allow. Anyone with access to your files can "
                                 "use it.")
                              .arg(store->fallbackFile())
                       << Qt::endl;
            if (reason.isError())
                *setup.err << Tr::tr("(Why the keychain was not used: %1.)").arg(reason.detail)
                           << Qt::endl;
        });
    }
    static QString dataDirectory(const VendorConfig &config)
    {
        return onlineSetup().dataDirOption.isEmpty() ? LicenseStore::defaultDirectory(config)
                                                     : onlineSetup().dataDirOption;
    }
    static QString serviceName(const VendorConfig &config)
    {
        // Tests point keywayctl at a private keychain entry.
        const QString fromEnvironment = qEnvironmentVariable("KEYWAY_KEYCHAIN_SERVICE");
        return fromEnvironment.isEmpty() ? keychainService(config) : fromEnvironment;
    }
    SecretStore *secrets() { return activator.secretStore(); }

    Activator activator;
};

/**
 * Runs @p job to its end. keywayctl is a one-shot command line tool: this local loop is its
 * main loop for the duration of one command (the library itself never blocks).
 */
Error runJob(Job *job)
{
    job->setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
    job->start();
    if (!job->isFinished())
        loop.exec();
    const Error error = job->error();
    job->deleteLater();
    return error;
}

} // namespace

namespace {
/// Says so on stderr when a redemption is journaled (nothing is sent).
void reportPendingRedemption(SecretStore *secrets, const VendorConfig &config, QTextStream &out)
{
    SecretJob *read = RedemptionJournal::read(secrets, config);
    read->setAutoDelete(false);
    const Error error = runJob(read);
    if (!error.isError() && !read->notFound()) {
        const auto pending = PendingRedemption::fromJson(read->secret());
        const QDateTime since = pending ? pending->since : QDateTime();
        const QString when = since.isValid()
            ? QLocale().toString(since.toLocalTime(), QLocale::ShortFormat)
            : Tr::tr("at an unknown time");
        if (pending && !pending->subject.isEmpty())
            out << Tr::tr("A redemption of an activation code is pending (entered by %1, started "
                          "%2): run keywayctl redeem while signed in as %1 to finish it.")
                       .arg(RedemptionJournal::ownerName(*pending), when)
                << Qt::endl;
        else
            out << Tr::tr("A redemption of an activation code is pending (started %1): run "
                          "keywayctl redeem to finish it.")
                       .arg(when)
                << Qt::endl;
    }
    read->deleteLater();
}
/// A pending redemption of another account: whose it is and the two ways out.
void reportOtherAccount(const Error &error, QTextStream &err)
{
    err << error.message << Qt::endl
        << Tr::tr("To finish it: keywayctl login, and sign in with that account. To discard it: "
                  "keywayctl redeem --discard (the code is not consumed).")
        << Qt::endl;
}
} // namespace

namespace {
/**
 * The online commands: login, redeem, refresh, release, logout, devices, and the online part of
 * status. The module's one export, keywayctl_online_commands(), makes it; everything it needs of
 * keywayctl comes through the CommandContext.
 */
class OnlineCommands final : public CommandSet
{
public:
    explicit OnlineCommands(CommandContext &context)
        : m_ctl(context), m_out(context.out()), m_err(context.err()), m_config(context.config())
    {
    }

    QStringList commands() const override { return onlineCommandNames(); }
    int run(const QString &name, const QStringList &arguments) override;
    int prepareStatus(const QStringList &arguments) override;

private:
    /// The exit code for an error of an online step.
    static int exitCodeFor(const Error &error);

    int refresh(const QStringList &arguments);
    int release(const QStringList &arguments);
    int redeem(const QStringList &arguments);
    int login(const QStringList &arguments);
    int logout(const QStringList &arguments);
    int devices(const QStringList &arguments);
    /// `devices`: the account's computers (or release one, or rename this one).
    int listDevices(bool json);
    int releaseDevice(const QString &id);
    int renameDevice(const QString &name);
    /// Runs the online part shared by online commands: sends queued releases. Returns ExitOk or
    /// the exit code of a failure that should stop the command.
    int flushReleaseQueue();

    bool parseCommand(QCommandLineParser &parser, const QStringList &arguments,
                      const QString &command, const QString &description,
                      const QString &argument = QString(),
                      const QString &argumentDescription = QString())
    {
        return m_ctl.parseCommand(parser, arguments, command, description, argument,
                                  argumentDescription);
    }
    bool loadConfig() { return m_ctl.loadConfig(); }
    QString device() { return m_ctl.device(); }
    int printStatus(bool json) { return m_ctl.printStatus(json); }
    void printDetails(const Error &error) { m_ctl.printDetails(error); }

    CommandContext &m_ctl;
    QTextStream &m_out;
    QTextStream &m_err;
    const VendorConfig &m_config; ///< the context's, set by loadConfig()
};
} // namespace

extern "C" Q_DECL_EXPORT CommandSet *keywayctl_online_commands(CommandContext *context)
{
    return new OnlineCommands(*context);
}

int OnlineCommands::run(const QString &name, const QStringList &arguments)
{
    if (const int setUp = setUpOnline(m_ctl.configPath(), m_ctl.dataDirOption(), m_err);
        setUp != ExitOk)
        return setUp;
    using Command = int (OnlineCommands::*)(const QStringList &);
    const QList<QPair<QLatin1String, Command>> commands {
        {QLatin1String("refresh"), &OnlineCommands::refresh},
        {QLatin1String("release"), &OnlineCommands::release},
        {QLatin1String("redeem"), &OnlineCommands::redeem},
        {QLatin1String("login"), &OnlineCommands::login},
        {QLatin1String("logout"), &OnlineCommands::logout},
        {QLatin1String("devices"), &OnlineCommands::devices},
    };
    for (const auto &entry : commands) {
        if (name == entry.first)
            return (this->*entry.second)(arguments);
    }
    m_err << "keywayctl-online: unknown command " << name << Qt::endl;
    return ExitUsage;
}

int OnlineCommands::prepareStatus(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    if (const int setUp = setUpOnline(m_ctl.configPath(), m_ctl.dataDirOption(), m_err);
        setUp != ExitOk)
        return setUp;
    // Say whether a redemption is pending, send queued releases, then renew if due.
    {
        Online online(m_config);
        reportPendingRedemption(online.secrets(), m_config, m_err);
    }
    const int online = flushReleaseQueue();
    if (online == ExitOk)
        refresh({QStringLiteral("refresh"), QStringLiteral("--if-due"), QStringLiteral("--quiet")});
    return online;
}

int OnlineCommands::exitCodeFor(const Error &error)
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

int OnlineCommands::flushReleaseQueue()
{
    Online online(m_config);
    const int pending = int(online.activator.queuedReleases().size());
    if (pending == 0)
        return ExitOk;
    ReleaseQueueJob *job = online.activator.sendQueuedReleases();
    job->setAutoDelete(false);
    const Error error = runJob(job);
    if (error.isError()) {
        m_err << error.toString() << Qt::endl;
        return ExitFile;
    }
    if (job->sendError().isError()) {
        m_err << Tr::tr("The queued release of %n lease(s) could not be sent yet: %1", nullptr,
                        pending)
                     .arg(job->sendError().message)
              << Qt::endl;
        return exitCodeFor(job->sendError());
    }
    m_err << Tr::tr("Sent the queued release of %n lease(s).", nullptr, pending) << Qt::endl;
    return ExitOk;
}

int OnlineCommands::refresh(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption ifDue(QStringLiteral("if-due"),
                                   Tr::tr("Only renew leases past their renewal time."));
    const QCommandLineOption quiet(QStringLiteral("quiet"), Tr::tr("Print nothing on success."));
    parser.addOptions({ifDue, quiet});
    if (!parseCommand(parser, arguments, QStringLiteral("refresh"),
                      Tr::tr("Renew this computer's leases at the license server now, then show "
                             "the status. Needs a signed-in session (keywayctl login).")))
        return ExitUsage;
    if (m_config.productName.isEmpty() && !loadConfig())
        return ExitUsage;
    const QString id = device();
    if (id.isEmpty())
        return ExitFile;
    if (!parser.isSet(quiet)) {
        if (const int sent = flushReleaseQueue(); sent != ExitOk)
            return sent;
    }
    Online online(m_config);
    online.activator.setDeviceId(id);
    const Error error = runJob(online.activator.renew(!parser.isSet(ifDue)));
    if (error.isError()) {
        const auto failure = online.activator.lastRenewalFailure();
        m_err << Tr::tr("The licenses could not be renewed: %1").arg(error.message) << Qt::endl;
        printDetails(error);
        if (failure.isValid() && failure.nextRetry.isValid())
            m_err << Tr::tr("Next attempt after %1.")
                         .arg(QLocale().toString(failure.nextRetry.toLocalTime(),
                                                 QLocale::ShortFormat))
                  << Qt::endl;
        return exitCodeFor(error);
    }
    if (parser.isSet(quiet))
        return ExitOk;
    return printStatus(false);
}

int OnlineCommands::release(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parseCommand(parser, arguments, QStringLiteral("release"),
                      Tr::tr("Deactivate this computer: release its leases at the license server "
                             "so that the seats are free at once, and remove the local licenses. "
                             "Offline, the release is queued and sent by the next online "
                             "command.")))
        return ExitUsage;
    if (!loadConfig())
        return ExitUsage;
    Online online(m_config);
    // The engine queues the leases, removes the licenses, then sends the queue.
    ReleaseQueueJob *job = online.activator.deactivate();
    job->setAutoDelete(false);
    const Error error = runJob(job);
    if (error.isError()) {
        m_err << error.toString() << Qt::endl;
        return ExitFile;
    }
    m_out << Tr::tr("Removed the licenses from this computer.") << Qt::endl;
    if (!job->sendError().isError()) {
        m_out << Tr::tr("Released %n lease(s) at the license server.", nullptr,
                        int(job->released().size()))
              << Qt::endl;
        return ExitOk;
    }
    m_err << Tr::tr("The queued release of %n lease(s) could not be sent yet: %1", nullptr,
                    int(job->queued().size()))
                 .arg(job->sendError().message)
          << Qt::endl;
    m_out << Tr::tr("The release will be sent at the next online command (keywayctl refresh, "
                    "status or login).")
          << Qt::endl;
    return exitCodeFor(job->sendError());
}

namespace {
bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

/// One line of standard input (a code is short: at most 200 characters are kept).
QString readCodeLine()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readLine(256)).trimmed();
}
} // namespace

int OnlineCommands::redeem(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption discard(
        QStringLiteral("discard"),
        Tr::tr("Discard the pending redemption instead of finishing it; the code stays unused at "
               "the license server and can be entered again."));
    parser.addOption(discard);
    const QCommandLineOption codeOption(
        QStringLiteral("code"),
        Tr::tr("\"-\": read the activation code from standard input (one line), so that it "
               "stays out of the shell history and the process list."),
        QStringLiteral("-"));
    parser.addOption(codeOption);
    if (!parseCommand(parser, arguments, QStringLiteral("redeem"),
                      Tr::tr("Redeem an activation code for the signed-in account and check out "
                             "its licenses for this computer. The code is kept in the keychain "
                             "until its licenses are stored: without CODE, a redemption that was "
                             "interrupted (a crash, a lost connection) is finished with the same "
                             "request, and the code is never consumed twice."),
                      QStringLiteral("CODE"),
                      Tr::tr("The activation code (for scripts; --code - or the prompt keep it "
                             "off the command line); omit it to finish a pending redemption or "
                             "to be asked for it.")))
        return ExitUsage;
    QStringList words = parser.positionalArguments().mid(1);
    if (parser.isSet(codeOption)) {
        if (parser.value(codeOption) != QLatin1String("-") || !words.isEmpty()) {
            m_err << Tr::tr("redeem: --code takes only \"-\" (the code then comes from standard "
                            "input), never the code itself.")
                  << Qt::endl;
            return ExitUsage;
        }
        words = QStringList {readCodeLine()};
        if (words.first().isEmpty()) {
            m_err << Tr::tr("redeem: no activation code on standard input.") << Qt::endl;
            return ExitUsage;
        }
    }
    std::optional<ActivationCode> code;
    if (!words.isEmpty()) {
        const auto parsed = ActivationCode::parse(words.join(QLatin1Char(' ')));
        if (!parsed) {
            m_err << parsed.error().error.message << Qt::endl;
            return ExitNotLicensed;
        }
        code = *parsed;
    }
    if (!loadConfig())
        return ExitUsage;
    if (parser.isSet(discard)) {
        if (code) {
            m_err << Tr::tr("redeem --discard takes no code.") << Qt::endl;
            return ExitUsage;
        }
        Online online(m_config);
        const Error removed = runJob(online.activator.discardPendingRedemption());
        if (removed.isError()) {
            m_err << removed.message << Qt::endl;
            return exitCodeFor(removed);
        }
        m_out << Tr::tr("The pending redemption was discarded; its code was not consumed.")
              << Qt::endl;
        return ExitOk;
    }
    const QString id = device();
    if (id.isEmpty())
        return ExitFile;
    if (const int sent = flushReleaseQueue(); sent != ExitOk && sent != ExitNetwork)
        return sent;
    Online online(m_config);

    // What is journaled decides: the same code keeps its Idempotency-Key; another pending code
    // is finished first, so that it is never lost.
    SecretJob *read = online.activator.readPendingRedemption();
    read->setAutoDelete(false);
    const Error error = runJob(read);
    if (error.isError()) {
        m_err << error.message << Qt::endl;
        read->deleteLater();
        return exitCodeFor(error);
    }
    std::optional<PendingRedemption> pending;
    if (!read->notFound()) {
        if (auto journaled = PendingRedemption::fromJson(read->secret()))
            pending = *journaled;
    }
    read->deleteLater();
    if (!code && !pending && stdinIsTerminal()) {
        // Typed at a prompt, the code stays out of the shell history and the process list.
        m_out << Tr::tr("Activation code: ") << Qt::flush;
        const auto parsed = ActivationCode::parse(readCodeLine());
        if (!parsed) {
            m_err << parsed.error().error.message << Qt::endl;
            return ExitNotLicensed;
        }
        code = *parsed;
    }
    if (!code && !pending) {
        m_err << Tr::tr("No redemption is pending: redeem needs the activation code (typed at "
                        "the prompt, or on standard input with --code -).")
              << Qt::endl;
        return ExitUsage;
    }
    // The engine decides by what is journaled: the same code keeps its Idempotency-Key, another
    // pending code is finished first, a new one is journaled before it is sent.
    online.activator.setDeviceId(id);
    RedeemCodeJob *job = online.activator.redeem(code);
    job->setAutoDelete(false);
    QObject::connect(job, &RedeemCodeJob::finishingEarlier, [this](const QDateTime &since) {
        m_out << Tr::tr("Finishing the redemption started %1.")
                     .arg(QLocale().toString(since.toLocalTime(), QLocale::ShortFormat))
              << Qt::endl;
    });
    const Error redeemed = runJob(job); // deleted later: read it before the next loop
    if (!redeemed.isError())
        return printStatus(false);
    if (redeemed.code == ErrorCode::RedemptionOtherAccount) {
        reportOtherAccount(redeemed, m_err);
        return exitCodeFor(redeemed);
    }
    m_err << redeemed.message << Qt::endl;
    if (redeemed.code == ErrorCode::SessionExpired || redeemed.code == ErrorCode::Unauthorized)
        m_err << Tr::tr("Sign in first: keywayctl login") << Qt::endl;
    if (!job->journalCleared() && job->wasPending())
        m_err << Tr::tr("The redemption is kept in the keychain: run keywayctl redeem "
                        "without the code to finish it; the code will not be consumed twice.")
              << Qt::endl;
    return exitCodeFor(redeemed);
}

int OnlineCommands::login(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption browser(QStringLiteral("browser"),
                                     Tr::tr("\"system\" opens the sign-in page in the default "
                                            "browser; \"none\" only prints its address."),
                                     Tr::tr("mode"), QStringLiteral("system"));
    parser.addOption(browser);
    if (!parseCommand(parser, arguments, QStringLiteral("login"),
                      Tr::tr("Sign in with the system browser, keep the session in the keychain "
                             "and check out this computer's licenses.")))
        return ExitUsage;
    const QString mode = parser.value(browser);
    if (mode != QLatin1String("system") && mode != QLatin1String("none")) {
        m_err << Tr::tr("--browser must be \"system\" or \"none\".") << Qt::endl;
        return ExitUsage;
    }
    if (!loadConfig())
        return ExitUsage;
    if (!m_config.loopbackRedirectUri.isValid()) {
        m_err << Tr::tr("The vendor configuration has no loopback redirect URI "
                        "(redirectUris.loopback), which signing in from the command line needs.")
              << Qt::endl;
        return ExitUsage;
    }
    const QString id = device();
    if (id.isEmpty())
        return ExitFile;
    Online online(m_config);
    online.activator.setDeviceId(id);
    LoopbackAgent agent(mode == QLatin1String("none") ? LoopbackAgent::Mode::None
                                                      : LoopbackAgent::Mode::SystemBrowser);
    QObject::connect(&agent, &LoopbackAgent::urlReady, [this](const QUrl &url) {
        m_out << Tr::tr("Open this address in a browser to sign in:") << Qt::endl
              << url.toString(QUrl::FullyEncoded) << Qt::endl;
        m_out.flush();
    });
    // The engine's sign-in: the session kept, a pending redemption finished, this computer's
    // licenses checked out and the server's time recorded, as in the window.
    ActivateJob *signIn = online.activator.signIn(&agent);
    signIn->setRedirectUri(m_config.loopbackRedirectUri);
    signIn->setAutoDelete(false);
    const Error error = runJob(signIn);
    // runJob() hands the job to deleteLater(): take what is needed before the next loop runs.
    const UserIdentity identity = signIn->identity();
    const bool keepsSession = signIn->keepsSession();
    const QDateTime sessionEnds = signIn->accessTokenExpiry();
    const bool resumed = signIn->resumedPendingRedemption();
    if (!online.activator.isSignedIn()) {
        m_err << error.message << Qt::endl;
        printDetails(error);
        return exitCodeFor(error);
    }
    m_out << Tr::tr("Signed in as %1.").arg(identity.accountName()) << Qt::endl;
    if (!keepsSession) {
        // Nothing to keep in the keychain: later commands need a new login.
        m_err << Tr::tr("Notice: the sign-in service did not allow a lasting session. This "
                        "sign-in ends at %1; sign in again after that to renew the licenses.")
                     .arg(QLocale().toString(sessionEnds.toLocalTime(), QLocale::ShortFormat))
              << Qt::endl;
    }
    if (const int sent = flushReleaseQueue(); sent != ExitOk)
        m_err << Tr::tr("(The queued release stays queued.)") << Qt::endl;
    if (error.code == ErrorCode::RedemptionOtherAccount) {
        reportOtherAccount(error, m_err);
        return exitCodeFor(error);
    }
    if (error.code == ErrorCode::LicenseItemDenied && !online.activator.hasLicenses()) {
        // Signed in, and the account has no license yet: not a failure of the sign-in.
        m_out << Tr::tr("Your account has no license for %1 yet. If you have an activation "
                        "code, redeem it: keywayctl redeem")
                     .arg(m_config.productName)
              << Qt::endl;
        return ExitOk;
    }
    if (error.isError()) {
        m_err << error.message << Qt::endl;
        printDetails(error);
        return exitCodeFor(error);
    }
    if (resumed)
        m_out << Tr::tr("Finished the pending redemption.") << Qt::endl;
    return printStatus(false);
}

int OnlineCommands::logout(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parseCommand(parser, arguments, QStringLiteral("logout"),
                      Tr::tr("Sign out: revoke the session at the provider and remove it from "
                             "the keychain. The licenses stay on this computer until their "
                             "leases end; use keywayctl release to deactivate.")))
        return ExitUsage;
    if (!loadConfig())
        return ExitUsage;
    flushReleaseQueue();
    Online online(m_config);
    const Error error = runJob(online.activator.signOut());
    if (error.isError()) {
        m_err << error.message << Qt::endl;
        return exitCodeFor(error);
    }
    m_out << Tr::tr("Signed out.") << Qt::endl;
    return ExitOk;
}

// ---- devices ----------------------------------------------------------------------------------

int OnlineCommands::devices(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print the list as JSON."));
    parser.addOption(json);
    if (!parseCommand(parser, arguments, QStringLiteral("devices"),
                      Tr::tr("List the computers your licenses are in use on, with the seats of "
                             "each license. \"devices release ID\" removes a computer from your "
                             "account (its seats are free at once; it works offline only until "
                             "its current lease ends), \"devices rename NAME\" renames this "
                             "computer. Needs a signed-in session (keywayctl login)."),
                      QStringLiteral("ACTION"), Tr::tr("Optional: release ID, or rename NAME.")))
        return ExitUsage;
    const QStringList words = parser.positionalArguments().mid(1);
    const QString action = words.value(0);
    const bool list = words.isEmpty();
    const bool release = action == QLatin1String("release") && words.size() == 2;
    const bool rename = action == QLatin1String("rename") && words.size() >= 2;
    if (!list && !release && !rename) {
        m_err << Tr::tr("Usage: keywayctl devices [--json] | devices release ID | devices rename "
                        "NAME")
              << Qt::endl;
        return ExitUsage;
    }
    if (!list && parser.isSet(json)) {
        m_err << Tr::tr("--json only goes with the list.") << Qt::endl;
        return ExitUsage;
    }
    if (!loadConfig())
        return ExitUsage;
    if (release)
        return releaseDevice(words.at(1));
    if (rename)
        return renameDevice(words.mid(1).join(QLatin1Char(' ')));
    return listDevices(parser.isSet(json));
}

namespace {
QJsonValue isoOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QString shortDate(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

int OnlineCommands::listDevices(bool json)
{
    const QString id = device();
    if (id.isEmpty())
        return ExitFile;
    Online online(m_config);
    online.activator.setDeviceId(id);
    AuthorizedJob *request = online.activator.listDevices();
    request->setAutoDelete(false);
    const Error error = runJob(request); // deleted later: read it before the next loop
    const auto *job = request->request<DeviceListJob>();
    if (error.isError()) {
        m_err << Tr::tr("The list of your computers could not be fetched: %1").arg(error.message)
              << Qt::endl;
        printDetails(error);
        return exitCodeFor(error);
    }
    const QList<DeviceInfo> devices = job->devices();
    const QList<SeatInfo> licenses = job->licenses();
    if (json) {
        QJsonArray deviceArray;
        for (const DeviceInfo &device : devices) {
            QJsonArray leases;
            for (const DeviceInfo::Lease &lease : device.leases)
                leases.append(QJsonObject {{QStringLiteral("item"), lease.item},
                                           {QStringLiteral("licenseId"), lease.licenseId},
                                           {QStringLiteral("leaseEnd"), isoOrNull(lease.end)}});
            deviceArray.append(
                QJsonObject {{QStringLiteral("id"), device.id},
                             {QStringLiteral("name"), device.name},
                             {QStringLiteral("platform"), device.platform},
                             {QStringLiteral("current"), device.current},
                             {QStringLiteral("firstSeen"), isoOrNull(device.firstSeen)},
                             {QStringLiteral("lastSeen"), isoOrNull(device.lastSeen)},
                             {QStringLiteral("releasedAt"), isoOrNull(device.releasedAt)},
                             {QStringLiteral("releasedFrom"), device.releasedFrom},
                             {QStringLiteral("leases"), leases}});
        }
        QJsonArray licenseArray;
        for (const SeatInfo &license : licenses)
            licenseArray.append(QJsonObject {
                {QStringLiteral("licenseId"), license.licenseId},
                {QStringLiteral("productName"), license.productName},
                {QStringLiteral("seats"), license.seats},
                {QStringLiteral("seatsInUse"), license.seatsInUse},
                {QStringLiteral("remoteReleasesLeft"), license.remoteReleasesLeft},
                {QStringLiteral("nextRemoteReleaseAt"), isoOrNull(license.nextRemoteReleaseAt)}});
        m_out << QJsonDocument(QJsonObject {{QStringLiteral("schemaVersion"), 1},
                                            {QStringLiteral("devices"), deviceArray},
                                            {QStringLiteral("licenses"), licenseArray}})
                     .toJson(QJsonDocument::Indented);
        m_out.flush();
        return ExitOk;
    }
    if (devices.isEmpty())
        m_out << Tr::tr("No computer uses your licenses yet.") << Qt::endl;
    for (const DeviceInfo &device : devices) {
        const QString name = device.name.isEmpty() ? Tr::tr("(no name)") : device.name;
        m_out << device.id << QStringLiteral("  ")
              << (device.current ? Tr::tr("%1 (this computer)").arg(name) : name) << Qt::endl;
        QStringList facts;
        if (!device.platform.isEmpty())
            facts.append(device.platform);
        if (device.lastSeen.isValid())
            facts.append(Tr::tr("last used %1").arg(shortDate(device.lastSeen)));
        if (device.releasedAt.isValid())
            facts.append(
                Tr::tr("removed from your account on %1").arg(shortDate(device.releasedAt)));
        QDateTime leaseEnd;
        QStringList items;
        for (const DeviceInfo::Lease &lease : device.leases) {
            const QString name = m_config.itemDisplayName(lease.item);
            if (!items.contains(name))
                items.append(name);
            leaseEnd = qMax(leaseEnd, lease.end);
        }
        if (!items.isEmpty())
            facts.append(Tr::tr("uses %1 until %2")
                             .arg(items.join(QStringLiteral(", ")), shortDate(leaseEnd)));
        m_out << QStringLiteral("    ") << facts.join(QStringLiteral("; ")) << Qt::endl;
    }
    for (const SeatInfo &license : licenses) {
        m_out << Tr::tr("%1: seats in use: %2 of %3.")
                     .arg(license.productName)
                     .arg(license.seatsInUse)
                     .arg(license.seats);
        if (license.nextRemoteReleaseAt.isValid())
            m_out << QLatin1Char(' ')
                  << Tr::tr("No more computers can be removed from it until %1.")
                         .arg(shortDate(license.nextRemoteReleaseAt));
        else
            m_out << QLatin1Char(' ')
                  << Tr::tr("Computers that can still be removed from it within 30 days: %1.")
                         .arg(license.remoteReleasesLeft);
        m_out << Qt::endl;
    }
    m_out.flush();
    return ExitOk;
}

int OnlineCommands::releaseDevice(const QString &target)
{
    const QString id = device();
    if (id.isEmpty())
        return ExitFile;
    Online online(m_config);
    online.activator.setDeviceId(id);
    AuthorizedJob *request = online.activator.releaseDevice(target);
    request->setAutoDelete(false);
    const Error error = runJob(request); // deleted later: read it before the next loop
    const auto *job = request->request<DeviceReleaseJob>();
    if (error.isError()) {
        m_err
            << Tr::tr("The computer could not be removed from your account: %1").arg(error.message)
            << Qt::endl;
        printDetails(error);
        return exitCodeFor(error);
    }
    const QString name = job->device().name.isEmpty() ? target : job->device().name;
    m_out << Tr::tr("Removed \"%1\" from your account: its seats are free now. It works offline "
                    "only until its current lease ends.")
                 .arg(name)
          << Qt::endl;
    return ExitOk;
}

int OnlineCommands::renameDevice(const QString &name)
{
    const QString id = device();
    if (id.isEmpty())
        return ExitFile;
    if (!DeviceRenameJob::isValidName(name)) {
        m_err << errorMessage(ErrorCode::DeviceNameInvalid) << Qt::endl;
        return ExitUsage;
    }
    Online online(m_config);
    online.activator.setDeviceId(id);
    AuthorizedJob *request = online.activator.renameDevice(name);
    request->setAutoDelete(false);
    const Error error = runJob(request); // deleted later: read it before the next loop
    const auto *job = request->request<DeviceRenameJob>();
    if (error.isError()) {
        m_err << Tr::tr("This computer could not be renamed: %1").arg(error.message) << Qt::endl;
        printDetails(error);
        return exitCodeFor(error);
    }
    // The engine remembered the name: the next activation sends it too.
    m_out << Tr::tr("This computer is now called \"%1\" in your account.").arg(job->device().name)
          << Qt::endl;
    return ExitOk;
}
