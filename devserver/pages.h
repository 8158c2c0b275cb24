// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QString>

namespace Keyway::DevServer {

/**
 * The provider's HTML: the login and registration forms and the error page. Small, accessible
 * (lang, labels, a live error region), no scripts and no external resources. The element ids and
 * input names are part of the contract with the tests and docs/protocol.md.
 */
class Pages
{
public:
    /// What a form page shows.
    struct Form
    {
        QString productName;
        QString requestId; ///< the pending authorize request, carried in the hidden "request" field
        QString email;
        QString givenName;
        QString familyName;
        QString error; ///< shown in <p id="error" class="error" role="alert"> when not empty
    };

    static QString login(const Form &form);
    static QString registration(const Form &form);
    static QString error(const QString &productName, const QString &title, const QString &message);
    static QString signedOut(const QString &productName);

    static QString escape(const QString &text);

private:
    static QString document(const QString &productName, const QString &title, const QString &body);
};

} // namespace Keyway::DevServer
