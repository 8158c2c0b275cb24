// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "core/error.h"
#include "keyway_activation_export.h"

#include <QObject>
#include <QUrl>

namespace Keyway {

/**
 * Whatever shows the identity provider's pages to the person and hands back the redirect: the
 * embedded browser page, the system browser with a loopback listener, or a test playing the
 * browser over HTTP. The sign-in logic knows only this interface.
 */
class KEYWAY_ACTIVATION_EXPORT AuthorizationAgent : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~AuthorizationAgent() override;

    /**
     * Shows @p authorizeUrl. The first navigation to a URL that starts with @p redirectUri must
     * not be loaded: report it with redirected(). Anything that ends the attempt otherwise
     * (the person closed the page, the page could not be loaded) is reported with failed().
     */
    virtual void authorize(const QUrl &authorizeUrl, const QUrl &redirectUri) = 0;
    /// Abandons the attempt quietly (no signal).
    virtual void cancel() = 0;

    /**
     * The redirect URI this agent receives the answer at, given the one @p configured for its
     * kind. Called once per attempt before authorize(); SignInJob uses the result in the
     * authorize URL and the token request. By default @p configured unchanged; the loopback
     * agent opens its listener here and returns the URI with the port it got. An invalid URL
     * means the agent cannot receive at @p configured.
     */
    virtual QUrl redirectUriFor(const QUrl &configured);
    /// Why the last redirectUriFor() gave an invalid URL, when the agent knows (a busy port).
    virtual Error redirectUriError() const { return Error(); }

    /// True when @p url is @p redirectUri with a query added (scheme, host, port rules of
    /// RFC 8252: any port for a loopback redirect URI).
    static bool matchesRedirect(const QUrl &url, const QUrl &redirectUri);

Q_SIGNALS:
    void redirected(const QUrl &url);
    void failed(const Keyway::Error &error);
};

} // namespace Keyway
