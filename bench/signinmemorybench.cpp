// SPDX-License-Identifier: BSD-3-Clause
// The keyway window's memory before, during and after an embedded sign-in, in one process:
// the status view as keyway shows it (Qt WebEngine not loaded), then the wizard's sign-in page
// (through embeddedSignInViewFactory(), as in keyway: the page in keyway-signin, its own
// process; with KEYWAY_BENCH_PLUGIN=1 the browser plugin in this process, as before issue 18),
// scripted to register at keyway-devserver until the activation completes, then again after
// the view is dropped and the event loop has run a while. Several sign-ins in a row show
// whether anything grows per sign-in. Linked like keyway: no Qt WebEngine; the helper's page is
// scripted over its pipe, the plugin's through the module benchpagescript, loaded only once the
// plugin has loaded Qt WebEngine.
//
// Usage: signinmemorybench [sign-ins=3] [settle-seconds=5] [idle-seconds=20]. Needs a display
// (xvfb-run).
// Target (issue 18): after the sign-in, no keyway-signin or QtWebEngineProcess left and the
// resident memory within 5 MiB of the status window's.

#include "devserverprocess.h"
#include "procstats.h"

#include "activationwizard.h"
#include "codelineedit.h"
#include "config/vendorconfig.h"
#include "engine/activator.h"
#include "helpersigninview.h"
#include "license/deviceid.h"
#include "license/licensestore.h"
#include "licensestatuswidget.h"
#include "signinview.h"
#include "signinviewplugin.h"
#include "storage/secretstore.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLibrary>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Keyway;

