// SPDX-License-Identifier: BSD-3-Clause
#include "browser.h"

#include "webenginesigninview.h"

#include <QWidget>

namespace Keyway::Browser {

SignInView *createSignInView(QWidget *parent, const QStringList &allowedOrigins)
{
    auto *view = new WebEngineSignInView(parent);
    view->setAllowedOrigins(allowedOrigins);
    return view;
}

SignInViewFactory signInViewFactory(const QStringList &allowedOrigins)
{
    return [allowedOrigins](QWidget *parent) { return createSignInView(parent, allowedOrigins); };
}

} // namespace Keyway::Browser
