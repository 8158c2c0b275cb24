// SPDX-License-Identifier: BSD-3-Clause
#include "session.h"

#include "core/clock.h"
#include "core/redaction.h"
#include "net/jsonreply.h"
#include "oidc/discoveryjob.h"
#include "oidc/tokenrequestjob.h"
#include "storage/secretstore.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace Keyway {

Q_DECLARE_LOGGING_CATEGORY(lcOidc)

namespace {

/// A job whose work is a function; the function ends it with done().
class SessionTask : public Job
{
public:
    using Work = std::function<void(SessionTask *)>;
    SessionTask(Work work, QObject *parent) : Job(parent), m_work(std::move(work)) { }
    void start() override
    {
        // finished() must never come from inside start().
        QTimer::singleShot(0, this, [this] { m_work(this); });
    }
    void done(const Error &error = Error()) { finish(error); }

private:
    Work m_work;
};

/// Runs a secret-store job and hands its outcome to @p next.
void runSecretJob(SecretJob *job, QObject *context, std::function<void(SecretJob *)> next)
{
    QObject::connect(job, &Job::finished, context, [job, next] { next(job); });
    job->start();
}

} // namespace

// ---- AccessTokenJob ---------------------------------------------------------------------------

AccessTokenJob::AccessTokenJob(Session *session) : Job(session), m_session(session) { }

AccessTokenJob::~AccessTokenJob() = default;

void AccessTokenJob::start()
{
    if (!m_session) {
        finishLater(Error(ErrorCode::InternalError, QStringLiteral("session is gone")));
        return;
    }
    m_session->enqueue(this);
}

void AccessTokenJob::doCancel()
{
    if (m_session)
        m_session->dequeue(this);
}

void AccessTokenJob::complete(const QByteArray &token, const Error &error)
{
    if (isFinished())
        return;
    if (!error.isError())
        m_token = token;
    finish(error);
}

// ---- Session ----------------------------------------------------------------------------------

Session::Session(const VendorConfig &config, QNetworkAccessManager *nam, SecretStore *secrets,
                 QObject *parent)
    : QObject(parent), m_config(config), m_nam(nam), m_secrets(secrets)
{
}

Session::~Session()
{
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &job : waiting) {
        if (job)
            job->complete(QByteArray(),
                          Error(ErrorCode::Cancelled, QStringLiteral("session gone")));
    }
}

void Session::setRetryPolicy(int retries, int firstDelayMs)
{
    m_retryPolicy = RetryPolicy(retries, firstDelayMs);
}

QString Session::refreshTokenKey(const VendorConfig &config)
{
    return QStringLiteral("refresh-token/") + config.clientId;
}

bool Session::isTransient(const Error &error)
{
    return RetryPolicy::isTransient(error);
}

AccessTokenJob *Session::accessToken()
{
    return new AccessTokenJob(this);
}

bool Session::accessTokenFresh() const
{
    if (m_accessToken.isEmpty() || !m_expiresAt.isValid())
        return false;
    // A token that lives only a few minutes (some providers give 60 s or less) would be
    // refreshed the moment it arrives with the fixed margin: it is used for three quarters of
    // its life instead.
    const qint64 margin = m_lifetimeSeconds > 0 && m_lifetimeSeconds < ShortLifetimeSeconds
        ? m_lifetimeSeconds / 4
        : m_refreshMargin;
    return Clock::current().secsTo(m_expiresAt) > margin;
}

void Session::enqueue(AccessTokenJob *job)
{
    if (accessTokenFresh() && !m_refreshing) {
        const QByteArray token = m_accessToken;
        QTimer::singleShot(0, job, [job, token] { job->complete(token, Error()); });
        return;
    }
    m_waiting.append(job);
    if (!m_refreshing)
        startRefresh();
}

void Session::dequeue(AccessTokenJob *job)
{
    m_waiting.removeAll(QPointer<AccessTokenJob>(job));
}

void Session::completeAll(const QByteArray &token, const Error &error)
{
    m_refreshing = false;
    m_attempt = 0;
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &job : waiting) {
        if (job)
            job->complete(token, error);
    }
}

