// SPDX-License-Identifier: BSD-3-Clause
#include "tokenrequestjob.h"

#include "core/clock.h"
#include "core/untrustedtext.h"
#include "net/jsonreply.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace Keyway {

TokenRequestJob::TokenRequestJob(QNetworkAccessManager *nam, const QUrl &tokenEndpoint,
                                 const QString &clientId, QObject *parent)
    : RequestJob(nam, parent), m_endpoint(tokenEndpoint)
{
    m_form.addQueryItem(QStringLiteral("client_id"), clientId);
}

TokenRequestJob::~TokenRequestJob() = default;

namespace {
QString formValue(const QByteArray &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(value)));
}
} // namespace

void TokenRequestJob::setAuthorizationCode(const QString &code, const QUrl &redirectUri,
                                           const QByteArray &codeVerifier)
{
    m_form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    m_form.addQueryItem(QStringLiteral("code"), formValue(code.toUtf8()));
    m_form.addQueryItem(QStringLiteral("redirect_uri"),
                        formValue(redirectUri.toString(QUrl::FullyEncoded).toUtf8()));
    m_form.addQueryItem(QStringLiteral("code_verifier"), formValue(codeVerifier));
}

void TokenRequestJob::setRefreshToken(const QByteArray &refreshToken)
{
    m_form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    m_form.addQueryItem(QStringLiteral("refresh_token"), formValue(refreshToken));
}

void TokenRequestJob::start()
{
    QNetworkRequest request = JsonReply::request(m_endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    sendRequest(request, "POST", m_form.query(QUrl::FullyEncoded).toLatin1());
}

void TokenRequestJob::handleReply(const JsonReply &reply)
{
    if (reply.error().isError()) {
        Error error = reply.error();
        m_protocolError = reply.protocolError();
        if (reply.httpStatus() == 400 || reply.httpStatus() == 401) {
            // RFC 6749 §5.2: the provider says why; pass its words on.
            const QString description = reply.protocolErrorDescription();
            const ErrorCode code = m_protocolError == QLatin1String("invalid_grant")
                ? ErrorCode::SessionExpired
                : ErrorCode::TokenRequestFailed;
            QString message = errorMessage(code);
            const QString quoted = UntrustedText::quoted(description);
            if (!quoted.isEmpty() && code == ErrorCode::TokenRequestFailed) {
                message = QCoreApplication::translate("Keyway::TokenRequestJob",
                                                      "The sign-in could not be completed. %1")
                              .arg(quoted);
            }
            error = error.recoded(code, message);
        }
        finish(error);
        return;
    }
    auto response = TokenResponse::fromJson(reply.json(), Clock::current());
    if (!response) {
        finish(response.error());
        return;
    }
    m_response = *response;
    finish();
}

} // namespace Keyway
