// SPDX-License-Identifier: BSD-3-Clause
// keyway: the product's activation window. It only wires the libraries together: the vendor
// configuration, the stores, the wizard and the embedded browser. The browser (Qt WebEngine) is a
// plugin loaded when the wizard first shows a sign-in page, so the status window never maps it.

#include "activationwizard.h"
#include "config/vendorconfig.h"
#include "core/translations.h"
#include "engine/activator.h"
#include "license/licensestore.h"
#include "licensestatuswidget.h"
#include "net/proxysettings.h"
#include "net/tlssetup.h"
#include "online/resumeredemptionjob.h"
#include "proxysettingsdialog.h"
#include "signinviewplugin.h"
#include "singleinstance.h"
#include "storage/secretstore.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>

#include <QCommandLineParser>
#include <QDir>
#include <QLabel>
#include <QLoggingCategory>
#include <QMainWindow>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <cstdio>
#include <memory>

Q_LOGGING_CATEGORY(lcApp, "keyway.app")

using namespace Keyway;

namespace {

struct Options
{
    QCommandLineOption config {QStringLiteral("config"),
                               QCoreApplication::translate("main",
                                                           "A settings file that changes where to "
                                                           "connect (default: $KEYWAY_CONFIG); "
                                                           "the license keys stay the built-in "
                                                           "ones."),
                               QCoreApplication::translate("main", "file")};
    QCommandLineOption dataDir {QStringLiteral("data-dir"),
                                QCoreApplication::translate("main",
                                                            "Where the licenses are kept "
                                                            "(default: $KEYWAY_DATA_DIR, else "
                                                            "the application data folder)."),
                                QCoreApplication::translate("main", "directory")};
    QCommandLineOption language {QStringLiteral("lang"),
                                 QCoreApplication::translate("main",
                                                             "The language of the window and the "
                                                             "sign-in page, e.g. \"fi\" (default: "
                                                             "the system's)."),
                                 QCoreApplication::translate("main", "language")};

    void addTo(QCommandLineParser &parser)
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Activates this product on this computer."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(config);
        parser.addOption(dataDir);
        parser.addOption(language);
    }
};

} // namespace

