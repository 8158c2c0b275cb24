// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "config/vendorconfig.h"
#include "failuremodel.h"
#include "online/activatejob.h"
#include "online/connectiontest.h"
#include "signinview.h"

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Keyway {

class LicenseStore;
class LoopbackAgent;
class SecretStore;

/**
 * The wizard's attempts to activate, without a widget: it builds the sign-in agent (the page in
 * the window, or the system browser through a LoopbackAgent), configures and runs ActivateJob,
 * and remembers the last attempt so that the failure page's ways on (try again, another account,
 * the system browser, discard a waiting code) repeat it correctly. The wizard's pages only show
 * what it reports. (Meant to move onto the headless engine once there is one.)
 */
class ActivationFlow : public QObject
{
    Q_OBJECT
public:
    explicit ActivationFlow(const VendorConfig &config, QObject *parent = nullptr);
    ~ActivationFlow() override;

    void setNetworkAccessManager(QNetworkAccessManager *nam) { m_nam = nam; }
    void setSecretStore(SecretStore *store) { m_secretStore = store; }
    void setLicenseStore(LicenseStore *store) { m_licenseStore = store; }
    void setDeviceId(const QString &deviceId) { m_deviceId = deviceId; }
    void setDeviceName(const QString &name) { m_deviceName = name; }
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
    /// code" after a code was refused), while its access token is good.
    void keepSignIn() { m_keepSignIn = true; }
    /// After seatsTaken(): removes @p deviceId (DeviceInfo::id) from the account, then checks
    /// the licenses out for this computer, with the same sign-in and code.
    void useSeatOf(const QString &deviceId);
    /// The last attempt again: signing in, not registering, once the account exists;
    /// @p anotherAccount asks the provider for a fresh login.
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

    /// Runs the connection test to the configured issuer (the one running is stopped).
    void testConnection();
    void stopConnectionTest();
    /// Per licensed item, until when the license runs: what the redemption says a person
    /// bought, or invalid (a subscription) for an item only the checkout granted. A grant's
    /// expiry is only the end of this computer's lease, renewed on its own.
    static QMap<QString, QDateTime> licensedUntil(const ActivateJob &job);

    /// "a…@example.com": the first character, an ellipsis and the domain.
    static QString maskEmail(const QString &email);

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
    void run(const std::optional<ActivationCode> &code, SignInJob::Page page, bool systemBrowser,
             const QString &releaseTarget);
    bool canKeepSignIn() const;
    void onRedirected(const QUrl &url);
    void onFinished(Job *job);
    void fail(const Error &error);
    void dropSignInView();

    VendorConfig m_config;
    QNetworkAccessManager *m_nam = nullptr;
    SecretStore *m_secretStore = nullptr;
    LicenseStore *m_licenseStore = nullptr;
    QString m_deviceId;
    QString m_deviceName;
    std::function<SignInView *()> m_viewMaker;
    std::function<bool(const QUrl &)> m_browserLauncher;

    QPointer<ActivateJob> m_job;
    QPointer<SignInView> m_view;
    QPointer<LoopbackAgent> m_loopback;
    // The last attempt, to repeat it.
    std::optional<ActivationCode> m_lastCode;
    SignInJob::Page m_lastPage = SignInJob::Page::Login;
    ActivateJob::Step m_reachedStep = ActivateJob::Step::SigningIn;
    bool m_lastInSystemBrowser = false;
    bool m_embeddedRefused = false;
    bool m_forceLogin = false; ///< the next attempt asks for a fresh login (another account)
    QString m_pendingOwner; ///< after RedemptionOtherAccount: whose code is pending
    QString m_nextLoginHint; ///< the next sign-in suggests this account
    bool m_viewUnavailable = false;
    QString m_emailHint; ///< masked, from the provider's email_not_verified redirect
    Error m_lastError;
    // The last attempt's sign-in, to go on without signing in again.
    TokenResponse m_tokens;
    UserIdentity m_identity;
    bool m_keepSignIn = false;
    QList<DeviceInfo> m_seatHolders;
    QString m_releaseTarget; ///< the computer this attempt removes first
    QPointer<ConnectionTest> m_connectionTest;
};

} // namespace Keyway