void Session::discover(std::function<void(const ProviderMetadata *, const Error &)> next)
{
    auto *job = new DiscoveryJob(m_nam, m_config.issuer, this);
    connect(job, &Job::finished, this, [job, next] {
        if (job->hasError())
            next(nullptr, job->error());
        else
            next(&job->metadata(), Error());
    });
    job->start();
}

void Session::withRefreshToken(std::function<void(const QByteArray &, const Error &)> next)
{
    if (!m_refreshToken.isEmpty()) {
        next(m_refreshToken, Error());
        return;
    }
    if (!m_secrets) {
        next(QByteArray(), Error(ErrorCode::InternalError, QStringLiteral("no secret store")));
        return;
    }
    runSecretJob(m_secrets->read(Session::refreshTokenKey(m_config)), this, [next](SecretJob *job) {
        if (job->hasError())
            next(QByteArray(), job->error());
        else
            next(job->notFound() ? QByteArray() : job->secret(), Error());
    });
}

void Session::startRefresh()
{
    m_refreshing = true;
    const quint64 generation = m_generation;
    discover([this, generation](const ProviderMetadata *metadata, const Error &error) {
        if (generation != m_generation)
            return;
        if (error.isError()) {
            onRefreshFailed(error);
            return;
        }
        const QUrl tokenEndpoint = metadata->tokenEndpoint;
        withRefreshToken(
            [this, generation, tokenEndpoint](const QByteArray &refreshToken, const Error &error) {
                if (generation != m_generation)
                    return;
                if (error.isError()) {
                    onRefreshFailed(error);
                    return;
                }
                if (refreshToken.isEmpty()) {
                    // A sign-in without a refresh token ends with its access token.
                    const bool shortSession = !m_accessToken.isEmpty();
                    completeAll(
                        QByteArray(),
                        shortSession
                            ? Error(ErrorCode::SessionExpired,
                                    tr("Your sign-in has ended: the sign-in service "
                                       "keeps it only for a short time. Sign in again."),
                                    QStringLiteral("the provider issued no refresh "
                                                   "token; the access token expired"))
                            : Error(ErrorCode::SessionExpired, QStringLiteral("not signed in")));
                    return;
                }
                auto *job = new TokenRequestJob(m_nam, tokenEndpoint, m_config.clientId, this);
                job->setRefreshToken(refreshToken);
                connect(job, &Job::finished, this, [this, job, generation, refreshToken] {
                    if (generation != m_generation)
                        return;
                    if (job->hasError())
                        onRefreshFailed(job->error());
                    else
                        onRefreshed(job->response(), refreshToken);
                });
                qCDebug(lcOidc) << "refreshing the access token with refresh token"
                                << fingerprint(refreshToken) << "attempt" << m_attempt + 1;
                job->start();
            });
    });
}

void Session::onRefreshed(const TokenResponse &tokens, const QByteArray &usedRefreshToken)
{
    m_attempt = 0;
    m_accessToken = tokens.accessToken;
    m_expiresAt = tokens.expiresAt;
    m_lifetimeSeconds = Clock::current().secsTo(tokens.expiresAt);
    if (!tokens.idToken.isEmpty())
        m_idToken = tokens.idToken;
    if (tokens.refreshToken.isEmpty() || tokens.refreshToken == usedRefreshToken) {
        m_refreshToken = usedRefreshToken;
        qCInfo(lcOidc) << "access token refreshed";
        completeAll(m_accessToken, Error());
        return;
    }
    // Rotation (OAuth 2.0 Security BCP §4.14): the old refresh token is spent. The new one must
    // be in the keychain before anyone is told the refresh worked, or a crash would lose it.
    m_refreshToken = tokens.refreshToken;
    qCInfo(lcOidc) << "refresh token rotated:" << fingerprint(usedRefreshToken) << "->"
                   << fingerprint(tokens.refreshToken);
    if (!m_secrets) {
        completeAll(QByteArray(), Error(ErrorCode::InternalError, QStringLiteral("no store")));
        return;
    }
    const quint64 generation = m_generation;
    runSecretJob(m_secrets->write(Session::refreshTokenKey(m_config), tokens.refreshToken), this,
                 [this, generation](SecretJob *job) {
                     if (generation != m_generation)
                         return;
                     if (job->hasError()) {
                         qCWarning(lcOidc)
                             << "rotated refresh token not stored:"
                             << errorCodeName(job->error().code) << job->error().detail;
                         completeAll(QByteArray(), job->error());
                         return;
                     }
                     completeAll(m_accessToken, Error());
                 });
}

