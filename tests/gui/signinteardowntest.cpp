// SPDX-License-Identifier: BSD-3-Clause
// The embedded sign-in page runs in its own process, keyway-signin (issue 18), as in keyway: this
// test links no Qt WebEngine and checks that its process never maps it, also after a complete
// activation. After the wizard drops its page (the activation completed, or the person went
// back), the helper and every QtWebEngineProcess under it end within seconds, sandbox on or off.
// A helper killed in the middle of a sign-in is a failure the person can retry.

#include "devserverprocess.h"
#include "guitest.h"
#include "processtree.h"

#include "activationwizard.h"
#include "codelineedit.h"
#include "config/vendorconfig.h"
#include "engine/activator.h"
#include "helpersigninview.h"
#include "license/deviceid.h"
#include "license/licensestore.h"
#include "signinhelperpipe.h"
#include "signinview.h"
#include "signinviewplugin.h"
#include "storage/secretstore.h"

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPixmap>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

#if defined(Q_OS_LINUX)
#include <signal.h>
#include <sys/prctl.h>
#endif

using namespace Keyway;
using namespace GuiTest;

namespace {

struct Helpers
{
    int zygotes = 0;
    int others = 0; ///< renderers, utility and GPU processes
    int signIn = 0; ///< keyway-signin
    int total() const { return zygotes + others + signIn; }
};

int threadsOf(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("Threads:"))
            return line.mid(8).trimmed().toInt();
    }
    return 0;
}

/// QtWebEngineProcess and keyway-signin descendants of this process.
Helpers webEngineHelpers()
{
    Helpers helpers;
    for (const ProcessTree::Process &process : ProcessTree::descendants()) {
        const QList<QByteArray> &args = process.args;
        if (args.value(0).endsWith("keyway-signin")) {
            ++helpers.signIn;
            continue;
        }
        if (!args.value(0).endsWith("QtWebEngineProcess"))
            continue;
        // What a zygote forks (a renderer) keeps the zygote's arguments; but a zygote must be
        // single-threaded to fork, and a renderer never is. (With the sandbox, a zygote is two
        // processes: an init process in a PID namespace and the zygote under it.)
        if (args.contains("--type=zygote") && threadsOf(process.pid) == 1)
            ++helpers.zygotes;
        else
            ++helpers.others;
    }
    return helpers;
}

/// Whether this process has Qt WebEngine's library mapped.
bool webEngineMapped()
{
    return ProcessTree::maps("libQt6WebEngineCore");
}

/// How many colours the screen shows where @p widget is (a page draws text, a hole one colour).
int colorsOnScreen(QWidget *widget)
{
    const QPoint origin = widget->mapToGlobal(QPoint());
    const QImage image =
        QGuiApplication::primaryScreen()
            ->grabWindow(0, origin.x(), origin.y(), widget->width(), widget->height())
            .toImage();
    QSet<QRgb> colors;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colors.insert(image.pixel(x, y));
    }
    return int(colors.size());
}

/// Runs @p script in the helper's page and waits for its result (invalid on timeout).
QVariant evaluate(HelperSignInView *view, const QString &script, int timeoutMs = 5000)
{
    if (!view)
        return QVariant();
    QSignalSpy results(view, &HelperSignInView::scriptResult);
    const int id = view->evaluate(script);
    QVariant result;
    const bool answered = QTest::qWaitFor(
        [&] {
            for (const QList<QVariant> &arguments : std::as_const(results)) {
                if (arguments.value(0).toInt() == id) {
                    result = arguments.value(1);
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return answered ? result : QVariant();
}

/// Polls @p script in the helper's page until it returns true.
bool waitForScript(const QPointer<SignInView> &view, const QString &script, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (evaluate(qobject_cast<HelperSignInView *>(view.data()), script, 2000).toBool())
            return true;
        QTest::qWait(100);
    }
    return false;
}

/// Clicks the field @p name of the registration form where the screen shows it, with real X11
/// input (xdotool), and types @p text; true when the field then holds it.
bool personTypes(HelperSignInView *view, QWidget *container, const QString &name,
                 const QString &text)
{
    const QString xdotool = QStandardPaths::findExecutable(QStringLiteral("xdotool"));
    if (!view || xdotool.isEmpty()) {
        qWarning("xdotool is missing (scripts/install-deps.sh installs it)");
        return false;
    }
    const QVariantList xy =
        evaluate(view,
                 QStringLiteral("(() => { const r = document.getElementById('register-form')"
                                ".elements['%1'].getBoundingClientRect();"
                                " return [r.left + r.width / 2, r.top + r.height / 2]; })()")
                     .arg(name))
            .toList();
    if (xy.size() != 2)
        return false;
    const QPoint at =
        container->mapToGlobal(QPoint(qRound(xy.at(0).toDouble()), qRound(xy.at(1).toDouble())));
    QProcess::execute(xdotool,
                      {QStringLiteral("mousemove"), QString::number(at.x()),
                       QString::number(at.y()), QStringLiteral("click"), QStringLiteral("1")});
    QTest::qWait(300);
    QProcess::execute(xdotool, {QStringLiteral("type"), text});
    const QString value = QStringLiteral("document.getElementById('register-form')"
                                         ".elements['%1'].value === %2")
                              .arg(name, jsString(text));
    QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired()) {
        if (evaluate(view, value).toBool())
            return true;
        QTest::qWait(100);
    }
    return false;
}

} // namespace

class SignInTeardownTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void helpersEndWhenTheActivationCompletes();
    void helpersEndWhenThePersonGoesBack();
    void helpersEndWhenTheWindowCloses();
    void helperCrashIsARetryableFailure();

private:
    std::unique_ptr<ActivationWizard> makeWizard();
    /// Types the code, chooses "Create an account", and waits for the registration form.
    bool openRegistration(ActivationWizard *wizard, const QString &code);
    void verifyHelpersEnd();

    DevServerProcess m_server;
    VendorConfig m_config;
    QTemporaryDir m_dataDir;
    QString m_deviceId;
    QStringList m_codes;
    QNetworkAccessManager m_nam;
    MemorySecretStore m_secrets;
    std::unique_ptr<Activator> m_engine; ///< over m_secrets and m_dataDir
    QPointer<SignInView> m_view;
    int m_views = 0;
};

