// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "keyway_activation_widgets_export.h"
#include "signinview.h"

#include <QStringList>
#include <QtPlugin>

class QWidget;

namespace Keyway {

struct VendorConfig;

/**
 * What the browser plugin (keyway-browser-plugin, on Qt WebEngine) provides: sign-in views.
 *
 * The plugin is loaded by loadBrowserSignInViewFactory() when the first sign-in page is shown,
 * so that a process that never shows one (the status window) never maps Chromium.
 */
class KEYWAY_ACTIVATION_WIDGETS_EXPORT SignInViewPlugin
{
public:
    virtual ~SignInViewPlugin();
    /// A new view for one sign-in; see Browser::createSignInView().
    virtual SignInView *create(QWidget *parent, const QStringList &allowedOrigins) = 0;
};

/// The file name of the browser plugin without its folder ("keyway-browser-plugin.so").
KEYWAY_ACTIVATION_WIDGETS_EXPORT QString browserPluginFileName();

/**
 * Where the browser plugin is looked for, first match wins: $KEYWAY_PLUGIN_DIR, the folder of
 * the executable (the build tree), `<prefix>/<libdir>/keyway/plugins` relative to the
 * executable's `bin` folder, and the folder Keyway was installed to.
 */
KEYWAY_ACTIVATION_WIDGETS_EXPORT QStringList browserPluginSearchPaths();

/**
 * A factory for ActivationWizard::setSignInViewFactory() that loads the browser plugin at its
 * first call (not before) and keeps it loaded. When the plugin cannot be loaded it returns
 * nullptr; browserPluginError() then says why, for people.
 */
KEYWAY_ACTIVATION_WIDGETS_EXPORT SignInViewFactory
loadBrowserSignInViewFactory(const QStringList &allowedOrigins = {});

/**
 * The factory a product gives ActivationWizard::setSignInViewFactory() for the embedded page, as
 * the vendor configuration's "signInPage" says. "process" (the default): each page in its own
 * process, keyway-signin (HelperSignInView), so that the product never maps Qt WebEngine; only
 * when the helper is missing or cannot be started does it fall back to the plugin, and logs why.
 * "window": the browser plugin in the product's process (loadBrowserSignInViewFactory()).
 */
KEYWAY_ACTIVATION_WIDGETS_EXPORT SignInViewFactory
embeddedSignInViewFactory(const VendorConfig &config);

/// Why the browser plugin could not be loaded (translated), empty when it was or was not tried.
KEYWAY_ACTIVATION_WIDGETS_EXPORT QString browserPluginError();

} // namespace Keyway

#define KeywaySignInViewPlugin_iid "com.example.keyway.SignInViewPlugin/1.0"
Q_DECLARE_INTERFACE(Keyway::SignInViewPlugin, KeywaySignInViewPlugin_iid)
