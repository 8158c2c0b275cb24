// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "keyway_activation_export.h"
#include "net/requestjob.h"
#include "oidc/tokenresponse.h"

#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace Keyway {

/**
 * Asks the provider's UserInfo endpoint (OIDC Core §5.3) who the access token belongs to. The
 * answer is used only when its `sub` is the one of the verified ID token (§5.3.2).
 */
class KEYWAY_ACTIVATION_EXPORT UserInfoJob : public RequestJob
{
    Q_OBJECT
public:
    UserInfoJob(QNetworkAccessManager *nam, const QUrl &issuer, QObject *parent = nullptr);
    ~UserInfoJob() override;

    void setAccessToken(const QByteArray &accessToken) { m_accessToken = accessToken; }
    /**
     * The subject of the verified ID token: the answer must name it. Empty (only without an ID
     * token, e.g. to learn which account a stored session belongs to): the answer's subject.
     */
    void setExpectedSubject(const QString &subject) { m_subject = subject; }

    void start() override;
    UserIdentity identity() const { return m_identity; }

protected:
    void handleReply(const JsonReply &reply) override;
    void doCancel() override;

private:
    QUrl m_issuer;
    QByteArray m_accessToken;
    QString m_subject;
    UserIdentity m_identity;
    QPointer<Job> m_discovery;
};

} // namespace Keyway