void SignInTeardownTest::initTestCase()
{
#if !defined(Q_OS_LINUX)
    QSKIP("reads the helper processes from /proc");
#else
    // Chromium's processes that a killed helper leaves behind become ours, not init's, so that
    // they are still counted.
    QVERIFY(prctl(PR_SET_CHILD_SUBREAPER, 1) == 0);
#endif
    QVERIFY2(!webEngineMapped(), "the test process maps Qt WebEngine before any sign-in");
    QVERIFY2(!SignInHelperPipe::findProgram().isEmpty(), "keyway-signin not found");
    qputenv("KEYWAY_SIGNIN_TEST_SCRIPTS", "1");
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dataDir.isValid());
    QVERIFY2(m_server.start(), "keyway-devserver did not start");
    auto config = VendorConfig::load(m_server.configPath());
    QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
    m_config = *config;
    m_config.signInPageInOwnProcess = true; // "signInPage": "process"
    m_deviceId = DeviceId::forProduct(m_config, m_dataDir.path());
    m_codes = m_server.generateCodes(4);
    QCOMPARE(m_codes.size(), 4);
    m_engine = std::make_unique<Activator>(m_config, m_dataDir.path());
    m_engine->setNetworkAccessManager(&m_nam);
    m_engine->setSecretStore(&m_secrets);
    m_engine->setDeviceId(m_deviceId);
}

std::unique_ptr<ActivationWizard> SignInTeardownTest::makeWizard()
{
    auto wizard = std::make_unique<ActivationWizard>(m_engine.get());
    // What keyway uses: the page in keyway-signin, the plugin only when that cannot start.
    const SignInViewFactory real = embeddedSignInViewFactory(m_config);
    wizard->setSignInViewFactory([this, real](QWidget *parent) {
        SignInView *view = real(parent);
        m_view = view;
        ++m_views;
        return view;
    });
    wizard->resize(640, 760);
    wizard->show();
    return wizard;
}

bool SignInTeardownTest::openRegistration(ActivationWizard *wizard, const QString &code)
{
    auto *edit = wizard->findChild<CodeLineEdit *>(QStringLiteral("codeEdit"));
    auto *create = wizard->findChild<QRadioButton *>(QStringLiteral("createAccount"));
    auto *next = wizard->findChild<QPushButton *>(QStringLiteral("continueButton"));
    if (!edit || !create || !next)
        return false;
    edit->setText(code);
    create->setChecked(true);
    next->click();
    if (!QTest::qWaitFor([&] { return !m_view.isNull(); }, 10000))
        return false;
    if (!qobject_cast<HelperSignInView *>(m_view.data())) {
        qWarning("the sign-in page is not in keyway-signin");
        return false;
    }
    return waitForScript(m_view, QStringLiteral("!!document.getElementById('register-form')"),
                         30000);
}

void SignInTeardownTest::verifyHelpersEnd()
{
    // The view, and with it its page and off-the-record profile, is deleted first.
    QTRY_VERIFY_WITH_TIMEOUT(m_view.isNull(), 5000);
    // The helper quits with its page and takes Chromium with it, zygotes too.
    QTRY_COMPARE_WITH_TIMEOUT(webEngineHelpers().total(), 0, 10000);
    QVERIFY2(!webEngineMapped(), "the test process mapped Qt WebEngine");
}

