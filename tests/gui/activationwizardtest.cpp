// SPDX-License-Identifier: BSD-3-Clause
// The activation wizard against keyway-devserver (activationwizardtest.h): the fixture, its
// helpers and the keyboard-only walkthrough.
#include "activationwizardtest.h"

void ActivationWizardTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dataDir.isValid());
    QVERIFY2(m_server.start(), "keyway-devserver did not start");
    auto config = VendorConfig::load(m_server.configPath());
    QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
    m_config = *config;
    // Played over HTTP: the system-browser mode with the launcher seam, no WebEngine.
    m_config.browser = QStringLiteral("system");
    m_deviceId = DeviceId::forProduct(m_config, m_dataDir.path());
    QVERIFY(!m_deviceId.isEmpty());
    m_codes = m_server.generateCodes(14);
    QCOMPARE(m_codes.size(), 14);
    m_member = freshEmail(QStringLiteral("member"));
    QVERIFY(registerAccount(m_member));
}

void ActivationWizardTest::init()
{
    m_storeDir = std::make_unique<QTemporaryDir>();
    m_licenses = std::make_unique<LicenseStore>(m_storeDir->path());
    m_secrets = std::make_unique<MemorySecretStore>();
    m_settings = std::make_unique<QSettings>(m_storeDir->filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_play = Play::Nothing;
    m_email.clear();
    m_launches = 0;
    m_launched.clear();
}

void ActivationWizardTest::cleanup()
{
    if (QTest::currentTestFailed())
        qInfo("keyway-devserver said (last 3000 bytes):\n%s",
              m_server.output().right(3000).constData());
    m_browsers.clear();
    m_engines.clear();
    // Whatever a failed test left armed.
    QNetworkRequest request(m_server.baseUrl().resolved(QUrl(QStringLiteral("/dev/faults"))));
    QNetworkReply *reply = m_nam.deleteResource(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(5000);
    reply->deleteLater();
}

// ---- helpers -----------------------------------------------------------------------------------

Activator *ActivationWizardTest::makeEngine(const VendorConfig &config, SecretStore *secrets,
                                            const QString &dir, const QString &deviceId)
{
    auto engine =
        std::make_unique<Activator>(config, dir.isEmpty() ? m_licenses->directory() : dir);
    engine->setNetworkAccessManager(&m_nam);
    engine->setSecretStore(secrets ? secrets : m_secrets.get());
    engine->setDeviceId(deviceId.isEmpty() ? m_deviceId : deviceId);
    m_engines.push_back(std::move(engine));
    return m_engines.back().get();
}

std::unique_ptr<ActivationWizard> ActivationWizardTest::makeWizard(const VendorConfig &config,
                                                                   SecretStore *secrets)
{
    return makeWizard(makeEngine(config, secrets));
}

std::unique_ptr<ActivationWizard> ActivationWizardTest::makeWizard(Activator *engine)
{
    auto wizard = std::make_unique<ActivationWizard>(engine);
    wizard->setSettings(m_settings.get());
    wizard->setSignInViewFactory([](QWidget *) -> SignInView * { return nullptr; });
    wizard->setBrowserLauncher([this](const QUrl &url) { return launch(url); });
    wizard->resize(640, 560);
    wizard->show();
    wizard->activateWindow();
    // Best effort: without a window manager (xvfb) the window may never become active.
    if (!QTest::qWaitForWindowActive(wizard.get(), 2000))
        qInfo("the wizard's window did not become active");
    return wizard;
}

bool ActivationWizardTest::launch(const QUrl &url)
{
    ++m_launches;
    m_launched = url;
    if (m_play == Play::Nothing)
        return true;
    auto browser = std::make_unique<FormBrowser>();
    if (m_play == Play::Login) {
        browser->setFormValues(
            QStringLiteral("login-form"),
            {{QStringLiteral("email"), m_email}, {QStringLiteral("password"), Password}});
    } else {
        browser->setFormValues(QStringLiteral("register-form"),
                               {{QStringLiteral("email"), m_email},
                                {QStringLiteral("password"), Password},
                                {QStringLiteral("given_name"), QStringLiteral("Ada")},
                                {QStringLiteral("family_name"), QStringLiteral("Lovelace")}});
        browser->setFollowLinkId(QStringLiteral("register-link"));
    }
    if (m_play == Play::RegisterUnverified) {
        FormBrowser *raw = browser.get();
        connect(raw, &AuthorizationAgent::failed, this, [this, raw] { continueUnverified(raw); });
    }
    // A redirect URI that never matches: the played browser follows the provider's redirect to
    // the wizard's loopback listener, as a real browser would.
    browser->authorize(url, QUrl(QStringLiteral("never:/match")));
    m_browsers.push_back(std::move(browser));
    return true;
}

void ActivationWizardTest::continueUnverified(FormBrowser *browser)
{
    // The provider's "confirm your e-mail address" page: cancel without opening the link; the
    // provider answers the redirect URI with email_not_verified.
    FormBrowser::Form form;
    // Relative to the provider the browser was sent to (m_launched: its authorize URL).
    if (!FormBrowser::findForm(browser->lastPage(), QStringLiteral("cancel-form"), m_launched,
                               &form)) {
        qWarning("no cancel-form on the page after registering");
        return;
    }
    QUrlQuery body;
    for (const auto &[name, value] : qAsConst(form.hiddenFields))
        body.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    QNetworkRequest request(form.action);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkAccessManager *nam = browser->networkAccessManager();
    QNetworkReply *reply = nam->post(request, body.query(QUrl::FullyEncoded).toLatin1());
    connect(reply, &QNetworkReply::finished, this, [reply, nam] {
        reply->deleteLater();
        const QUrl location = QUrl::fromEncoded(reply->rawHeader("Location"), QUrl::StrictMode);
        if (location.isValid())
            nam->get(QNetworkRequest(location)); // the loopback listener
    });
}

bool ActivationWizardTest::registerAccount(const QString &email)
{
    FormBrowser browser;
    browser.setFormValues(QStringLiteral("register-form"),
                          {{QStringLiteral("email"), email},
                           {QStringLiteral("password"), Password},
                           {QStringLiteral("given_name"), QStringLiteral("Mem")},
                           {QStringLiteral("family_name"), QStringLiteral("Ber")}});
    browser.setFollowLinkId(QStringLiteral("register-link"));
    QTemporaryDir dir;
    LicenseStore store(dir.path());
    MemorySecretStore secrets;
    VendorConfig config = m_config;
    auto *job = new ActivateJob(config);
    job->setNetworkAccessManager(&m_nam);
    job->setAgent(&browser);
    job->setSecretStore(&secrets);
    job->setLicenseStore(&store);
    job->setDeviceId(m_deviceId);
    job->setPage(SignInJob::Page::Register);
    QSignalSpy finished(job, &Job::finished);
    job->start();
    if (!finished.wait(20000))
        return false;
    // A new account has no license: the sign-in worked when that is the only complaint.
    return job->error().code == ErrorCode::LicenseItemDenied;
}

void ActivationWizardTest::armFault(const QString &path, int status, int count, int retryAfter)
{
    QJsonObject fault {{QStringLiteral("path"), path},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("count"), count}};
    if (retryAfter >= 0)
        fault.insert(QStringLiteral("retryAfter"), retryAfter);
    QNetworkRequest request(m_server.baseUrl().resolved(QUrl(QStringLiteral("/dev/faults"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_nam.post(request, QJsonDocument(fault).toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    reply->deleteLater();
}

void ActivationWizardTest::startWithCode(ActivationWizard *wizard, const QString &code,
                                         bool createAccount)
{
    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Welcome);
    buttonNamed(wizard, "haveCodeButton")->click();
    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Code);
    auto *edit = wizard->findChild<CodeLineEdit *>(QStringLiteral("codeEdit"));
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, code);
    buttonNamed(wizard, createAccount ? "createAccount" : "haveAccount")->click();
    checkAccessibility(wizard);
    buttonNamed(wizard, "continueButton")->click();
    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Progress);
    checkAccessibility(wizard);
}

bool ActivationWizardTest::waitForOutcome(ActivationWizard *wizard, int timeoutMs)
{
    return QTest::qWaitFor(
        [wizard] {
            return wizard->currentPage() == ActivationWizard::Page::Success
                || wizard->currentPage() == ActivationWizard::Page::Failure
                || wizard->currentPage() == ActivationWizard::Page::Seats;
        },
        timeoutMs);
}

void ActivationWizardTest::expectSuccess(ActivationWizard *wizard)
{
    QVERIFY2(waitForOutcome(wizard), "no outcome in 30 s");
    if (wizard->currentPage() == ActivationWizard::Page::Failure)
        QFAIL(qPrintable(QStringLiteral("activation failed: ")
                         + labelNamed(wizard, "failureMessage")->text()));
    auto *list = wizard->findChild<QTreeWidget *>(QStringLiteral("licenseList"));
    QVERIFY(list && list->topLevelItemCount() > 0);
    // Every license of the dev server's demo has an end, also when signed in without a code
    // (issue 14: the grant's own license end, not "until the subscription ends").
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = list->topLevelItem(row);
        QVERIFY2(!item->text(1).contains(QStringLiteral("subscription")),
                 qPrintable(item->text(1)));
        // The vendor's name for the item (the demo names each), its id only in the tooltip.
        QVERIFY(m_config.licensedItems.contains(item->toolTip(0)));
        QCOMPARE(item->text(0), m_config.itemDisplayName(item->toolTip(0)));
        QVERIFY2(item->text(0) != item->toolTip(0), qPrintable(item->text(0)));
        QCOMPARE(item->data(0, Qt::AccessibleTextRole).toString(),
                 QStringLiteral("%1, valid until %2").arg(item->text(0), item->text(1)));
    }
    checkAccessibility(wizard);
}

void ActivationWizardTest::checkFitsTheScreen(QWidget *root)
{
    // Issue 17 item 3: the window fits the smallest screens it is made for, 1024x768 at 100 %
    // and 1280x800 at 200 % (activationwizardtest_scale200 runs this test with
    // QT_SCALE_FACTOR=2), with room for a title bar, and at that size every visible control lies
    // inside it. Asserted from geometry, in logical pixels.
    QWidget *window = root->window();
    const qreal ratio = window->devicePixelRatioF();
    const QSize screen = ratio >= 2 ? QSize(1280, 800) : QSize(1024, 768);
    const int titleBar = 48; // device pixels a window manager may take
    const QSize available(qFloor(screen.width() / ratio),
                          qFloor((screen.height() - titleBar) / ratio));
    const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
    const QString page =
        QString::number(qobject_cast<ActivationWizard *>(root)
                            ? int(qobject_cast<ActivationWizard *>(root)->currentPage())
                            : -1);
    QVERIFY2(minimum.width() <= available.width() && minimum.height() <= available.height(),
             qPrintable(QStringLiteral("page %1 needs at least %2x%3, the screen has %4x%5 (x%6)")
                            .arg(page)
                            .arg(minimum.width())
                            .arg(minimum.height())
                            .arg(available.width())
                            .arg(available.height())
                            .arg(ratio)));
    const QSize before = window->size();
    window->resize(available);
    QTest::qWait(50);
    const QRect inside = window->rect();
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->isWindow())
            continue;
        const bool control = qobject_cast<QAbstractButton *>(widget)
            || qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractScrollArea *>(widget)
            || qobject_cast<QLabel *>(widget);
        if (!control)
            continue;
        // Content inside a scroll area is reached by scrolling; the area itself must fit.
        bool scrolled = false;
        for (QWidget *parent = widget->parentWidget(); parent && parent != window;
             parent = parent->parentWidget())
            scrolled = scrolled || qobject_cast<QAbstractScrollArea *>(parent);
        if (scrolled)
            continue;
        const QRect geometry(widget->mapTo(window, QPoint(0, 0)), widget->size());
        QVERIFY2(
            inside.contains(geometry),
            qPrintable(
                QStringLiteral("page %1 at %2x%3: %4 \"%5\" at (%6,%7 %8x%9) is outside")
                    .arg(page)
                    .arg(available.width())
                    .arg(available.height())
                    .arg(QLatin1String(widget->metaObject()->className()), widget->objectName())
                    .arg(geometry.x())
                    .arg(geometry.y())
                    .arg(geometry.width())
                    .arg(geometry.height())));
    }
    window->resize(before);
}

