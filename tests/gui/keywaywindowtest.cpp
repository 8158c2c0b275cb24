// SPDX-License-Identifier: BSD-3-Clause
// The activation wizard with the real Qt WebEngine sign-in page against keyway-devserver: type a
// fresh code, choose "Create an account", fill the provider's registration form in the embedded
// browser, and see the licensed items. And a mistyped code never reaches the browser.

#include "devserverprocess.h"
#include "formbrowser.h"
#include "guitest.h"
#include "screenshot.h"

#include "activationwizard.h"
#include "browser.h"
#include "codelineedit.h"
#include "config/vendorconfig.h"
#include "engine/activator.h"
#include "license/deviceid.h"
#include "license/licensestore.h"
#include "online/activatejob.h"
#include "signinview.h"
#include "storage/keychainsecretstore.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUuid>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <memory>

using namespace Keyway;
using namespace GuiTest;

namespace {

/// @p code with its symbol at @p index replaced by the next one in the alphabet.
QString withSymbolChanged(const QString &code, int index)
{
    QString symbols = ActivationCode::normalize(code);
    const int value = ActivationCode::symbolValue(symbols.at(index));
    symbols[index] = ActivationCode::Alphabet.at((value + 1) % ActivationCode::Alphabet.size());
    return ActivationCode::group(symbols);
}

} // namespace

class KeywayWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void codeIsGroupedAsTyped();
    void mistypedCodeIsRefusedLocally_data();
    void mistypedCodeIsRefusedLocally();
    void registerAndActivateInEmbeddedBrowser();
    void unreachablePageFailsTheSignIn();
    void systemBrowserSignInWhenTheVendorChoosesIt();
    void refusedEmbeddedViewOffersTheSystemBrowser();

private:
    std::unique_ptr<ActivationWizard> makeWizard();

    DevServerProcess m_server;
    VendorConfig m_config;
    QTemporaryDir m_dataDir;
    QString m_deviceId;
    QString m_service;
    QStringList m_codes;
    QNetworkAccessManager m_nam;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<LicenseStore> m_licenses;
    std::unique_ptr<Activator> m_engine; ///< over m_secrets and m_licenses' folder
    int m_viewsCreated = 0;
};

void KeywayWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dataDir.isValid());
    QVERIFY2(m_server.start(), "keyway-devserver did not start");
    auto config = VendorConfig::load(m_server.configPath());
    QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
    m_config = *config;
    m_deviceId = DeviceId::forProduct(m_config, m_dataDir.path());
    QVERIFY(!m_deviceId.isEmpty());
    m_codes = m_server.generateCodes(1);
    QCOMPARE(m_codes.size(), 1);

    if (qEnvironmentVariableIsSet("KEYWAY_TEST_MEMORY_SECRETS")) {
        qInfo("KEYWAY_TEST_MEMORY_SECRETS is set: the refresh token stays in memory");
        m_secrets = std::make_unique<MemorySecretStore>();
    } else {
        m_service =
            QStringLiteral("Keyway-test/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_secrets = std::make_unique<KeychainSecretStore>(m_service);
    }
    m_licenses = std::make_unique<LicenseStore>(m_dataDir.path());
    m_engine = std::make_unique<Activator>(m_config, m_dataDir.path());
    m_engine->setNetworkAccessManager(&m_nam);
    m_engine->setSecretStore(m_secrets.get());
    m_engine->setDeviceId(m_deviceId);
}

void KeywayWindowTest::cleanupTestCase()
{
    if (!m_secrets)
        return;
    SecretJob *job = m_secrets->remove(ActivateJob::refreshTokenKey(m_config));
    QSignalSpy spy(job, &Job::finished);
    job->start();
    spy.wait(10000);
}

std::unique_ptr<ActivationWizard> KeywayWindowTest::makeWizard()
{
    auto wizard = std::make_unique<ActivationWizard>(m_engine.get());
    const SignInViewFactory real = Browser::signInViewFactory();
    wizard->setSignInViewFactory([this, real](QWidget *parent) {
        ++m_viewsCreated;
        return real(parent);
    });
    wizard->resize(640, 760);
    wizard->show();
    // The welcome page comes first: take the activation-code way in.
    wizard->findChild<QAbstractButton *>(QStringLiteral("haveCodeButton"))->click();
    return wizard;
}

