// SPDX-License-Identifier: BSD-3-Clause
#include "activationflow.h"

#include "core/clock.h"
#include "oidc/loopbackagent.h"
#include "online/redemptionjournal.h"
#include "signinviewplugin.h"
#include "storage/secretstore.h"
#include "widgetslogging.h"

#include <QLocale>
#include <QSslCertificate>
#include <QUrlQuery>

namespace Keyway {

ActivationFlow::ActivationFlow(const VendorConfig &config, QObject *parent)
    : QObject(parent), m_config(config)
{
}

ActivationFlow::~ActivationFlow()
{
    stopConnectionTest();
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
    delete m_view;
}

QString ActivationFlow::maskEmail(const QString &email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return QString();
    return email.left(1) + QChar(0x2026) + email.mid(at);
}

FailureContext ActivationFlow::failureContext() const
{
    FailureContext context;
    context.productName = m_config.productName;
    context.pendingOwner = m_pendingOwner;
    context.emailHint = m_emailHint;
    context.hadCode = m_lastCode.has_value();
    context.embeddedRefused = m_embeddedRefused;
    context.viewUnavailable = m_viewUnavailable;
    context.inSystemBrowser = m_lastInSystemBrowser;
    return context;
}

void ActivationFlow::start(const std::optional<ActivationCode> &code, SignInJob::Page page,
                           bool systemBrowser)
{
    run(code, page, systemBrowser, QString());
}

void ActivationFlow::useSeatOf(const QString &deviceId)
{
    run(m_lastCode, m_lastPage, m_lastInSystemBrowser, deviceId);
}

bool ActivationFlow::canKeepSignIn() const
{
    // A minute's margin: the redemption and the checkout must not meet an expired token.
    return !m_tokens.accessToken.isEmpty()
        && (!m_tokens.expiresAt.isValid() || m_tokens.expiresAt > Clock::current().addSecs(60));
}

void ActivationFlow::run(const std::optional<ActivationCode> &code, SignInJob::Page page,
                         bool systemBrowser, const QString &releaseTarget)
{
    if (m_job)
        return;
    dropSignInView();
    const bool signedIn = (m_keepSignIn || !releaseTarget.isEmpty()) && canKeepSignIn();
    m_keepSignIn = false;
    m_releaseTarget = releaseTarget;
    m_lastCode = code;
    m_emailHint.clear();
    m_viewUnavailable = false;
    if (!signedIn) {
        m_tokens = TokenResponse();
        m_identity = UserIdentity();
        m_lastPage = page;
        m_reachedStep = ActivateJob::Step::SigningIn;
        m_embeddedRefused = false;
        // The vendor may choose the system browser for every sign-in (docs/signin.md).
        systemBrowser = systemBrowser || m_config.browser == QLatin1String("system");
        m_lastInSystemBrowser = systemBrowser;
    }

    AuthorizationAgent *agent = nullptr;
    QUrl redirectUri = m_config.embeddedRedirectUri;
    if (signedIn) {
        qCInfo(lcWidgets) << "continuing with the account already signed in";
    } else if (systemBrowser) {
        m_loopback = new LoopbackAgent(LoopbackAgent::Mode::SystemBrowser, this);
        if (m_browserLauncher)
            m_loopback->setLauncher(m_browserLauncher);
        connect(m_loopback, &LoopbackAgent::browserLaunchFailed, this,
                &ActivationFlow::browserLaunchFailed);
        agent = m_loopback;
        redirectUri = m_config.loopbackRedirectUri;
    } else {
        if (!m_viewMaker) {
            fail(Error(ErrorCode::InternalError,
                       QStringLiteral("ActivationWizard has no sign-in view factory")));
            return;
        }
        m_view = m_viewMaker();
        if (!m_view) {
            // The browser plugin (or a vendor's factory) could not make a page: say why, and
            // offer the system browser, which needs no plugin.
            QString message = browserPluginError();
            if (message.isEmpty())
                message = tr("The sign-in page cannot be shown in this window. Sign in with "
                             "your web browser instead.");
            m_viewUnavailable = true;
            fail(Error(ErrorCode::InternalError, message,
                       QStringLiteral("the sign-in view factory returned no view")));
            return;
        }
        connect(m_view, &SignInView::embeddedViewRefused, this,
                [this] { m_embeddedRefused = true; });
        agent = m_view;
    }
    // Before the job connects: the redirect is read here before the job reports its outcome.
    if (agent)
        connect(agent, &AuthorizationAgent::redirected, this, &ActivationFlow::onRedirected);

    auto *job = new ActivateJob(m_config, this);
    job->setNetworkAccessManager(m_nam);
    job->setAgent(agent);
    job->setRedirectUri(redirectUri);
    job->setSecretStore(m_secretStore);
    job->setLicenseStore(m_licenseStore);
    job->setDeviceId(m_deviceId);
    job->setDeviceName(m_deviceName);
    job->setCode(code);
    job->setPage(page);
    job->setForceLogin(m_forceLogin);
    m_forceLogin = false;
    job->setLoginHint(m_nextLoginHint);
    m_nextLoginHint.clear();
    job->setUiLocales(QLocale().uiLanguages());
    if (signedIn)
        job->setSignedIn(m_tokens, m_identity);
    job->setReleaseFirst(releaseTarget);
    connect(job, &ActivateJob::stepChanged, this, [this](ActivateJob::Step step) {
        m_reachedStep = step;
        Q_EMIT stepChanged(step);
    });
    connect(job, &Job::finished, this, &ActivationFlow::onFinished);
    m_job = job;

    qCInfo(lcWidgets) << "starting activation" << (code ? "with a code" : "without a code")
                      << "on the" << (page == SignInJob::Page::Register ? "registration" : "login")
                      << "page" << (systemBrowser ? "in the system browser" : "in the window");
    // Signed in already, the steps that follow say what happens.
    if (!signedIn && systemBrowser)
        Q_EMIT waitingForBrowser();
    else if (!signedIn)
        Q_EMIT signInViewReady(m_view);
    job->start();
}

void ActivationFlow::retry(bool anotherAccount)
{
    // Once the sign-in got as far as the provider's answer, the account exists: a new attempt
    // signs in rather than registering again.
    SignInJob::Page page = m_lastPage;
    if (anotherAccount || m_reachedStep != ActivateJob::Step::SigningIn
        || m_lastError.code == ErrorCode::EmailNotVerified)
        page = SignInJob::Page::Login;
    // Another account: the provider must not sign the person straight back in with the session
    // their browser still holds.
    m_forceLogin = anotherAccount;
    // The account whose code is waiting: suggested on the sign-in page.
    if (anotherAccount && m_lastError.code == ErrorCode::RedemptionOtherAccount
        && m_pendingOwner.contains(QLatin1Char('@')))
        m_nextLoginHint = m_pendingOwner;
    start(m_lastCode, page, m_lastInSystemBrowser);
}

void ActivationFlow::retryInSystemBrowser()
{
    start(m_lastCode, m_lastPage, true);
}

void ActivationFlow::discardPending()
{
    // The other account's code is forgotten here, never redeemed: it stays unused at the
    // service. Then this account's activation goes on.
    SecretJob *remove = RedemptionJournal::remove(m_secretStore, m_config);
    connect(remove, &Job::finished, this, [this, remove] {
        if (remove->hasError()) {
            fail(remove->error());
            return;
        }
        qCInfo(lcWidgets) << "discarded the pending redemption of another account";
        m_pendingOwner.clear();
        retry();
    });
    remove->start();
}

void ActivationFlow::cancel()
{
    if (m_job)
        m_job->cancel(); // finishes with ErrorCode::Cancelled, handled in onFinished()
}

void ActivationFlow::abort()
{
    m_keepSignIn = false;
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
        m_job = nullptr;
    }
    dropSignInView();
}

