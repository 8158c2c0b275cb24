// SPDX-License-Identifier: BSD-3-Clause
#include "activator.h"

#include "core/clock.h"
#include "engine/authorizedjob.h"
#include "engine/redeemcodejob.h"
#include "engine/releasequeuejob.h"
#include "license/deviceid.h"
#include "license/devicename.h"
#include "license/licenseimport.h"
#include "license/licensestore.h"
#include "license/releasequeue.h"
#include "oidc/loopbackagent.h"
#include "oidc/session.h"
#include "online/activatejob.h"
#include "online/connectiontest.h"
#include "online/devicelistjob.h"
#include "online/devicereleasejob.h"
#include "online/devicerenamejob.h"
#include "online/redemptionjournal.h"
#include "online/renewalscheduler.h"
#include "online/renewjob.h"
#include "online/resumeredemptionjob.h"
#include "storage/secretstore.h"
#include "storage/secretstorefactory.h"

#include <QDir>
#include <QLocale>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSysInfo>
#include <QTimer>

#ifndef KEYWAY_VERSION
#define KEYWAY_VERSION "unknown"
#endif

namespace Keyway {

Q_LOGGING_CATEGORY(lcEngine, "keyway.engine")

namespace {

/// Queued releases that could not be sent are tried again after 5 minutes, doubling to 1 hour.
constexpr int FirstReleaseRetrySeconds = 300;
constexpr int LastReleaseRetrySeconds = 3600;

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

} // namespace

/// What the ways on after an activation need of it: its code and page, what its end taught,
/// and its sign-in, to go on without a page.
struct Activator::LastActivation
{
    std::optional<ActivationCode> code;
    SignInJob::Page page = SignInJob::Page::Login;
    bool accountExists = false; ///< the provider answered: signing in, not registering, again
    ErrorCode error = ErrorCode::NoError;
    QString pendingOwner; ///< after RedemptionOtherAccount
    TokenResponse tokens;
    UserIdentity identity;
};

Activator::State Activator::stateFor(const Facts &facts)
{
    switch (facts.operation) {
    case Operation::Activating:
        return State::Activating;
    case Operation::Renewing:
        return State::Renewing;
    case Operation::SigningOut:
        return State::SigningOut;
    case Operation::Deactivating:
        return State::Deactivating;
    case Operation::None:
        break;
    }
    if (!facts.hasTokens)
        return State::NotActivated;
    // Removed elsewhere says why better than "expired" or "offline", while the lease lasts too.
    if (facts.releasedElsewhere)
        return State::ReleasedElsewhere;
    if (!facts.anyValid)
        return State::Expired;
    if (!facts.known)
        return State::Unknown;
    if (!facts.signedIn)
        return State::SignedOut;
    if (facts.renewalFailed)
        return State::Offline;
    return State::Licensed;
}

QString Activator::stateName(State state)
{
    QString name = QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(state)));
    if (!name.isEmpty())
        name[0] = name[0].toLower();
    return name;
}

Activator::Activator(const VendorConfig &config, const QString &dataDirectory, QObject *parent)
    : QObject(parent), m_config(config),
      m_dataDir(dataDirectory.isEmpty() ? LicenseStore::defaultDirectory(config) : dataDirectory),
      m_store(std::make_unique<LicenseStore>(m_dataDir)),
      m_lastActivation(std::make_unique<LastActivation>())
{
    qRegisterMetaType<Keyway::ResumeRedemptionJob *>();
    qRegisterMetaType<Keyway::Activator::State>();
}

Activator::~Activator()
{
    if (m_running)
        m_running->cancel();
}

void Activator::setNetworkAccessManager(QNetworkAccessManager *nam)
{
    m_nam = nam;
}

void Activator::setSecretStore(SecretStore *store)
{
    m_secrets = store;
}

void Activator::setRetryPolicy(int retries, int firstDelayMs)
{
    m_retries = retries;
    m_firstDelayMs = firstDelayMs;
    if (m_session)
        m_session->setRetryPolicy(retries, firstDelayMs);
}