void KeywayWindowTest::codeIsGroupedAsTyped()
{
    auto wizard = makeWizard();
    auto *edit = wizard->findChild<CodeLineEdit *>(QStringLiteral("codeEdit"));
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("kwpwk3degz dpcf5"));
    QCOMPARE(edit->text(), QStringLiteral("KWPWK-3DEGZ-DPCF5"));
    // Backspace steps over a dash instead of being swallowed by the regrouping.
    QTest::keyClick(edit, Qt::Key_Left);
    QTest::keyClick(edit, Qt::Key_Left);
    QTest::keyClick(edit, Qt::Key_Left);
    QTest::keyClick(edit, Qt::Key_Left);
    QTest::keyClick(edit, Qt::Key_Left);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QCOMPARE(edit->text(), QStringLiteral("KWPWK-3DEGD-PCF5"));
}

void KeywayWindowTest::mistypedCodeIsRefusedLocally_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("mentions");

    const QString code = m_codes.value(0);
    QTest::newRow("one symbol changed")
        << withSymbolChanged(code, 7) << int(ErrorCode::CodeChecksumMismatch) << QString();
    QTest::newRow("check symbol changed")
        << withSymbolChanged(code, 24) << int(ErrorCode::CodeChecksumMismatch) << QString();
    QTest::newRow("letter O instead of zero")
        << code.left(6) + QLatin1Char('O') + code.mid(7) << int(ErrorCode::CodeInvalidSymbol)
        << QStringLiteral("“O”");
    QTest::newRow("too short") << code.left(17) << int(ErrorCode::CodeTooShort)
                               << QStringLiteral("15");
}

void KeywayWindowTest::mistypedCodeIsRefusedLocally()
{
    QFETCH(QString, input);
    QFETCH(int, error);
    QFETCH(QString, mentions);

    const auto parsed = ActivationCode::parse(input);
    QVERIFY(!parsed);
    QCOMPARE(int(parsed.error().error.code), error);

    auto wizard = makeWizard();
    const int viewsBefore = m_viewsCreated;
    auto *edit = wizard->findChild<CodeLineEdit *>(QStringLiteral("codeEdit"));
    auto *problem = wizard->findChild<QLabel *>(QStringLiteral("codeProblem"));
    auto *next = wizard->findChild<QPushButton *>(QStringLiteral("continueButton"));
    QVERIFY(edit && problem && next);

    edit->setFocus();
    QTest::keyClicks(edit, input);
    QTest::mouseClick(next, Qt::LeftButton);

    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Code);
    QVERIFY(problem->isVisible());
    // The message, and for a foreign symbol the group that holds it.
    QVERIFY2(problem->text().startsWith(parsed.error().error.message), qPrintable(problem->text()));
    if (!mentions.isEmpty())
        QVERIFY2(problem->text().contains(mentions), qPrintable(problem->text()));
    if (QByteArray(QTest::currentDataTag()) == "letter O instead of zero")
        saveScreenshot(wizard.get(), QStringLiteral("4-typo-named"));
    if (error == int(ErrorCode::CodeChecksumMismatch))
        QCOMPARE(problem->text(), errorMessage(ErrorCode::CodeChecksumMismatch));
    QCOMPARE(m_viewsCreated, viewsBefore);
    QVERIFY(!wizard->findChild<QWebEngineView *>());
}

