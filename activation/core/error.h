// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "expected.h"
#include "keyway_license_export.h"

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace Keyway {
Q_NAMESPACE_EXPORT(KEYWAY_LICENSE_EXPORT)

/**
 * Every way an activation step can fail. One list for all layers, so that an error travels from
 * the HTTP reply up to the window unchanged; errorMessage() turns each into a sentence a person
 * can act on.
 */
enum class ErrorCode {
    NoError = 0,
    // Activation codes
    CodeEmpty,
    CodeTooShort,
    CodeTooLong,
    CodeInvalidSymbol,
    CodeChecksumMismatch,
    // Configuration and files
    ConfigMissing,
    ConfigInvalid,
    ConfigTrustOverride, ///< a runtime file tried to change the compiled-in trust anchors
    FileUnreadable,
    FileUnwritable,
    // JOSE
    TokenMalformed,
    TokenUnsupportedAlgorithm,
    TokenUnknownKey,
    TokenBadSignature,
    KeyInvalid,
    // License tokens
    LicenseExpired,
    LicenseNotYetValid,
    LicenseWrongDevice,
    LicenseWrongAccount,
    LicenseItemDenied,
    LicenseMissing,
    LicenseLeaseTooLong, ///< "exp" - "iat" beyond the vendor's maximum lease
    // Seats and devices (docs/protocol.md §3)
    SeatLimitReached, ///< every seat of the license is held by other computers
    DeviceReleased, ///< this computer was removed from the account elsewhere
    TransferLimitReached, ///< the remote releases allowed within 30 days are used up
    DeviceUnknown, ///< no such computer on the account
    DeviceNameInvalid, ///< a computer's name the service would refuse
    // Network and protocol
    NetworkUnreachable,
    NetworkTimeout,
    TlsFailure,
    HttpError,
    ServerError,
    ResponseMalformed,
    RateLimited,
    RedirectRefused,
    // OpenID Connect
    DiscoveryFailed,
    AuthorizationDenied,
    AuthorizationStateMismatch,
    AuthorizationCancelled,
    EmailNotVerified,
    TokenRequestFailed,
    SessionExpired,
    IdTokenInvalid,
    IdTokenIssuerMismatch,
    IdTokenAudienceMismatch,
    IdTokenExpired,
    IdTokenNonceMismatch,
    IdTokenIssuedInFuture,
    ProviderMisconfigured, ///< the provider does not match the configuration (issuer, PKCE, keys)
    SignInTimedOut, ///< nobody finished the provider's page in time
    LoopbackPortUnavailable, ///< the fixed loopback port is taken by another program
    SignInPageCrashed, ///< the sign-in page's process (keyway-signin) crashed or could not start
    // Redemption at the licensing service
    RedeemCodeMalformed,
    RedeemCodeUnknown,
    RedeemCodeAlreadyRedeemed,
    RedeemCodeExpired,
    RedeemCodeRevoked,
    Unauthorized,
    RedemptionOtherAccount, ///< a pending redemption was started by another account
    // Secret storage
    KeychainUnavailable,
    KeychainAccessDenied,
    KeychainFailure,
    // Anything else
    Cancelled,
    InternalError,
};
Q_ENUM_NS(ErrorCode)

/**
 * What went wrong: the code, a translated sentence for people and a technical detail for the
 * log. The detail never holds a secret.
 */
struct KEYWAY_LICENSE_EXPORT Error
{
    ErrorCode code = ErrorCode::NoError;
    QString message; ///< translated, for people
    QString detail; ///< untranslated, for the log and support; never a secret
    /// The server's reference for this failure (its X-Request-Id), to quote to support.
    QString reference;
    /// For RateLimited: seconds until a retry may succeed (the server's Retry-After), or -1.
    int retryAfterSeconds = -1;
    /// The HTTP status of the answer that failed, 0 when there was none (a transport error).
    int httpStatus = 0;

    Error() = default;
    Error(ErrorCode c, const QString &d = QString());
    Error(ErrorCode c, const QString &m, const QString &d);

    bool isError() const { return code != ErrorCode::NoError; }
    /**
     * The same failure under another code, with @p m or that code's default message; keeps the
     * detail, the server's reference, Retry-After and the HTTP status.
     */
    Error recoded(ErrorCode c, const QString &m = QString()) const;
    /// "message (detail)" for a log line or a support report.
    QString toString() const;
};

/// The translated, actionable default sentence for @p code.
KEYWAY_LICENSE_EXPORT QString errorMessage(ErrorCode code);

/// SeatLimitReached's sentence for a license of @p seats computers (0: the count is unknown).
KEYWAY_LICENSE_EXPORT QString seatLimitMessage(int seats);
/**
 * DeviceReleased's sentence: removed on @p releasedAt (invalid: unknown), from the computer named
 * @p releasedFrom (empty: unknown); the license works here offline until @p worksOfflineUntil
 * (invalid: not known, or not at all).
 */
KEYWAY_LICENSE_EXPORT QString deviceReleasedMessage(const QDateTime &releasedAt,
                                                    const QString &releasedFrom,
                                                    const QDateTime &worksOfflineUntil);
/// TransferLimitReached's sentence; the next removal is possible at @p next (invalid: unknown).
KEYWAY_LICENSE_EXPORT QString transferLimitMessage(const QDateTime &next);

/// The enumerator's name, e.g. "CodeChecksumMismatch", for logs and JSON output.
KEYWAY_LICENSE_EXPORT QString errorCodeName(ErrorCode code);

template<typename T> using Result = Expected<T, Error>;

} // namespace Keyway

Q_DECLARE_METATYPE(Keyway::Error)
