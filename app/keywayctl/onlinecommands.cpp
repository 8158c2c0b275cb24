// SPDX-License-Identifier: BSD-3-Clause
// The commands that talk to the license server: login, redeem, refresh, release, logout. Every
// one first sends the releases queued while offline. This file is the module keywayctl-online,
// which the keywayctl executable loads only when one of them runs (Ctl::runOnline()).
#include "ctl.h"

#include "codes/activationcode.h"
#include "core/clock.h"
#include "license/licensestore.h"
#include "license/releasequeue.h"
#include "net/tlssetup.h"
#include "oidc/loopbackagent.h"
#include "oidc/session.h"
#include "oidc/signinjob.h"
#include "oidc/userinfojob.h"
#include "online/checkoutjob.h"
#include "online/devicelistjob.h"
#include "online/devicereleasejob.h"
#include "online/devicerenamejob.h"
#include "online/redeemjob.h"
#include "online/redemptionjournal.h"
#include "online/releasejob.h"
#include "online/renewjob.h"
#include "online/resumeredemptionjob.h"
#include "storage/secretstore.h"
#include "storage/secretstorefactory.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSysInfo>
#include <QUuid>

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
        return Ctl::ExitOk;
    if (const auto tls = TlsSetup::apply(*config); !tls) {
        err << tls.error().message << Qt::endl;
        return Ctl::ExitUsage;
    }
    return Ctl::ExitOk;
}

/// What every online command needs: the network, the secret store and the session over them.
struct Online
{
    explicit Online(const VendorConfig &config)
        : store(createStore(config)), secrets(*store), session(config, &nam, &secrets)
    {
        // A person waits at the prompt: one quick retry, then the exit code says "network".
        session.setRetryPolicy(1, 500);
    }
    /**
     * The keychain, or with "secretStorageFallback": "file" the keychain backed by a 0600 file
     * in the data folder; stderr says so once when that file is used.
     */
    static SecretStore *createStore(const VendorConfig &config)
    {
        const QString dataDir = onlineSetup().dataDirOption.isEmpty()
            ? LicenseStore::defaultDirectory(config)
            : onlineSetup().dataDirOption;
        SecretStore *store = createSecretStore(config, dataDir, nullptr, serviceName(config));
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
        return store;
    }
    static QString serviceName(const VendorConfig &config)
    {
        // Tests point keywayctl at a private keychain entry.
        const QString fromEnvironment = qEnvironmentVariable("KEYWAY_KEYCHAIN_SERVICE");
        return fromEnvironment.isEmpty() ? keychainService(config) : fromEnvironment;
    }