void Activator::setUp()
{
    if (m_session)
        return;
    if (!m_nam) {
        m_ownNam = std::make_unique<QNetworkAccessManager>();
        m_nam = m_ownNam.get();
    }
    if (!m_secrets) {
        m_ownSecrets.reset(createSecretStore(m_config, m_dataDir, nullptr, m_service));
        m_secrets = m_ownSecrets.get();
    }
    if (m_deviceId.isEmpty())
        m_deviceId = DeviceId::forProduct(m_config, m_dataDir);
    m_session = new Session(m_config, m_nam, m_secrets, this);
    if (m_retries >= 0)
        m_session->setRetryPolicy(m_retries, m_firstDelayMs);
    // The provider ended the session (or sign-out): nothing is renewed until the next sign-in.
    connect(m_session, &Session::signedOut, this, [this](const Error &reason) {
        qCInfo(lcEngine) << "signed out:" << errorCodeName(reason.code);
        m_signedIn = false;
        m_known = true;
        stopRenewal();
        update();
    });
    if (m_backgroundWork) {
        m_renewal =
            new RenewalScheduler(m_config, m_nam, m_session, m_store.get(), m_deviceId, this);
        connect(m_renewal, &RenewalScheduler::renewed, this, [this](const QStringList &items) {
            m_lastError = Error();
            update();
            Q_EMIT renewed(items);
            // A connection that works: what was queued goes out now.
            if (!queuedReleases().isEmpty())
                sendQueuedReleases()->start();
        });
        connect(m_renewal, &RenewalScheduler::renewalFailed, this,
                [this](const Error &error, const QDateTime &next) {
                    qCInfo(lcEngine) << "background renewal failed:" << errorCodeName(error.code)
                                     << error.detail << "next attempt" << next;
                    m_lastError = error;
                    update();
                    Q_EMIT renewalFailed(error, next);
                });
    }
    m_releaseTimer = new QTimer(this);
    m_releaseTimer->setSingleShot(true);
    connect(m_releaseTimer, &QTimer::timeout, this, [this] {
        m_nextReleaseAttempt = QDateTime();
        if (!queuedReleases().isEmpty())
            sendQueuedReleases()->start();
    });
}

QString Activator::deviceId()
{
    setUp();
    return m_deviceId;
}

QNetworkAccessManager *Activator::networkAccessManager()
{
    setUp();
    return m_nam;
}

SecretStore *Activator::secretStore()
{
    setUp();
    return m_secrets;
}

LicenseStore *Activator::licenseStore()
{
    return m_store.get();
}

Session *Activator::session()
{
    setUp();
    return m_session;
}

void Activator::start()
{
    setUp();
    refresh();
    probeSession([this] {
        ResumeRedemptionJob *resume = resumeRedemption();
        connect(resume, &Job::finished, this, [this, resume] {
            if (resume->wasPending())
                qCInfo(lcEngine) << "pending redemption:" << errorCodeName(resume->error().code)
                                 << (resume->journalCleared() ? "(done or dropped)" : "(kept)");
            Q_EMIT resumeFinished(resume);
            continueSignedIn();
        });
        resume->start();
    });
}

void Activator::probeSession(std::function<void()> then)
{
    SecretJob *read = m_secrets->read(Session::refreshTokenKey(m_config));
    connect(read, &Job::finished, this, [this, read, then] {
        if (read->hasError()) {
            // The keychain could not be asked (locked, no service): the next request says why;
            // until then the person is not told they are signed out.
            qCInfo(lcEngine) << "could not look for a session:" << read->error().detail;
            m_signedIn = true;
        } else {
            m_signedIn = !read->notFound() || m_session->hasAccessToken();
        }
        m_known = true;
        update();
        if (then)
            then();
    });
    read->start();
}

void Activator::track(Job *job, Operation operation)
{
    m_running = job;
    m_operation = operation;
    connect(job, &Job::finished, this, [this, job] {
        if (m_running == job) {
            m_running = nullptr;
            m_operation = Operation::None;
        }
        if (job->hasError())
            m_lastError = job->error();
        else
            m_lastError = Error();
    });
    update();
}

ActivateJob *Activator::newActivateJob(const std::optional<ActivationCode> &code,
                                       AuthorizationAgent *agent, bool continueSignIn)
{
    setUp();
    auto *job = new ActivateJob(m_config, this);
    job->setNetworkAccessManager(m_nam);
    job->setAgent(agent);
    job->setRedirectUri(qobject_cast<LoopbackAgent *>(agent) ? m_config.loopbackRedirectUri
                                                             : m_config.embeddedRedirectUri);
    job->setUiLocales(QLocale().uiLanguages());
    job->setSecretStore(m_secrets);
    job->setSession(m_session);
    job->setLicenseStore(m_store.get());
    job->setDeviceId(m_deviceId);
    job->setDeviceName(m_deviceName);
    job->setCode(code);
    if (m_retries >= 0)
        job->setRetryPolicy(m_retries, m_firstDelayMs);
    m_lastActivation->code = code;
    if (continueSignIn) {
        qCInfo(lcEngine) << "continuing with the account already signed in";
        job->setSignedIn(m_lastActivation->tokens, m_lastActivation->identity);
    } else {
        m_lastActivation->tokens = TokenResponse();
        m_lastActivation->identity = UserIdentity();
    }
    track(job, Operation::Activating);
    connect(job, &Job::finished, this,
            [this, job, continueSignIn] { afterSignIn(job, continueSignIn); });
    return job;
}