void Session::onRefreshFailed(const Error &error)
{
    if (error.code == ErrorCode::SessionExpired) {
        qCInfo(lcOidc) << "the provider ended the session:" << error.detail;
        endSession(error);
        return;
    }
    if (const qint64 delay = m_retryPolicy.nextDelayMs(m_attempt + 1, error); delay >= 0) {
        ++m_attempt;
        qCInfo(lcOidc) << "refresh failed transiently (" << errorCodeName(error.code)
                       << error.detail << "), retry" << m_attempt << "in" << delay << "ms";
        const quint64 generation = m_generation;
        QTimer::singleShot(int(delay), this, [this, generation] {
            if (generation == m_generation)
                startRefresh();
        });
        return;
    }
    qCWarning(lcOidc) << "refresh failed:" << errorCodeName(error.code) << error.detail
                      << "(still signed in)";
    completeAll(QByteArray(), error);
}

void Session::reload()
{
    if (m_refreshing)
        return;
    ++m_generation;
    forget();
}

void Session::forget()
{
    m_accessToken.clear();
    m_refreshToken.clear();
    m_idToken.clear();
    m_expiresAt = QDateTime();
    m_lifetimeSeconds = 0;
}

void Session::endSession(const Error &reason)
{
    ++m_generation;
    forget();
    // Stay "refreshing" until the entry is gone, so that a caller arriving now waits for the
    // same answer instead of reading the stale entry.
    m_refreshing = true;
    const quint64 generation = m_generation;
    auto wiped = [this, generation, reason] {
        if (generation != m_generation)
            return;
        Q_EMIT signedOut(reason);
        completeAll(QByteArray(), reason);
    };
    if (!m_secrets) {
        wiped();
        return;
    }
    runSecretJob(
        m_secrets->remove(Session::refreshTokenKey(m_config)), this, [wiped](SecretJob *job) {
            if (job->hasError())
                qCWarning(lcOidc) << "could not wipe the refresh token:" << job->error().detail;
            wiped();
        });
}

Job *Session::store(const TokenResponse &tokens)
{
    return new SessionTask(
        [this, tokens](SessionTask *task) {
            auto keep = [this, tokens, task] {
                ++m_generation;
                m_accessToken = tokens.accessToken;
                m_expiresAt = tokens.expiresAt;
                m_lifetimeSeconds = Clock::current().secsTo(tokens.expiresAt);
                m_idToken = tokens.idToken;
                if (!tokens.refreshToken.isEmpty())
                    m_refreshToken = tokens.refreshToken;
                qCInfo(lcOidc) << "session stored; refresh token" << fingerprint(m_refreshToken);
                // Callers that waited for a refresh get the new sign-in's token.
                completeAll(m_accessToken, Error());
                task->done();
            };
            if (tokens.refreshToken.isEmpty()) {
                qCInfo(lcOidc) << "no refresh token granted; nothing to keep in the keychain";
                keep();
                return;
            }
            if (!m_secrets) {
                task->done(Error(ErrorCode::InternalError, QStringLiteral("no secret store")));
                return;
            }
            runSecretJob(m_secrets->write(Session::refreshTokenKey(m_config), tokens.refreshToken),
                         task, [task, keep](SecretJob *job) {
                             if (job->hasError())
                                 task->done(job->error());
                             else
                                 keep();
                         });
        },
        this);
}

