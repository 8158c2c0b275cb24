// SPDX-License-Identifier: BSD-3-Clause
#include "userinfojob.h"

#include "net/jsonreply.h"
#include "oidc/discoveryjob.h"

#include <QNetworkAccessManager>

namespace Keyway {

UserInfoJob::UserInfoJob(QNetworkAccessManager *nam, const QUrl &issuer, QObject *parent)
    : RequestJob(nam, parent), m_issuer(issuer)
{
}

UserInfoJob::~UserInfoJob() = default;

void UserInfoJob::start()
{
    if (m_accessToken.isEmpty()) {
        finishLater(
            Error(ErrorCode::InternalError, QStringLiteral("UserInfoJob needs an access token")));
        return;
    }
    auto *discovery = new DiscoveryJob(networkAccessManager(), m_issuer, this);
    m_discovery = discovery;
    connect(discovery, &Job::finished, this, [this, discovery] {
        if (discovery->hasError()) {
            finish(discovery->error());
            return;
        }
        const QUrl endpoint = discovery->metadata().userinfoEndpoint;
        if (!endpoint.isValid() || endpoint.isEmpty()) {
            finish(Error(ErrorCode::DiscoveryFailed,
                         QStringLiteral("the provider has no userinfo endpoint")));
            return;
        }
        QNetworkRequest request = JsonReply::request(endpoint);
        request.setRawHeader("Authorization", "Bearer " + m_accessToken);
        sendRequest(request);
    });
    discovery->start();
}

void UserInfoJob::handleReply(const JsonReply &reply)
{
    if (reply.error().isError()) {
        finish(reply.error());
        return;
    }
    const QJsonObject claims = reply.json();
    const QString subject = claims.value(QLatin1String("sub")).toString();
    if (subject.isEmpty() || (!m_subject.isEmpty() && subject != m_subject)) {
        // §5.3.2: another subject's data (a token mix-up) must not be used.
        finish(Error(ErrorCode::ResponseMalformed,
                     QStringLiteral("userinfo sub differs from the ID token's")));
        return;
    }
    m_identity.subject = subject;
    m_identity.email = claims.value(QLatin1String("email")).toString();
    m_identity.emailVerified = claims.value(QLatin1String("email_verified")).toBool();
    m_identity.givenName = claims.value(QLatin1String("given_name")).toString();
    m_identity.familyName = claims.value(QLatin1String("family_name")).toString();
    finish();
}

void UserInfoJob::doCancel()
{
    if (m_discovery)
        m_discovery->cancel();
    RequestJob::doCancel();
}

} // namespace Keyway