void SignInTeardownTest::helpersEndWhenTheActivationCompletes()
{
    auto wizard = makeWizard();
    QVERIFY(openRegistration(wizard.get(), m_codes.value(0)));
    QVERIFY2(webEngineHelpers().others > 0, "no renderer process while the page is shown");
    QCOMPARE(webEngineHelpers().signIn, 1);

    const QString fill =
        QStringLiteral("(function() {"
                       "  const form = document.getElementById('register-form');"
                       "  const set = (name, value) => { form.elements[name].value = value; };"
                       "  set('email', %1); set('password', %2);"
                       "  set('given_name', 'Tear'); set('family_name', 'Down');"
                       "  document.getElementById('submit').click();"
                       "  return true;"
                       "})()")
            .arg(jsString(QStringLiteral("teardown.%1@example.com")
                              .arg(QUuid::createUuid().toString(QUuid::Id128).left(10))),
                 jsString(QStringLiteral("correct horse battery")));
    QCOMPARE(evaluate(qobject_cast<HelperSignInView *>(m_view.data()), fill), QVariant(true));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage() == ActivationWizard::Page::Success
                                 || wizard->currentPage() == ActivationWizard::Page::Failure,
                             60000);
    if (wizard->currentPage() == ActivationWizard::Page::Failure) {
        auto *message = wizard->findChild<QLabel *>(QStringLiteral("failureMessage"));
        QFAIL(qPrintable(QStringLiteral("activation failed: ")
                         + (message ? message->text() : QString())));
    }
    verifyHelpersEnd();
}

void SignInTeardownTest::helpersEndWhenThePersonGoesBack()
{
    auto wizard = makeWizard();
    QVERIFY(openRegistration(wizard.get(), m_codes.value(1)));
    QVERIFY2(webEngineHelpers().others > 0, "no renderer process while the page is shown");
    if (QGuiApplication::platformName() == QLatin1String("xcb")) {
        // One window: the helper's page is drawn inside the wizard, where its container is.
        auto *container = wizard->findChild<QWidget *>(QStringLiteral("signInHelperWindow"));
        QVERIFY2(container, "the helper's window was not embedded");
        QTRY_VERIFY_WITH_TIMEOUT(container->isVisible() && container->width() > 100, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(colorsOnScreen(container) > 8, 10000);
        // A person's click (a real X11 event, from xdotool) lands where the field is drawn and
        // the keys typed then go into it.
        QVERIFY(personTypes(qobject_cast<HelperSignInView *>(m_view.data()), container,
                            QStringLiteral("given_name"), QStringLiteral("Ada")));
        if (qEnvironmentVariableIsSet("KEYWAY_TEST_GRAB"))
            QGuiApplication::primaryScreen()->grabWindow(0).save(
                qEnvironmentVariable("KEYWAY_TEST_GRAB"));
    }
    auto *back = wizard->findChild<QPushButton *>(QStringLiteral("signInBackButton"));
    QVERIFY(back);
    back->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentPage(), ActivationWizard::Page::Code, 10000);
    verifyHelpersEnd();
}

// The person closes the activation window while the page is shown in it: the wizard goes with
// the page's window embedded in it, nothing touches a widget already deleted, the engine's
// activation is cancelled, and the helper and Chromium end.
void SignInTeardownTest::helpersEndWhenTheWindowCloses()
{
    auto wizard = makeWizard();
    QVERIFY(openRegistration(wizard.get(), m_codes.value(3)));
    QVERIFY2(webEngineHelpers().others > 0, "no renderer process while the page is shown");
    QVERIFY(m_engine->isBusy());
    wizard.reset();
    verifyHelpersEnd();
    QTRY_VERIFY_WITH_TIMEOUT(!m_engine->isBusy(), 5000);
}

void SignInTeardownTest::helperCrashIsARetryableFailure()
{
#if defined(Q_OS_LINUX)
    auto wizard = makeWizard();
    QVERIFY(openRegistration(wizard.get(), m_codes.value(2)));
    auto *helper = qobject_cast<HelperSignInView *>(m_view.data());
    QVERIFY(helper && helper->processId() > 0);
    const int viewsBefore = m_views;
    QCOMPARE(::kill(pid_t(helper->processId()), SIGKILL), 0);

    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentPage(), ActivationWizard::Page::Failure, 10000);
    auto *message = wizard->findChild<QLabel *>(QStringLiteral("failureMessage"));
    QVERIFY(message);
    QCOMPARE(message->text(), errorMessage(ErrorCode::SignInPageCrashed));
    // Its Chromium processes do not outlive it.
    QTRY_COMPARE_WITH_TIMEOUT(webEngineHelpers().total(), 0, 10000);

    auto *tryAgain = wizard->findChild<QPushButton *>(QStringLiteral("tryAgainButton"));
    QVERIFY(tryAgain && tryAgain->isVisible());
    tryAgain->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_views == viewsBefore + 1 && !m_view.isNull(), 10000);
    QVERIFY(
        waitForScript(m_view, QStringLiteral("!!document.getElementById('register-form')"), 30000));
    auto *back = wizard->findChild<QPushButton *>(QStringLiteral("signInBackButton"));
    QVERIFY(back);
    back->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentPage(), ActivationWizard::Page::Code, 10000);
    verifyHelpersEnd();
#endif
}

KEYWAY_GUITEST_MAIN(SignInTeardownTest)

#include "signinteardowntest.moc"