void ActivationWizardTest::checkAccessibility(QWidget *root)
{
    checkFitsTheScreen(root);
    if (QTest::currentTestFailed())
        return;
    // Every control a person can reach with the keyboard says what it is.
    int checked = 0;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY2(accessible, widget->metaObject()->className());
        const QString name = accessible->text(QAccessible::Name).trimmed();
        QVERIFY2(!name.isEmpty(),
                 qPrintable(QStringLiteral("%1 \"%2\" on page %3 has no accessible name")
                                .arg(QLatin1String(widget->metaObject()->className()),
                                     widget->objectName())
                                .arg(int(qobject_cast<ActivationWizard *>(root) ? int(
                                             qobject_cast<ActivationWizard *>(root)->currentPage())
                                                                                : -1))));
        ++checked;
    }
    QVERIFY2(checked > 0, "no focusable control visible");

    // Tab goes through the controls in the order they are shown (issue 19).
    const QString tabProblem = GuiTest::tabOrderProblem(root);
    QVERIFY2(tabProblem.isEmpty(), qPrintable(tabProblem));

    // The focus rests on a shown, enabled control; arriving on a result page, it carries what
    // the page says, read first by a screen reader (docs/accessibility.md).
    if (auto *wizard = qobject_cast<ActivationWizard *>(root)) {
        QWidget *focus = wizard->focusWidget();
        QVERIFY2(focus && focus->isVisible() && focus->isEnabled(),
                 focus ? qPrintable(focus->objectName()) : "no focus");
        const QString said = focus->accessibleDescription();
        if (wizard->currentPage() == ActivationWizard::Page::Failure) {
            const auto *title = wizard->findChild<QLabel *>(QStringLiteral("failureTitle"));
            const auto *message = wizard->findChild<QLabel *>(QStringLiteral("failureMessage"));
            QVERIFY2(said.startsWith(title->text()) && said.contains(message->text()),
                     qPrintable(said));
        } else if (wizard->currentPage() == ActivationWizard::Page::Success) {
            const auto *summary = wizard->findChild<QLabel *>(QStringLiteral("successSummary"));
            QVERIFY2(said.contains(summary->text()), qPrintable(said));
        }
    }

    // Mnemonics work only when each is unique among the visible controls.
    QHash<QKeySequence, QString> mnemonics;
    for (QWidget *widget : widgets) {
        if (!widget->isVisible())
            continue;
        QString text;
        if (auto *b = qobject_cast<QAbstractButton *>(widget))
            text = b->text();
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            text = label->text();
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (key.isEmpty())
            continue;
        QVERIFY2(!mnemonics.contains(key),
                 qPrintable(QStringLiteral("\"%1\" and \"%2\" share %3")
                                .arg(mnemonics.value(key), text, key.toString())));
        mnemonics.insert(key, text);
    }
}

