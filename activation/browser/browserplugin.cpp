// SPDX-License-Identifier: BSD-3-Clause
#include "browserplugin.h"

#include "browser.h"

namespace Keyway {

SignInView *BrowserPlugin::create(QWidget *parent, const QStringList &allowedOrigins)
{
    return Browser::createSignInView(parent, allowedOrigins);
}

} // namespace Keyway
