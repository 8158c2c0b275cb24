// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "codes/activationcode.h"
#include "failuremodel.h"
#include "online/activatejob.h"
#include "online/connectiontest.h"
#include "signinview.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace Keyway {

class Activator;
class LoopbackAgent;

/**
 * The wizard's side of an activation, without a widget: it makes the sign-in page the person
 * chose (in the window, or the system browser through a LoopbackAgent), asks the engine
 * (Activator) for the attempt and its ways on (retryActivation(), moveSeat(), continuing a
 * sign-in), and reports what the pages show: the sign-in page, the steps, the seats, success or
 * the failure with what the failure page needs to know. Which page is next is its only decision;
 * what is signed in, redeemed or released is the engine's.
 */
class ActivationFlow : public QObject
{
    Q_OBJECT
public:
    explicit ActivationFlow(Activator *activator, QObject *parent = nullptr);
    ~ActivationFlow() override;

    /// Makes the sign-in page for the window (nullptr when none can be made).
    void setViewMaker(const std::function<SignInView *()> &maker) { m_viewMaker = maker; }
    void setBrowserLauncher(const std::function<bool(const QUrl &)> &launcher)
    {
        m_browserLauncher = launcher;
    }

    /// A new attempt; ignored while one runs. After keepSignIn() it continues with the last
    /// attempt's account instead of asking to sign in again.
    void start(const std::optional<ActivationCode> &code, SignInJob::Page page,
               bool systemBrowser = false);
    /// The next start() keeps the account the last attempt signed in with (e.g. "Change the
    /// code" after a code was refused), while the engine can continue that sign-in.
    void keepSignIn() { m_keepSignIn = true; }
    /// After seatsTaken(): Activator::moveSeat() of @p deviceId (DeviceInfo::id).
    void useSeatOf(const QString &deviceId);
    /// The last attempt again (Activator::retryActivation()).
    void retry(bool anotherAccount = false);
    /// The last attempt again, in the system browser.
    void retryInSystemBrowser();
    /// Forgets the code another account left waiting, then retries.
    void discardPending();
    /// Cancels the running attempt: it reports cancelled().
    void cancel();
    /// Ends everything without a report (the wizard starts over).
    void abort();
    bool isRunning() const { return bool(m_job); }
    bool hadCode() const { return m_lastCode.has_value(); }
    /// What the failure page needs to know about the last attempt besides its Error.
    FailureContext failureContext() const;

    /// Runs the engine's connection test (the one running is stopped).
    void testConnection();
    void stopConnectionTest();

Q_SIGNALS:
    /// The sign-in page is to be shown in the window.
    void signInViewReady(Keyway::SignInView *view);
    /// The sign-in page was dropped (its widget is deleted later).
    void signInViewDropped(Keyway::SignInView *view);
    /// The sign-in continues in the system browser.
    void waitingForBrowser();
    void browserLaunchFailed(const QUrl &url);
    void stepChanged(Keyway::ActivateJob::Step step);
    void succeeded(const Keyway::ActivateJob *job);
    void failed(const Keyway::Error &error);
    void cancelled();
    /**
     * Every seat is held by other computers (@p holders); @p error is SeatLimitReached, or why
     * removing one of them was refused (TransferLimitReached: until when).
     */
    void seatsTaken(const QList<Keyway::DeviceInfo> &holders, const Keyway::Error &error);
    void connectionResults(const QList<Keyway::ConnectionTest::Result> &results);
    /// The connection test ended; @p failed: a step failed.
    void connectionTestFinished(bool failed);

private:
    using MakeJob = std::function<ActivateJob *(AuthorizationAgent *agent)>;
    /// Runs the engine's job that @p make returns; with @p signedIn no page is made.
    void run(const MakeJob &make, bool signedIn, bool systemBrowser);
    AuthorizationAgent *makeAgent(bool systemBrowser);
    void onFinished(ActivateJob *job);
    void fail(const Error &error);
    void dropSignInView();

    Activator *m_activator = nullptr;
    std::function<SignInView *()> m_viewMaker;
    std::function<bool(const QUrl &)> m_browserLauncher;

    QPointer<ActivateJob> m_job;
    QPointer<SignInView> m_view;
    QPointer<LoopbackAgent> m_loopback;
    std::optional<ActivationCode> m_lastCode; ///< where Cancel goes back to
    bool m_lastInSystemBrowser = false;
    bool m_embeddedRefused = false;
    QString m_pendingOwner; ///< after RedemptionOtherAccount: whose code is pending
    bool m_viewUnavailable = false;
    QString m_emailHint; ///< masked: where the provider sent the confirmation link
    bool m_keepSignIn = false;
    QList<DeviceInfo> m_seatHolders;
    QString m_releaseTarget; ///< the computer this attempt removes first
    QPointer<ConnectionTest> m_connectionTest;
};

} // namespace Keyway
