// SPDX-License-Identifier: BSD-3-Clause
// The keyway window's lazy browser (issue 8): this test links only Keyway::ActivationWidgets, as
// keyway does. Qt WebEngine is not mapped until the wizard shows its first sign-in page; then
// keyway-browser-plugin brings it in, and the page's off-the-record profile goes with the view.

#include "activationwizard.h"
#include "config/vendorconfig.h"
#include "guitest.h"
#include "signinview.h"
#include "signinviewplugin.h"
#include "storage/secretstore.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "engine/activator.h"

using namespace Keyway;

namespace {

/// Whether a library whose file name contains @p name is mapped into this process.
bool mapped(const QByteArray &name)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    return maps.readAll().contains(name);
}

} // namespace

class BrowserPluginTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void webEngineOnlyWithTheFirstSignInPage();

private:
    QNetworkAccessManager m_nam;
};

void BrowserPluginTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
#if !defined(Q_OS_LINUX)
    QSKIP("reads /proc/self/maps");
#endif
}

void BrowserPluginTest::webEngineOnlyWithTheFirstSignInPage()
{
    const QByteArray webEngine("libQt6WebEngineCore");
    QVERIFY2(!mapped(webEngine), "Qt WebEngine is mapped before any sign-in page");

    VendorConfig config;
    config.productName = QStringLiteral("Lazy Product");
    config.vendorName = QStringLiteral("Keyway");
    config.clientId = QStringLiteral("lazy");
    config.browser = QStringLiteral("embedded");
    config.embeddedRedirectUri = QUrl(QStringLiteral("com.example.keyway:/oauth2redirect"));
    config.loopbackRedirectUri = QUrl(QStringLiteral("http://127.0.0.1/callback"));
    config.scopes = {QStringLiteral("openid")};
    config.licensedItems = {QStringLiteral("lazy-pro")};
    // A provider that refuses the connection: the attempt makes its view, then fails at once.
    quint16 port = 0;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        port = closed.serverPort();
    }
    config.issuer = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));

    QTemporaryDir dir;
    MemorySecretStore secrets;
    Activator engine(config, dir.path());
    engine.setNetworkAccessManager(&m_nam);
    engine.setSecretStore(&secrets);
    engine.setDeviceId(QStringLiteral("browserplugintest"));
    ActivationWizard wizard(&engine);

    const SignInViewFactory plugin = loadBrowserSignInViewFactory(config.allowedOrigins);
    QVERIFY2(!mapped(webEngine), "loadBrowserSignInViewFactory() loaded the plugin before use");
    QPointer<QObject> view;
    QPointer<QObject> profile;
    wizard.setSignInViewFactory([&](QWidget *parent) -> SignInView * {
        SignInView *made = plugin(parent);
        view = made;
        if (made) {
            const auto children = made->findChildren<QObject *>();
            for (QObject *child : children) {
                if (child->inherits("QWebEngineProfile"))
                    profile = child;
            }
        }
        return made;
    });
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY2(!mapped(webEngine), "the wizard mapped Qt WebEngine before a sign-in page");

    auto *signInOnly = wizard.findChild<QPushButton *>(QStringLiteral("signInOnlyButton"));
    QVERIFY(signInOnly);
    signInOnly->click();
    QVERIFY2(browserPluginError().isEmpty(), qPrintable(browserPluginError()));
    QVERIFY(mapped(webEngine));
    QVERIFY2(profile, "the sign-in view has no profile of its own");

    // The provider cannot be reached: the attempt ends, and the view and its profile go.
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentPage(), ActivationWizard::Page::Failure, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(view.isNull(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(profile.isNull(), 10000);
    // Qt WebEngine itself stays mapped: a Chromium cannot be unloaded from a process, so the
    // plugin is kept loaded for the next sign-in.
}

KEYWAY_GUITEST_MAIN(BrowserPluginTest)

#include "browserplugintest.moc"
