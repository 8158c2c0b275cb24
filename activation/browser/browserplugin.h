// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "signinviewplugin.h"

#include <QObject>

namespace Keyway {

/**
 * The plugin keyway-browser-plugin: Browser::createSignInView() behind the SignInViewPlugin
 * interface, so that an application loads Qt WebEngine only when it shows a sign-in page
 * (loadBrowserSignInViewFactory()).
 */
class BrowserPlugin : public QObject, public SignInViewPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID KeywaySignInViewPlugin_iid)
    Q_INTERFACES(Keyway::SignInViewPlugin)
public:
    using QObject::QObject;
    SignInView *create(QWidget *parent, const QStringList &allowedOrigins) override;
};

} // namespace Keyway
