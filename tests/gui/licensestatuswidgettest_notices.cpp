// SPDX-License-Identifier: BSD-3-Clause
// What the view says and offers: the license end, signed out, a queued release, the connection
// test, links without a browser.
#include "licensestatuswidgettest.h"

class NoBrowser : public QObject
{
};

/**
 * Clicks @p link (objectName) of @p widget on a desktop without a browser: the address @p url is
 * shown to copy (AddressToCopy "<kind>Fallback"), selected, with the focus and the accessible name
 * @p name, and *Copy address* puts it on the clipboard and says so.
 */
static void checkAddressToCopy(LicenseStatusWidget &widget, const QString &link,
                               const QString &kind, const QString &url, const QString &name)
{
    widget.resize(640, 480);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QString capitalised = kind;
    capitalised[0] = capitalised[0].toUpper();
    auto *button = widget.findChild<QPushButton *>(link);
    auto *fallback = widget.findChild<QFrame *>(kind + QStringLiteral("Fallback"));
    auto *address = widget.findChild<QLineEdit *>(kind + QStringLiteral("Address"));
    auto *copy =
        widget.findChild<QPushButton *>(QStringLiteral("copy%1AddressButton").arg(capitalised));
    QVERIFY(button && fallback && address && copy);
    QVERIFY(button->isVisible() && !fallback->isVisible());
    NoBrowser noBrowser;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &noBrowser, "noSuchMethod");
    button->click();
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QVERIFY(fallback->isVisible());
    QCOMPARE(address->text(), url);
    QVERIFY(address->isReadOnly());
    QCOMPARE(address->selectedText(), url);
    QCOMPARE(widget.focusWidget(), address);
    QCOMPARE(address->accessibleName(), name);
    QVERIFY(
        address->accessibleDescription().startsWith(QStringLiteral("No browser could be opened")));
    const QString tabProblem = GuiTest::tabOrderProblem(&widget);
    QVERIFY2(tabProblem.isEmpty(), qPrintable(tabProblem));
    QGuiApplication::clipboard()->clear();
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), url);
    auto *message = widget.findChild<QLabel *>(QStringLiteral("actionMessage"));
    QVERIFY(message && message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("The address was copied to the clipboard."));
}

// Issue 14: N days before the license ends (the vendor's licenseEndWarningDays) the view says so,
// with the vendor's renewal link when it has one; a subscription says it renews itself.
void LicenseStatusWidgetTest::licenseEndWarning_data()
{
    QTest::addColumn<int>("daysLeft"); // -1: a subscription
    QTest::addColumn<QString>("renewalUrl");
    QTest::addColumn<QString>("warning"); // empty: none
    QTest::newRow("5 days, with a renewal link")
        << 5 << QStringLiteral("https://shop.example.com/renew")
        << QStringLiteral("The license of Keyway Demo ends in 5 days, on ");
    QTest::newRow("5 days, no link")
        << 5 << QString() << QStringLiteral("The license of Keyway Demo ends in 5 days");
    QTest::newRow("30 days: no warning yet")
        << 30 << QStringLiteral("https://shop.example.com/renew") << QString();
    QTest::newRow("subscription") << -1 << QStringLiteral("https://shop.example.com/renew")
                                  << QString();
}

