// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "keyway_activation_export.h"
#include "net/requestjob.h"
#include "oidc/tokenresponse.h"

#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace Keyway {

/**
 * One request to the token endpoint (RFC 6749 §4.1.3 and §6), form-encoded, for a public
 * client. The provider's error answer (§5.2) reaches error() with its description.
 */
class KEYWAY_ACTIVATION_EXPORT TokenRequestJob : public RequestJob
{
    Q_OBJECT
public:
    TokenRequestJob(QNetworkAccessManager *nam, const QUrl &tokenEndpoint, const QString &clientId,
                    QObject *parent = nullptr);
    ~TokenRequestJob() override;

    void setAuthorizationCode(const QString &code, const QUrl &redirectUri,
                              const QByteArray &codeVerifier);
    void setRefreshToken(const QByteArray &refreshToken);

    void start() override;

    const TokenResponse &response() const { return m_response; }
    /// The provider's `error` (e.g. "invalid_grant"), when it refused.
    QString protocolError() const { return m_protocolError; }

protected:
    void handleReply(const JsonReply &reply) override;

private:
    QUrl m_endpoint;
    QUrlQuery m_form;
    TokenResponse m_response;
    QString m_protocolError;
};

} // namespace Keyway
