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
    /// A person's click on the element with @p id (a real mouse event, unlike a script's).
    bool click(const QString &id)
    {
        QVariant center;
        m_view->webView()->page()->runJavaScript(
            QStringLiteral("(() => { const r = document.getElementById('%1')"
                           ".getBoundingClientRect(); return [r.left + r.width / 2, "
                           "r.top + r.height / 2]; })()")
                .arg(id),
            [&center](const QVariant &result) { center = result; });
        if (!QTest::qWaitFor([&center] { return center.isValid(); }, 10000))
            return false;
        const QVariantList xy = center.toList();
        QWidget *target = m_view->webView()->focusProxy();
        if (!target || xy.size() != 2)
            return false;
        const QPoint point(qRound(xy.at(0).toDouble()), qRound(xy.at(1).toDouble()));
        QTest::mouseClick(target, Qt::LeftButton, {}, point);
        return true;
    }

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
        QVERIFY(click(QStringLiteral("out")));
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
        QVERIFY(click(QStringLiteral("popup")));
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
        // Qt 6.4.2 reports a script's location change as a link click and tells no user
        // gesture; without the person's click or key press it is refused, not launched.
        QCOMPARE(failed.count(), 1);
        QCOMPARE(opened.count(), 0);
        QVERIFY(m_launched.isEmpty());
    }

    void scriptsNeverOpenTheSystemBrowser()
    {
        // A script "clicking" a link, or opening a window, is not the person asking.
        QSignalSpy opened(m_view.get(), &WebEngineSignInView::openedExternally);
        run(QStringLiteral("window.open('%1/popup-script')").arg(m_outside.baseUrl().toString()));
        run(QStringLiteral("document.getElementById('popup').click()"));
        run(QStringLiteral("document.getElementById('out').click()"));
        QTest::qWait(2000);
        QCOMPARE(opened.count(), 0);
        QVERIFY(m_launched.isEmpty());
        QCOMPARE(m_outside.count(QStringLiteral("/popup-script")), 0);
        QCOMPARE(m_outside.count(QStringLiteral("/popup")), 0);
        QCOMPARE(m_outside.count(QStringLiteral("/terms")), 0);
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