namespace {

using Evaluate = bool (*)(QObject *page, const QString &script, QVariant *result, int timeoutMs);

struct Sample
{
    QString label;
    ProcStats::Memory memory;
    ProcStats::Helpers helpers;
    double mallocInUse = -1;
};

Sample sample(const QString &label)
{
    return {label, ProcStats::self(), ProcStats::webEngineHelpers(), ProcStats::mallocInUse()};
}

QString js(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

/// The sign-in view's page: the QWebEnginePage among the view's children, or keyway-signin's
/// view itself.
QObject *findPage(QObject *view)
{
    if (!view)
        return nullptr;
    if (qobject_cast<HelperSignInView *>(view))
        return view;
    const auto children = view->findChildren<QObject *>();
    for (QObject *child : children) {
        if (child->inherits("QWebEnginePage") && child->parent() == view)
            return child;
    }
    return nullptr;
}

/// Runs @p script in keyway-signin's page over its pipe.
bool evaluateInHelper(QObject *view, const QString &script, QVariant *result, int timeoutMs)
{
    auto *helper = qobject_cast<HelperSignInView *>(view);
    if (!helper)
        return false;
    bool answered = false;
    const int id = helper->evaluate(script);
    const QMetaObject::Connection connection = QObject::connect(
        helper, &HelperSignInView::scriptResult, [&](int answerId, const QVariant &value) {
            if (answerId != id)
                return;
            *result = value;
            answered = true;
        });
    QTest::qWaitFor([&] { return answered; }, timeoutMs);
    QObject::disconnect(connection);
    return answered;
}

bool waitForScript(Evaluate evaluate, QObject *page, const QString &script, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QVariant result;
        if (evaluate(page, script, &result, 2000) && result.toBool())
            return true;
        QTest::qWait(100);
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // as keyway does
    if (qEnvironmentVariableIsEmpty("KEYWAY_PLUGIN_DIR"))
        qputenv("KEYWAY_PLUGIN_DIR", KEYWAY_BENCH_PLUGIN_DIR);
    if (qEnvironmentVariableIsEmpty("KEYWAY_SIGNIN_HELPER"))
        qputenv("KEYWAY_SIGNIN_HELPER", KEYWAY_BENCH_SIGNIN_HELPER);
    qputenv("KEYWAY_SIGNIN_TEST_SCRIPTS", "1");
    const bool inProcess = qEnvironmentVariable("KEYWAY_BENCH_PLUGIN") == QLatin1String("1");
    QApplication app(argc, argv);
    const int signIns = argc > 1 ? std::max(1, atoi(argv[1])) : 3;
    const int settleSeconds = argc > 2 ? std::max(1, atoi(argv[2])) : 5;
    const int idleSeconds = argc > 3 ? std::max(0, atoi(argv[3])) : 20;

    DevServerProcess server;
    if (!server.start()) {
        std::fprintf(stderr, "keyway-devserver did not start\n");
        return 1;
    }
    auto loaded = VendorConfig::load(server.configPath());
    if (!loaded) {
        std::fprintf(stderr, "config: %s\n", qPrintable(loaded.error().toString()));
        return 1;
    }
    VendorConfig config = *loaded;
    const QStringList codes = server.generateCodes(signIns);
    if (codes.size() != signIns) {
        std::fprintf(stderr, "could not generate codes\n");
        return 1;
    }

    QTemporaryDir dataDir;
    QNetworkAccessManager nam;
    MemorySecretStore secrets;
    const QString deviceId = DeviceId::forProduct(config, dataDir.path());

    Activator engine(config, dataDir.path());
    engine.setNetworkAccessManager(&nam);
    engine.setSecretStore(&secrets);
    engine.setDeviceId(deviceId);
    engine.setBackgroundWork(false);

    // The window as keyway builds it: the wizard and the status view on a stack.
    QWidget window;
    auto *pages = new QStackedWidget(&window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(pages);
    auto *wizard = new ActivationWizard(&engine, pages);
    config.signInPageInOwnProcess = !inProcess;
    const SignInViewFactory factory = inProcess
        ? loadBrowserSignInViewFactory(config.allowedOrigins)
        : embeddedSignInViewFactory(config);
    QPointer<SignInView> view;
    wizard->setSignInViewFactory([&](QWidget *parent) {
        view = factory(parent);
        return view.data();
    });
    pages->addWidget(wizard);
    auto *status = new LicenseStatusWidget(config, pages);
    status->setActivator(&engine);
    pages->addWidget(status);
    status->refresh();
    pages->setCurrentWidget(status);
    window.resize(640, 720);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        std::fprintf(stderr, "the window was not shown (no display?)\n");
        return 1;
    }
    QTest::qWait(settleSeconds * 1000);

    std::vector<Sample> samples;
    samples.push_back(sample(QStringLiteral("status window (before any sign-in)")));
    const bool webEngineBefore = ProcStats::mapped("libQt6WebEngineCore");
    const QHash<QString, double> mappingsBefore = ProcStats::residentByMapping();

    Evaluate evaluate = nullptr;
    QLibrary script(QStringLiteral(KEYWAY_BENCH_PAGESCRIPT));
    std::vector<double> goneMs;
    for (int i = 0; i < signIns; ++i) {
        pages->setCurrentWidget(wizard);
        wizard->restart();
        auto *edit = wizard->findChild<CodeLineEdit *>(QStringLiteral("codeEdit"));
        auto *create = wizard->findChild<QRadioButton *>(QStringLiteral("createAccount"));
        auto *next = wizard->findChild<QPushButton *>(QStringLiteral("continueButton"));
        if (!edit || !create || !next)
            return 1;
        edit->setText(codes.at(i));
        create->setChecked(true);
        next->click();
        QObject *page = nullptr;
        if (!QTest::qWaitFor([&] { return (page = findPage(view)) != nullptr; }, 10000)) {
            std::fprintf(stderr, "no sign-in page: %s\n", qPrintable(browserPluginError()));
            return 1;
        }
        if (qobject_cast<HelperSignInView *>(page))
            evaluate = &evaluateInHelper;
        else if (!inProcess) {
            std::fprintf(stderr, "the sign-in page is not in keyway-signin\n");
            return 1;
        }
        if (!evaluate) {
            evaluate = reinterpret_cast<Evaluate>(script.resolve("keywayBenchEvaluate"));
            if (!evaluate) {
                std::fprintf(stderr, "%s\n", qPrintable(script.errorString()));
                return 1;
            }
        }
        if (!waitForScript(evaluate, page,
                           QStringLiteral("!!document.getElementById('register-form')"), 30000)) {
            std::fprintf(stderr, "no registration form\n");
            return 1;
        }
        if (i == 0)
            samples.push_back(sample(QStringLiteral("sign-in page shown (first)")));
        const QString email = QStringLiteral("bench.%1@example.com")
                                  .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
        QVariant submitted;
        evaluate(page,
                 QStringLiteral("(function() {"
                                "  const form = document.getElementById('register-form');"
                                "  const set = (name, value) => { form.elements[name].value = "
                                "value; };"
                                "  set('email', %1); set('password', %2);"
                                "  set('given_name', %3); set('family_name', %4);"
                                "  document.getElementById('submit').click();"
                                "  return true;"
                                "})()")
                     .arg(js(email), js(QStringLiteral("correct horse battery")),
                          js(QStringLiteral("Bench")), js(QStringLiteral("Mark"))),
                 &submitted, 5000);
        const auto finished = [&] {
            return wizard->currentPage() == ActivationWizard::Page::Success
                || wizard->currentPage() == ActivationWizard::Page::Failure;
        };
        if (!QTest::qWaitFor(finished, 60000)
            || wizard->currentPage() != ActivationWizard::Page::Success) {
            std::fprintf(stderr, "sign-in %d did not complete\n", i + 1);
            return 1;
        }
        // The wizard dropped the view when the activation finished; "Done" goes back to the
        // status view, as in keyway.
        QElapsedTimer sinceDone;
        sinceDone.start();
        wizard->findChild<QPushButton *>(QStringLiteral("doneButton"))->click();
        status->refresh();
        pages->setCurrentWidget(status);
        double gone = -1;
        QDeadlineTimer settle(settleSeconds * 1000);
        while (!settle.hasExpired()) {
            if (gone < 0 && ProcStats::webEngineHelpers().count == 0)
                gone = sinceDone.elapsed();
            QTest::qWait(50);
        }
        goneMs.push_back(gone);
        samples.push_back(sample(QStringLiteral("status window after sign-in %1").arg(i + 1)));
    }
    // Idle a while longer: do pages handed back come back by themselves?
    QTest::qWait(idleSeconds * 1000);
    samples.push_back(sample(QStringLiteral("the same, %1 s later").arg(idleSeconds)));

    // Where the growth is: resident memory per mapping, at the end minus before.
    const QHash<QString, double> mappingsAfter = ProcStats::residentByMapping();
    std::vector<std::pair<double, QString>> byMapping;
    for (auto it = mappingsAfter.cbegin(); it != mappingsAfter.cend(); ++it)
        byMapping.emplace_back(it.value() - mappingsBefore.value(it.key()), it.key());
    std::sort(byMapping.begin(), byMapping.end(), std::greater<>());

    const Sample &before = samples.front();
    std::printf("%-38s %8s %7s %7s %7s %12s  %s\n", "keyway window, one process", "RSS MiB", "anon",
                "file", "malloc", "helpers PSS", "QtWebEngineProcess");
    for (const Sample &s : samples) {
        std::printf("%-38s %8.1f %7.1f %7.1f %7.1f %12.1f  %s\n", qPrintable(s.label), s.memory.rss,
                    s.memory.anon, s.memory.file, s.mallocInUse, s.helpers.pss,
                    qPrintable(s.helpers.describe()));
    }
    std::printf("largest growth by mapping, first row → last row:");
    for (size_t i = 0; i < std::min<size_t>(8, byMapping.size()); ++i) {
        std::printf("%s %+.1f MiB %s", i ? "," : "", byMapping[i].first,
                    qPrintable(QFileInfo(byMapping[i].second).fileName().isEmpty()
                                   ? byMapping[i].second
                                   : QFileInfo(byMapping[i].second).fileName()));
    }
    std::printf("\n");
    const Sample &after = samples.back();
    const double rssGrowth = after.memory.rss - before.memory.rss;
    const double firstGrowth = samples.at(2).memory.rss - before.memory.rss;
    std::printf("after the first sign-in: %+.1f MiB resident (%+.1f anon, %+.1f file); after "
                "sign-in %d and %d s idle: %+.1f MiB (%+.1f anon, %+.1f file)\n",
                firstGrowth, samples.at(2).memory.anon - before.memory.anon,
                samples.at(2).memory.file - before.memory.file, signIns, idleSeconds, rssGrowth,
                after.memory.anon - before.memory.anon, after.memory.file - before.memory.file);
    QStringList gone;
    for (double ms : goneMs)
        gone.append(ms < 0 ? QStringLiteral("never") : QStringLiteral("%1 ms").arg(ms, 0, 'f', 0));
    std::printf("QtWebEngineProcess children gone after the activation finished: %s (watched "
                "%d s each)\n",
                qPrintable(gone.join(QStringLiteral(", "))), settleSeconds);
    std::printf("Qt WebEngine mapped before the first sign-in: %s\n",
                webEngineBefore ? "yes" : "no");
    std::printf("Qt WebEngine mapped after the last sign-in: %s\n",
                ProcStats::mapped("libQt6WebEngineCore") ? "yes" : "no");
    std::printf("sign-in page: %s\n",
                inProcess ? "browser plugin in this process" : "keyway-signin, its own process");
    std::printf("target: no keyway-signin or QtWebEngineProcess after a sign-in (%s), resident "
                "memory within 5 MiB of the status window's (%s)\n",
                after.helpers.count == 0 ? "met" : "NOT met", rssGrowth <= 5 ? "met" : "NOT met");
    return 0;
}
