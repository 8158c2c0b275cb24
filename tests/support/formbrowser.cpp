// SPDX-License-Identifier: BSD-3-Clause
#include "formbrowser.h"

#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>

namespace {
constexpr int MaxHops = 10;

/// Undoes the HTML escaping of an attribute value.
QString unescape(QString value)
{
    value.replace(QLatin1String("&quot;"), QLatin1String("\""));
    value.replace(QLatin1String("&#39;"), QLatin1String("'"));
    value.replace(QLatin1String("&#x27;"), QLatin1String("'"));
    value.replace(QLatin1String("&lt;"), QLatin1String("<"));
    value.replace(QLatin1String("&gt;"), QLatin1String(">"));
    value.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return value;
}

QString attribute(const QString &tag, const QString &name)
{
    const QRegularExpression re(QStringLiteral("\\b%1\\s*=\\s*(\"([^\"]*)\"|'([^']*)')").arg(name),
                                QRegularExpression::CaseInsensitiveOption);
    const auto match = re.match(tag);
    if (!match.hasMatch())
        return QString();
    return unescape(match.captured(2).isNull() ? match.captured(3) : match.captured(2));
}
} // namespace

FormBrowser::FormBrowser(QObject *parent) : Keyway::AuthorizationAgent(parent)
{
    m_nam.setCookieJar(new QNetworkCookieJar(&m_nam));
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void FormBrowser::setFormValues(const QString &formId, const QHash<QString, QString> &values)
{
    m_formId = formId;
    m_values = values;
}

bool FormBrowser::findForm(const QString &html, const QString &id, const QUrl &base, Form *form)
{
    static const QRegularExpression formRe(QStringLiteral("<form\\b[^>]*>(.*?)</form>"),
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression inputRe(QStringLiteral("<input\\b[^>]*>"),
                                            QRegularExpression::CaseInsensitiveOption);
    auto it = formRe.globalMatch(html);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString whole = match.captured(0);
        const QString openTag = whole.left(whole.indexOf(QLatin1Char('>')) + 1);
        if (attribute(openTag, QStringLiteral("id")) != id)
            continue;
        form->id = id;
        form->method = attribute(openTag, QStringLiteral("method")).toLower();
        const QString action = attribute(openTag, QStringLiteral("action"));
        form->action = action.isEmpty() ? base : base.resolved(QUrl(action));
        form->hiddenFields.clear();
        auto inputs = inputRe.globalMatch(match.captured(1));
        while (inputs.hasNext()) {
            const QString input = inputs.next().captured(0);
            if (attribute(input, QStringLiteral("type")).toLower() == QLatin1String("hidden")) {
                form->hiddenFields.append({attribute(input, QStringLiteral("name")),
                                           attribute(input, QStringLiteral("value"))});
            }
        }
        return true;
    }
    return false;
}

QUrl FormBrowser::findLink(const QString &html, const QString &id, const QUrl &base)
{
    static const QRegularExpression aRe(QStringLiteral("<a\\b[^>]*>"),
                                        QRegularExpression::CaseInsensitiveOption);
    auto it = aRe.globalMatch(html);
    while (it.hasNext()) {
        const QString tag = it.next().captured(0);
        if (attribute(tag, QStringLiteral("id")) == id)
            return base.resolved(QUrl(attribute(tag, QStringLiteral("href"))));
    }
    return QUrl();
}

void FormBrowser::authorize(const QUrl &authorizeUrl, const QUrl &redirectUri)
{
    m_redirectUri = redirectUri;
    m_submitted = false;
    m_cancelled = false;
    get(authorizeUrl, 0);
}

void FormBrowser::cancel()
{
    m_cancelled = true;
}

void FormBrowser::get(const QUrl &url, int hops)
{
    if (matchesRedirect(url, m_redirectUri)) {
        Q_EMIT redirected(url);
        return;
    }
    QNetworkReply *reply = m_nam.get(QNetworkRequest(url));
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, hops] { handleReply(reply, hops); });
}

void FormBrowser::handleReply(QNetworkReply *reply, int hops)
{
    reply->deleteLater();
    if (m_cancelled)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        Q_EMIT failed(Keyway::Error(Keyway::ErrorCode::NetworkUnreachable, reply->errorString()));
        return;
    }
    if (status >= 300 && status < 400) {
        if (hops >= MaxHops) {
            Q_EMIT failed(Keyway::Error(Keyway::ErrorCode::InternalError,
                                        QStringLiteral("too many redirects")));
            return;
        }
        const QUrl location = reply->url().resolved(
            QUrl::fromEncoded(reply->rawHeader("Location"), QUrl::StrictMode));
        get(location, hops + 1);
        return;
    }
    onPage(reply->url(), QString::fromUtf8(reply->readAll()), hops);
}

bool FormBrowser::answerConfirmation(const QUrl &url, const QString &html, int hops)
{
    const QString confirmId = QStringLiteral("continue-as-form");
    Form confirm;
    if (m_submitted || m_formId == confirmId || !findForm(html, confirmId, url, &confirm))
        return false;
    switch (m_accountChoice) {
    case AccountChoice::Continue:
        submit(confirm, {}, hops);
        return true;
    case AccountChoice::UseAnother:
        get(findLink(html, QStringLiteral("other-account-link"), url), hops + 1);
        return true;
    case AccountChoice::Stop:
        return false;
    }
    return false;
}

void FormBrowser::onPage(const QUrl &url, const QString &html, int hops)
{
    m_lastPage = html;
    if (answerConfirmation(url, html, hops))
        return;
    if (!m_followLinkId.isEmpty() && !m_submitted) {
        const QUrl link = findLink(html, m_followLinkId, url);
        if (link.isValid() && !html.contains(QStringLiteral("id=\"") + m_formId)) {
            get(link, hops + 1);
            return;
        }
    }
    Form form;
    if (m_submitted || !findForm(html, m_formId, url, &form)) {
        // A page after our post that is not a redirect: the provider refused (shows an error).
        Q_EMIT failed(Keyway::Error(
            Keyway::ErrorCode::AuthorizationDenied,
            QStringLiteral("provider page without form %1 at %2").arg(m_formId, url.toString())));
        return;
    }
    m_submitted = true;
    submit(form, m_values, hops);
}

void FormBrowser::submit(const Form &form, const QHash<QString, QString> &values, int hops)
{
    QUrlQuery body;
    for (const auto &[name, value] : qAsConst(form.hiddenFields))
        body.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        body.addQueryItem(it.key(), QString::fromLatin1(QUrl::toPercentEncoding(it.value())));
    QNetworkRequest request(form.action);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = m_nam.post(request, body.query(QUrl::FullyEncoded).toLatin1());
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, hops] { handleReply(reply, hops + 1); });
}
