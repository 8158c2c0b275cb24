// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "keyway_activation_widgets_export.h"
#include "oidc/authorizationagent.h"

#include <functional>

class QWidget;

namespace Keyway {

/**
 * A sign-in page the wizard can host: an AuthorizationAgent that draws the provider's pages in a
 * widget of its own. The wizard knows only this interface, so the browser engine behind it (Qt
 * WebEngine in keyway_browser) is linked, and later loaded, only by whoever provides the view.
 */
class KEYWAY_ACTIVATION_WIDGETS_EXPORT SignInView : public AuthorizationAgent
{
    Q_OBJECT
public:
    using AuthorizationAgent::AuthorizationAgent;
    ~SignInView() override;

    /// The widget showing the page. Owned by the view; the host may reparent it into a layout.
    virtual QWidget *widget() = 0;
    /// Scheme, host and port of the page being shown ("https://id.example.com"), empty before
    /// the first page.
    virtual QString currentOrigin() const = 0;

Q_SIGNALS:
    /// The page moved to another origin; a host shows it so that a person knows where they type
    /// their password.
    void originChanged(const QString &origin);
    /// The provider refused to work in an embedded browser (failed() follows); the host offers
    /// the system browser for the next attempt.
    void embeddedViewRefused(const QUrl &authorizeUrl);
};

/**
 * Makes the sign-in view for one attempt; the wizard owns what it returns and deletes it when
 * the attempt ends, so that nothing (cookies, cache) outlives a sign-in.
 */
using SignInViewFactory = std::function<SignInView *(QWidget *parent)>;

} // namespace Keyway
