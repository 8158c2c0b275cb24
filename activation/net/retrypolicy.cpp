// SPDX-License-Identifier: BSD-3-Clause
#include "retrypolicy.h"

namespace Keyway {

RetryPolicy::RetryPolicy(int retries, int firstDelayMs, int backoff, qint64 maxDelayMs)
    : m_retries(qMax(0, retries)), m_firstDelayMs(qMax(0, firstDelayMs)),
      m_backoff(qMax(1, backoff)), m_maxDelayMs(qMax<qint64>(0, maxDelayMs))
{
}

RetryPolicy RetryPolicy::renewal()
{
    return RetryPolicy(0, 60 * 1000, 2, 60 * 60 * 1000);
}

bool RetryPolicy::isTransient(const Error &error)
{
    switch (error.code) {
    case ErrorCode::NetworkUnreachable:
    case ErrorCode::NetworkTimeout:
    case ErrorCode::ResponseMalformed:
    // A token cut short or garbled on the way is a transfer problem like a truncated answer.
    case ErrorCode::TokenMalformed:
    case ErrorCode::TokenBadSignature:
        return true;
    case ErrorCode::ServerError:
        return error.httpStatus == 502 || error.httpStatus == 503 || error.httpStatus == 504;
    default:
        return false;
    }
}

qint64 RetryPolicy::backoffMs(int retry) const
{
    qint64 delay = m_firstDelayMs;
    for (int i = 1; i < retry && delay < m_maxDelayMs; ++i)
        delay *= m_backoff;
    return qMin(delay, m_maxDelayMs);
}

qint64 RetryPolicy::nextDelayMs(int attempts, const Error &error) const
{
    if (!isTransient(error) || attempts > m_retries)
        return -1;
    const qint64 delay = backoffMs(attempts);
    if (error.retryAfterSeconds < 0)
        return delay;
    if (error.retryAfterSeconds > m_maxRetryAfterSeconds)
        return -1;
    return qMax(delay, qint64(error.retryAfterSeconds) * 1000);
}

QDateTime RetryPolicy::nextAttemptAt(const QDateTime &failedAt, int failures,
                                     int retryAfterSeconds) const
{
    return failedAt.addMSecs(
        qMax(backoffMs(qMax(1, failures)), qint64(qMax(0, retryAfterSeconds)) * 1000));
}

} // namespace Keyway