// ---- the keyboard only -------------------------------------------------------------------------

void ActivationWizardTest::keyboardOnlyWalkthrough_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : Keyway::availableLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

void ActivationWizardTest::keyboardOnlyWalkthrough()
{
    // From first launch to a license by keyboard alone, in each language Keyway speaks: the
    // mnemonics are taken from the translated texts, so a translation that loses or doubles one
    // fails here.
    QFETCH(QString, language);
    QVERIFY(Keyway::installTranslations(QLocale(language)) || language == QLatin1String("en"));
    const auto restoreEnglish = qScopeGuard([] { Keyway::installTranslations(QLocale::c()); });

    auto wizard = makeWizard(m_config);
    wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(wizard.get()));
    QSignalSpy done(wizard.get(), &ActivationWizard::done);
    // The row really runs translated (a catalogue that failed to load would pass in English).
    QCOMPARE(buttonNamed(wizard.get(), "continueButton")->text() == QLatin1String("C&ontinue"),
             language == QLatin1String("en"));
    m_play = Play::Register;
    m_email = freshEmail(QStringLiteral("keys"));
    const auto focused = [&wizard] { return wizard->focusWidget(); };
    // Presses the mnemonic of @p control's (translated) text.
    const auto pressMnemonic = [&](QAbstractButton *control) {
        const QKeySequence sequence = QKeySequence::mnemonic(control->text());
        QVERIFY2(!sequence.isEmpty(),
                 qPrintable(control->text() + QStringLiteral(" has no mnemonic")));
        const QKeyCombination combination = sequence[0];
        QTest::keyClick(focused(), combination.key(), combination.keyboardModifiers());
    };

    // Welcome: the first way in has the focus; Enter takes it.
    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Welcome);
    checkAccessibility(wizard.get());
    QCOMPARE(focused(), buttonNamed(wizard.get(), "haveCodeButton"));
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Code);
    checkAccessibility(wizard.get());

    // The code, typed; "Create an account" by its mnemonic; Continue by its mnemonic.
    QCOMPARE(focused(), wizard->findChild<CodeLineEdit *>(QStringLiteral("codeEdit")));
    QTest::keyClicks(focused(), m_codes.at(6 + int(availableLanguages().indexOf(language))));
    auto *haveAccount = wizard->findChild<QRadioButton *>(QStringLiteral("haveAccount"));
    auto *createAccount = wizard->findChild<QRadioButton *>(QStringLiteral("createAccount"));
    // (A mnemonic "animates" the click: it lands 100 ms later.)
    pressMnemonic(haveAccount);
    QTRY_VERIFY(haveAccount->isChecked());
    pressMnemonic(createAccount);
    QTRY_VERIFY(createAccount->isChecked());
    pressMnemonic(buttonNamed(wizard.get(), "continueButton"));
    QTRY_COMPARE(wizard->currentPage(), ActivationWizard::Page::Progress);
    QCOMPARE(focused(), buttonNamed(wizard.get(), "progressCancelButton"));

    // Success: Done has the focus; Enter closes.
    QVERIFY(waitForOutcome(wizard.get()));
    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Success);
    checkAccessibility(wizard.get());
    QCOMPARE(focused(), buttonNamed(wizard.get(), "doneButton"));
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(done.size(), 1);
}

KEYWAY_GUITEST_MAIN(ActivationWizardTest)
