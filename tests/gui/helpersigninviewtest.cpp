// SPDX-License-Identifier: BSD-3-Clause
// keyway-signin and its pipe (issue 18), against a page on a fake issuer: the redirect with its
// code arrives only on the pipe (not in the helper's arguments, not in its log, with every
// keyway category on), the page in its own window when it cannot be embedded, the helper and its
// Chromium processes gone when the product's end of the pipe closes (the product quit or was
// killed), and the browser plugin as the fallback, with a warning, when the helper is missing.
// Linked like keyway: no Qt WebEngine until the fallback loads the plugin, last.
#include "fakehttpserver.h"
#include "guitest.h"
#include "processtree.h"

#include "config/vendorconfig.h"
#include "helpersigninview.h"
#include "signinhelperpipe.h"
#include "signinviewplugin.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

using namespace Keyway;

namespace {

const QByteArray Code = "the-secret-code-4711";

/// QtWebEngineProcess and keyway-signin processes under this one.
int helperProcesses()
{
    int count = 0;
    for (const ProcessTree::Process &process : ProcessTree::descendants()) {
        const QByteArray program = process.args.value(0);
        if (program.endsWith("QtWebEngineProcess") || program.endsWith("keyway-signin"))
            ++count;
    }
    return count;
}

bool webEngineMapped()
{
    return ProcessTree::maps("libQt6WebEngineCore");
}

/// Reads the helper's messages from a raw QProcess.
QList<QJsonObject> readMessages(QProcess &process, QByteArray &buffer)
{
    buffer += process.readAllStandardOutput();
    QList<QJsonObject> messages;
    qsizetype end;
    while ((end = buffer.indexOf('\n')) >= 0) {
        messages.append(QJsonDocument::fromJson(buffer.left(end)).object());
        buffer.remove(0, end + 1);
    }
    return messages;
}

} // namespace

class HelperSignInViewTest : public QObject
{
    Q_OBJECT

private:
    FakeHttpServer m_issuer;
    const QUrl m_redirectUri {QStringLiteral("com.example.keyway:/oauth2redirect")};

    QUrl page(const QString &path) const { return QUrl(m_issuer.baseUrl().toString() + path); }

    /// keyway-signin started by hand, as HelperSignInView starts it, with its log captured.
    bool startRaw(QProcess &process, const QUrl &url)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("keyway.*=true"));
        process.setProcessEnvironment(environment);
        process.setProgram(SignInHelperPipe::findProgram());
        process.start();
        if (!process.waitForStarted(10000))
            return false;
        process.write(SignInHelperPipe::encode({
            {QStringLiteral("type"), QStringLiteral("authorize")},
            {QStringLiteral("url"), url.toString()},
            {QStringLiteral("redirectUri"), m_redirectUri.toString()},
            {QStringLiteral("language"), QStringLiteral("en")},
            {QStringLiteral("placement"), QStringLiteral("window")},
        }));
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
#if !defined(Q_OS_LINUX)
        QSKIP("reads the helper processes from /proc");
#else
        // Chromium's processes that a helper leaves behind become ours, so they are counted.
        QVERIFY(prctl(PR_SET_CHILD_SUBREAPER, 1) == 0);