void ActivationFlow::onRedirected(const QUrl &url)
{
    // An unverified account's answer may name where the link went (masked, docs/protocol.md
    // §1); it is only ever shown masked.
    const QUrlQuery query(url);
    if (query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)
        == QLatin1String("email_not_verified"))
        m_emailHint =
            maskEmail(query.queryItemValue(QStringLiteral("email_hint"), QUrl::FullyDecoded));
}

void ActivationFlow::onFinished(Job *job)
{
    auto *activate = qobject_cast<ActivateJob *>(job);
    m_job = nullptr;
    dropSignInView();
    if (!activate) {
        fail(Error(ErrorCode::InternalError, QStringLiteral("unexpected job finished")));
        return;
    }
    if (!activate->signedInTokens().accessToken.isEmpty()) {
        m_tokens = activate->signedInTokens();
        m_identity = activate->identity();
    }
    const Error &error = activate->error();
    if (error.code == ErrorCode::SeatLimitReached && !activate->seatHolders().isEmpty()) {
        m_seatHolders = activate->seatHolders();
        m_lastError = error;
        Q_EMIT seatsTaken(m_seatHolders, error);
        return;
    }
    if (!m_releaseTarget.isEmpty() && !m_seatHolders.isEmpty()
        && (error.code == ErrorCode::TransferLimitReached
            || error.code == ErrorCode::DeviceUnknown)) {
        // Removing the computer was refused: the same choice again, with the reason.
        m_lastError = error;
        Q_EMIT seatsTaken(m_seatHolders, error);
        return;
    }
    if (error.code == ErrorCode::Cancelled) {
        qCInfo(lcWidgets) << "activation cancelled";
        Q_EMIT cancelled();
        return;
    }
    if (error.isError()) {
        m_pendingOwner = activate->pendingOwner();
        fail(error);
        return;
    }
    Q_EMIT succeeded(activate);
}