void LicenseStatusWidgetTest::licenseEndWarning()
{
    QFETCH(int, daysLeft);
    QFETCH(QString, renewalUrl);
    QFETCH(QString, warning);
    QJsonObject extra;
    if (!renewalUrl.isEmpty())
        extra.insert(QStringLiteral("renewalUrl"), renewalUrl);
    const VendorConfig cfg = config(m_key.get(), extra);
    QCOMPARE(cfg.licenseEndWarningDays, 14);
    QTemporaryDir dir;
    LicenseStore store(dir.path());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject end = daysLeft < 0
        ? QJsonObject {{QStringLiteral("licenseValidUntil"), QJsonValue()},
                       {QStringLiteral("licenseSubscription"), true}}
        : QJsonObject {{QStringLiteral("licenseValidUntil"), now + daysLeft * 86400 - 600}};
    QVERIFY(store.save(User, QString(),
                       {token(m_key.get(), Pro, now - 60, 86400, end),
                        token(m_key.get(), Export, now - 60, 86400, end)}));
    MemorySecretStore secrets;
    Activator engine(cfg, dir.path());
    engine.setSecretStore(&secrets);
    engine.setDeviceId(Device);
    LicenseStatusWidget widget(cfg);
    widget.setActivator(&engine);
    widget.refresh();
    widget.resize(640, 480);
    widget.show();
    QVERIFY(widget.allValid());
    auto *label = widget.findChild<QLabel *>(QStringLiteral("licenseEndWarning"));
    auto *link = widget.findChild<QPushButton *>(QStringLiteral("renewalLink"));
    QVERIFY(label && link);
    QCOMPARE(label->isVisible(), !warning.isEmpty());
    QCOMPARE(link->isVisible(), !warning.isEmpty() && !renewalUrl.isEmpty());
    if (!warning.isEmpty()) {
        QVERIFY2(label->text().startsWith(warning), qPrintable(label->text()));
        QCOMPARE(label->accessibleName(), label->text());
    }
    if (link->isVisible()) {
        QCOMPARE(link->accessibleName(),
                 QStringLiteral("Renew the license (opens in your browser)"));
        QCOMPARE(link->toolTip(), renewalUrl);
        QVERIFY(link->accessibleDescription().startsWith(label->text()));
        const QString tabProblem = GuiTest::tabOrderProblem(&widget);
        QVERIFY2(tabProblem.isEmpty(), qPrintable(tabProblem));
        // Without a browser: the renewal page's address to copy, as for Get help.
        checkAddressToCopy(widget, QStringLiteral("renewalLink"), QStringLiteral("renewal"),
                           renewalUrl, QStringLiteral("Address of the renewal page"));
    }
    // The license's end, never the lease's, is what the details call the license's.
    auto *list = widget.findChild<QTreeWidget *>(QStringLiteral("statusList"));
    const QString details = list->topLevelItem(0)->text(3);
    if (daysLeft < 0)
        QVERIFY2(details.startsWith(QStringLiteral("Subscription renews automatically.")),
                 qPrintable(details));
    else
        QVERIFY2(details.startsWith(QStringLiteral("Licensed until ")), qPrintable(details));
    // Details never repeats the date of another column (issue 17 item 10), and no time has
    // seconds: the lease's end is to the minute, in its own column only.
    const QString offlineUntil = list->topLevelItem(0)->text(2);
    QCOMPARE(offlineUntil, DateTimeText::dateTime(engine.leaseEnd()));
    QVERIFY2(!details.contains(offlineUntil), qPrintable(details));
    QVERIFY2(!details.contains(QStringLiteral("Works offline")), qPrintable(details));
    const QString secondsShown = engine.leaseEnd().toLocalTime().toString(QStringLiteral(":mm:ss"));
    QVERIFY2(!offlineUntil.contains(secondsShown), qPrintable(offlineUntil));
}

void LicenseStatusWidgetTest::signedOutAfterRestartSignsInAgain()
{
    QTemporaryDir dir;
    {
        auto engine = makeEngine(dir.path(), m_config);
        QVERIFY(activate(*engine, 5));
        QVERIFY(!run(engine->signOut()).isError());
    }
    // A restart: the engine learns from the keychain that nobody is signed in, and the view
    // says so.
    auto engine = makeEngine(dir.path(), m_config);
    auto widget = makeWidget(engine.get());
    QSignalSpy resumed(engine.get(), &Activator::resumeFinished);
    engine->start();
    QVERIFY(resumed.wait(15000));
    QCOMPARE(engine->state(), Activator::State::SignedOut);
    auto *summary = widget->findChild<QLabel *>(QStringLiteral("statusSummary"));
    QVERIFY2(summary->text().contains(QStringLiteral("You are signed out")),
             qPrintable(summary->text()));
    auto *signInButton = widget->findChild<QPushButton *>(QStringLiteral("signInButton"));
    QVERIFY(signInButton && signInButton->isVisible());

    // "Sign in…": the page from the factory, the sign-in through the engine.
    const QString email = m_email;
    widget->setSignInViewFactory([email](QWidget *parent) -> SignInView * {
        return new FormSignInView(
            {{QStringLiteral("email"), email},
             {QStringLiteral("password"), QStringLiteral("correct horse battery")}},
            parent);
    });
    QSignalSpy signedIn(widget.get(), &LicenseStatusWidget::signedIn);
    signInButton->setFocus();
    QTest::keyClick(signInButton, Qt::Key_Space);
    QVERIFY(widget->isBusy());
    QCOMPARE(engine->state(), Activator::State::Activating);
    auto *dialog = widget->findChild<QDialog *>(QStringLiteral("signInDialog"));
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(signedIn.wait(30000));
    QTRY_COMPARE(engine->state(), Activator::State::Licensed);
    QVERIFY(!widget->isBusy());
    auto *message = widget->findChild<QLabel *>(QStringLiteral("actionMessage"));
    QVERIFY2(message->text().contains(QStringLiteral("Signed in as ") + email),
             qPrintable(message->text()));
    QVERIFY2(!summary->text().contains(QStringLiteral("signed out")), qPrintable(summary->text()));
    QVERIFY(!signInButton->isVisible());
    QVERIFY(widget->findChild<QPushButton *>(QStringLiteral("renewButton"))->isVisible());
    QVERIFY(widget->findChild<QPushButton *>(QStringLiteral("signOutButton"))->isVisible());
    QTRY_VERIFY(!widget->findChild<QDialog *>(QStringLiteral("signInDialog")));
}