ActivateJob *Activator::activate(const std::optional<ActivationCode> &code,
                                 AuthorizationAgent *agent)
{
    return newActivateJob(code, agent, !agent && canContinueSignIn());
}

ActivateJob *Activator::signIn(AuthorizationAgent *agent)
{
    return activate(std::nullopt, agent);
}

bool Activator::canContinueSignIn() const
{
    // A minute's margin: the redemption and the checkout must not meet an expired token.
    const TokenResponse &tokens = m_lastActivation->tokens;
    return !tokens.accessToken.isEmpty()
        && (!tokens.expiresAt.isValid() || tokens.expiresAt > Clock::current().addSecs(60));
}

ActivateJob *Activator::retryActivation(AuthorizationAgent *agent, bool anotherAccount)
{
    const LastActivation last = *m_lastActivation;
    // Once the sign-in got as far as the provider's answer, the account exists: a new attempt
    // signs in rather than registering again.
    const bool login =
        anotherAccount || last.accountExists || last.error == ErrorCode::EmailNotVerified;
    ActivateJob *job = newActivateJob(last.code, agent, false);
    job->setPage(login ? SignInJob::Page::Login : last.page);
    // Another account: the provider must not sign the person straight back in with the session
    // their browser still holds; the account whose code is waiting is suggested.
    job->setForceLogin(anotherAccount);
    if (anotherAccount && last.error == ErrorCode::RedemptionOtherAccount
        && last.pendingOwner.contains(QLatin1Char('@')))
        job->setLoginHint(last.pendingOwner);
    return job;
}

ActivateJob *Activator::moveSeat(const QString &deviceId, AuthorizationAgent *agent)
{
    const bool continued = canContinueSignIn();
    ActivateJob *job =
        newActivateJob(m_lastActivation->code, continued ? nullptr : agent, continued);
    // The account exists: signing in again, should its token have run out, is a login.
    job->setPage(SignInJob::Page::Login);
    job->setReleaseFirst(deviceId);
    return job;
}

void Activator::afterSignIn(ActivateJob *job, bool continued)
{
    LastActivation &last = *m_lastActivation;
    if (!job->signedInTokens().accessToken.isEmpty()) {
        last.tokens = job->signedInTokens();
        last.identity = job->identity();
    }
    if (!continued) {
        last.page = job->page();
        last.accountExists = job->step() != ActivateJob::Step::SigningIn;
    }
    last.error = job->error().code;
    last.pendingOwner = job->pendingOwner();

    // The session holds the new sign-in's access token once it is stored: signed in now, not
    // only after the secret store was asked again.
    if (m_session->hasAccessToken()) {
        m_signedIn = true;
        m_known = true;
    }
    update();
    const UserIdentity identity = job->identity();
    if (!identity.subject.isEmpty()) {
        m_lastAccount = {identity.subject, identity.email};
        // Signed in without a license: the account is kept next to (no) licenses, so that every
        // front end, also another process, says who is signed in.
        if (job->error().code == ErrorCode::LicenseItemDenied && m_store->tokens().isEmpty()) {
            if (auto saved = m_store->save(identity.subject, identity.email, {}); !saved)
                qCWarning(lcEngine) << "could not record the account:" << saved.error().detail;
        }
    }
    if (job->error().code == ErrorCode::Cancelled) {
        update();
        return;
    }
    // The session is stored before anything is redeemed: whether it is, the store says.
    m_releaseFailures = 0;
    probeSession([this] { continueSignedIn(); });
}

ResumeRedemptionJob *Activator::resumeRedemption()
{
    setUp();
    auto *job = new ResumeRedemptionJob(m_config, m_nam, m_secrets, m_store.get(), m_session, this);
    job->setDeviceId(m_deviceId);
    if (m_retries >= 0)
        job->setRetryPolicy(m_retries, m_firstDelayMs);
    // Nothing journaled ends at once: no state of its own is shown for that.
    connect(job, &Job::finished, this, [this, job] {
        if (job->wasPending() && !job->hasError())
            maybeStartRenewal();
        update();
    });
    return job;
}

