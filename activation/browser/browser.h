// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "keyway_browser_export.h"
#include "widgets/signinview.h"

#include <QStringList>

class QWidget;

/// The embedded sign-in page on Qt WebEngine (see WebEngineSignInView).
namespace Keyway::Browser {

/**
 * A new WebEngine sign-in view with a fresh off-the-record profile. Besides the issuer's origin,
 * its main frame may go to @p allowedOrigins (the vendor configuration's `allowedOrigins`).
 */
KEYWAY_BROWSER_EXPORT SignInView *createSignInView(QWidget *parent = nullptr,
                                                   const QStringList &allowedOrigins = {});

/// createSignInView() as the factory ActivationWizard::setSignInViewFactory() takes.
KEYWAY_BROWSER_EXPORT SignInViewFactory signInViewFactory(const QStringList &allowedOrigins = {});

} // namespace Keyway::Browser