void KeywayWindowTest::registerAndActivateInEmbeddedBrowser()
{
    auto wizard = makeWizard();
    auto *edit = wizard->findChild<CodeLineEdit *>(QStringLiteral("codeEdit"));
    auto *create = wizard->findChild<QRadioButton *>(QStringLiteral("createAccount"));
    auto *next = wizard->findChild<QPushButton *>(QStringLiteral("continueButton"));
    QVERIFY(edit && create && next);

    edit->setFocus();
    QTest::keyClicks(edit, m_codes.value(0));
    QCOMPARE(edit->text(), ActivationCode::group(ActivationCode::normalize(m_codes.value(0))));
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(create->isChecked());
    saveScreenshot(wizard.get(), QStringLiteral("1-code"));
    QTest::mouseClick(next, Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentPage(), ActivationWizard::Page::SignIn, 5000);
    // The step indicator (issue 17): signing in is step 2, as a screen reader reads it.
    auto *steps = wizard->findChild<QWidget *>(QStringLiteral("stepIndicator"));
    QVERIFY(steps && steps->isVisible());
    QCOMPARE(steps->accessibleName(), QStringLiteral("Step 2 of 3: Account"));
    QWebEngineView *view = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((view = wizard->findChild<QWebEngineView *>()), 5000);
    QWebEnginePage *page = view->page();
    QVERIFY(page);
    QVERIFY(page->profile()->isOffTheRecord());

    QVERIFY2(
        waitForScript(page, QStringLiteral("!!document.getElementById('register-form')"), 30000),
        qPrintable(QStringLiteral("no registration form at ") + page->url().toString()));
    auto *origin = wizard->findChild<QLabel *>(QStringLiteral("originLabel"));
    QVERIFY(origin);
    const QString serverOrigin =
        m_server.baseUrl().adjusted(QUrl::RemovePath | QUrl::StripTrailingSlash).toString();
    QVERIFY2(origin->text().contains(serverOrigin), qPrintable(origin->text()));
    saveScreenshot(wizard.get(), QStringLiteral("2-sign-in"));

    const QString email = QStringLiteral("gui.%1@example.com")
                              .arg(QUuid::createUuid().toString(QUuid::Id128).left(10));
    const QString fill =
        QStringLiteral("(function() {"
                       "  const form = document.getElementById('register-form');"
                       "  const set = (name, value) => { form.elements[name].value = value; };"
                       "  set('email', %1); set('password', %2);"
                       "  set('given_name', %3); set('family_name', %4);"
                       "  document.getElementById('submit').click();"
                       "  return true;"
                       "})()")
            .arg(jsString(email), jsString(QStringLiteral("correct horse battery")),
                 jsString(QStringLiteral("Grace")), jsString(QStringLiteral("Hopper")));
    QCOMPARE(evaluate(page, fill), QVariant(true));

    auto finished = [&] {
        const auto current = wizard->currentPage();
        return current == ActivationWizard::Page::Success
            || current == ActivationWizard::Page::Failure;
    };
    if (!QTest::qWaitFor(finished, 60000)) {
        // Say what the page shows: an inline error of the provider, or nothing at all.
        const QString text = wizard->findChild<QWebEngineView *>()
            ? evaluate(page, QStringLiteral("document.body ? document.body.innerText : ''"))
                  .toString()
            : QString();
        qInfo("keyway-devserver said:\n%s", m_server.output().constData());
        QFAIL(qPrintable(QStringLiteral("no result after 60 s; the page at %1 says: %2")
                             .arg(page->url().toString(QUrl::RemoveQuery), text)));
    }
    if (wizard->currentPage() == ActivationWizard::Page::Failure) {
        auto *message = wizard->findChild<QLabel *>(QStringLiteral("failureMessage"));
        QFAIL(qPrintable(QStringLiteral("activation failed: ")
                         + (message ? message->text() : QString())));
    }

    auto *list = wizard->findChild<QTreeWidget *>(QStringLiteral("licenseList"));
    QVERIFY(list);
    QStringList items;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        items << list->topLevelItem(i)->text(0);
        QVERIFY2(!list->topLevelItem(i)->text(1).isEmpty(), "no validity shown");
    }
    // The vendor's names for the items (the dev server's configuration), not their ids.
    QVERIFY2(items.contains(QStringLiteral("Professional edition")), qPrintable(items.join(u',')));
    QVERIFY2(items.contains(QStringLiteral("Export to other formats")),
             qPrintable(items.join(u',')));
    auto *summary = wizard->findChild<QLabel *>(QStringLiteral("successSummary"));
    QVERIFY(summary && summary->text().contains(email));
    saveScreenshot(wizard.get(), QStringLiteral("3-activated"));

    // The sign-in page, its profile and its cookies are gone with the attempt.
    QTRY_VERIFY(!wizard->findChild<QWebEngineView *>());

    // What the window promised is what the store holds, and the session is in the secret store.
    QVERIFY(m_licenses->allValid(m_config, m_deviceId, QDateTime::currentDateTimeUtc()));
    QCOMPARE(m_licenses->email(), email);
    SecretJob *read = m_secrets->read(ActivateJob::refreshTokenKey(m_config));
    QSignalSpy readSpy(read, &Job::finished);
    read->start();
    QVERIFY(readSpy.wait(10000));
    QVERIFY2(!read->hasError(), qPrintable(read->error().toString()));
    QVERIFY(!read->notFound());
}

void KeywayWindowTest::unreachablePageFailsTheSignIn()
{
    // A port nothing listens on any more: the page cannot be loaded, and the attempt ends with
    // a reason.
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    std::unique_ptr<SignInView> view(Browser::createSignInView());
    view->widget()->show();
    QSignalSpy failed(view.get(), &AuthorizationAgent::failed);
    QSignalSpy redirected(view.get(), &AuthorizationAgent::redirected);
    view->authorize(QUrl(QStringLiteral("http://127.0.0.1:%1/user/oauth20/authz").arg(closedPort)),
                    m_config.embeddedRedirectUri);
    QVERIFY(failed.wait(30000));
    QCOMPARE(failed.first().first().value<Error>().code, ErrorCode::NetworkUnreachable);
    QVERIFY(redirected.isEmpty());
}