    QNetworkAccessManager nam;
    std::unique_ptr<SecretStore> store;
    SecretStore &secrets;
    Session session;
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

extern "C" Q_DECL_EXPORT int keywayctl_online_run(Ctl *ctl, const QString *command,
                                                  const QStringList *arguments)
{
    if (const int setUp = setUpOnline(ctl->m_configPath, ctl->m_dataDir, ctl->m_err);
        setUp != Ctl::ExitOk)
        return setUp;
    using Command = int (Ctl::*)(const QStringList &);
    const QList<QPair<QLatin1String, Command>> commands {
        {QLatin1String("refresh"), &Ctl::refresh}, {QLatin1String("release"), &Ctl::release},
        {QLatin1String("redeem"), &Ctl::redeem},   {QLatin1String("login"), &Ctl::login},
        {QLatin1String("logout"), &Ctl::logout},   {QLatin1String("devices"), &Ctl::devices},
    };
    if (*command == QLatin1String("status")) {
        // The online part of status: say whether a redemption is pending, send queued
        // releases, then renew if due.
        {
            Online online(ctl->m_config);
            reportPendingRedemption(&online.secrets, ctl->m_config, ctl->m_err);
        }
        const int online = ctl->flushReleaseQueue();
        if (online == Ctl::ExitOk)
            ctl->refresh(
                {QStringLiteral("refresh"), QStringLiteral("--if-due"), QStringLiteral("--quiet")});
        return online;
    }
    for (const auto &entry : commands) {
        if (*command == entry.first)
            return (ctl->*entry.second)(*arguments);
    }
    ctl->m_err << "keywayctl-online: unknown command " << *command << Qt::endl;
    return Ctl::ExitUsage;
}

int Ctl::flushReleaseQueue()
{
    ReleaseQueue queue(dataDirectory());
    const QStringList pending = queue.pending();
    if (pending.isEmpty())
        return ExitOk;
    Online online(m_config);
    AccessTokenJob *token = online.session.accessToken();
    Error error = runJob(token);
    if (!error.isError()) {
        auto *job = new ReleaseJob(m_config, &online.nam);
        job->setAccessToken(token->token());
        job->setLeaseIds(pending);
        error = runJob(job);
    }
    if (error.isError()) {
        m_err << Tr::tr("The queued release of %n lease(s) could not be sent yet: %1", nullptr,
                        int(pending.size()))
                     .arg(error.message)
              << Qt::endl;
        return exitCodeFor(error);
    }
    if (auto removed = queue.remove(pending); !removed) {
        m_err << removed.error().toString() << Qt::endl;
        return ExitFile;
    }
    m_err << Tr::tr("Sent the queued release of %n lease(s).", nullptr, int(pending.size()))
          << Qt::endl;
    return ExitOk;
}

int Ctl::refresh(const QStringList &arguments)
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
    LicenseStore store(dataDirectory());
    Online online(m_config);
    auto *job = new RenewJob(m_config, &online.nam, &online.session, &store);
    job->setDeviceId(id);
    job->setForce(!parser.isSet(ifDue));
    const Error error = runJob(job);
    if (error.isError()) {
        const auto failure = store.lastRenewalFailure();
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

int Ctl::release(const QStringList &arguments)
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
    LicenseStore store(dataDirectory());
    ReleaseQueue queue(dataDirectory());
    const QStringList leases = ReleaseJob::leaseIdsOf(store.tokens());
    // Queue first, then forget the tokens: if the process dies in between, nothing is lost.
    if (auto queued = queue.add(leases); !queued) {
        m_err << queued.error().toString() << Qt::endl;
        return ExitFile;
    }
    if (auto cleared = store.clear(); !cleared) {
        m_err << cleared.error().toString() << Qt::endl;
        return ExitFile;
    }
    m_out << Tr::tr("Removed the licenses from this computer.") << Qt::endl;
    const int sent = flushReleaseQueue();
    if (sent == ExitOk) {
        m_out << Tr::tr("Released %n lease(s) at the license server.", nullptr, int(leases.size()))
              << Qt::endl;
        return ExitOk;
    }
    m_out << Tr::tr("The release will be sent at the next online command (keywayctl refresh, "
                    "status or login).")
          << Qt::endl;
    return sent;
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

int Ctl::redeem(const QStringList &arguments)
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
        const Error removed = runJob(RedemptionJournal::remove(&online.secrets, m_config));
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
    SecretJob *read = RedemptionJournal::read(&online.secrets, m_config);
    read->setAutoDelete(false);
    Error error = runJob(read);
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
    const bool samePending =
        code && pending && ActivationCode::normalize(pending->code) == code->symbols();
    auto resume = [this, &online, &id] {
        LicenseStore store(dataDirectory());
        auto *job = new ResumeRedemptionJob(m_config, &online.nam, &online.secrets, &store,
                                            &online.session);
        job->setDeviceId(id);
        job->setRetryPolicy(RetryCount, retryDelayMs());
        job->setAutoDelete(false);
        const Error error = runJob(job);
        if (!error.isError())
            return int(ExitOk);
        if (error.code == ErrorCode::RedemptionOtherAccount) {
            reportOtherAccount(error, m_err);
            return exitCodeFor(error);
        }
        m_err << error.message << Qt::endl;
        if (error.code == ErrorCode::SessionExpired || error.code == ErrorCode::Unauthorized)
            m_err << Tr::tr("Sign in first: keywayctl login") << Qt::endl;
        if (!job->journalCleared() && job->wasPending())
            m_err << Tr::tr("The redemption is kept in the keychain: run keywayctl redeem "
                            "without the code to finish it; the code will not be consumed twice.")
                  << Qt::endl;
        return exitCodeFor(error);
    };
    if (pending && !samePending) {
        m_out << Tr::tr("Finishing the redemption started %1.")
                     .arg(QLocale().toString(pending->since.toLocalTime(), QLocale::ShortFormat))
              << Qt::endl;
        if (const int resumed = resume(); resumed != ExitOk || !code)
            return resumed == ExitOk ? printStatus(false) : resumed;
    }
    if (code && !samePending) {
        PendingRedemption entry;
        entry.code = code->formatted();
        entry.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        entry.deviceId = id;
        entry.deviceName = QSysInfo::machineHostName();
        entry.since = Clock::current();
        // The entry belongs to the account signed in (issue 12): learn which one before
        // anything is sent, so that a lost answer is never resumed for another. Signed out or
        // offline, nothing is sent now: the entry is kept without an account, and the resume that
        // first reaches the server (the next login) records the account before redeeming.
        AccessTokenJob *token = online.session.accessToken();
        error = runJob(token);
        if (!error.isError()) {
            auto *account = new UserInfoJob(&online.nam, m_config.issuer);
            account->setAccessToken(token->token());
            error = runJob(account); // deleted later by runJob: read before the next loop
            entry.subject = account->identity().subject;
            entry.email = account->identity().email;
        }
        // Before anything is sent: a keychain problem shows before the code is consumed.
        error = runJob(RedemptionJournal::write(&online.secrets, m_config, entry));
        if (error.isError()) {
            m_err << error.message << Qt::endl;
            return exitCodeFor(error);
        }
    }
    if (const int resumed = resume(); resumed != ExitOk)
        return resumed;
    return printStatus(false);
}

int Ctl::login(const QStringList &arguments)
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
    LoopbackAgent agent(mode == QLatin1String("none") ? LoopbackAgent::Mode::None
                                                      : LoopbackAgent::Mode::SystemBrowser);
    QObject::connect(&agent, &LoopbackAgent::urlReady, [this](const QUrl &url) {
        m_out << Tr::tr("Open this address in a browser to sign in:") << Qt::endl
              << url.toString(QUrl::FullyEncoded) << Qt::endl;
        m_out.flush();
    });
    auto *signIn = new SignInJob(m_config, &online.nam);
    signIn->setAgent(&agent);
    signIn->setRedirectUri(m_config.loopbackRedirectUri);
    signIn->setAutoDelete(false);
    Error error = runJob(signIn);
    if (error.isError()) {
        m_err << error.message << Qt::endl;
        printDetails(error);
        return exitCodeFor(error);
    }
    // runJob() hands the job to deleteLater(): take what is needed before the next loop runs.
    const UserIdentity identity = signIn->identity();
    const bool keepsSession = signIn->keepsSession();
    const TokenResponse tokens = signIn->tokens();
    error = runJob(online.session.store(tokens));
    if (error.isError()) {
        m_err << error.message << Qt::endl;
        printDetails(error);
        return exitCodeFor(error);
    }
    m_out << Tr::tr("Signed in as %1.").arg(identity.accountName()) << Qt::endl;
    if (!keepsSession) {
        // Nothing to keep in the keychain: later commands need a new login.
        m_err << Tr::tr("Notice: the sign-in service did not allow a lasting session. This "
                        "sign-in ends at %1; sign in again after that to renew the licenses.")
                     .arg(QLocale().toString(tokens.expiresAt.toLocalTime(), QLocale::ShortFormat))
              << Qt::endl;
    }
    if (const int sent = flushReleaseQueue(); sent != ExitOk)
        m_err << Tr::tr("(The queued release stays queued.)") << Qt::endl;
    {
        // A redemption left pending (by a crash, or because the session had ended) is finished
        // now that someone is signed in.
        LicenseStore pendingStore(dataDirectory());
        auto *resume = new ResumeRedemptionJob(m_config, &online.nam, &online.secrets,
                                               &pendingStore, &online.session);
        resume->setDeviceId(id);
        resume->setAccount(identity.subject, identity.email);
        resume->setRetryPolicy(RetryCount, retryDelayMs());
        resume->setAutoDelete(false);
        const Error resumed = runJob(resume);
        if (resume->wasPending()) {
            if (resumed.code == ErrorCode::RedemptionOtherAccount)
                reportOtherAccount(resumed, m_err);
            else if (resumed.isError())
                m_err << Tr::tr("The pending redemption could not be finished: %1")
                             .arg(resumed.message)
                      << Qt::endl;
            else
                m_out << Tr::tr("Finished the pending redemption.") << Qt::endl;
        }
    }