void LicenseStatusWidgetTest::deactivateSignedOutSaysQueued()
{
    QTemporaryDir dir;
    auto engine = makeEngine(dir.path(), m_config);
    QVERIFY(activate(*engine, 6));
    LicenseStore store(dir.path());
    const QStringList leases = leaseIds(store);
    QVERIFY(!run(engine->signOut()).isError());
    auto widget = makeWidget(engine.get());
    auto *button = widget->findChild<QPushButton *>(QStringLiteral("deactivateButton"));
    QVERIFY(button && button->isVisible() && button->isEnabled());

    // The confirmation does not promise a free seat: signed out, the release waits.
    m_confirmations.clear();
    m_confirmAnswer = true;
    QSignalSpy deactivated(widget.get(), &LicenseStatusWidget::deactivated);
    button->click();
    QCOMPARE(m_confirmations.size(), 1);
    QVERIFY2(m_confirmations.first().contains(QStringLiteral("Because you are signed out")),
             qPrintable(m_confirmations.first()));
    QVERIFY(deactivated.wait(15000));
    QVERIFY(store.tokens().isEmpty());
    QStringList pending = ReleaseQueue(dir.path()).pending();
    pending.sort();
    QCOMPARE(pending, leases);
    // The result stays on screen and says that the release is queued until the next sign-in.
    auto *message = widget->findChild<QLabel *>(QStringLiteral("actionMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("when you next sign in")),
             qPrintable(message->text()));
    QCOMPARE(engine->state(), Activator::State::NotActivated);
    QVERIFY(widget->findChild<QPushButton *>(QStringLiteral("activateButton"))->isVisible());
    QVERIFY2(widget->diagnostics().contains(QStringLiteral("Queued releases: 2")),
             qPrintable(widget->diagnostics()));
}

void LicenseStatusWidgetTest::testConnectionFromTheStatusView()
{
    // Issue 17 item 10: the engine's connection test, shown as the wizard's page shows it.
    QTemporaryDir dir;
    auto engine = makeEngine(dir.path(), offlineConfig());
    auto widget = makeWidget(engine.get());
    auto *button = widget->findChild<QPushButton *>(QStringLiteral("testConnectionButton"));
    QVERIFY(button && button->isVisible() && button->isEnabled());
    button->click();
    auto *dialog = widget->findChild<QDialog *>(QStringLiteral("connectionTestDialog"));
    QVERIFY(dialog && dialog->isVisible());
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("connectionStatus"));
    auto *report = dialog->findChild<QTextBrowser *>(QStringLiteral("connectionReport"));
    QVERIFY(status && report);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("found a problem")), 15000);
    QVERIFY2(report->toPlainText().contains(ConnectionTest::stepTitle(ConnectionTest::Step::Tcp)
                                            + QStringLiteral(": Failed")),
             qPrintable(report->toPlainText()));

    // Against the running server every step passes; Test again runs it anew.
    QTemporaryDir other;
    auto online = makeEngine(other.path(), m_config);
    auto onlineWidget = makeWidget(online.get());
    onlineWidget->findChild<QPushButton *>(QStringLiteral("testConnectionButton"))->click();
    auto *onlineDialog = onlineWidget->findChild<QDialog *>(QStringLiteral("connectionTestDialog"));
    QVERIFY(onlineDialog);
    auto *onlineStatus = onlineDialog->findChild<QLabel *>(QStringLiteral("connectionStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(onlineStatus->text().startsWith(QStringLiteral("Every step passed")),
                             15000);
    auto *again = onlineDialog->findChild<QPushButton *>(QStringLiteral("connectionAgainButton"));
    QVERIFY(again && again->isEnabled());
    again->click();
    QVERIFY(!again->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(again->isEnabled(), 15000);
    QVERIFY(onlineStatus->text().startsWith(QStringLiteral("Every step passed")));
    onlineDialog->findChild<QPushButton *>(QStringLiteral("connectionBackButton"))->click();
    QTRY_VERIFY(onlineWidget->findChild<QDialog *>(QStringLiteral("connectionTestDialog"))
                == nullptr);
}

void LicenseStatusWidgetTest::getHelpWithoutBrowserShowsTheAddress()
{
    VendorConfig cfg = m_config;
    cfg.supportUrl = QStringLiteral("https://support.example.com/keyway");
    LicenseStatusWidget widget(cfg);
    checkAddressToCopy(widget, QStringLiteral("supportLink"), QStringLiteral("help"),
                       cfg.supportUrl, QStringLiteral("Address of the help page"));
}
