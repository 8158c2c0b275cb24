// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "core/error.h"
#include "keyway_license_export.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

class QJsonValue;

namespace Keyway {

struct LicenseGrant;

/**
 * Notices a clock set back: keeps a high-water mark of trusted time (the "iat" of every verified
 * license token, each server "Date" seen) and says when this computer's clock is more than a
 * tolerance behind it. Only UTC instants are compared, so daylight-saving changes and time-zone
 * moves never count; a small skew stays inside the tolerance (default one hour).
 *
 * What an attacker (the computer's own user) can and cannot do:
 * - The token "iat" claims are signed by the vendor: they cannot be raised or lowered, only
 *   removed together with their token. The mark is therefore recomputed at every check from the
 *   tokens in the store, which needs no storage of its own and cannot be edited.
 * - Restoring an older license file (older tokens, older iat) would lower that floor, so the mark
 *   is also kept in "clock.json" next to the store, raised whenever a later trusted time is seen
 *   and never lowered. The file carries an HMAC-SHA256 keyed with a random per-install secret in
 *   "install-secret" (0600): an edited, copied-in or hand-written mark fails the HMAC and is
 *   ignored, so editing cannot lower the mark, only drop it.
 * - The user can read the secret (it is their file) and forge a mark, or delete both files. No
 *   local scheme can stop that on a machine the user controls; what remains then is the signed
 *   iat floor of the tokens present, and every lease still ends at its signed "exp" measured
 *   against the mark, so setting the clock back never extends a license beyond the time the
 *   vendor's server last vouched for plus the lease.
 * - The local clock itself is never recorded as trusted: a clock that ran ahead by mistake and
 *   was corrected must not lock an honest user out.
 * - Setting the clock back within one lease (expired at day +30, clock set to day +3) would not
 *   go below the trusted mark, which only moves with the server. So the file also keeps a second
 *   mark, the latest local time at which a license was checked (observeLocal(), under the same
 *   HMAC secret, domain-separated). A clock more than the tolerance behind it blocks
 *   time-limited licenses until the next successful online check (confirmOnline()), which sets
 *   it back to the server-vouched time: a clock that was wrong forward and corrected while online
 *   never blocks, one corrected offline blocks with a sentence saying how to fix it.
 */
class KEYWAY_LICENSE_EXPORT ClockGuard
{
public:
    static constexpr qint64 DefaultToleranceSeconds = 3600;
    /// A grant whose lease runs at least this long is treated as perpetual, not time-limited.
    static constexpr qint64 PerpetualSeconds = qint64(50) * 366 * 86400;

    /// The verdict on the clock at one moment.
    struct Verdict
    {
        QDateTime now; ///< the clock's time, UTC
        QDateTime mark; ///< the trusted high-water mark, invalid if none is known
        /// the latest local time a license was checked at, invalid if none is known
        QDateTime localMark;
        qint64 behindSeconds = 0; ///< how far now is behind the later mark (0 if not behind)
        /// now is more than the tolerance behind the trusted mark or the local mark
        bool setBack = false;
        /// setBack because of the local mark only (the trusted mark alone would not block)
        bool setBackLocally = false;
        /// The time to judge leases by: the later of now and mark.
        QDateTime effectiveNow() const;
        /// The later of mark and localMark: before it minus the tolerance the clock is set back.
        QDateTime latestMark() const;
    };

    explicit ClockGuard(const QString &directory,
                        qint64 toleranceSeconds = DefaultToleranceSeconds);

    qint64 toleranceSeconds() const { return m_tolerance; }
    QString filePath() const;
    QString secretPath() const;

    /// The persisted mark, if its HMAC verifies; invalid otherwise (missing, edited, foreign).
    QDateTime storedMark() const;
    /**
     * Raises the persisted mark to @p trustedTime if that is later (never lowers it). Only for
     * times a verified signature or a server vouches for.
     */
    Result<void> observe(const QDateTime &trustedTime);

    /// The persisted local mark, if its HMAC verifies; invalid otherwise.
    QDateTime storedLocalMark() const;
    /**
     * Raises the local mark to @p now when a license was checked at @p now (written at most
     * once per localGranularitySeconds(), so a check stays cheap). Never lowers it.
     */
    Result<void> observeLocal(const QDateTime &now);
    /**
     * A successful online check: raises the trusted mark to @p trustedTime and sets the local
     * mark to it, lifting a block by the local mark (the server has vouched for the time).
     */
    Result<void> confirmOnline(const QDateTime &trustedTime);
    /// How far behind the true latest check the local mark may lag: a quarter of the
    /// tolerance, 30 s to 15 min.
    qint64 localGranularitySeconds() const;

    /// Judges @p now against the later of the stored mark and @p tokenMark (the tokens' iat),
    /// and against the local mark.
    Verdict evaluate(const QDateTime &now, const QDateTime &tokenMark = QDateTime()) const;

    /// Whether the clock matters for @p grant: every lease with an end short of "perpetual".
    static bool isTimeLimited(const LicenseGrant &grant);
    /**
     * The translated sentence for a clock set back: the trusted date it is behind, or (local
     * mark) how far it is behind the last time @p productName ran, and the fix.
     */
    static Error setBackError(const Verdict &verdict, const QString &productName = QString());

private:
    struct Marks
    {
        qint64 mark = -1; ///< -1: none that verifies
        qint64 local = -1;
    };
    Marks readMarks() const;
    Result<void> writeMarks(const Marks &marks);
    QByteArray secret(bool create) const;
    static QByteArray mac(const QByteArray &secret, qint64 mark);
    static QByteArray localMac(const QByteArray &secret, qint64 localMark);
    static bool sameMac(const QByteArray &expected, const QJsonValue &stored);

    QString m_directory;
    qint64 m_tolerance;
};

} // namespace Keyway
