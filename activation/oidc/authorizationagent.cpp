// SPDX-License-Identifier: BSD-3-Clause
#include "authorizationagent.h"

#include <QHostAddress>

namespace Keyway {

AuthorizationAgent::~AuthorizationAgent() = default;

QUrl AuthorizationAgent::redirectUriFor(const QUrl &configured)
{
    return configured;
}

bool AuthorizationAgent::matchesRedirect(const QUrl &url, const QUrl &redirectUri)
{
    if (url.scheme().compare(redirectUri.scheme(), Qt::CaseInsensitive) != 0)
        return false;
    if (url.host().compare(redirectUri.host(), Qt::CaseInsensitive) != 0)
        return false;
    const QHostAddress host(redirectUri.host());
    const bool loopback = !host.isNull() && host.isLoopback();
    if (!loopback && url.port() != redirectUri.port())
        return false;
    return url.path() == redirectUri.path();
}

} // namespace Keyway