    AccessTokenJob *token = online.session.accessToken();
    error = runJob(token);
    auto *checkout = new CheckoutJob(m_config, &online.nam);
    checkout->setAutoDelete(false);
    if (!error.isError()) {
        checkout->setAccessToken(token->token());
        checkout->setDeviceId(id);
        checkout->setSubject(identity.subject);
        // Signing in here is activating this computer: one removed elsewhere comes back.
        checkout->setExplicitActivation(true);
        error = runJob(checkout);
        if (!error.isError() && checkout->grants().isEmpty() && checkout->refusal().isError())
            error = checkout->refusal();
    }
    if (error.isError()) {
        m_err << error.message << Qt::endl;
        printDetails(error);
        return exitCodeFor(error);
    }
    LicenseStore store(dataDirectory());
    if (!checkout->tokens().isEmpty()) {
        if (auto saved = store.save(identity.subject, identity.email, checkout->tokens()); !saved) {
            m_err << saved.error().toString() << Qt::endl;
            return ExitFile;
        }
    }
    return printStatus(false);
}

int Ctl::logout(const QStringList &arguments)
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
    const Error error = runJob(online.session.signOut());
    if (error.isError()) {
        m_err << error.message << Qt::endl;
        return exitCodeFor(error);
    }
    m_out << Tr::tr("Signed out.") << Qt::endl;
    return ExitOk;
}

