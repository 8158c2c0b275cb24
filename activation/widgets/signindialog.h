// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "config/vendorconfig.h"
#include "signinview.h"

#include <QDialog>

namespace Keyway {

class ActivateJob;
class Activator;

/**
 * The status view's *Sign in…*: the sign-in page (a SignInView from the window's factory) in a
 * dialog of its own with *Cancel*. The view goes with the dialog, and with it the page's cookies
 * and cache; the dialog closes and deletes itself when the sign-in ends. Not exported: a part of
 * LicenseStatusWidget.
 */
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(const VendorConfig &config, const SignInViewFactory &factory,
                 QWidget *parent = nullptr);

    /// The page; null when the factory could make none.
    SignInView *view() const { return m_view; }
    /// @p activator's sign-in on this page (the account suggested), not started; Cancel
    /// cancels it.
    ActivateJob *signIn(Activator *activator);

Q_SIGNALS:
    /// *Cancel*, Escape or the window closed.
    void cancelled();

private:
    VendorConfig m_config;
    SignInView *m_view = nullptr;
};

} // namespace Keyway