void KeywayWindowTest::systemBrowserSignInWhenTheVendorChoosesIt()
{
    // The vendor configuration says "browser": "system": no embedded view is made; the sign-in
    // happens in the person's browser (played here over HTTP) and returns through the loopback
    // listener. An existing account signs in without a code.
    VendorConfig config = m_config;
    config.browser = QStringLiteral("system");
    QTemporaryDir dir;
    MemorySecretStore secrets;
    Activator engine(config, dir.path());
    engine.setNetworkAccessManager(&m_nam);
    engine.setSecretStore(&secrets);
    engine.setDeviceId(m_deviceId);
    ActivationWizard wizard(&engine);
    int viewsCreated = 0;
    wizard.setSignInViewFactory([&viewsCreated](QWidget *) -> SignInView * {
        ++viewsCreated;
        return nullptr;
    });
    FormBrowser browser;
    browser.setFormValues(QStringLiteral("register-form"),
                          {{QStringLiteral("email"), QStringLiteral("sysbrowser@example.com")},
                           {QStringLiteral("password"), QStringLiteral("long enough password")},
                           {QStringLiteral("given_name"), QStringLiteral("Sys")},
                           {QStringLiteral("family_name"), QStringLiteral("Browser")}});
    browser.setFollowLinkId(QStringLiteral("register-link"));
    QUrl opened;
    wizard.setBrowserLauncher([&browser, &opened](const QUrl &url) {
        opened = url;
        // A redirect URI that never matches: the played browser follows the provider's redirect
        // to the loopback listener, as a real browser would.
        browser.authorize(url, QUrl(QStringLiteral("never:/match")));
        return true;
    });
    wizard.show();

    auto *signInOnly = wizard.findChild<QPushButton *>(QStringLiteral("signInOnlyButton"));
    QVERIFY(signInOnly);
    signInOnly->click();
    QTRY_VERIFY_WITH_TIMEOUT(opened.isValid(), 10000);
    QCOMPARE(viewsCreated, 0);
    QVERIFY2(opened.toString().contains(QStringLiteral("redirect_uri=http%3A%2F%2F127.0.0.1%3A")),
             qPrintable(opened.toString()));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage() != ActivationWizard::Page::Progress, 30000);
    // A new account has no licenses: the sign-in worked and the wizard says why nothing came.
    QCOMPARE(wizard.currentPage(), ActivationWizard::Page::Failure);
    auto *message = wizard.findChild<QLabel *>(QStringLiteral("failureMessage"));
    QVERIFY(message);
    QVERIFY2(
        message->text().contains(QStringLiteral("has no license for %1").arg(config.productName)),
        qPrintable(message->text()));
    QVERIFY2(!secrets.contents().isEmpty(), "the sign-in did not store a refresh token");
}

void KeywayWindowTest::refusedEmbeddedViewOffersTheSystemBrowser()
{
    // A view that reports what Google's disallowed_useragent page makes the real one report.
    class RefusingView : public SignInView
    {
    public:
        using SignInView::SignInView;
        void authorize(const QUrl &url, const QUrl &) override
        {
            QTimer::singleShot(0, this, [this, url] {
                Q_EMIT embeddedViewRefused(url);
                Q_EMIT failed(
                    Error(ErrorCode::AuthorizationDenied, QStringLiteral("disallowed_useragent")));
            });
        }
        void cancel() override { }
        QWidget *widget() override { return &m_widget; }
        QString currentOrigin() const override { return QString(); }
        QWidget m_widget;
    };
    MemorySecretStore secrets;
    Activator engine(m_config, m_dataDir.path());
    engine.setNetworkAccessManager(&m_nam);
    engine.setSecretStore(&secrets);
    engine.setDeviceId(m_deviceId);
    ActivationWizard wizard(&engine);
    wizard.setSignInViewFactory([](QWidget *parent) { return new RefusingView(parent); });
    QUrl opened;
    wizard.setBrowserLauncher([&opened](const QUrl &url) {
        opened = url;
        return true;
    });
    wizard.show();
    wizard.findChild<QPushButton *>(QStringLiteral("signInOnlyButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentPage(), ActivationWizard::Page::Failure, 10000);
    auto *systemBrowser = wizard.findChild<QPushButton *>(QStringLiteral("systemBrowserButton"));
    QVERIFY(systemBrowser);
    QVERIFY(systemBrowser->isVisible());
    QVERIFY(systemBrowser->isDefault());
    wizard.resize(640, 480);
    saveScreenshot(&wizard, QStringLiteral("5-refused-window-offers-browser"));
    systemBrowser->click();
    QTRY_VERIFY_WITH_TIMEOUT(opened.isValid(), 10000);
    QCOMPARE(wizard.currentPage(), ActivationWizard::Page::Progress);
    wizard.restart(); // cancels the waiting sign-in
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentPage(), ActivationWizard::Page::Welcome, 10000);
}

KEYWAY_GUITEST_MAIN(KeywayWindowTest)

#include "keywaywindowtest.moc"
