// SPDX-License-Identifier: BSD-3-Clause
#include "activationflow.h"

#include "engine/activator.h"
#include "oidc/loopbackagent.h"
#include "signinviewplugin.h"
#include "storage/secretstore.h"
#include "widgetslogging.h"

namespace Keyway {

ActivationFlow::ActivationFlow(Activator *activator, QObject *parent)
    : QObject(parent), m_activator(activator)
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

FailureContext ActivationFlow::failureContext() const
{
    FailureContext context;
    context.productName = m_activator->config().productName;
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
    if (m_job)
        return;
    const bool signedIn = m_keepSignIn && m_activator->canContinueSignIn();
    m_keepSignIn = false;
    m_releaseTarget.clear();
    m_lastCode = code;
    run(
        [this, code, page](AuthorizationAgent *agent) {
            ActivateJob *job = m_activator->activate(code, agent);
            job->setPage(page);
            return job;
        },
        signedIn, systemBrowser);
}

void ActivationFlow::useSeatOf(const QString &deviceId)
{
    if (m_job)
        return;
    m_releaseTarget = deviceId;
    run([this,
         deviceId](AuthorizationAgent *agent) { return m_activator->moveSeat(deviceId, agent); },
        m_activator->canContinueSignIn(), m_lastInSystemBrowser);
}

void ActivationFlow::retry(bool anotherAccount)
{
    if (m_job)
        return;
    m_releaseTarget.clear();
    run(
        [this, anotherAccount](AuthorizationAgent *agent) {
            return m_activator->retryActivation(agent, anotherAccount);
        },
        false, m_lastInSystemBrowser);
}

void ActivationFlow::retryInSystemBrowser()
{
    if (m_job)
        return;
    m_releaseTarget.clear();
    run([this](AuthorizationAgent *agent) { return m_activator->retryActivation(agent); }, false,
        true);
}

AuthorizationAgent *ActivationFlow::makeAgent(bool systemBrowser)
{
    if (systemBrowser) {
        m_loopback = new LoopbackAgent(LoopbackAgent::Mode::SystemBrowser, this);
        if (m_browserLauncher)
            m_loopback->setLauncher(m_browserLauncher);
        connect(m_loopback, &LoopbackAgent::browserLaunchFailed, this,
                &ActivationFlow::browserLaunchFailed);
        return m_loopback;
    }
    if (!m_viewMaker) {
        fail(Error(ErrorCode::InternalError,
                   QStringLiteral("ActivationWizard has no sign-in view factory")));
        return nullptr;
    }
    m_view = m_viewMaker();
    if (!m_view) {
        // The browser plugin (or a vendor's factory) could not make a page: say why, and offer
        // the system browser, which needs no plugin.
        QString message = browserPluginError();
        if (message.isEmpty())
            message = tr("The sign-in page cannot be shown in this window. Sign in with your web "
                         "browser instead.");
        m_viewUnavailable = true;
        fail(Error(ErrorCode::InternalError, message,
                   QStringLiteral("the sign-in view factory returned no view")));
        return nullptr;
    }
    connect(m_view, &SignInView::embeddedViewRefused, this, [this] { m_embeddedRefused = true; });
    return m_view;
}

void ActivationFlow::run(const MakeJob &make, bool signedIn, bool systemBrowser)
{
    dropSignInView();
    m_emailHint.clear();
    m_viewUnavailable = false;
    AuthorizationAgent *agent = nullptr;
    if (!signedIn) {
        m_embeddedRefused = false;
        // The vendor may choose the system browser for every sign-in (docs/signin.md).
        systemBrowser = systemBrowser || m_activator->config().browser == QLatin1String("system");
        m_lastInSystemBrowser = systemBrowser;
        agent = makeAgent(systemBrowser);
        if (!agent)
            return;
    }
    ActivateJob *job = make(agent);
    connect(job, &ActivateJob::stepChanged, this, &ActivationFlow::stepChanged);
    connect(job, &Job::finished, this, [this, job] { onFinished(job); });
    m_job = job;
    qCInfo(lcWidgets) << "starting activation" << (m_lastCode ? "with a code" : "without a code")
                      << (signedIn            ? "with the account signed in"
                              : systemBrowser ? "in the system browser"
                                              : "in the window");
    // Signed in already, the steps that follow say what happens.
    if (!signedIn && systemBrowser)
        Q_EMIT waitingForBrowser();
    else if (!signedIn)
        Q_EMIT signInViewReady(m_view);
    job->start();
}

void ActivationFlow::discardPending()
{
    // The other account's code is forgotten, never redeemed: it stays unused at the service.
    // Then this account's activation goes on.
    SecretJob *remove = m_activator->discardPendingRedemption();
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

void ActivationFlow::onFinished(ActivateJob *job)
{
    m_job = nullptr;
    dropSignInView();
    const Error &error = job->error();
    if (error.code == ErrorCode::SeatLimitReached && !job->seatHolders().isEmpty()) {
        m_seatHolders = job->seatHolders();
        Q_EMIT seatsTaken(m_seatHolders, error);
        return;
    }
    if (!m_releaseTarget.isEmpty() && !m_seatHolders.isEmpty()
        && (error.code == ErrorCode::TransferLimitReached
            || error.code == ErrorCode::DeviceUnknown)) {
        // Removing the computer was refused: the same choice again, with the reason.
        Q_EMIT seatsTaken(m_seatHolders, error);
        return;
    }
    if (error.code == ErrorCode::Cancelled) {
        qCInfo(lcWidgets) << "activation cancelled";
        Q_EMIT cancelled();
        return;
    }
    if (error.isError()) {
        m_pendingOwner = job->pendingOwner();
        m_emailHint = job->emailHint();
        fail(error);
        return;
    }
    Q_EMIT succeeded(job);
}

void ActivationFlow::fail(const Error &error)
{
    qCWarning(lcWidgets).noquote()
        << "activation failed:" << errorCodeName(error.code) << error.detail
        << (error.reference.isEmpty() ? QString() : QStringLiteral("reference ") + error.reference);
    Q_EMIT failed(error);
    // Said once: the next page is about the next attempt.
    m_viewUnavailable = false;
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
    ConnectionTest *test = m_activator->connectionTest();
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