// ---- devices ----------------------------------------------------------------------------------

int Ctl::devices(const QStringList &arguments)
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

/**
 * Gets an access token from the stored session, gives it to the job with @p setToken and runs
 * @p job; the job is deleted afterwards (read its results before the event loop runs again).
 */
Error runSignedIn(Online &online, Job *job, const std::function<void(const QByteArray &)> &setToken)
{
    AccessTokenJob *token = online.session.accessToken();
    Error error = runJob(token);
    if (error.isError()) {
        return error;
    }
    setToken(token->token());
    return runJob(job);
}
} // namespace

int Ctl::listDevices(bool json)
{
    const QString id = device();
    if (id.isEmpty())
        return ExitFile;
    Online online(m_config);
    auto *job = new DeviceListJob(m_config, &online.nam);
    job->setDeviceId(id);
    const Error error =
        runSignedIn(online, job, [job](const QByteArray &token) { job->setAccessToken(token); });
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
            if (!items.contains(lease.item))
                items.append(lease.item);
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

int Ctl::releaseDevice(const QString &target)
{
    const QString id = device();
    if (id.isEmpty())
        return ExitFile;
    Online online(m_config);
    auto *job = new DeviceReleaseJob(m_config, &online.nam);
    job->setDeviceId(id);
    job->setTarget(target);
    const Error error =
        runSignedIn(online, job, [job](const QByteArray &token) { job->setAccessToken(token); });
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

int Ctl::renameDevice(const QString &name)
{
    const QString id = device();
    if (id.isEmpty())
        return ExitFile;
    if (!DeviceRenameJob::isValidName(name)) {
        m_err << errorMessage(ErrorCode::DeviceNameInvalid) << Qt::endl;
        return ExitUsage;
    }
    Online online(m_config);
    auto *job = new DeviceRenameJob(m_config, &online.nam);
    job->setDeviceId(id);
    job->setName(name);
    const Error error =
        runSignedIn(online, job, [job](const QByteArray &token) { job->setAccessToken(token); });
    if (error.isError()) {
        m_err << Tr::tr("This computer could not be renamed: %1").arg(error.message) << Qt::endl;
        printDetails(error);
        return exitCodeFor(error);
    }
    m_out << Tr::tr("This computer is now called \"%1\" in your account.").arg(job->device().name)
          << Qt::endl;
    return ExitOk;
}
