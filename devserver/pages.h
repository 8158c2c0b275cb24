// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QString>
#include <QStringList>

namespace Keyway::DevServer {

/**
 * The provider's HTML: the login and registration forms and the error page. Small, accessible
 * (lang, labels, a live error region tied to its field with aria-invalid and aria-describedby,
 * the server's own validation instead of the browser's bubbles, which assistive technology does
 * not read in Qt WebEngine), light and dark, no scripts and no external resources. The element
 * ids and input names are part of the contract with the tests and docs/protocol.md.
 */
class Pages
{
public:
    /// What a form page shows.
    /// How often the e-mail confirmation page asks whether the link was opened.
    static constexpr int VerificationPollSeconds = 3;

    struct Form
    {
        QString productName;
        QString requestId; ///< the pending authorize request, carried in the hidden "request" field
        QString email;
        QString givenName;
        QString familyName;
        QString error; ///< shown in <p id="error" class="error" role="alert"> when not empty
        /// The id of the input @c error is about ("email", "password"): that input is marked
        /// aria-invalid, described by the error and focused. Empty: the error is about the form.
        QString errorField;
        QString language = QStringLiteral("en"); ///< one of languages() (see chooseLanguage())
        QString csrf; ///< the browser's CSRF token, in the hidden "csrf" field
    };

    /// The page language for an OpenID `ui_locales` value (space-separated BCP 47 tags in order
    /// of preference): the first whose primary subtag is one of languages(), else "en".
    static QString chooseLanguage(const QString &uiLocales);
    static QStringList languages()
    {
        return {QStringLiteral("en"), QStringLiteral("fi"), QStringLiteral("de"),
                QStringLiteral("sv")};
    }
    /// @p english in @p language: @p finnish (UTF-8) for "fi", German and Swedish from
    /// translations(), the languages of Keyway's own window.
    static QString text(const QString &language, const char *english, const char *finnish);
    /// The German and Swedish texts of the pages, by their English (a text missing here is
    /// logged, and devservertest fails on that log line).
    struct Translation
    {
        const char *english;
        const char *german;
        const char *swedish;
    };
    static const QList<Translation> &translations();

    /// The page language for an Accept-Language header ("fi-FI,fi;q=0.9,en;q=0.8"): the pages
    /// a link from an e-mail opens, which belong to no sign-in request.
    static QString languageOf(const QByteArray &acceptLanguage);

    static QString login(const Form &form);
    /// "Forgot your password?": <form id="forgot-form"> posts the address to /user/forgot.
    static QString forgotPassword(const Form &form);
    /// The same answer for every address: a link was sent if an account exists.
    static QString resetLinkSent(const Form &form);
    /// The reset link's page: <form id="reset-form"> posts the token and the new password to
    /// /user/reset. @p error (optional) is about the password.
    static QString resetPassword(const QString &productName, const QString &token,
                                 const QString &email, const QString &error, const QString &csrf,
                                 const QString &language);
    static QString resetLinkExpired(const QString &productName, const QString &language);
    static QString passwordChanged(const QString &productName, const QString &email,
                                   const QString &language);
    static QString registration(const Form &form);
    static QString error(const QString &productName, const QString &title, const QString &message,
                         const QString &language);
    static QString signedOut(const QString &productName, const QString &language);
    /// A page with a heading and one paragraph (id="message").
    static QString message(const QString &productName, const QString &title, const QString &text,
                           const QString &language);
    /// E-mail verification pending (@p form's request, address, language and CSRF token): the
    /// page looks again every few seconds (a meta refresh to GET /user/continue?request=...) and
    /// goes on by itself once the link is opened; <form id="continue-form"> posts the request
    /// to /user/continue at once, <form id="cancel-form"> (hidden cancel=1) ends the sign-in.
    /// @p notYet: the person pressed Continue before opening the link; the page says so.
    static QString verifyEmail(const Form &form, bool notYet);
    /// The Content-Security-Policy of verifyEmail()'s page: its one script (by hash) may ask
    /// GET /user/continue?request=...&check=1 whether the link was opened, and submit the
    /// Continue form then; the meta refresh is only for browsers without scripts.
    static QByteArray verifyEmailPolicy();
    /// Account activation: <form id="activate-form"> posts the link's token and a new password.
    static QString activation(const QString &productName, const QString &token,
                              const QString &email, const QString &error, const QString &csrf,
                              const QString &language);
    /// A browser session exists: "Continue as <name>" (<form id="continue-as-form"> posts the
    /// request to /user/confirm) or "Use another account" (<a id="other-account-link">, the login
    /// form). An application is never signed in to a session without the person seeing it.
    static QString confirmAccount(const Form &form, const QString &name);
    /// Any other page in the common frame.
    static QString page(const QString &productName, const QString &title, const QString &body)
    {
        return document(productName, title, body);
    }

    static QString escape(const QString &text);

private:
    static QString document(const QString &productName, const QString &title, const QString &body,
                            const QString &language = QStringLiteral("en"),
                            const QString &head = QString());
};

} // namespace Keyway::DevServer
