// SPDX-License-Identifier: BSD-3-Clause
// The embedded view against the certified peer, npm oidc-provider 8.8.1: SignInJob with the Qt
// WebEngine sign-in view, the provider's development login and consent pages filled in by
// runJavaScript as a person would, and the redirect to the private-use scheme captured.
#include "guitest.h"
#include "oidcproviderprocess.h"

#include "oidc/signinjob.h"
#include "webenginesigninview.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <memory>

using namespace Keyway;
using namespace GuiTest;

class OidcProviderEmbeddedTest : public QObject
{
    Q_OBJECT

private:
    const QString m_providerDir = QStringLiteral(KEYWAY_OIDC_PROVIDER_DIR);
    OidcProviderProcess m_provider;
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!OidcProviderProcess::isAvailable(m_providerDir, &why))
            QSKIP(qPrintable(why));
        QVERIFY2(m_provider.start(m_providerDir, QStringLiteral("keyway-desktop")),
                 m_provider.output().constData());
    }

    void signsInInTheEmbeddedView()
    {
        VendorConfig config;
        config.issuer = m_provider.issuer();
        config.clientId = QStringLiteral("keyway-desktop");
        config.embeddedRedirectUri = QUrl(QStringLiteral("com.example.keyway:/oauth2redirect"));
        config.scopes = QStringList {QStringLiteral("openid"), QStringLiteral("email"),
                                     QStringLiteral("profile")};

        WebEngineSignInView view;
        bool launched = false;
        view.setLauncher([&launched](const QUrl &) { return launched = true; });
        view.widget()->show();
        QWebEnginePage *page = view.webView()->page();

        auto *job = new SignInJob(config, &m_nam);
        job->setAutoDelete(false);
        job->setAgent(&view);
        QSignalSpy finished(job, &Job::finished);
        job->start();

        QVERIFY2(
            waitForScript(page, QStringLiteral("!!document.querySelector('input[name=login]')")),
            "the provider's login page did not appear");
        QCOMPARE(view.currentOrigin(), m_provider.issuer().toString());
        page->runJavaScript(
            QStringLiteral("document.querySelector('input[name=login]').value = 'grace';"
                           "document.querySelector('input[name=password]').value = 'any password';"
                           "document.querySelector('form').submit();"));
        QVERIFY2(
            waitForScript(
                page,
                QStringLiteral("!!document.querySelector('input[name=prompt][value=consent]')")),
            "the provider's consent page did not appear");
        page->runJavaScript(QStringLiteral("document.querySelector('form').submit();"));

        QVERIFY(finished.count() == 1 || finished.wait(30000));
        QVERIFY2(!job->hasError(), qPrintable(job->error().toString()));
        QCOMPARE(job->identity().subject, QStringLiteral("grace"));
        QCOMPARE(job->identity().email, QStringLiteral("grace@example.com"));
        QVERIFY(!job->tokens().refreshToken.isEmpty());
        QVERIFY(!launched);
        delete job;
    }
};

KEYWAY_GUITEST_MAIN(OidcProviderEmbeddedTest)

#include "oidcproviderembeddedtest.moc"
