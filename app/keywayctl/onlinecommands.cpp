// SPDX-License-Identifier: BSD-3-Clause
// The commands that talk to the license server: login, redeem, refresh, release, logout. Every
// one first sends the releases queued while offline. This file is the module keywayctl-online,
// which the keywayctl executable loads only when one of them runs (Ctl::runOnline()).
#include "ctl.h"

#include "codes/activationcode.h"
#include "core/clock.h"
#include "jose/jws.h"
#include "license/licensestore.h"
#include "license/releasequeue.h"
#include "oidc/loopbackagent.h"
#include "oidc/session.h"
#include "oidc/signinjob.h"
#include "online/checkoutjob.h"
#include "online/redeemjob.h"
#include "online/releasejob.h"
#include "online/renewjob.h"
#include "storage/keychainsecretstore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSysInfo>

#include <memory>

using namespace Keyway;

namespace {
/// What every online command needs: the network, the keychain and the session over them.
struct Online
{
    explicit Online(const VendorConfig &config)
        : secrets(serviceName(config)), session(config, &nam, &secrets)
    {
        // A person waits at the prompt: one quick retry, then the exit code says "network".
        session.setRetryPolicy(1, 500);
    }
    static QString serviceName(const VendorConfig &config)
    {
        // Tests point keywayctl at a private keychain entry.
        const QString fromEnvironment = qEnvironmentVariable("KEYWAY_KEYCHAIN_SERVICE");
        return fromEnvironment.isEmpty() ? QStringLiteral("Keyway/") + config.storageKey()
                                         : fromEnvironment;
    }

    QNetworkAccessManager nam;
    KeychainSecretStore secrets;
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

QStringList leaseIds(const QList<QByteArray> &tokens)
{
    QStringList ids;
    for (const QByteArray &token : tokens) {
        // Read without trust: releasing a lease that is not ours is refused by the server.
        const auto jws = Jws::parse(token);
        const QString id = jws ? jws->payload.value(QStringLiteral("jti")).toString() : QString();
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}
} // namespace

extern "C" Q_DECL_EXPORT int keywayctl_online_run(Ctl *ctl, const QString *command,
                                                  const QStringList *arguments)
{
    using Command = int (Ctl::*)(const QStringList &);
    const QList<QPair<QLatin1String, Command>> commands {
        {QLatin1String("refresh"), &Ctl::refresh}, {QLatin1String("release"), &Ctl::release},
        {QLatin1String("redeem"), &Ctl::redeem},   {QLatin1String("login"), &Ctl::login},
        {QLatin1String("logout"), &Ctl::logout},
    };
    if (*command == QLatin1String("status")) {
        // The online part of status: send queued releases, then renew if due.
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
    const QStringList leases = leaseIds(store.tokens());
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

int Ctl::redeem(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parseCommand(parser, arguments, QStringLiteral("redeem"),
                      Tr::tr("Redeem an activation code for the signed-in account and check out "
                             "its licenses for this computer."),
                      QStringLiteral("CODE"), Tr::tr("The activation code.")))
        return ExitUsage;
    const QStringList words = parser.positionalArguments().mid(1);
    if (words.isEmpty()) {
        m_err << Tr::tr("redeem needs the activation code.") << Qt::endl;
        return ExitUsage;
    }
    const auto code = ActivationCode::parse(words.join(QLatin1Char(' ')));
    if (!code) {
        m_err << code.error().error.message << Qt::endl;
        return ExitNotLicensed;
    }
    if (!loadConfig())
        return ExitUsage;
    const QString id = device();
    if (id.isEmpty())
        return ExitFile;
    if (const int sent = flushReleaseQueue(); sent != ExitOk && sent != ExitNetwork)
        return sent;
    Online online(m_config);
    AccessTokenJob *token = online.session.accessToken();
    Error error = runJob(token);
    if (error.isError()) {
        m_err << error.message << Qt::endl << Tr::tr("Sign in first: keywayctl login") << Qt::endl;
        return exitCodeFor(error);
    }
    // runJob() deletes the job later: keep the token, not the job, across the next job.
    const QByteArray accessToken = token->token();
    auto *redeemJob = new RedeemJob(&online.nam, m_config.issuer);
    redeemJob->setAccessToken(accessToken);
    redeemJob->setCode(*code);
    redeemJob->setDevice(id, QSysInfo::machineHostName());
    error = runJob(redeemJob);
    if (error.isError()) {
        m_err << error.message << Qt::endl;
        return exitCodeFor(error);
    }
    LicenseStore store(dataDirectory());
    auto *checkout = new CheckoutJob(m_config, &online.nam);
    checkout->setAccessToken(accessToken);
    checkout->setDeviceId(id);
    checkout->setAutoDelete(false);
    error = runJob(checkout);
    if (error.isError()) {
        m_err << error.message << Qt::endl;
        return exitCodeFor(error);
    }
    const QList<LicenseGrant> grants = checkout->grants();
    const QString subject = grants.isEmpty() ? store.subject() : grants.first().subject;
    if (!grants.isEmpty()) {
        if (auto saved = store.save(subject, store.email(), checkout->tokens()); !saved) {
            m_err << saved.error().toString() << Qt::endl;
            return ExitFile;
        }
    }
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
        return exitCodeFor(error);
    }
    const UserIdentity identity = signIn->identity();
    error = runJob(online.session.store(signIn->tokens()));
    if (error.isError()) {
        m_err << error.message << Qt::endl;
        return exitCodeFor(error);
    }
    m_out << Tr::tr("Signed in as %1.").arg(identity.email) << Qt::endl;
    if (const int sent = flushReleaseQueue(); sent != ExitOk)
        m_err << Tr::tr("(The queued release stays queued.)") << Qt::endl;

    AccessTokenJob *token = online.session.accessToken();
    error = runJob(token);
    auto *checkout = new CheckoutJob(m_config, &online.nam);
    checkout->setAutoDelete(false);
    if (!error.isError()) {
        checkout->setAccessToken(token->token());
        checkout->setDeviceId(id);
        checkout->setSubject(identity.subject);
        error = runJob(checkout);
    }
    if (error.isError()) {
        m_err << error.message << Qt::endl;
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