RedeemCodeJob *Activator::redeem(const std::optional<ActivationCode> &code)
{
    setUp();
    auto *job =
        new RedeemCodeJob(m_config, m_nam, m_session, m_secrets, m_store.get(), m_deviceId, this);
    job->setCode(code);
    if (m_retries >= 0)
        job->setRetryPolicy(m_retries, m_firstDelayMs);
    track(job, Operation::Activating);
    connect(job, &Job::finished, this, [this] {
        update();
        maybeStartRenewal();
    });
    return job;
}

SecretJob *Activator::readPendingRedemption()
{
    setUp();
    return RedemptionJournal::read(m_secrets, m_config);
}

SecretJob *Activator::discardPendingRedemption()
{
    setUp();
    return RedemptionJournal::remove(m_secrets, m_config);
}

RenewJob *Activator::renew(bool force)
{
    setUp();
    auto *job = new RenewJob(m_config, m_nam, m_session, m_store.get(), this);
    job->setDeviceId(m_deviceId);
    job->setForce(force);
    track(job, Operation::Renewing);
    connect(job, &Job::finished, this, [this, job] {
        if (!job->hasError()) {
            update();
            if (!job->renewedItems().isEmpty())
                Q_EMIT renewed(job->renewedItems());
            if (m_backgroundWork && !queuedReleases().isEmpty())
                sendQueuedReleases()->start();
            // Restarted, so that the next background renewal is planned from the new leases.
            if (m_renewal && m_renewal->isRunning()) {
                m_renewal->stop();
                maybeStartRenewal();
            }
            return;
        }
        update();
    });
    return job;
}

Job *Activator::signOut()
{
    setUp();
    stopRenewal();
    Job *job = m_session->signOut();
    track(job, Operation::SigningOut);
    connect(job, &Job::finished, this, [this] {
        m_lastAccount = {};
        update();
    });
    return job;
}

ReleaseQueueJob *Activator::deactivate()
{
    setUp();
    auto *job = new ReleaseQueueJob(m_config, m_nam, m_session, m_store.get(), this);
    job->setRemoveLicenses(true);
    stopRenewal();
    track(job, Operation::Deactivating);
    connect(job, &Job::finished, this, [this, job] {
        if (!job->hasError() && job->sendError().isError())
            m_lastError = job->sendError();
        scheduleReleaseRetry(job->sendError());
        update();
    });
    return job;
}

ReleaseQueueJob *Activator::sendQueuedReleases()
{
    setUp();
    auto *job = new ReleaseQueueJob(m_config, m_nam, m_session, m_store.get(), this);
    connect(job, &Job::finished, this, [this, job] {
        scheduleReleaseRetry(job->sendError());
        update();
    });
    return job;
}

void Activator::scheduleReleaseRetry(const Error &error)
{
    m_releaseTimer->stop();
    m_nextReleaseAttempt = QDateTime();
    if (!error.isError() || queuedReleases().isEmpty()) {
        m_releaseFailures = 0;
        return;
    }
    // Signed out: they wait for the next sign-in (afterSignIn()), no timer.
    if (error.code == ErrorCode::SessionExpired || !m_signedIn || !m_backgroundWork)
        return;
    const int seconds = std::min(LastReleaseRetrySeconds,
                                 FirstReleaseRetrySeconds << std::min(m_releaseFailures, 4));
    ++m_releaseFailures;
    m_nextReleaseAttempt = Clock::current().addSecs(seconds);
    m_releaseTimer->start(seconds * 1000);
}

Result<LicenseImport::Imported> Activator::importFile(const QString &path)
{
    setUp();
    auto imported =
        LicenseImport::importFile(*m_store, m_config, m_deviceId, path, Clock::current());
    if (!imported) {
        qCInfo(lcEngine) << "license import refused:" << imported.error().detail;
        m_lastError = imported.error();
    } else {
        m_lastError = Error();
        maybeStartRenewal();
    }
    update();
    return imported;
}

AuthorizedJob *Activator::listDevices()
{
    setUp();
    auto *request = new DeviceListJob(m_config, m_nam);
    request->setDeviceId(m_deviceId);
    return new AuthorizedJob(
        m_session, request, [request](const QByteArray &token) { request->setAccessToken(token); });
}

