// SPDX-License-Identifier: BSD-3-Clause
#include "requestjob.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace Keyway {

namespace {
Q_LOGGING_CATEGORY(lcRequest, "keyway.net.request")
}

RequestJob::RequestJob(QNetworkAccessManager *nam, QObject *parent) : Job(parent), m_nam(nam) { }

RequestJob::~RequestJob() = default;

void RequestJob::sendRequest(const QNetworkRequest &request, const QByteArray &verb,
                             const QByteArray &body, JsonReply::Body bodyKind)
{
    m_request = request;
    m_verb = verb;
    m_body = body;
    m_bodyKind = bodyKind;
    send();
}

void RequestJob::send()
{
    ++m_attempts;
    QNetworkRequest request = m_request;
    if (m_timeoutMs > 0)
        request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = nullptr;
    if (m_verb == "GET")
        reply = m_nam->get(request);
    else if (m_verb == "POST")
        reply = m_nam->post(request, m_body);
    else
        reply = m_nam->sendCustomRequest(request, m_verb, m_body);
    delete m_reply;
    m_reply = new JsonReply(reply, m_bodyKind, this);
    connect(m_reply, &JsonReply::finished, this, &RequestJob::onReplyFinished);
}

void RequestJob::onReplyFinished()
{
    JsonReply *reply = std::exchange(m_reply, nullptr);
    reply->deleteLater();
    handleReply(*reply);
}

void RequestJob::finishOrRetry(Error error)
{
    const qint64 delay = m_retryPolicy.nextDelayMs(m_attempts, error);
    if (delay >= 0) {
        qCInfo(lcRequest) << m_description << "attempt" << m_attempts << "failed transiently ("
                          << errorCodeName(error.code) << error.detail << "), retry in" << delay
                          << "ms";
        if (!m_retryTimer) {
            m_retryTimer = new QTimer(this);
            m_retryTimer->setSingleShot(true);
            connect(m_retryTimer, &QTimer::timeout, this, &RequestJob::send);
        }
        m_retryTimer->start(int(delay));
        return;
    }
    if (m_attempts > 1)
        error.detail += QStringLiteral(" (after %1 attempts)").arg(m_attempts);
    finish(error);
}

void RequestJob::doCancel()
{
    if (m_retryTimer)
        m_retryTimer->stop();
    delete m_reply;
    m_reply = nullptr;
}

} // namespace Keyway
