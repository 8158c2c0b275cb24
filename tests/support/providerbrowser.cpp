// SPDX-License-Identifier: BSD-3-Clause
#include "providerbrowser.h"

#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>

void ProviderBrowser::request(const QUrl &url, const QByteArray &form, int hops)
{
    if (hops > 20) {
        lastPage = QStringLiteral("too many hops");
        Q_EMIT done();
        return;
    }
    QNetworkRequest r(url);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply;
    if (form.isNull()) {
        reply = m_nam.get(r);
    } else {
        r.setHeader(QNetworkRequest::ContentTypeHeader,
                    QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_nam.post(r, form);
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply, hops] {
        reply->deleteLater();
        lastUrl = reply->url();
        lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (lastStatus >= 300 && lastStatus < 400 && location.isValid()) {
            request(reply->url().resolved(location), QByteArray(), hops + 1);
            return;
        }
        lastPage = QString::fromUtf8(reply->readAll());
        static const QRegularExpression formRe(
            QStringLiteral("<form[^>]*action=\"([^\"]+)\"[^>]*method=\"post\"[^>]*>.*?"
                           "name=\"prompt\" value=\"(login|consent)\""),
            QRegularExpression::DotMatchesEverythingOption);
        const auto match = formRe.match(lastPage);
        if (lastStatus != 200 || !match.hasMatch()) {
            Q_EMIT done();
            return;
        }
        const QString prompt = match.captured(2);
        if (prompt == cancelAt) {
            static const QRegularExpression cancelRe(
                QStringLiteral("<a href=\"([^\"]+)\">\\[ Cancel \\]</a>"));
            const auto cancel = cancelRe.match(lastPage);
            formsAnswered.append(QStringLiteral("cancel at ") + prompt);
            if (!cancel.hasMatch()) {
                Q_EMIT done();
                return;
            }
            request(reply->url().resolved(QUrl(cancel.captured(1))), QByteArray(), hops + 1);
            return;
        }
        formsAnswered.append(prompt);
        QUrlQuery fields;
        fields.addQueryItem(QStringLiteral("prompt"), prompt);
        if (prompt == QLatin1String("login")) {
            fields.addQueryItem(QStringLiteral("login"), login);
            fields.addQueryItem(QStringLiteral("password"), password);
        }
        const QUrl action = reply->url().resolved(QUrl(match.captured(1)));
        request(action, fields.query(QUrl::FullyEncoded).toLatin1(), hops + 1);
    });
}
