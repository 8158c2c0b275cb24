// SPDX-License-Identifier: BSD-3-Clause
#include "failuremodel.h"

namespace Keyway {

FailureView FailureModel::describe(const Error &error, const FailureContext &context)
{
    FailureView view;
    view.title = tr("The product could not be activated");
    view.message = error.message.isEmpty() ? errorMessage(error.code) : error.message;
    view.signInOtherText = tr("Sign in with a&nother account");
    // Without a code in this attempt the same button leads to the code page to enter one.
    view.changeCodeText = context.hadCode ? tr("C&hange the code") : tr("Enter a co&de");
    FailureAction primary = FailureAction::TryAgain;
    bool tryAgain = true;
    bool signInOther = false;
    bool changeCode = false;
    bool testConnection = false;
    bool verifiedContinue = false;
    bool discardPending = false;

    switch (error.code) {
    case ErrorCode::RedemptionOtherAccount:
        view.title = tr("A code entered by another account is waiting");
        view.hint = tr("Nothing was redeemed for the account you signed in with.");
        if (!context.pendingOwner.isEmpty())
            view.signInOtherText = tr("Sign in as %1").arg(context.pendingOwner);
        signInOther = discardPending = true;
        tryAgain = false;
        primary = FailureAction::SignInOther;
        break;
    case ErrorCode::RedeemCodeAlreadyRedeemed:
        view.title = tr("This code is already in use");
        view.hint = tr("If it was not you, check the code against the one you received, or enter "
                       "another one.");
        signInOther = changeCode = true;
        tryAgain = false;
        primary = FailureAction::SignInOther;
        break;
    case ErrorCode::RedeemCodeExpired:
    case ErrorCode::RedeemCodeRevoked:
    case ErrorCode::RedeemCodeUnknown:
    case ErrorCode::RedeemCodeMalformed:
        view.title = tr("This code cannot be redeemed");
        changeCode = true;
        tryAgain = false;
        primary = FailureAction::ChangeCode;
        break;
    case ErrorCode::LicenseItemDenied:
        view.hint = tr("Enter an activation code, or sign in with the account you bought the "
                       "product with.");
        changeCode = signInOther = true;
        tryAgain = false;
        primary = FailureAction::SignInOther;
        break;
    case ErrorCode::NetworkUnreachable:
    case ErrorCode::NetworkTimeout:
    case ErrorCode::TlsFailure:
    case ErrorCode::DiscoveryFailed:
        // The title names the service the way the message does (errorMessage()): the provider's
        // discovery is the sign-in service, every other request goes to the activation service.
        view.title = error.code == ErrorCode::DiscoveryFailed
            ? tr("The sign-in service cannot be reached")
            : tr("The activation service cannot be reached");
        view.hint = tr("Test the connection to find out where it fails, then try again.");
        testConnection = true;
        primary = FailureAction::TestConnection;
        break;
    case ErrorCode::EmailNotVerified:
        view.title = tr("Confirm your e-mail address");
        view.message = context.emailHint.isEmpty()
            ? tr("We sent you an e-mail with a link. Open the link, then continue here.")
            : tr("We sent a link to %1. Open it, then continue here.").arg(context.emailHint);
        view.hint = tr("No e-mail? Look in your spam folder. Signing in again sends a new link.");
        verifiedContinue = true;
        tryAgain = false;
        primary = FailureAction::VerifiedContinue;
        break;
    case ErrorCode::KeychainUnavailable:
    case ErrorCode::KeychainAccessDenied:
    case ErrorCode::KeychainFailure:
        view.title = tr("Your sign-in cannot be saved");
        view.hint = tr("Unlock your keyring (GNOME Keyring, KWallet or the macOS keychain), allow "
                       "%1 to use it if you are asked, then try again.")
                        .arg(context.productName);
        break;
    case ErrorCode::ServerError:
        view.hint = error.reference.isEmpty()
            ? tr("Try again in a few minutes. If it keeps happening, contact support.")
            : tr("Try again in a few minutes. If it keeps happening, contact support and quote "
                 "the reference below.");
        break;
    case ErrorCode::RateLimited:
        view.title = tr("Too many attempts");
        if (error.retryAfterSeconds > 0)
            view.retryAfterSeconds = error.retryAfterSeconds;
        break;
    default:
        break;
    }
    if (context.embeddedRefused) {
        view.message = tr("The sign-in service does not allow signing in inside this window. Sign "
                          "in with your web browser instead.");
    }

    // The system browser is the way out when the page inside the window could not be used.
    // Not when the service is down (NetworkUnreachable): the browser would not reach it either.
    // A certificate the program refuses may be one the system's browser trusts.
    const bool signInFailed = error.code == ErrorCode::TlsFailure
        || error.code == ErrorCode::AuthorizationDenied
        || error.code == ErrorCode::SignInPageCrashed;
    const bool offerSystemBrowser = !context.inSystemBrowser
        && (context.embeddedRefused || context.viewUnavailable || signInFailed)
        && error.code != ErrorCode::InternalError;
    const bool systemBrowser =
        offerSystemBrowser || (context.viewUnavailable && !context.inSystemBrowser);
    if (context.embeddedRefused || context.viewUnavailable)
        primary = FailureAction::SystemBrowser;

    // In the order they are shown: the fixes, then Start over and the ways to go on.
    const std::pair<FailureAction, bool> shown[] = {
        {FailureAction::SignInOther, signInOther},
        {FailureAction::ChangeCode, changeCode},
        {FailureAction::DiscardPending, discardPending},
        {FailureAction::TestConnection, testConnection},
        {FailureAction::SystemBrowser, systemBrowser},
        {FailureAction::StartOver, true},
        {FailureAction::VerifiedContinue, verifiedContinue},
        {FailureAction::TryAgain, tryAgain},
    };
    for (const auto &[action, offered] : shown) {
        if (offered)
            view.actions.append(action);
    }
    view.primary = view.actions.contains(primary) ? primary : FailureAction::StartOver;
    return view;
}

} // namespace Keyway
