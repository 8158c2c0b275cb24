// SPDX-License-Identifier: BSD-3-Clause
// The dev server's own pages in the real browser engine (issue 17): with e-mail confirmation
// required, a new account's page waits for the link and goes on by itself once the link is
// opened elsewhere. Its script is allowed by hash in the page's policy, so only Chromium can
// show that it runs; nothing is typed again and nothing else is confirmed.
#include "devserverprocess.h"
#include "guitest.h"

#include "oidc/signinjob.h"
#include "webenginesigninview.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace Keyway;
using namespace GuiTest;

class DevServerEmbeddedTest : public QObject
{
    Q_OBJECT

private:
    DevServerProcess m_server;
    QNetworkAccessManager m_nam;

    QByteArray get(const QUrl &url, int *status = nullptr)
    {
        QNetworkReply *reply = m_nam.get(QNetworkRequest(url));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(QString(), {QStringLiteral("--require-email-verification")}),
                 m_server.output().right(2000).constData());
    }

    void confirmationContinuesByItself()
    {
        auto loaded = VendorConfig::load(m_server.configPath());
        QVERIFY(loaded);
        const QString email =
            QStringLiteral("nora-%1@example.com").arg(QDateTime::currentMSecsSinceEpoch());

        WebEngineSignInView view;
        bool launched = false;
        view.setLauncher([&launched](const QUrl &) { return launched = true; });
        view.widget()->resize(800, 700);
        view.widget()->show();
        QWebEnginePage *page = view.webView()->page();

        auto *job = new SignInJob(*loaded, &m_nam);
        job->setAutoDelete(false);
        job->setAgent(&view);
        job->setPage(SignInJob::Page::Register);
        job->setUiLocales({QStringLiteral("fi")});
        QSignalSpy finished(job, &Job::finished);
        job->start();

        QVERIFY2(waitForScript(page, QStringLiteral("!!document.getElementById('register-form')")),
                 "the registration page did not appear");
        page->runJavaScript(QStringLiteral("document.getElementById('given_name').value = 'Nora';"
                                           "document.getElementById('family_name').value = 'Lind';"
                                           "document.getElementById('email').value = '%1';"
                                           "document.getElementById('password').value = "
                                           "'nora-password';"
                                           "HTMLFormElement.prototype.submit.call("
                                           "document.getElementById('register-form'));")
                                .arg(email));
        QVERIFY2(waitForScript(page, QStringLiteral("!!document.getElementById('continue-form')")),
                 "the page asking to confirm the address did not appear");
        QVERIFY(waitForScript(page, QStringLiteral("document.documentElement.lang === 'fi'")));
        // A few looks later the page still waits: nothing happens before the link is opened.
        QTest::qWait(4000);
        QCOMPARE(finished.count(), 0);
        QVERIFY(waitForScript(page, QStringLiteral("!!document.getElementById('continue-form')")));

        // The person opens the link from the e-mail, in another program.
        QUrl outbox = m_server.baseUrl().resolved(QUrl(QStringLiteral("/dev/outbox.json")));
        outbox.setQuery(QUrlQuery {{QStringLiteral("to"), email}});
        const QJsonArray messages = QJsonDocument::fromJson(get(outbox))
                                        .object()
                                        .value(QStringLiteral("messages"))
                                        .toArray();
        QCOMPARE(messages.size(), 1);
        const QUrl link(messages.first()
                            .toObject()
                            .value(QStringLiteral("links"))
                            .toArray()
                            .first()
                            .toString());
        int status = 0;
        get(link, &status);
        QCOMPARE(status, 200);

        // The page notices and continues: the sign-in finishes without another click.
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        QVERIFY2(!job->hasError(), qPrintable(job->error().toString()));
        QCOMPARE(job->identity().email, email);
        QVERIFY(!launched);
        delete job;
    }
};

KEYWAY_GUITEST_MAIN(DevServerEmbeddedTest)

#include "devserverembeddedtest.moc"