AuthorizedJob *Activator::releaseDevice(const QString &id)
{
    setUp();
    auto *request = new DeviceReleaseJob(m_config, m_nam);
    request->setDeviceId(m_deviceId);
    request->setTarget(id);
    return new AuthorizedJob(
        m_session, request, [request](const QByteArray &token) { request->setAccessToken(token); });
}

AuthorizedJob *Activator::renameDevice(const QString &name)
{
    setUp();
    auto *request = new DeviceRenameJob(m_config, m_nam);
    request->setDeviceId(m_deviceId);
    request->setName(name);
    auto *job = new AuthorizedJob(
        m_session, request, [request](const QByteArray &token) { request->setAccessToken(token); });
    connect(job, &Job::finished, this, [this, job] {
        if (job->hasError())
            return;
        // The next activation of this computer sends the same name.
        const QString chosen = job->request<DeviceRenameJob>()->device().name;
        if (auto kept = DeviceName::remember(m_dataDir, chosen); !kept)
            qCInfo(lcEngine) << "the device name is not remembered:" << kept.error().detail;
    });
    return job;
}

ConnectionTest *Activator::connectionTest()
{
    setUp();
    auto *test = new ConnectionTest(m_config.issuer, this);
    test->setNetworkAccessManager(m_nam);
    if (!m_config.extraCaFile.isEmpty())
        test->setExtraCaCertificates(QSslCertificate::fromPath(m_config.extraCaFile));
    return test;
}

void Activator::continueSignedIn()
{
    if (!m_signedIn || !m_backgroundWork)
        return;
    // What was queued while signed out or offline goes out with the session.
    if (!queuedReleases().isEmpty())
        sendQueuedReleases()->start();
    maybeStartRenewal();
}

void Activator::maybeStartRenewal()
{
    if (!m_renewal || !m_signedIn || !m_hasTokens || m_renewal->isRunning())
        return;
    m_renewal->start();
}

void Activator::stopRenewal()
{
    if (m_renewal)
        m_renewal->stop();
}

void Activator::reload()
{
    setUp();
    m_session->reload();
    m_lastError = Error();
    probeSession([this] { continueSignedIn(); });
}

void Activator::refresh()
{
    setUp();
    update();
}

void Activator::update()
{
    m_licenses = m_store->check(m_config, m_deviceId, Clock::current());
    m_hasTokens = !m_store->tokens().isEmpty();
    Facts facts;
    facts.known = m_known;
    facts.hasTokens = m_hasTokens;
    facts.signedIn = m_signedIn;
    facts.operation = m_operation;
    for (const LicenseStore::ItemStatus &status : std::as_const(m_licenses)) {
        facts.anyValid = facts.anyValid || status.isValid();
        facts.releasedElsewhere =
            facts.releasedElsewhere || status.reason.code == ErrorCode::DeviceReleased;
    }
    const LicenseStore::RenewalFailure failure = m_store->lastRenewalFailure();
    if (failure.isValid()) {
        const QDateTime lastCheck = lastSuccessfulCheck();
        facts.renewalFailed = !lastCheck.isValid() || failure.failedAt >= lastCheck;
        facts.releasedElsewhere = facts.releasedElsewhere
            || (facts.renewalFailed && failure.error.code == ErrorCode::DeviceReleased);
    }
    const State state = stateFor(facts);
    const bool stateChangedNow = state != m_state;
    m_state = state;
    if (stateChangedNow) {
        qCInfo(lcEngine).noquote() << "state:" << stateName(state);
        Q_EMIT stateChanged(state);
    }
    Q_EMIT changed();
}

Activator::Account Activator::account() const
{
    const Account stored {m_store->subject(), m_store->email()};
    return stored.isEmpty() ? m_lastAccount : stored;
}

bool Activator::allValid() const
{
    if (m_licenses.isEmpty())
        return false;
    for (const LicenseStore::ItemStatus &status : m_licenses) {
        if (!status.isValid())
            return false;
    }
    return true;
}

QDateTime Activator::leaseEnd() const
{
    QDateTime earliest;
    for (const LicenseStore::ItemStatus &status : m_licenses) {
        if (status.isValid() && status.grant.expiresAt.isValid()
            && (!earliest.isValid() || status.grant.expiresAt < earliest))
            earliest = status.grant.expiresAt;
    }
    return earliest;
}

