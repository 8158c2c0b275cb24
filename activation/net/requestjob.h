// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "core/job.h"
#include "keyway_activation_export.h"
#include "net/jsonreply.h"
#include "net/retrypolicy.h"

#include <QByteArray>
#include <QNetworkRequest>

class QNetworkAccessManager;
class QTimer;

namespace Keyway {

/**
 * A job that is one HTTP request (the base of DiscoveryJob, TokenRequestJob, RedeemJob,
 * CheckoutJob, ...). It owns the JsonReply in flight and deletes it, applies the transfer
 * timeout, sends the request again when the retry policy says so, and on cancel() aborts the
 * reply (the job then finishes once, with ErrorCode::Cancelled). A subclass builds the request,
 * calls sendRequest() and reads the answer in handleReply().
 */
class KEYWAY_ACTIVATION_EXPORT RequestJob : public Job
{
    Q_OBJECT
public:
    explicit RequestJob(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~RequestJob() override;

    /// The transfer timeout of each attempt in ms; 0 (the default) keeps the request's own
    /// (JsonReply::DefaultTimeoutMs).
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }
    /// Which failures finishOrRetry() sends again, and when (default: RetryPolicy::none()).
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }

    /// How many requests were sent.
    int attempts() const { return m_attempts; }

protected:
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    /// What the request is, for log lines ("redemption", "checkout").
    void setDescription(const QString &description) { m_description = description; }

    /// Sends @p request with @p verb and @p body; its answer reaches handleReply(). A retry sends
    /// the same request again.
    void sendRequest(const QNetworkRequest &request, const QByteArray &verb = "GET",
                     const QByteArray &body = QByteArray(),
                     JsonReply::Body bodyKind = JsonReply::Body::Json);
    /**
     * The answer, with its error() when it failed (transport, HTTP status, JSON). End the job
     * here (finish(), finishOrRetry()) or send another request. The reply is deleted after.
     */
    virtual void handleReply(const JsonReply &reply) = 0;
    /// Ends the job with @p error, unless the retry policy sends the request again first.
    void finishOrRetry(Error error);
    /// Aborts the reply in flight and a planned retry. Overrides must call it.
    void doCancel() override;

private:
    void send();
    void onReplyFinished();

    QNetworkAccessManager *m_nam;
    QNetworkRequest m_request;
    QByteArray m_verb;
    QByteArray m_body;
    JsonReply::Body m_bodyKind = JsonReply::Body::Json;
    JsonReply *m_reply = nullptr;
    QTimer *m_retryTimer = nullptr;
    RetryPolicy m_retryPolicy = RetryPolicy::none();
    QString m_description;
    int m_timeoutMs = 0;
    int m_attempts = 0;
};

} // namespace Keyway
