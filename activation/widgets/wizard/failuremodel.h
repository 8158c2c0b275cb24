// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "core/error.h"
#include "keyway_activation_widgets_export.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Keyway {

/// The ways on a failure page can offer, each a button of its own.
enum class FailureAction {
    TryAgain, ///< repeat the attempt
    SignInOther, ///< sign in again, with another account (or the one whose code is waiting)
    ChangeCode, ///< back to the code page, to correct the code or enter one
    DiscardPending, ///< forget a code another account entered (RedemptionOtherAccount)
    TestConnection, ///< the step-by-step connection test
    VerifiedContinue, ///< the e-mail address is confirmed: sign in again
    SystemBrowser, ///< sign in in the system browser instead of the window
    StartOver, ///< back to the welcome page (always offered)
};

/// What the wizard knows about the attempt besides its Error.
struct KEYWAY_ACTIVATION_WIDGETS_EXPORT FailureContext
{
    QString productName;
    /// After RedemptionOtherAccount: the account whose code is waiting (e-mail or id).
    QString pendingOwner;
    /// The masked address the confirmation link went to (EmailNotVerified), if known.
    QString emailHint;
    bool hadCode = false; ///< the attempt had an activation code
    bool embeddedRefused = false; ///< the provider refused its page inside the window
    bool viewUnavailable = false; ///< no sign-in page could be made for the window
    bool inSystemBrowser = false; ///< the attempt signed in in the system browser
};

/// What a failure page shows: its texts, the ways on and which of them is the default.
struct KEYWAY_ACTIVATION_WIDGETS_EXPORT FailureView
{
    QString title;
    QString message;
    QString hint;
    QList<FailureAction> actions; ///< in the order shown; StartOver is always among them
    FailureAction primary = FailureAction::TryAgain; ///< the default button, focused on arrival
    QString signInOtherText; ///< SignInOther's label (names the waiting account when known)
    QString changeCodeText; ///< ChangeCode's label ("Enter a code" without one)
    /// Try again waits this long (the server's Retry-After); 0: at once.
    int retryAfterSeconds = 0;

    bool offers(FailureAction action) const { return actions.contains(action); }
};

/**
 * Decides from an Error what the wizard's failure page shows: title, message, hint and the ways
 * on. Headless (no widget), so every error code's page is tested without a display
 * (failuremodeltest); FailurePage only renders the result.
 */
class KEYWAY_ACTIVATION_WIDGETS_EXPORT FailureModel
{
    Q_DECLARE_TR_FUNCTIONS(Keyway::FailureModel)
public:
    static FailureView describe(const Error &error, const FailureContext &context);
};

} // namespace Keyway
