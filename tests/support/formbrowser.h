// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "oidc/authorizationagent.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>

/**
 * Plays the browser over plain HTTP for integration tests: opens the authorize URL, fills the
 * provider's login or registration form, posts it and follows redirects until one reaches the
 * redirect URI, which it reports without loading it. It parses only what a form needs (the
 * form's action and its hidden inputs), as a person's browser would submit them.
 *
 * With a browser session, the provider asks "Continue as <name>?" (form "continue-as-form") before
 * it answers an application; the played person chooses as setAccountChoice() says.
 */
class FormBrowser : public Keyway::AuthorizationAgent
{
    Q_OBJECT
public:
    explicit FormBrowser(QObject *parent = nullptr);

    /// Values to type into the form with id @p formId (e.g. "login-form" or "register-form").
    void setFormValues(const QString &formId, const QHash<QString, QString> &values);
    /// Before filling, follow the link with this id (e.g. "register-link").
    void setFollowLinkId(const QString &linkId) { m_followLinkId = linkId; }

    /// What the person does on the provider's "Continue as <name>?" page.
    enum class AccountChoice {
        Continue, ///< continue with the signed-in account (the default)
        UseAnother, ///< "Use another account": on to the form of setFormValues()
        Stop, ///< stop there (failed() is emitted; lastPage() is the confirmation)
    };
    void setAccountChoice(AccountChoice choice) { m_accountChoice = choice; }

    void authorize(const QUrl &authorizeUrl, const QUrl &redirectUri) override;
    void cancel() override;

    /// The last HTML page seen (for asserting error messages).
    QString lastPage() const { return m_lastPage; }
    QNetworkAccessManager *networkAccessManager() { return &m_nam; }

    struct Form
    {
        QString id;
        QString method;
        QUrl action;
        QList<QPair<QString, QString>> hiddenFields;
    };
    /// Finds the form with @p id in @p html (relative actions resolved against @p base).
    static bool findForm(const QString &html, const QString &id, const QUrl &base, Form *form);
    /// The href of the element with @p id.
    static QUrl findLink(const QString &html, const QString &id, const QUrl &base);

private:
    void get(const QUrl &url, int hops);
    void handleReply(class QNetworkReply *reply, int hops);
    void onPage(const QUrl &url, const QString &html, int hops);
    /// Whether the page was the account confirmation, now answered.
    bool answerConfirmation(const QUrl &url, const QString &html, int hops);
    void submit(const Form &form, const QHash<QString, QString> &values, int hops);

    QNetworkAccessManager m_nam;
    QUrl m_redirectUri;
    QString m_formId;
    QHash<QString, QString> m_values;
    QString m_followLinkId;
    AccountChoice m_accountChoice = AccountChoice::Continue;
    QString m_lastPage;
    bool m_submitted = false;
    bool m_cancelled = false;
};
