// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "config/vendorconfig.h"
#include "core/job.h"
#include "keyway_activation_export.h"
#include "net/retrypolicy.h"
#include "oidc/tokenresponse.h"

#include <QDateTime>
#include <QList>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace Keyway {

class ProviderMetadata;
class SecretStore;
class Session;

/// Waits for a valid access token of a Session; token() holds it once finished without error.
class KEYWAY_ACTIVATION_EXPORT AccessTokenJob : public Job
{
    Q_OBJECT
public:
    ~AccessTokenJob() override;

    void start() override;
    /// A valid access token (empty on error). Never log it.
    QByteArray token() const { return m_token; }

protected:
    void doCancel() override;

private:
    friend class Session;
    explicit AccessTokenJob(Session *session);
    void complete(const QByteArray &token, const Error &error);

    QPointer<Session> m_session;
    QByteArray m_token;
};

/**
 * The signed-in state between sign-ins: the refresh token in the SecretStore (the keychain), the
 * access token in memory only.
 *
 * accessToken() hands out a fresh access token, refreshing ahead of its expiry with the stored
 * refresh token. However many jobs wait, only one token request is in flight. A rotated refresh
 * token is written to the store before any waiting job finishes. `invalid_grant` means the
 * provider ended the session: the store entry is wiped, signedOut() is emitted and the jobs fail
 * with ErrorCode::SessionExpired. Network trouble is transient: the request is retried with
 * exponential backoff up to a limit and the session is kept.
 */
class KEYWAY_ACTIVATION_EXPORT Session : public QObject
{
    Q_OBJECT
public:
    Session(const VendorConfig &config, QNetworkAccessManager *nam, SecretStore *secrets,
            QObject *parent = nullptr);
    ~Session() override;

    /// Not started. Finishes with a valid access token, or SessionExpired when nobody is signed
    /// in (or the provider ended the session), or the last transient error.
    AccessTokenJob *accessToken();
    /// Not started. After a sign-in: keeps the refresh token (store) and the access token
    /// (memory only). Without a refresh token only the access token is kept.
    Job *store(const TokenResponse &tokens);
    /// Not started. Revokes the refresh token (RFC 7009) and ends the provider session, both
    /// best effort, then wipes the store entry and the memory. Fails only when the wipe fails.
    Job *signOut();

    /**
     * Refresh when the access token has less than this many seconds left (default 60). A token
     * that lives less than ShortLifetimeSeconds is refreshed after three quarters of its life.
     */
    void setRefreshMargin(qint64 seconds) { m_refreshMargin = seconds; }
    /// Transient failures (RetryPolicy::isTransient()) are retried @p retries times, waiting
    /// @p firstDelayMs, then twice as long each time (default 3 retries from 1 s).
    void setRetryPolicy(int retries, int firstDelayMs);
    /// Timeout of the best-effort requests of signOut() in ms (default 10 s).
    void setSignOutTimeout(int ms) { m_signOutTimeoutMs = ms; }

    /**
     * Forgets the tokens held in memory (unless a refresh is running), so that the next
     * accessToken() reads the store again: for when another Session of this product wrote it.
     */
    void reload();

    /// True while an access token is held in memory (it may have expired).
    bool hasAccessToken() const { return !m_accessToken.isEmpty(); }

    /// Transient errors, worth retrying (RetryPolicy::isTransient(), the one rule).
    static bool isTransient(const Error &error);
    /// The SecretStore key under which the refresh token of @p config is kept.
    static QString refreshTokenKey(const VendorConfig &config);

Q_SIGNALS:
    /// The session ended: @p reason is SessionExpired when the provider ended it, NoError after
    /// signOut().
    void signedOut(const Keyway::Error &reason);

private:
    friend class AccessTokenJob;

    void enqueue(AccessTokenJob *job);
    void dequeue(AccessTokenJob *job);
    void startRefresh();
    void withRefreshToken(std::function<void(const QByteArray &, const Error &)> next);
    void onRefreshed(const TokenResponse &tokens, const QByteArray &usedRefreshToken);
    void onRefreshFailed(const Error &error);
    void completeAll(const QByteArray &token, const Error &error);
    void endSession(const Error &reason);
    void forget();
    bool accessTokenFresh() const;
    void discover(std::function<void(const ProviderMetadata *, const Error &)> next);

    VendorConfig m_config;
    QNetworkAccessManager *m_nam;
    QPointer<SecretStore> m_secrets;
    QList<QPointer<AccessTokenJob>> m_waiting;
    QByteArray m_accessToken;
    QByteArray
        m_refreshToken; ///< the last one read or written, to avoid a keychain prompt each time
    QByteArray m_idToken; ///< for id_token_hint at sign-out
    QDateTime m_expiresAt;
    bool m_refreshing = false;
    int m_attempt = 0;
    quint64 m_generation = 0; ///< bumped by store() and signOut(): late answers are dropped
    qint64 m_refreshMargin = 60;
    static constexpr qint64 ShortLifetimeSeconds = 240;
    qint64 m_lifetimeSeconds = 0; ///< of the access token held, as issued
    RetryPolicy m_retryPolicy;
    int m_signOutTimeoutMs = 10000;
};

} // namespace Keyway
