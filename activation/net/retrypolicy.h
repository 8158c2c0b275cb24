// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "core/error.h"
#include "keyway_activation_export.h"

#include <QDateTime>

namespace Keyway {

/**
 * When a failed request is sent again, and after how long: the one rule for what is transient
 * (isTransient()) and one backoff for every retry loop (the request jobs, the session's token
 * refresh, and the renewal's schedule in wall time).
 *
 * The delay before retry n is firstDelayMs × backoff^(n−1), at most maxDelayMs. An answer that
 * says when to come back (Retry-After, on 503) is honoured: the next attempt waits at least that
 * long, but a job never waits longer than maxRetryAfterSeconds: it gives up instead and its
 * error carries Error::retryAfterSeconds, so the person sees when to try again.
 */
class KEYWAY_ACTIVATION_EXPORT RetryPolicy
{
public:
    static constexpr int DefaultRetries = 3;
    static constexpr int DefaultFirstDelayMs = 1000;
    static constexpr int DefaultBackoff = 2;
    static constexpr qint64 DefaultMaxDelayMs = 10 * 60 * 1000;
    /// A Retry-After up to this is waited for inside a job; a longer one ends it.
    static constexpr int DefaultMaxRetryAfterSeconds = 30;

    /// DefaultRetries retries from DefaultFirstDelayMs, doubling.
    RetryPolicy() = default;
    RetryPolicy(int retries, int firstDelayMs, int backoff = DefaultBackoff,
                qint64 maxDelayMs = DefaultMaxDelayMs);
    /// Never retries.
    static RetryPolicy none() { return RetryPolicy(0, 0); }
    /// The renewal's schedule: 1 min, 2, 4 ... at most 1 h, without a limit on the attempts.
    static RetryPolicy renewal();

    int retries() const { return m_retries; }
    int firstDelayMs() const { return m_firstDelayMs; }
    int backoff() const { return m_backoff; }
    qint64 maxDelayMs() const { return m_maxDelayMs; }
    int maxRetryAfterSeconds() const { return m_maxRetryAfterSeconds; }
    void setMaxRetryAfterSeconds(int seconds) { m_maxRetryAfterSeconds = qMax(0, seconds); }

    /**
     * The one rule: the same request may well succeed if sent again. True when the connection
     * failed, was reset or timed out; when a gateway or the service said it is unavailable for
     * now (502, 503, 504); when the answer arrived damaged (not JSON, cut short, a token that
     * does not parse or verify). False for everything the service decided: 500 (it says it
     * failed; a redemption is resumed at the next start instead), 429 (it asks to slow down, and
     * the person sees for how long), 4xx and protocol errors.
     */
    static bool isTransient(const Error &error);

    /// The backoff alone: the delay before retry @p retry (1: the first retry), in ms.
    qint64 backoffMs(int retry) const;
    /**
     * After @p attempts requests, the last of which failed with @p error: how many ms to wait
     * before the next one, or -1 to give up (not transient, no retry left, or a Retry-After
     * beyond maxRetryAfterSeconds()).
     */
    qint64 nextDelayMs(int attempts, const Error &error) const;
    /**
     * For schedules in wall time (no limit on attempts): when to try again after @p failures
     * consecutive failures, the last at @p failedAt. When the last answer said when to come back
     * (@p retryAfterSeconds, from Retry-After; JsonReply caps it at a day), not before then.
     */
    QDateTime nextAttemptAt(const QDateTime &failedAt, int failures,
                            int retryAfterSeconds = -1) const;

private:
    int m_retries = DefaultRetries;
    int m_firstDelayMs = DefaultFirstDelayMs;
    int m_backoff = DefaultBackoff;
    qint64 m_maxDelayMs = DefaultMaxDelayMs;
    int m_maxRetryAfterSeconds = DefaultMaxRetryAfterSeconds;
};

} // namespace Keyway
