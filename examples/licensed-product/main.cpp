// SPDX-License-Identifier: BSD-3-Clause
// A licensed product in one file: the "Export" feature is enabled only while Keyway's
// LicenseGuard says the item is licensed; without a license the activation wizard is offered.
// The engine (Activator) renews the licenses in the background, sends releases queued while
// offline and finishes an interrupted redemption, with the secret store the vendor configured.
//
//   licensed-product [--config FILE] [--data-dir DIR] [--item ITEM] [--check-only]
//
// --check-only prints the gate's answer and exits (0 enabled, 1 disabled) without a window.

#include <keyway/activationwizard.h>
#include <keyway/activator.h>
#include <keyway/browser.h>
#include <keyway/licenseguard.h>
#include <keyway/translations.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QTextStream>
#include <QVBoxLayout>

#include <cstdio>
#include <memory>

using namespace Keyway;

namespace {
struct Options
{
    QString config;
    QString dataDir;
    QString item;
    bool checkOnly = false;
};

Options parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption config(
        QStringLiteral("config"),
        QStringLiteral("Settings that change where to connect; never the license keys."),
        QStringLiteral("file"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("License folder."),
                                     QStringLiteral("dir"));
    const QCommandLineOption item(QStringLiteral("item"), QStringLiteral("The item to check."),
                                  QStringLiteral("item"));
    const QCommandLineOption checkOnly(QStringLiteral("check-only"),
                                       QStringLiteral("Print whether the feature is enabled."));
    parser.addOptions({config, dataDir, item, checkOnly});
    parser.process(arguments);
    return {parser.value(config), parser.value(dataDir), parser.value(item),
            parser.isSet(checkOnly)};
}

bool wantsCheckOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--check-only") == 0)
            return true;
    }
    return false;
}

int checkOnly(const VendorConfig &config, const Options &options, const QString &item)
{
    // The start-up check of a real product: no network, no keychain, no window.
    LicenseGuard guard(config, options.dataDir);
    const LicenseStatus status = guard.status(item);
    QTextStream out(stdout);
    out << "feature " << item << ": " << (guard.check(item) ? "enabled" : "disabled") << " ("
        << LicenseStatus::stateName(status.state) << ": " << status.reason.message << ")"
        << Qt::endl;
    return guard.check(item) ? 0 : 1;
}

int runWindow(const VendorConfig &config, const Options &options, const QString &item)
{
    LicenseGuard guard(config, options.dataDir);
    Activator activator(config, guard.dataDirectory());

    QWidget window;
    window.setWindowTitle(config.productName);
    auto *layout = new QVBoxLayout(&window);
    auto *state = new QLabel(&window);
    state->setWordWrap(true);
    auto *feature = new QPushButton(QStringLiteral("Export…"), &window);
    auto *activate = new QPushButton(QStringLiteral("Activate…"), &window);
    layout->addWidget(state);
    layout->addWidget(feature);
    layout->addWidget(activate);

    auto update = [&] {
        const bool licensed = guard.check(item);
        feature->setEnabled(licensed);
        activate->setVisible(!licensed);
        state->setText(guard.status(item).reason.message);
    };
    QObject::connect(&guard, &LicenseGuard::changed, &window, update);
    // Renewed or resumed in the background: the guard reads the store again.
    QObject::connect(&activator, &Activator::changed, &window, update);
    QObject::connect(activate, &QPushButton::clicked, &window, [&] {
        QDialog dialog(&window);
        // The wizard is a view over the engine: what it activates, the engine keeps and renews.
        auto *wizard = new ActivationWizard(&activator, &dialog);
        wizard->setSignInViewFactory(Browser::signInViewFactory());
        (new QVBoxLayout(&dialog))->addWidget(wizard);
        QObject::connect(wizard, &ActivationWizard::done, &dialog, &QDialog::accept);
        dialog.exec();
        update();
    });
    activator.start();
    update();
    window.show();
    return QApplication::exec();
}
} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (wantsCheckOnly(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("licensed-product"));
    Keyway::installTranslations();
    const Options options = parse(QCoreApplication::arguments());
    // The license keys, the lease and the clock tolerance come from vendor-config.json, compiled
    // in by keyway_add_vendor_config(); --config and $KEYWAY_CONFIG may only change endpoints.
    const auto config = VendorConfig::resolve(options.config);
    if (!config) {
        std::fprintf(stderr, "%s\n", qPrintable(config.error().toString()));
        return 2;
    }
    const QString item = options.item.isEmpty() ? config->licensedItems.first() : options.item;
    return options.checkOnly ? checkOnly(*config, options, item)
                             : runWindow(*config, options, item);
}
