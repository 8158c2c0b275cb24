// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "config/vendorconfig.h"
#include "core/error.h"
#include "keyway_activation_export.h"
#include "license/licensestatus.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QTimer;

namespace Keyway {

class ActivateJob;
class ActivationCode;
class AuthorizationAgent;
class AuthorizedJob;
class ConnectionTest;
class Job;
class LicenseStore;
class RedeemCodeJob;
class ReleaseQueueJob;
class SecretJob;
class RenewalScheduler;
class RenewJob;
class ResumeRedemptionJob;
class SecretStore;
class Session;

/**
 * The one engine under every front end (the window, the status view, keywayctl, a product): it
 * owns the session (the refresh token in the secret store the vendor configuration asks for),
 * the license store, the background renewal, the queue of releases not yet sent and the resume
 * of interrupted redemptions, and it offers every flow as a job (configure, start(), one
 * finished()). The front ends only show state() and its details and forward what the person
 * asks for; none keeps a copy of the state or runs a flow of its own.
 *
 * Each operation returns its job not started, so a front end can connect to it and start it;
 * the engine follows it (state() is Activating, Renewing, ...) and updates its state before the
 * job's finished() reaches anyone else.
 */
class KEYWAY_ACTIVATION_EXPORT Activator : public QObject
{
    Q_OBJECT
public:
    /// What a person sees; every front end shows the same one (docs/architecture.md).
    enum class State {
        Unknown, ///< licenses valid, but whether someone is signed in is not known yet (start())
        NotActivated, ///< no license on this computer
        Licensed, ///< licenses valid, signed in: renewed in the background
        SignedOut, ///< licenses here, nobody signed in: valid until their leases end, not renewed
        Offline, ///< licenses valid, the last renewal failed: valid until their leases end, retried
        ReleasedElsewhere, ///< this computer was removed from the account on another computer
        Expired, ///< licenses here, none of them valid (lease ended, not for this computer, ...)
        Activating, ///< an activation, a sign-in or a resumed redemption runs
        Renewing, ///< renew() runs
        SigningOut, ///< signOut() runs
        Deactivating, ///< deactivate() runs
    };
    Q_ENUM(State)

    /// The operation the engine follows; at most one at a time in a window.
    enum class Operation { None, Activating, Renewing, SigningOut, Deactivating };
    Q_ENUM(Operation)

    /// What state() is computed from (stateFor()), exposed for tests.
    struct Facts
    {
        bool known = false; ///< whether someone is signed in is known
        bool hasTokens = false; ///< license tokens are stored here
        bool anyValid = false; ///< at least one configured item is valid
        bool releasedElsewhere = false; ///< the server said this computer was removed
        bool signedIn = false; ///< a session is kept (or an access token held)
        bool renewalFailed = false; ///< the last renewal failed (after the last success)
        Operation operation = Operation::None;
    };
    /// The state table: an operation running wins, then the licenses, then the session.
    static State stateFor(const Facts &facts);
    /// A stable name for @p state ("signedOut", ...), for logs and JSON.
    static QString stateName(State state);

    /// Who is signed in, or whose licenses these are.
    struct Account
    {
        QString subject;
        QString email;
        bool isEmpty() const { return subject.isEmpty() && email.isEmpty(); }
        /// The e-mail address, else the subject.
        QString name() const { return email.isEmpty() ? subject : email; }
    };

    /// @p dataDirectory: where the licenses are kept; empty: LicenseStore::defaultDirectory().
    explicit Activator(const VendorConfig &config, const QString &dataDirectory = QString(),
                       QObject *parent = nullptr);
    ~Activator() override;

    // ---- set up (before start() or the first operation; all optional) -------------------------
    /// Not owned; the engine makes its own without one.
    void setNetworkAccessManager(QNetworkAccessManager *nam);
    /// Not owned; without one the engine makes the store the vendor configuration asks for
    /// (createSecretStore(): the keychain, or its 0600 file fallback in the data folder).
    void setSecretStore(SecretStore *store);
    /// The keychain service of the store the engine makes (default keychainService(config)).
    void setKeychainService(const QString &service) { m_service = service; }
    /// Default: DeviceId::forProduct(config, dataDirectory).
    void setDeviceId(const QString &deviceId) { m_deviceId = deviceId; }
    /// This computer's name in the account; default: the one remembered, else the host name.
    void setDeviceName(const QString &name) { m_deviceName = name; }
    /**
     * Renew in the background and send queued releases by itself while running (default true).
     * A one-shot command sets false and calls sendQueuedReleases() and renew() when it wants.
     */
    void setBackgroundWork(bool enabled) { m_backgroundWork = enabled; }
    /// Retries of the session's token requests and of the redeem and checkout requests.
    void setRetryPolicy(int retries, int firstDelayMs);