Job *Session::signOut()
{
    return new SessionTask(
        [this](SessionTask *task) {
            ++m_generation;
            const QByteArray idToken = m_idToken;
            const QByteArray knownRefreshToken = m_refreshToken;
            forget();
            completeAll(QByteArray(),
                        Error(ErrorCode::SessionExpired, QStringLiteral("signed out")));
            const quint64 generation = m_generation;
            const int timeout = m_signOutTimeoutMs;

            // Step 3: wipe, always, whatever happened before.
            auto wipe = [this, task, generation] {
                auto finishWith = [this, task, generation](const Error &error) {
                    if (generation == m_generation)
                        Q_EMIT signedOut(Error());
                    task->done(error);
                };
                if (!m_secrets) {
                    finishWith(Error());
                    return;
                }
                runSecretJob(m_secrets->remove(Session::refreshTokenKey(m_config)), task,
                             [finishWith](SecretJob *job) { finishWith(job->error()); });
            };
            // A best-effort request: its outcome is logged, never an error of the sign-out.
            auto bestEffort = [task](QNetworkReply *reply, const char *what,
                                     std::function<void()> next) {
                auto *json = new JsonReply(reply, JsonReply::Body::Raw, task);
                QObject::connect(json, &JsonReply::finished, task, [json, what, next] {
                    json->deleteLater();
                    if (json->error().isError())
                        qCInfo(lcOidc) << what << "failed (ignored):" << json->error().detail;
                    else
                        qCInfo(lcOidc) << what << "done";
                    next();
                });
            };
            auto request = [timeout](const QUrl &url) {
                QNetworkRequest r = JsonReply::request(url);
                r.setTransferTimeout(timeout);
                return r;
            };

            // Step 2: the provider's records (revocation, end of session), best effort.
            auto online = [this, task, idToken, wipe, bestEffort,
                           request](const QByteArray &refreshToken) {
                discover([this, task, idToken, wipe, bestEffort, request,
                          refreshToken](const ProviderMetadata *metadata, const Error &error) {
                    if (!metadata) {
                        qCInfo(lcOidc) << "sign-out offline, wiping locally only:" << error.detail;
                        wipe();
                        return;
                    }
                    const QUrl revocation = metadata->revocationEndpoint;
                    QUrl endSession = metadata->endSessionEndpoint;
                    auto end = [this, idToken, wipe, bestEffort, request, endSession] {
                        if (!endSession.isValid() || endSession.isEmpty()) {
                            wipe();
                            return;
                        }
                        QUrl url = endSession;
                        QUrlQuery query(url);
                        query.addQueryItem(QStringLiteral("client_id"), m_config.clientId);
                        if (!idToken.isEmpty())
                            query.addQueryItem(QStringLiteral("id_token_hint"),
                                               QString::fromLatin1(idToken));
                        url.setQuery(query);
                        bestEffort(m_nam->get(request(url)), "end of the provider session", wipe);
                    };
                    if (refreshToken.isEmpty() || !revocation.isValid() || revocation.isEmpty()) {
                        end();
                        return;
                    }
                    // RFC 7009 §2.1, a public client identifies itself with client_id.
                    QUrlQuery form;
                    form.addQueryItem(QStringLiteral("token"),
                                      QString::fromLatin1(QUrl::toPercentEncoding(
                                          QString::fromUtf8(refreshToken))));
                    form.addQueryItem(QStringLiteral("token_type_hint"),
                                      QStringLiteral("refresh_token"));
                    form.addQueryItem(
                        QStringLiteral("client_id"),
                        QString::fromLatin1(QUrl::toPercentEncoding(m_config.clientId)));
                    QNetworkRequest r = request(revocation);
                    r.setHeader(QNetworkRequest::ContentTypeHeader,
                                QByteArrayLiteral("application/x-www-form-urlencoded"));
                    qCInfo(lcOidc) << "revoking refresh token" << fingerprint(refreshToken);
                    bestEffort(m_nam->post(r, form.query(QUrl::FullyEncoded).toLatin1()),
                               "revocation", end);
                });
            };

            // Step 1: the refresh token, from memory or the store.
            if (!knownRefreshToken.isEmpty() || !m_secrets) {
                online(knownRefreshToken);
                return;
            }
            runSecretJob(m_secrets->read(Session::refreshTokenKey(m_config)), task,
                         [online](SecretJob *job) {
                             online(job->hasError() || job->notFound() ? QByteArray()
                                                                       : job->secret());
                         });
        },
        this);
}

} // namespace Keyway