#endif
        QVERIFY2(!SignInHelperPipe::findProgram().isEmpty(), "keyway-signin not found");
        QVERIFY(m_issuer.listen());
        const QByteArray redirect = m_redirectUri.toString().toLatin1();
        m_issuer.setHandler([redirect](const FakeHttpServer::Request &request) {
            FakeHttpServer::Response response;
            response.contentType = "text/html; charset=utf-8";
            if (request.path == QLatin1String("/redirect")) {
                response.status = 302;
                response.headers.append({"Location", redirect + "?code=" + Code + "&state=s1"});
                return response;
            }
            response.body = "<!DOCTYPE html><html><body><h1>Sign in</h1></body></html>";
            return response;
        });
    }

    void redirectOnlyOnThePipe()
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::SeparateChannels);
        QVERIFY(startRaw(process, page(QStringLiteral("/redirect"))));
        QByteArray buffer;
        QJsonObject redirect;
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const QJsonObject &message : readMessages(process, buffer)) {
                    if (message.value(QStringLiteral("type")) == QLatin1String("redirect"))
                        redirect = message;
                }
                return !redirect.isEmpty();
            },
            30000));
        QVERIFY(redirect.value(QStringLiteral("url")).toString().contains(QLatin1String(Code)));
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(process.processId()));
        QVERIFY(cmdline.open(QIODevice::ReadOnly));
        QVERIFY(!cmdline.readAll().contains(Code));
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(10000));
        const QByteArray log = process.readAllStandardError();
        QVERIFY2(log.contains("redirect captured"), log.constData());
        QVERIFY2(!log.contains(Code), "the code reached the helper's log");
    }

    void redirectThroughTheView()
    {
        HelperSignInView view(SignInHelperPipe::findProgram(), {});
        QVERIFY(view.start());
        QSignalSpy redirected(&view, &AuthorizationAgent::redirected);
        QSignalSpy failed(&view, &AuthorizationAgent::failed);
        view.widget()->show();
        view.authorize(page(QStringLiteral("/redirect")), m_redirectUri);
        QVERIFY(redirected.wait(30000));
        QCOMPARE(QUrlQuery(redirected.at(0).at(0).toUrl()).queryItemValue(QStringLiteral("code")),
                 QString::fromLatin1(Code));
        QCOMPARE(failed.count(), 0);
    }

    void ownWindowWhereNothingIsEmbedded()
    {
        QWidget product;
        product.resize(640, 720);
        product.show();
        QVERIFY(QTest::qWaitForWindowExposed(&product));
        auto *view = new HelperSignInView(SignInHelperPipe::findProgram(), {}, &product);
        view->setPlacement(HelperSignInView::Placement::OwnWindow);
        QVERIFY(view->start());
        QSignalSpy origin(view, &SignInView::originChanged);
        view->widget()->setParent(&product);
        view->widget()->show();
        view->authorize(page(QStringLiteral("/authorize")), m_redirectUri);
        auto *show =
            view->widget()->findChild<QPushButton *>(QStringLiteral("showSignInWindowButton"));
        QVERIFY(show);
        QTRY_VERIFY_WITH_TIMEOUT(show->isVisible(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!origin.isEmpty(), 30000);
        QCOMPARE(view->currentOrigin(), m_issuer.baseUrl().toString());
        // Nothing embedded: the place for the helper's window stays hidden.
        auto *host = view->widget()->findChild<QWidget *>(QStringLiteral("signInHelperWindow"));
        QVERIFY(host && !host->isVisible());
        delete view;
        QTRY_COMPARE_WITH_TIMEOUT(helperProcesses(), 0, 10000);
    }

    void endOfInputEndsTheHelper()
    {
        // The product quits or is killed: the helper sees the end of its input, no "quit".
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QVERIFY(startRaw(process, page(QStringLiteral("/authorize"))));
        QByteArray buffer;
        bool shown = false;
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const QJsonObject &message : readMessages(process, buffer)) {
                    if (message.value(QStringLiteral("type")) == QLatin1String("origin"))
                        shown = true;
                }
                return shown;
            },
            30000));
        QVERIFY(helperProcesses() > 1);
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QTRY_COMPARE_WITH_TIMEOUT(helperProcesses(), 0, 10000);
    }

    void missingHelperFallsBackToThePlugin()
    {
        QVERIFY(!webEngineMapped());
        qputenv("KEYWAY_SIGNIN_HELPER", "/nonexistent/keyway-signin");
        if (!SignInHelperPipe::findProgram().isEmpty())
            QSKIP("keyway-signin is installed where the test looks after the variable");
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral(
                                 "falling back to the browser plugin in this process")));
        VendorConfig config;
        config.signInPageInOwnProcess = true;
        std::unique_ptr<SignInView> view(embeddedSignInViewFactory(config)(nullptr));
        QVERIFY2(view, qPrintable(browserPluginError()));
        QVERIFY(!qobject_cast<HelperSignInView *>(view.get()));
        QVERIFY(webEngineMapped());
    }
};

KEYWAY_GUITEST_MAIN(HelperSignInViewTest)

#include "helpersigninviewtest.moc"