    /**
     * Learns whether someone is signed in (the secret store), then finishes a redemption an
     * interruption left (resumeFinished()), sends the releases queued while offline and renews
     * in the background. Emits stateChanged() once the state is known.
     */
    void start();

    // ---- the state -----------------------------------------------------------------------------
    State state() const { return m_state; }
    Operation operation() const { return m_operation; }
    bool isBusy() const { return m_operation != Operation::None; }
    bool isSignedIn() const { return m_signedIn; }
    /// Whose licenses these are (the store), else who signed in last without licenses.
    Account account() const;
    /// Every configured item and the verdict on it, as of the last refresh().
    QList<LicenseStatus> licenses() const { return m_licenses; }
    /// Whether every configured item is valid (as of the last refresh()).
    bool allValid() const;
    bool hasLicenses() const { return m_hasTokens; }
    /// The earliest end of a valid lease; invalid if none.
    QDateTime leaseEnd() const;
    /// When the newest lease was issued: the last successful check with the license server.
    QDateTime lastSuccessfulCheck() const;
    RenewalFailure lastRenewalFailure() const;
    /// When the licenses are renewed next (background renewal), else the earliest renewal time.
    QDateTime nextRenewal() const;
    /// Lease ids whose release is still to be sent.
    QStringList queuedReleases() const;
    /// When the queued releases are sent next; invalid when they wait for a sign-in.
    QDateTime nextReleaseAttempt() const { return m_nextReleaseAttempt; }
    /// The last error of an operation (NoError if the last one succeeded).
    Error lastError() const { return m_lastError; }

    const VendorConfig &config() const { return m_config; }
    QString dataDirectory() const { return m_dataDir; }
    QString deviceId();
    QNetworkAccessManager *networkAccessManager();
    SecretStore *secretStore();
    LicenseStore *licenseStore();
    Session *session();