void ActivationFlow::fail(const Error &error)
{
    qCWarning(lcWidgets).noquote()
        << "activation failed:" << errorCodeName(error.code) << error.detail
        << (error.reference.isEmpty() ? QString() : QStringLiteral("reference ") + error.reference);
    m_lastError = error;
    Q_EMIT failed(error);
    // Said once: the next page is about the next attempt.
    m_viewUnavailable = false;
}

QMap<QString, QDateTime> ActivationFlow::licensedUntil(const ActivateJob &job)
{
    QMap<QString, QDateTime> licensedUntil;
    for (const RedeemedLicense &license : job.redeemedLicenses()) {
        for (const QString &item : license.licensedItems) {
            QDateTime &until = licensedUntil[item];
            if (!until.isValid() || license.validUntil > until)
                until = license.validUntil;
        }
    }
    // Signed in without a code (no redemption): the grant's own license end.
    for (const LicenseGrant &grant : job.grants()) {
        if (!licensedUntil.contains(grant.item))
            licensedUntil.insert(grant.item, grant.licenseEnd);
    }
    return licensedUntil;
}

void ActivationFlow::stopConnectionTest()
{
    if (m_connectionTest) {
        disconnect(m_connectionTest, nullptr, this, nullptr);
        m_connectionTest->cancel();
    }
}

void ActivationFlow::testConnection()
{
    stopConnectionTest();
    auto *test = new ConnectionTest(m_config.issuer, this);
    test->setNetworkAccessManager(m_nam);
    if (!m_config.extraCaFile.isEmpty())
        test->setExtraCaCertificates(QSslCertificate::fromPath(m_config.extraCaFile));
    m_connectionTest = test;
    connect(test, &ConnectionTest::stepFinished, this,
            [this, test] { Q_EMIT connectionResults(test->results()); });
    connect(test, &Job::finished, this, [this, test] {
        m_connectionTest = nullptr;
        Q_EMIT connectionResults(test->results());
        Q_EMIT connectionTestFinished(test->hasError());
    });
    Q_EMIT connectionResults(test->results());
    test->start();
}

void ActivationFlow::dropSignInView()
{
    if (m_loopback) {
        m_loopback->deleteLater();
        m_loopback = nullptr;
    }
    if (!m_view)
        return;
    disconnect(m_view, nullptr, this, nullptr);
    Q_EMIT signInViewDropped(m_view);
    // Later: the job may still be inside one of the view's signals.
    m_view->deleteLater();
    m_view = nullptr;
}

} // namespace Keyway