/// Prints one line when the window has painted for the first time (for benchmarks).
class FirstPaintReporter : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            // After this paint event has been delivered, not before.
            QTimer::singleShot(0, this, [] {
                std::fputs("keyway: first paint\n", stdout);
                std::fflush(stdout);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_reported = false;
};

int main(int argc, char *argv[])
{
    // Qt WebEngine, once its plugin is loaded, shares its OpenGL context with the widgets; the
    // attribute must be set before QApplication and costs nothing until then.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("keyway"));
    QCoreApplication::setOrganizationName(QStringLiteral("Keyway"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYWAY_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("keyway"));
    Keyway::installTranslations();

    Options options;
    QCommandLineParser parser;
    options.addTo(parser);
    parser.process(app);
    if (parser.isSet(options.language)) {
        // The default locale also gives the sign-in page its ui_locales.
        const QLocale locale(parser.value(options.language));
        QLocale::setDefault(locale);
        if (!Keyway::installTranslations(locale))
            qCWarning(lcApp) << "no translation for" << parser.value(options.language);
    }

    // The one place: trust anchors compiled in, a runtime file only for endpoints and looks.
    const QString configPath = VendorConfig::runtimePath(parser.value(options.config));
    const Result<VendorConfig> loaded = VendorConfig::resolve(configPath);
    if (!loaded) {
        qCCritical(lcApp).noquote()
            << "cannot use the configuration" << configPath << ":"
            << errorCodeName(loaded.error().code) << loaded.error().toString();
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Activation"),
                              loaded.error().message);
        return 2;
    }
    const VendorConfig config = loaded.value();

    const QString dataDir = parser.isSet(options.dataDir)
        ? QDir(parser.value(options.dataDir)).absolutePath()
        : LicenseStore::defaultDirectory(config);
    qCInfo(lcApp) << "configuration" << configPath << "licenses in" << dataDir;

    // One window per data folder: a second start raises the first one's window and ends.
    SingleInstance instance(dataDir);
    switch (instance.acquire()) {
    case SingleInstance::Outcome::Primary:
        break;
    case SingleInstance::Outcome::Activated:
        return 0;
    case SingleInstance::Outcome::TimedOut:
    case SingleInstance::Outcome::Failed:
        qCCritical(lcApp).noquote() << instance.errorString();
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Activation"),
                              instance.errorString());
        return 1;
    }

    // The vendor's extra CA certificates ("extraCaCertificates"), before the first request.
    if (const auto tls = TlsSetup::apply(config); !tls) {
        qCCritical(lcApp).noquote() << tls.error().toString();
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Activation"),
                              tls.error().message);
        return 1;
    }

    // The system's proxy unless the person chose another in "Network settings…".
    QSettings settings;
    const ProxySettings proxySettings = ProxySettings::load(settings);
    proxySettings.apply();
    QNetworkAccessManager nam;
    proxySettings.applyTo(&nam);
    // The engine: the session (in the keychain; with "secretStorageFallback": "file" backed by a
    // 0600 file in the data folder), the licenses, background renewal, queued releases and the
    // resume of an interrupted redemption. The window and its views only show its state.
    Activator activator(config, dataDir);
    activator.setNetworkAccessManager(&nam);
    SecretStore &secrets = *activator.secretStore();
    // The same salt as keywayctl, which verifies what this window stores.
    const QString deviceId = activator.deviceId();
    if (deviceId.isEmpty()) {
        qCCritical(lcApp) << "no device id: no machine id and" << dataDir << "is not writable";
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Activation"),
                              errorMessage(ErrorCode::FileUnwritable));
        return 1;
    }

    // A main window: a frame to assistive technology (a plain widget would be a "filler").
    QMainWindow window;
    window.setWindowTitle(
        QCoreApplication::translate("main", "%1 activation").arg(config.productName));
    auto *central = new QWidget(&window);
    window.setCentralWidget(central);
    auto *pages = new QStackedWidget;
    auto *layout = new QVBoxLayout(central);
    // On a small screen (1280x800 at 200 %) the pages scroll instead of pushing the window, and
    // its buttons, past the screen's edge (issue 17). Not a Tab stop of its own.
    auto *scroll = new QScrollArea(central);
    scroll->setObjectName(QStringLiteral("pagesScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(pages);
    layout->addWidget(scroll);

    auto *wizard = new ActivationWizard(&activator, pages);
    wizard->setSignInViewFactory(embeddedSignInViewFactory(config));
    pages->addWidget(wizard);

    // A proxy that demands a user name and password asks for them once per run; the password
    // stays in memory. Qt needs the answer before the signal returns, hence a modal prompt.
    ProxyAuthenticator proxyAuthenticator;
    proxyAuthenticator.attach(&nam);
    proxyAuthenticator.setAsker(
        [&window](const QNetworkProxy &proxy, const QString &lastUser, bool refused) {
            return ProxySettingsDialog::askCredentials(&window, proxy, lastUser, refused);
        });

    auto *status = new LicenseStatusWidget(config, pages);
    status->setActivator(&activator);
    status->setSignInViewFactory(embeddedSignInViewFactory(config));
    status->setSettings(&settings);
    pages->addWidget(status);

    auto showStatus = [&] {
        status->refresh();
        pages->setCurrentWidget(status);
    };
    auto showWizard = [&] {
        wizard->restart();
        pages->setCurrentWidget(wizard);
    };
    QObject::connect(wizard, &ActivationWizard::done, &window, showStatus);
    // The connection test offers the proxy settings the status view keeps.
    QObject::connect(wizard, &ActivationWizard::networkSettingsRequested, status,
                     &LicenseStatusWidget::showNetworkSettings);
    QObject::connect(status, &LicenseStatusWidget::activateRequested, &window, showWizard);
    // The vendor wants the system browser (or no page can be made here): the wizard signs in.
    QObject::connect(status, &LicenseStatusWidget::signInRequested, &window, showWizard);
    // After deactivating, the status view shows the result (and "Activate…"): no page switch.

    // Renewal, queued releases and the resume of an interrupted redemption run in the engine;
    // the window only answers what needs a person.
    QObject::connect(
        &activator, &Activator::resumeFinished, &window, [&](ResumeRedemptionJob *resume) {
            if (!resume->wasPending())
                return;
            if (!resume->hasError()) {
                qCInfo(lcApp) << "finished the pending redemption";
                showStatus();
                return;
            }
            // Another account's code (issue 12): say whose it is; it is finished
            // by signing in as that account, or discarded here (it stays unused at
            // the service).
            if (resume->error().code == ErrorCode::RedemptionOtherAccount) {
                QMessageBox box(QMessageBox::Question,
                                QCoreApplication::translate("main", "Activation"),
                                resume->error().message, QMessageBox::NoButton, &window);
                QPushButton *discard =
                    box.addButton(QCoreApplication::translate("main", "Discard the waiting code"),
                                  QMessageBox::DestructiveRole);
                box.addButton(QCoreApplication::translate("main", "Keep it for %1")
                                  .arg(resume->pendingOwner()),
                              QMessageBox::RejectRole);
                box.exec();
                if (box.clickedButton() == discard)
                    activator.discardPendingRedemption()->start();
                return;
            }
            // Kept entries are finished by the next start or the next sign-in; a
            // code the service refused for good is said once.
            if (resume->journalCleared())
                QMessageBox::warning(&window, QCoreApplication::translate("main", "Activation"),
                                     resume->error().message);
        });

    status->refresh();
    if (activator.hasLicenses())
        pages->setCurrentWidget(status);
    else
        pages->setCurrentWidget(wizard);
    activator.start();

    // Seams for bench/windowbench (docs/performance.md): report the first paint on stdout, and
    // optionally load the WebEngine sign-in view eagerly to show what lazy loading saves.
    if (qEnvironmentVariableIsSet("KEYWAY_BENCH_PRELOAD_BROWSER")) {
        std::unique_ptr<SignInView> view(
            loadBrowserSignInViewFactory(config.allowedOrigins)(nullptr));
        qCInfo(lcApp) << "browser preloaded:" << (view != nullptr);
    }
    FirstPaintReporter reporter;
    if (qEnvironmentVariableIsSet("KEYWAY_BENCH_REPORT_PAINT"))
        window.installEventFilter(&reporter);

    // Says so while the session is kept in the plain-file fallback instead of the keychain.
    auto *fallbackNotice = new QLabel(central);
    fallbackNotice->setObjectName(QStringLiteral("fallbackNotice"));
    fallbackNotice->setWordWrap(true);
    fallbackNotice->setVisible(false);
    layout->insertWidget(0, fallbackNotice);
    const auto showFallback = [fallbackNotice, store = &secrets] {
        fallbackNotice->setText(
            QCoreApplication::translate("main",
                                        "Your sign-in is kept in the file %1, which only your user "
                                        "account can read, because the system keychain cannot be "
                                        "used. Anyone with access to your files can use it.")
                .arg(store->fallbackFile()));
        fallbackNotice->setAccessibleName(fallbackNotice->text());
        fallbackNotice->setVisible(store->isFallback());
    };
    QObject::connect(&secrets, &SecretStore::fallbackChanged, fallbackNotice, showFallback);
    showFallback();

    // A second start of keyway for this data folder brings this window forward.
    QObject::connect(&instance, &SingleInstance::activationRequested, &window, [&window] {
        window.show();
        window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window.raise();
        window.activateWindow();
    });

    // 640x720 where there is room; else what the screen has, a title bar left over.
    QSize size(640, 720);
    if (const QScreen *screen = window.screen()) {
        const QSize available = screen->availableGeometry().size();
        size = size.boundedTo(QSize(available.width(), available.height() - 48));
    }
    window.resize(size);
    window.show();
    return app.exec();
}
