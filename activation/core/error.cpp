// SPDX-License-Identifier: BSD-3-Clause
#include "error.h"

#include "datetimetext.h"
#include "tr.h"

#include <QCoreApplication>

#include <QLocale>
#include <QMetaEnum>

namespace Keyway {

Error::Error(ErrorCode c, const QString &d) : code(c), message(errorMessage(c)), detail(d) { }

Error::Error(ErrorCode c, const QString &m, const QString &d) : code(c), message(m), detail(d) { }

Error Error::recoded(ErrorCode c, const QString &m) const
{
    Error result(c, m.isEmpty() ? errorMessage(c) : m, detail);
    result.reference = reference;
    result.retryAfterSeconds = retryAfterSeconds;
    result.httpStatus = httpStatus;
    return result;
}

QString Error::toString() const
{
    if (detail.isEmpty())
        return message;
    return message + QStringLiteral(" (") + detail + QLatin1Char(')');
}

QString errorCodeName(ErrorCode code)
{
    return QString::fromLatin1(QMetaEnum::fromType<ErrorCode>().valueToKey(int(code)));
}

QString errorMessage(ErrorCode code)
{
    switch (code) {
    case ErrorCode::NoError:
        return QString();
    case ErrorCode::CodeEmpty:
        return LicenseTr::tr("Enter the activation code you received with your purchase.");
    case ErrorCode::CodeTooShort:
        return LicenseTr::tr(
            "The activation code is too short: a code has 25 characters in five groups of five.");
    case ErrorCode::CodeTooLong:
        return LicenseTr::tr(
            "The activation code is too long: a code has 25 characters in five groups of five.");
    case ErrorCode::CodeInvalidSymbol:
        return LicenseTr::tr("The activation code contains a character that never occurs in codes. "
                             "Codes never contain the letters O and I or the digits 0 and 1.");
    case ErrorCode::CodeChecksumMismatch:
        return LicenseTr::tr(
            "This activation code has a typing error. Check each character against the "
            "code you received.");
    case ErrorCode::ConfigMissing:
        return LicenseTr::tr(
            "The product's activation settings were not found. Reinstall the product or "
            "contact its vendor.");
    case ErrorCode::ConfigInvalid:
        return LicenseTr::tr(
            "The product's activation settings are damaged. Reinstall the product or "
            "contact its vendor.");
    case ErrorCode::ConfigTrustOverride:
        return LicenseTr::tr(
            "A settings file tried to change which licenses this product trusts. Only "
            "the vendor can change that, so the file was not used.");
    case ErrorCode::RedemptionOtherAccount:
        return LicenseTr::tr(
            "An activation code entered with another account is still waiting to be "
            "redeemed. Sign in with that account to finish it, or discard it.");
    case ErrorCode::FileUnreadable:
        return LicenseTr::tr("A file could not be read.");
    case ErrorCode::FileUnwritable:
        return LicenseTr::tr(
            "A file could not be saved. Check that the disk is not full and that you may "
            "write to your profile folder.");
    case ErrorCode::TokenMalformed:
        return LicenseTr::tr("The license is damaged or has been modified.");
    case ErrorCode::TokenUnsupportedAlgorithm:
        return LicenseTr::tr(
            "The license uses a signature this version of the product does not accept.");
    case ErrorCode::TokenUnknownKey:
        return LicenseTr::tr("The license was not signed by this product's vendor.");
    case ErrorCode::TokenBadSignature:
        return LicenseTr::tr("The license has been modified: its signature does not match.");
    case ErrorCode::KeyInvalid:
        return LicenseTr::tr(
            "The product's license verification key is damaged. Reinstall the product "
            "or contact its vendor.");
    case ErrorCode::LicenseExpired:
        return LicenseTr::tr("The license has expired. Connect to the internet to renew it.");
    case ErrorCode::LicenseNotYetValid:
        return LicenseTr::tr(
            "The license is not valid yet. Check that your computer's clock is correct.");
    case ErrorCode::LicenseWrongDevice:
        return LicenseTr::tr(
            "The license belongs to another computer. Activate the product on this "
            "computer.");
    case ErrorCode::LicenseWrongAccount:
        return LicenseTr::tr("The license belongs to another account. Sign in with the account you "
                             "activated the product with.");
    case ErrorCode::LicenseItemDenied:
        return LicenseTr::tr("Your account has no license for this feature.");
    case ErrorCode::LicenseMissing:
        return LicenseTr::tr("This product is not activated on this computer yet.");
    case ErrorCode::LicenseLeaseTooLong:
        return LicenseTr::tr("This license runs longer than the vendor ever grants, so it was not "
                             "issued by the vendor's service. Activate the product again.");
    case ErrorCode::SeatLimitReached:
        return seatLimitMessage(0);
    case ErrorCode::DeviceReleased:
        return deviceReleasedMessage(QDateTime(), QString(), QDateTime());
    case ErrorCode::TransferLimitReached:
        return transferLimitMessage(QDateTime());
    case ErrorCode::DeviceUnknown:
        return LicenseTr::tr(
            "No computer with this id is on your account's list of computers. Show "
            "the list again and choose from it.");
    case ErrorCode::DeviceNameInvalid:
        return LicenseTr::tr(
            "A computer's name has 1 to 64 characters and no control characters such "
            "as tabs or line breaks.");
    case ErrorCode::NetworkUnreachable:
        return LicenseTr::tr(
            "The activation service could not be reached. Check your internet connection "
            "and proxy settings, then try again.");
    case ErrorCode::NetworkTimeout:
        return LicenseTr::tr(
            "The activation service did not answer in time. Try again in a moment.");
    case ErrorCode::TlsFailure:
        return LicenseTr::tr(
            "The connection to the activation service is not secure: its certificate was "
            "not accepted.");
    case ErrorCode::HttpError:
        return LicenseTr::tr("The activation service refused the request.");
    case ErrorCode::ServerError:
        return LicenseTr::tr(
            "The activation service has a problem. Try again later; if it persists, "
            "contact support.");
    case ErrorCode::ResponseMalformed:
        return LicenseTr::tr("The activation service sent an answer that could not be understood.");
    case ErrorCode::RateLimited:
        return LicenseTr::tr("Too many attempts. Wait a moment, then try again.");
    case ErrorCode::RedirectRefused:
        return LicenseTr::tr(
            "The activation service sent the request on to another address. To keep "
            "your sign-in safe it was not followed. Check the service address in the "
            "settings, or contact support.");
    case ErrorCode::DiscoveryFailed:
        return LicenseTr::tr(
            "The sign-in service could not be reached or is not set up correctly.");
    case ErrorCode::AuthorizationDenied:
        return LicenseTr::tr("The sign-in was refused.");
    case ErrorCode::AuthorizationStateMismatch:
        return LicenseTr::tr(
            "The sign-in answer did not belong to this sign-in attempt. Start again.");
    case ErrorCode::AuthorizationCancelled:
        return LicenseTr::tr("The sign-in was cancelled.");
    case ErrorCode::EmailNotVerified:
        return LicenseTr::tr(
            "Your e-mail address is not verified yet. Open the link we sent you, then "
            "sign in again.");
    case ErrorCode::TokenRequestFailed:
        return LicenseTr::tr("The sign-in could not be completed. Start again.");
    case ErrorCode::SessionExpired:
        return LicenseTr::tr("You have been signed out. Sign in again.");
    case ErrorCode::IdTokenInvalid:
    case ErrorCode::IdTokenIssuerMismatch:
    case ErrorCode::IdTokenAudienceMismatch:
    case ErrorCode::IdTokenNonceMismatch:
        return LicenseTr::tr("The sign-in service sent an identity that could not be verified.");
    case ErrorCode::IdTokenExpired:
    case ErrorCode::IdTokenIssuedInFuture:
        return LicenseTr::tr(
            "The sign-in could not be verified. Check that your computer's clock and time "
            "zone are correct.");
    case ErrorCode::ProviderMisconfigured:
        return LicenseTr::tr(
            "The sign-in service is not set up the way this product expects. Contact "
            "the product's vendor.");
    case ErrorCode::SignInTimedOut:
        return LicenseTr::tr(
            "The sign-in was not finished in time and has been stopped. Start again "
            "when you are ready.");
    case ErrorCode::LoopbackPortUnavailable:
        return LicenseTr::tr("Another program is using the port on which this product receives the "
                             "sign-in. Close that program, then try again.");
    case ErrorCode::SignInPageCrashed:
        return LicenseTr::tr(
            "The sign-in page stopped unexpectedly. Try again; if it happens again, "
            "sign in with your web browser instead.");
    case ErrorCode::RedeemCodeMalformed:
        return LicenseTr::tr(
            "The activation service does not recognise the form of this code. Check it "
            "against the code you received.");
    case ErrorCode::RedeemCodeUnknown:
        return LicenseTr::tr(
            "This activation code does not exist. Check it against the code you received.");
    case ErrorCode::RedeemCodeAlreadyRedeemed:
        return LicenseTr::tr(
            "This activation code was already redeemed by another account. If that was "
            "you, sign in with that account.");
    case ErrorCode::RedeemCodeExpired:
        return LicenseTr::tr(
            "This activation code can no longer be redeemed: its validity has ended. "
            "Contact the shop you bought it from.");
    case ErrorCode::RedeemCodeRevoked:
        return LicenseTr::tr(
            "This activation code has been withdrawn. Contact the shop you bought it from.");
    case ErrorCode::Unauthorized:
        return LicenseTr::tr("Your sign-in is no longer valid. Sign in again.");
    case ErrorCode::KeychainUnavailable:
        return LicenseTr::tr(
            "The system keychain is not available, so your sign-in cannot be kept. Install "
            "or start a keychain service (such as GNOME Keyring or KWallet).");
    case ErrorCode::KeychainAccessDenied:
        return LicenseTr::tr(
            "Access to the system keychain was denied, or it is locked. Unlock it or "
            "allow access, then try again.");
    case ErrorCode::KeychainFailure:
        return LicenseTr::tr("The system keychain reported an error.");
    case ErrorCode::Cancelled:
        return LicenseTr::tr("Cancelled.");
    case ErrorCode::InternalError:
        return LicenseTr::tr("An internal error occurred. Contact support.");
    }
    return QString();
}

QString seatLimitMessage(int seats)
{
    if (seats <= 0)
        return LicenseTr::tr(
            "This license is already in use on as many computers as it allows. Remove "
            "one of them from your account to use the license here, or buy another "
            "license.");
    // Spelled out per case: English has no plural catalogue, and no sentence says "(s)".
    if (seats == 1)
        return LicenseTr::tr(
            "This license is already in use on another computer, the one it allows. "
            "Remove that computer from your account to use the license here, or buy "
            "another license.");
    return LicenseTr::tr(
               "This license is already in use on %1 computers, as many as it allows. Remove "
               "one of them from your account to use the license here, or buy another "
               "license.")
        .arg(seats);
}

QString deviceReleasedMessage(const QDateTime &releasedAt, const QString &releasedFrom,
                              const QDateTime &worksOfflineUntil)
{
    QString removed;
    if (releasedAt.isValid() && !releasedFrom.isEmpty())
        //: %1 a date and time, %2 the name of another computer
        removed = LicenseTr::tr("This computer was removed from your account on %1 from \"%2\".")
                      .arg(DateTimeText::dateTime(releasedAt), releasedFrom);
    else if (releasedAt.isValid())
        removed = LicenseTr::tr("This computer was removed from your account on %1.")
                      .arg(DateTimeText::dateTime(releasedAt));
    else
        removed = LicenseTr::tr("This computer was removed from your account.");
    const QString offline = worksOfflineUntil.isValid()
        ? LicenseTr::tr("The license works offline until %1.")
              .arg(DateTimeText::dateTime(worksOfflineUntil))
        : QString();
    const QString back =
        LicenseTr::tr("To use it here again, activate the product again: that takes a "
                      "seat of the license if one is free.");
    return QStringList {removed, offline, back}.join(QLatin1Char(' ')).simplified();
}

QString transferLimitMessage(const QDateTime &next)
{
    if (!next.isValid())
        return LicenseTr::tr(
            "You have removed as many computers from this license as is allowed for "
            "now. Try again later.");
    return LicenseTr::tr(
               "You have removed as many computers from this license as is allowed within 30 "
               "days. The next removal is possible on %1.")
        .arg(DateTimeText::dateTime(next));
}

} // namespace Keyway
