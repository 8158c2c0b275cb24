// SPDX-License-Identifier: BSD-3-Clause
#include "signinjob.h"

#include "core/clock.h"
#include "core/redaction.h"
#include "net/jsonreply.h"
#include "oidc/authorizationagent.h"
#include "oidc/authorizationrequest.h"
#include "oidc/discoveryjob.h"
#include "oidc/idtokenvalidator.h"
#include "oidc/tokenrequestjob.h"
#include "oidc/userinfojob.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUrlQuery>

#include <limits>
#include <optional>

namespace Keyway {

Q_LOGGING_CATEGORY(lcOidc, "keyway.oidc")

struct SignInJob::Private
{
    ProviderMetadata provider;
    std::optional<AuthorizationRequest> request;
    QPointer<Job> subJob;
    JsonReply *jwksReply = nullptr;
    JwkSet jwks;
    QTimer timeout;
};

namespace {
/// A failure of the provider's key set, with what was wrong in the detail.
Error keySetError(const Error &error, const QUrl &jwksUri)
{
    const QString where = QStringLiteral("JWKS %1: ").arg(jwksUri.toDisplayString());
    switch (error.code) {
    case ErrorCode::NetworkUnreachable:
    case ErrorCode::NetworkTimeout:
    case ErrorCode::TlsFailure:
    case ErrorCode::ServerError:
    case ErrorCode::RateLimited:
        return Error(error.code, error.message, where + error.detail);
    case ErrorCode::HttpError:
    case ErrorCode::ResponseMalformed:
        return Error(ErrorCode::DiscoveryFailed, where + error.detail);
    default:
        // Keys that cannot be used: the provider is set up in a way this client cannot verify.
        return Error(ErrorCode::ProviderMisconfigured, where + error.detail);
    }
}
} // namespace

SignInJob::SignInJob(const VendorConfig &config, QNetworkAccessManager *nam, QObject *parent)
    : Job(parent), d(new Private), m_config(config), m_nam(nam),
      m_redirectUri(config.embeddedRedirectUri),
      m_timeoutMs(qint64(config.signInTimeoutSeconds) * 1000)
{
    d->timeout.setSingleShot(true);
    connect(&d->timeout, &QTimer::timeout, this, [this] {
        if (isFinished())
            return;
        if (m_agent) {
            m_agent->disconnect(this);
            m_agent->cancel();
        }
        finish(Error(ErrorCode::SignInTimedOut,
                     QStringLiteral("no answer from the provider's page within %1 s")
                         .arg(m_timeoutMs / 1000.0)));
    });
}

void SignInJob::finish(const Error &error)
{
    d->timeout.stop();
    if (error.isError())
        qCInfo(lcOidc).noquote() << "sign-in failed:" << errorCodeName(error.code) << error.detail;
    Job::finish(error);
}

SignInJob::~SignInJob()
{
    delete d;
}

void SignInJob::start()
{
    if (!m_agent) {
        finishLater(Error(ErrorCode::InternalError, QStringLiteral("SignInJob without an agent")));
        return;
    }
    auto *discovery = new DiscoveryJob(m_nam, m_config.issuer, this);
    d->subJob = discovery;
    connect(discovery, &Job::finished, this, [this, discovery] {
        if (discovery->hasError()) {
            finish(discovery->error());
            return;
        }
        onDiscovered(discovery->metadata());
    });
    discovery->start();
}

void SignInJob::onDiscovered(const ProviderMetadata &metadata)
{
    d->provider = metadata;
    if (!metadata.codeChallengeMethods.isEmpty()
        && !metadata.codeChallengeMethods.contains(QLatin1String("S256"))) {
        // Without PKCE a public client's code could be used by whoever intercepts it.
        finish(Error(ErrorCode::ProviderMisconfigured,
                     QStringLiteral("discovery: code_challenge_methods_supported lacks S256 (%1)")
                         .arg(metadata.codeChallengeMethods.join(QLatin1Char(' ')).left(200))));
        return;
    }
    // The provider's keys are checked before the person signs in: a key set this client cannot
    // use must not be found only after the authorization code was spent.
    fetchKeys([this] { authorize(); });
}

void SignInJob::authorize()
{
    const ProviderMetadata &metadata = d->provider;
    QUrl wanted = m_redirectUri;
    if (m_config.loopbackPort > 0 && wanted == m_config.loopbackRedirectUri)
        wanted.setPort(m_config.loopbackPort);
    // The agent may refine the redirect URI (the loopback agent adds the port it listens on);
    // the authorize URL, the redirect check and the token request all use its answer.
    const QUrl redirectUri = m_agent->redirectUriFor(wanted);
    if (!redirectUri.isValid() || redirectUri.isEmpty()) {
        const Error why = m_agent->redirectUriError();
        finish(why.isError()
                   ? why
                   : Error(ErrorCode::InternalError,
                           QStringLiteral("the sign-in agent cannot receive the redirect at %1")
                               .arg(wanted.toString())));
        return;
    }
    m_redirectUri = redirectUri;
    d->request.emplace(metadata, m_config.clientId, m_redirectUri, m_config.scopes);
    d->request->setRegistration(m_page == Page::Register);
    d->request->setLoginHint(m_loginHint);
    if (m_forceLogin && m_page == Page::Login)
        d->request->setPrompt(QStringLiteral("login"));
    d->request->setUiLocales(m_uiLocales);

    connect(m_agent, &AuthorizationAgent::redirected, this, &SignInJob::onRedirected,
            Qt::UniqueConnection);
    connect(m_agent, &AuthorizationAgent::failed, this, &SignInJob::onAgentFailed,
            Qt::UniqueConnection);
    const QUrl url = d->request->url();
    qCInfo(lcOidc) << "authorizing at" << metadata.authorizationEndpoint.toString()
                   << (m_page == Page::Register ? "(registration)" : "(login)");
    Q_EMIT authorizing(url);
    if (m_timeoutMs > 0)
        d->timeout.start(int(qMin<qint64>(m_timeoutMs, std::numeric_limits<int>::max())));
    m_agent->authorize(url, m_redirectUri);
}

QString SignInJob::maskEmail(const QString &email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return QString();
    return email.left(1) + QChar(0x2026) + email.mid(at);
}

void SignInJob::onRedirected(const QUrl &url)
{
    if (isFinished() || !d->request)
        return;
    d->timeout.stop();
    if (m_agent)
        m_agent->disconnect(this);
    auto code = d->request->parseRedirect(url);
    if (!code) {
        qCInfo(lcOidc) << "redirect refused:" << code.error().detail;
        // An unverified account's answer may name where the link went: only ever kept masked.
        if (code.error().code == ErrorCode::EmailNotVerified)
            m_emailHint = maskEmail(
                QUrlQuery(url).queryItemValue(QStringLiteral("email_hint"), QUrl::FullyDecoded));
        finish(code.error());
        return;
    }
    Q_EMIT exchangingCode();
    exchangeCode(*code);
}

void SignInJob::onAgentFailed(const Error &error)
{
    if (m_agent)
        m_agent->disconnect(this);
    finish(error);
}

void SignInJob::exchangeCode(const QString &code)
{
    auto *job = new TokenRequestJob(m_nam, d->provider.tokenEndpoint, m_config.clientId, this);
    job->setAuthorizationCode(code, m_redirectUri, d->request->pkce().verifier);
    d->subJob = job;
    connect(job, &Job::finished, this, [this, job] {
        if (job->hasError()) {
            // An invalid_grant here is not an expired session: the code itself was refused.
            Error error = job->error();
            if (error.code == ErrorCode::SessionExpired)
                error = error.recoded(ErrorCode::TokenRequestFailed);
            finish(error);
            return;
        }
        m_tokens = job->response();
        if (m_tokens.idToken.isEmpty()) {
            finish(Error(ErrorCode::IdTokenInvalid,
                         QStringLiteral("token response without id_token")));
            return;
        }
        if (m_tokens.refreshToken.isEmpty())
            qCInfo(lcOidc) << "the provider issued no refresh token: the session lasts as "
                              "long as the access token";
        validateAgainstKeys(false);
    });
    job->start();
}

void SignInJob::fetchKeys(std::function<void()> next)
{
    // The provider's keys are fetched for every sign-in (they rotate), and once more when the
    // ID token names a key we did not get.
    delete d->jwksReply;
    d->jwksReply = new JsonReply(m_nam->get(JsonReply::request(d->provider.jwksUri)),
                                 JsonReply::Body::Json, this);
    connect(d->jwksReply, &JsonReply::finished, this, [this, next] {
        JsonReply *reply = d->jwksReply;
        d->jwksReply = nullptr;
        reply->deleteLater();
        if (reply->error().isError()) {
            finish(keySetError(reply->error(), d->provider.jwksUri));
            return;
        }
        auto keys = JwkSet::fromJson(reply->json());
        if (!keys) {
            finish(keySetError(keys.error(), d->provider.jwksUri));
            return;
        }
        d->jwks = *keys;
        next();
    });
}

void SignInJob::validateAgainstKeys(bool jwksRefetched)
{
    IdTokenValidator validator(d->provider.issuer, m_config.clientId);
    validator.setNonce(d->request->nonce());
    validator.setAccessToken(m_tokens.accessToken);
    validator.setLeeway(m_leeway);
    validator.setNow(Clock::current());
    auto identity = validator.validate(m_tokens.idToken, d->jwks);
    if (!identity) {
        if (identity.error().code == ErrorCode::TokenUnknownKey && !jwksRefetched) {
            // The provider may have rotated its key since we fetched: ask once more.
            qCInfo(lcOidc) << "ID token signed with an unknown key, refetching JWKS";
            fetchKeys([this] { validateAgainstKeys(true); });
            return;
        }
        Error error = identity.error();
        if (error.code == ErrorCode::TokenUnknownKey)
            error = Error(ErrorCode::IdTokenInvalid, QStringLiteral("ID token: unknown kid"));
        qCWarning(lcOidc) << "ID token refused:" << errorCodeName(error.code) << error.detail;
        finish(error);
        return;
    }
    m_identity = *identity;
    if (m_identity.email.isEmpty() && d->provider.userinfoEndpoint.isValid()
        && !d->provider.userinfoEndpoint.isEmpty()) {
        // Providers that follow OIDC Core §5.4 strictly put the scope claims (email, names)
        // only in the UserInfo answer when an access token is issued.
        fetchUserInfo();
        return;
    }
    signedIn();
}

void SignInJob::fetchUserInfo()
{
    auto *job = new UserInfoJob(m_nam, m_config.issuer, this);
    job->setAccessToken(m_tokens.accessToken);
    job->setExpectedSubject(m_identity.subject);
    d->subJob = job;
    connect(job, &Job::finished, this, [this, job] {
        if (job->hasError()) {
            qCWarning(lcOidc) << "userinfo refused:" << errorCodeName(job->error().code)
                              << job->error().detail;
            finish(job->error());
            return;
        }
        const UserIdentity info = job->identity();
        m_identity.email = info.email;
        m_identity.emailVerified = info.emailVerified;
        if (m_identity.givenName.isEmpty())
            m_identity.givenName = info.givenName;
        if (m_identity.familyName.isEmpty())
            m_identity.familyName = info.familyName;
        signedIn();
    });
    job->start();
}

void SignInJob::signedIn()
{
    qCInfo(lcOidc) << "signed in; subject" << fingerprint(m_identity.subject);
    finish();
}

void SignInJob::doCancel()
{
    d->timeout.stop();
    if (d->subJob)
        d->subJob->cancel();
    delete d->jwksReply;
    d->jwksReply = nullptr;
    if (m_agent) {
        m_agent->disconnect(this);
        m_agent->cancel();
    }
}

} // namespace Keyway