    // ---- operations: jobs not started ---------------------------------------------------------
    /**
     * Signs in through @p agent and redeems @p code (or, without one, fetches the account's
     * licenses and finishes a pending redemption). Configure the page and hints on the job; the
     * redirect URI is the configured loopback one for a LoopbackAgent, else the embedded one.
     * A sign-in whose account has no license yet ends with LicenseItemDenied; the account is
     * then signed in nonetheless (account(), isSignedIn()).
     *
     * Without an agent it goes on with the sign-in of the last activation, no page and the
     * session not stored again (another code for the same account), when canContinueSignIn().
     *
     * The job reports its steps (ActivateJob::stepChanged()), lists the computers holding the
     * seats when every seat is taken (ActivateJob::seatHolders(), then moveSeat()) and ends
     * with Cancelled on cancel().
     */
    ActivateJob *activate(const std::optional<ActivationCode> &code, AuthorizationAgent *agent);
    /// activate() without a code: "I already have an account", or signing in again.
    ActivateJob *signIn(AuthorizationAgent *agent);
    /**
     * Whether the sign-in of the last activation can carry another one without a page: its
     * access token is good for at least another minute.
     */
    bool canContinueSignIn() const;
    /**
     * The last activation again through @p agent, as its end taught: the sign-in page rather
     * than the registration once the account exists (the provider answered, or the account
     * waits for its e-mail confirmation). With @p anotherAccount the provider asks for a fresh
     * login (the browser's session is not reused) and suggests the account whose code waits
     * (after RedemptionOtherAccount).
     */
    ActivateJob *retryActivation(AuthorizationAgent *agent, bool anotherAccount = false);
    /**
     * After SeatLimitReached: removes computer @p deviceId (DeviceInfo::id) from the account,
     * then redeems the last activation's code and checks the licenses out here. With the last
     * sign-in when canContinueSignIn(), else through @p agent. A refused removal ends the job
     * with its error (TransferLimitReached says until when).
     */
    ActivateJob *moveSeat(const QString &deviceId, AuthorizationAgent *agent = nullptr);
    /// Finishes a journaled redemption with the stored session; nothing journaled: done at once.
    ResumeRedemptionJob *resumeRedemption();
    /**
     * Redeems @p code with the stored session, no sign-in page (journaled first, another pending
     * code finished before it); without a code, finishes the pending redemption.
     */
    RedeemCodeJob *redeem(const std::optional<ActivationCode> &code);
    /// Reads the journaled redemption: PendingRedemption::fromJson(secret()) unless notFound().
    SecretJob *readPendingRedemption();
    /// Forgets the journaled redemption (another account's code); it stays unused at the service.
    SecretJob *discardPendingRedemption();
    /// Renews every lease now (@p force), or only those due.
    RenewJob *renew(bool force = true);
    /// Revokes the session and wipes it; the licenses stay until their leases end.
    Job *signOut();
    /**
     * Removes the licenses from this computer and gives their leases back. The leases are queued
     * first; when they cannot be sent (offline, signed out) the job still succeeds and says so
     * (ReleaseQueueJob::queued()): they go out with the next sign-in or connection.
     */
    ReleaseQueueJob *deactivate();
    /// Sends the releases queued earlier (nothing queued: done at once).
    ReleaseQueueJob *sendQueuedReleases();
    /// Imports license tokens an administrator downloaded for this computer (air-gapped).
    Result<ImportedLicenses> importFile(const QString &path);
    /// The account's computers: request<DeviceListJob>() holds them.
    AuthorizedJob *listDevices();
    /// Removes computer @p id from the account: request<DeviceReleaseJob>().
    AuthorizedJob *releaseDevice(const QString &id);
    /// Renames this computer: request<DeviceRenameJob>().
    AuthorizedJob *renameDevice(const QString &name);
    /// Checks each step to the license server (proxy, DNS, TCP, TLS, HTTP).
    ConnectionTest *connectionTest();
    /**
     * A report for the vendor's support, plain text: product, Keyway and OS versions, the
     * device id, the state, each item with its state and lease end, the last checks, the queue,
     * the last error, and @p proxy (ProxySettings::describe()). No token, code, password,
     * e-mail address or account id.
     */
    QString supportReport(const QString &proxy) const;
    /// Where the sign-in is kept, for support: the system keychain (its service name), the
    /// fallback file (its path and why), or a store that does not save it. No secret.
    QString signInStorage() const;

public Q_SLOTS:
    /// Verifies the stored licenses again (an edited file, another process) and updates.
    void refresh();
    /**
     * The session or the licenses were changed outside the engine (another process wrote
     * them): the session's cached tokens are dropped, the store is asked again, and renewal and
     * queued releases go on as for a sign-in. Not needed after the engine's own jobs.
     */
    void reload();

Q_SIGNALS:
    void stateChanged(Keyway::Activator::State state);
    /// The licenses, the account, the session or the queue changed (also without a new state).
    void changed();
    /// The resume that start() runs ended; wasPending() tells whether there was one.
    void resumeFinished(Keyway::ResumeRedemptionJob *job);
    /// The background renewal or renew() renewed these items.
    void renewed(const QStringList &items);
    /// The background renewal failed; @p next is invalid when it waits for a sign-in.
    void renewalFailed(const Keyway::Error &error, const QDateTime &next);

private:
    void setUp();
    void track(Job *job, Operation operation);
    void probeSession(std::function<void()> then = {});
    ActivateJob *newActivateJob(const std::optional<ActivationCode> &code,
                                AuthorizationAgent *agent, bool continueSignIn);
    void afterSignIn(ActivateJob *job, bool continued);
    /// After learning that someone is signed in: queued releases, background renewal.
    void continueSignedIn();
    void maybeStartRenewal();
    void stopRenewal();
    void scheduleReleaseRetry(const Error &error);
    void update();

    VendorConfig m_config;
    QString m_dataDir;
    QString m_service;
    QString m_deviceId;
    QString m_deviceName;
    bool m_backgroundWork = true;
    int m_retries = -1;
    int m_firstDelayMs = 0;

    QPointer<QNetworkAccessManager> m_nam;
    std::unique_ptr<QNetworkAccessManager> m_ownNam;
    QPointer<SecretStore> m_secrets;
    std::unique_ptr<SecretStore> m_ownSecrets;
    std::unique_ptr<LicenseStore> m_store;
    Session *m_session = nullptr;
    RenewalScheduler *m_renewal = nullptr;
    QTimer *m_releaseTimer = nullptr;
    QDateTime m_nextReleaseAttempt;
    int m_releaseFailures = 0;

    State m_state = State::Unknown;
    Operation m_operation = Operation::None;
    QPointer<Job> m_running;
    bool m_known = false;
    bool m_signedIn = false;
    bool m_hasTokens = false;
    Account m_lastAccount; ///< signed in without licenses
    struct LastActivation;
    std::unique_ptr<LastActivation> m_lastActivation; ///< for the ways on after it ended
    QList<LicenseStatus> m_licenses;
    Error m_lastError;
};

} // namespace Keyway
