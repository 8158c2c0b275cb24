// SPDX-License-Identifier: BSD-3-Clause
// The embedded view keeps the sign-in on the provider's origins: a test page on the "issuer"
// links to another origin, opens a pop-up, and navigates by script and by redirect. Links and
// pop-ups go to the system browser (a fake launcher here), other navigations are refused, and
// an origin on the vendor's allow-list is reachable.
#include "fakehttpserver.h"
#include "guitest.h"

#include "webenginesigninview.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <memory>

using namespace Keyway;

class WebEngineSignInViewTest : public QObject
{
    Q_OBJECT

private:
    FakeHttpServer m_issuer;
    FakeHttpServer m_outside;
    FakeHttpServer m_allowed;
    const QUrl m_redirectUri {QStringLiteral("com.example.keyway:/oauth2redirect")};

    std::unique_ptr<WebEngineSignInView> m_view;
    QList<QUrl> m_launched;

    QUrl issuerPage() const
    {
        return QUrl(m_issuer.baseUrl().toString() + QStringLiteral("/authorize"));
    }

    /// Runs @p script in the page.
    void run(const QString &script) { m_view->webView()->page()->runJavaScript(script); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_issuer.listen());
        QVERIFY(m_outside.listen());
        QVERIFY(m_allowed.listen());
        const QByteArray outside = m_outside.baseUrl().toString().toLatin1();
        const QByteArray allowed = m_allowed.baseUrl().toString().toLatin1();
        m_issuer.setHandler([outside, allowed](const FakeHttpServer::Request &request) {
            FakeHttpServer::Response response;
            response.contentType = "text/html; charset=utf-8";
            if (request.path == QLatin1String("/go-outside")) {
                response.status = 302;
                response.headers.append({"Location", outside + "/redirected"});
                return response;
            }
            response.body = "<!DOCTYPE html><html><body><h1>Sign in</h1>"
                            "<a id='out' href='"
                + outside
                + "/terms'>Terms</a>"
                  "<a id='popup' href='"
                + outside
                + "/popup' target='_blank'>Help</a>"
                  "<a id='federated' href='"
                + allowed
                + "/federated'>Sign in with Example</a>"
                  "<a id='redirect' href='/go-outside'>Go</a>"
                  "</body></html>";
            return response;
        });
        auto page = [](const FakeHttpServer::Request &) {
            FakeHttpServer::Response response;
            response.contentType = "text/html";
            response.body = "<html><body>elsewhere</body></html>";
            return response;
        };
        m_outside.setHandler(page);
        m_allowed.setHandler(page);
    }

    void init()
    {
        m_issuer.reset();
        m_outside.reset();
        m_allowed.reset();
        m_launched.clear();
        m_view = std::make_unique<WebEngineSignInView>();
        m_view->setAllowedOrigins({m_allowed.baseUrl().toString() + QStringLiteral("/")});
        m_view->setLauncher([this](const QUrl &url) {
            m_launched.append(url);
            return true;
        });
        m_view->widget()->show();
        QSignalSpy loaded(m_view->webView(), &QWebEngineView::loadFinished);
        m_view->authorize(issuerPage(), m_redirectUri);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(m_view->currentOrigin(), m_issuer.baseUrl().toString());
    }

    void cleanup() { m_view.reset(); }

    void linkOutsideOpensInTheSystemBrowser()
    {
        QSignalSpy opened(m_view.get(), &WebEngineSignInView::openedExternally);
        QSignalSpy failed(m_view.get(), &AuthorizationAgent::failed);
        run(QStringLiteral("document.getElementById('out').click()"));
        QVERIFY(opened.wait(10000));
        QCOMPARE(m_launched,
                 QList<QUrl>({QUrl(m_outside.baseUrl().toString() + QStringLiteral("/terms"))}));
        QCOMPARE(m_outside.count(QStringLiteral("/terms")), 0);
        QCOMPARE(m_view->currentOrigin(), m_issuer.baseUrl().toString());
        QCOMPARE(failed.count(), 0);
    }

    void popupOpensInTheSystemBrowser()
    {
        QSignalSpy opened(m_view.get(), &WebEngineSignInView::openedExternally);
        run(QStringLiteral("document.getElementById('popup').click()"));
        QVERIFY(opened.wait(10000));
        QCOMPARE(m_launched,
                 QList<QUrl>({QUrl(m_outside.baseUrl().toString() + QStringLiteral("/popup"))}));
        QCOMPARE(m_outside.count(QStringLiteral("/popup")), 0);
    }

    void scriptNavigationOutsideIsNotShown()
    {
        QSignalSpy failed(m_view.get(), &AuthorizationAgent::failed);
        QSignalSpy opened(m_view.get(), &WebEngineSignInView::openedExternally);
        run(QStringLiteral("location.href = '%1/scripted'").arg(m_outside.baseUrl().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() + opened.count() > 0, 10000);
        // What matters holds either way: the outside page is never loaded in the view.
        QCOMPARE(m_outside.count(QStringLiteral("/scripted")), 0);
        QCOMPARE(m_view->currentOrigin(), m_issuer.baseUrl().toString());
        QEXPECT_FAIL("",
                     "Qt 6.4.2 reports a script's location change as NavigationTypeLinkClicked "
                     "and exposes no user-gesture flag, so it is handed to the system browser "
                     "like a click instead of being refused",
                     Continue);
        QCOMPARE(failed.count(), 1);
    }

    void redirectOutsideIsRefused()
    {
        QSignalSpy failed(m_view.get(), &AuthorizationAgent::failed);
        run(QStringLiteral("document.getElementById('redirect').click()"));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<Error>().code, ErrorCode::AuthorizationDenied);
        QCOMPARE(m_issuer.count(QStringLiteral("/go-outside")), 1);
        QCOMPARE(m_outside.count(QStringLiteral("/redirected")), 0);
        QVERIFY(m_launched.isEmpty());
    }

    void allowedOriginIsReachable()
    {
        QSignalSpy origin(m_view.get(), &SignInView::originChanged);
        QSignalSpy failed(m_view.get(), &AuthorizationAgent::failed);
        run(QStringLiteral("document.getElementById('federated').click()"));
        QVERIFY(origin.wait(10000));
        QCOMPARE(origin.first().first().toString(), m_allowed.baseUrl().toString());
        QTRY_COMPARE(m_allowed.count(QStringLiteral("/federated")), 1);
        QCOMPARE(failed.count(), 0);
        QVERIFY(m_launched.isEmpty());
    }
};

KEYWAY_GUITEST_MAIN(WebEngineSignInViewTest)

#include "webenginesigninviewtest.moc"
