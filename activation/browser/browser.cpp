// SPDX-License-Identifier: BSD-3-Clause
#include "browser.h"

#include "webenginesigninview.h"

#include <QWidget>

namespace Keyway::Browser {

SignInView *createSignInView(QWidget *parent)
{
    return new WebEngineSignInView(parent);
}

SignInViewFactory signInViewFactory()
{
    return [](QWidget *parent) { return createSignInView(parent); };
}

} // namespace Keyway::Browser