QDateTime Activator::lastSuccessfulCheck() const
{
    QDateTime last;
    for (const LicenseStore::ItemStatus &status : m_licenses) {
        if (status.grant.issuedAt.isValid() && (!last.isValid() || status.grant.issuedAt > last))
            last = status.grant.issuedAt;
    }
    return last;
}

LicenseStore::RenewalFailure Activator::lastRenewalFailure() const
{
    return m_store->lastRenewalFailure();
}

QDateTime Activator::nextRenewal() const
{
    if (m_renewal && m_renewal->isRunning() && m_renewal->nextAttempt().isValid())
        return m_renewal->nextAttempt();
    QDateTime next;
    for (const LicenseStore::ItemStatus &status : m_licenses) {
        const QDateTime rfr = status.grant.renewAfter;
        if (status.isValid() && rfr.isValid() && (!next.isValid() || rfr < next))
            next = rfr;
    }
    return next;
}

QStringList Activator::queuedReleases() const
{
    return ReleaseQueue(m_dataDir).pending();
}

QString Activator::signInStorage() const
{
    if (!m_secrets)
        return QStringLiteral("not opened yet");
    if (m_secrets->isFallback()) {
        const Error why = m_secrets->fallbackReason();
        return QStringLiteral("file %1 (keychain not used%2)")
            .arg(QDir::toNativeSeparators(m_secrets->fallbackFile()),
                 why.isError() ? QStringLiteral(": ") + errorCodeName(why.code) : QString());
    }
    if (m_secrets->inherits("Keyway::KeychainSecretStore")
        || m_secrets->inherits("Keyway::FallbackSecretStore"))
        return m_service.isEmpty() ? QStringLiteral("system keychain")
                                   : QStringLiteral("system keychain (service %1)").arg(m_service);
    return QStringLiteral("%1 (not saved)")
        .arg(QString::fromLatin1(m_secrets->metaObject()->className()));
}

QString Activator::supportReport(const QString &proxy) const
{
    QStringList lines;
    lines << QStringLiteral("Product: %1 (%2)").arg(m_config.productName, m_config.vendorName);
    lines << QStringLiteral("Keyway: %1, Qt %2")
                 .arg(QStringLiteral(KEYWAY_VERSION), QString::fromLatin1(qVersion()));
    lines << QStringLiteral("OS: %1 (%2 %3, %4)")
                 .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(),
                      QSysInfo::kernelVersion(), QSysInfo::currentCpuArchitecture());
    lines << QStringLiteral("Issuer: %1").arg(m_config.issuer.toString());
    lines << QStringLiteral("Device id: %1").arg(m_deviceId);
    lines << QStringLiteral("State: %1").arg(stateName(m_state));
    lines << QStringLiteral("Items:");
    for (const LicenseStore::ItemStatus &status : m_licenses) {
        // Codes and names only: a detail may quote an account id.
        lines << QStringLiteral("  %1: %2, lease ends %3%4")
                     .arg(status.item, LicenseStore::stateName(status.state),
                          isoTime(status.grant.expiresAt),
                          status.reason.isError()
                              ? QStringLiteral(" (%1)").arg(errorCodeName(status.reason.code))
                              : QString());
    }
    const LicenseStore::RenewalFailure failure = m_store->lastRenewalFailure();
    lines << QStringLiteral("Last successful check: %1").arg(isoTime(lastSuccessfulCheck()));
    if (failure.isValid())
        lines << QStringLiteral("Last failed check: %1 (%2), failures %3, next attempt %4")
                     .arg(isoTime(failure.failedAt), errorCodeName(failure.error.code))
                     .arg(failure.failures)
                     .arg(isoTime(failure.nextRetry));
    lines << QStringLiteral("Queued releases: %1").arg(queuedReleases().size());
    lines << QStringLiteral("Last error: %1%2")
                 .arg(m_lastError.isError() ? errorCodeName(m_lastError.code)
                                            : QStringLiteral("none"),
                      m_lastError.reference.isEmpty()
                          ? QString()
                          : QStringLiteral(" (reference %1)").arg(m_lastError.reference));
    if (!m_lastError.detail.isEmpty())
        lines << QStringLiteral("Last error detail: %1").arg(m_lastError.detail.left(500));
    lines << QStringLiteral("Proxy: %1").arg(proxy);
    // Where things are kept, never what: support's first question when a license "vanishes".
    lines << QStringLiteral("Licenses stored in: %1").arg(QDir::toNativeSeparators(m_dataDir));
    lines << QStringLiteral("Sign-in kept in: %1").arg(signInStorage());
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Keyway
