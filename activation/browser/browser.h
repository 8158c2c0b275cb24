// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "keyway_browser_export.h"
#include "signinview.h"

class QWidget;

/// The embedded sign-in page on Qt WebEngine (see WebEngineSignInView).
namespace Keyway::Browser {

/// A new WebEngine sign-in view with a fresh off-the-record profile.
KEYWAY_BROWSER_EXPORT SignInView *createSignInView(QWidget *parent = nullptr);

/// createSignInView() as the factory ActivationWizard::setSignInViewFactory() takes.
KEYWAY_BROWSER_EXPORT SignInViewFactory signInViewFactory();

} // namespace Keyway::Browser
