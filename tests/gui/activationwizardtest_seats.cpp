// SPDX-License-Identifier: BSD-3-Clause
// Every seat taken: the license moved here (issue 14); a license file instead of a sign-in.
#include "activationwizardtest.h"

// ---- seats (issue 14) ---------------------------------------------------------------------------

void ActivationWizardTest::seatsTakenMoveTheLicenseHere()
{
    // A Standard license has one seat. The old laptop holds it; the new desk signs in, is shown
    // the computer holding the seat and moves the license over without signing in again. The
    // transfer budget (3 removals per license in 30 days) refuses the fourth move plainly.
    const QStringList codes = m_server.generateCodes(1, QStringLiteral("KWS"));
    QCOMPARE(codes.size(), 1);
    const QString email = freshEmail(QStringLiteral("seats"));
    struct Computer
    {
        QString name;
        QTemporaryDir dir;
        QString deviceId;
        std::unique_ptr<LicenseStore> store;
        MemorySecretStore secrets;
    };
    Computer laptop, desk;
    for (Computer *computer : {&laptop, &desk}) {
        QVERIFY(computer->dir.isValid());
        computer->deviceId = DeviceId::compute(computer->dir.path(), computer->dir.path());
        computer->store = std::make_unique<LicenseStore>(computer->dir.path());
    }
    laptop.name = QStringLiteral("Ada's old laptop");
    desk.name = QStringLiteral("Ada's new desk");

    const auto open = [this](Computer &computer) {
        Activator *engine =
            makeEngine(m_config, &computer.secrets, computer.dir.path(), computer.deviceId);
        engine->setDeviceName(computer.name);
        return makeWizard(engine);
    };
    // The laptop: registered with the code, it takes the one seat.
    {
        auto wizard = open(laptop);
        m_play = Play::Register;
        m_email = email;
        startWithCode(wizard.get(), codes.at(0), true);
        expectSuccess(wizard.get());
    }

    const auto moveHere = [&](Computer &here, Computer &there, bool refused,
                              std::unique_ptr<ActivationWizard> &wizard) {
        wizard = open(here);
        m_play = Play::Login;
        m_email = email;
        const int launches = m_launches;
        buttonNamed(wizard.get(), "signInOnlyButton")->click();
        QVERIFY(waitForOutcome(wizard.get()));
        QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Seats);
        auto *list = wizard->findChild<QTreeWidget *>(QStringLiteral("seatList"));
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), there.name);
        const QString lastUsed = DateTimeText::date(QDateTime::currentDateTime());
        QCOMPARE(list->topLevelItem(0)->text(1), lastUsed);
        // Heard: the page's heading and why, arriving on the list; each row with its last use.
        QCOMPARE(wizard->focusWidget(), list);
        QVERIFY2(list->accessibleDescription().startsWith(
                     QStringLiteral("Your license is in use on other computers. This license is "
                                    "already in use on another computer")),
                 qPrintable(list->accessibleDescription()));
        QCOMPARE(list->topLevelItem(0)->data(0, Qt::AccessibleTextRole).toString(),
                 QStringLiteral("%1, last used %2").arg(there.name, lastUsed));
        checkAccessibility(wizard.get());
        if (!refused)
            saveScreenshot(wizard.get(), QStringLiteral("13-seat-limit"));

        auto *useHere = buttonNamed(wizard.get(), "useHereButton");
        QCOMPARE(useHere->text(), QStringLiteral("&Use it here instead of %1").arg(there.name));
        useHere->click();
        // Asked first; nothing removed yet.
        auto *confirm = buttonNamed(wizard.get(), "confirmReleaseButton");
        QVERIFY(confirm->isVisible());
        QVERIFY(!useHere->isVisible());
        QCOMPARE(wizard->focusWidget(), confirm);
        QVERIFY2(confirm->accessibleDescription().contains(QStringLiteral("keeps working offline")),
                 qPrintable(confirm->accessibleDescription()));
        checkAccessibility(wizard.get());
        // Back shows the list again; confirmed, the computer is removed and the checkout goes on.
        buttonNamed(wizard.get(), "seatBackButton")->click();
        QVERIFY(useHere->isVisible());
        useHere->click();
        confirm->click();
        if (refused) {
            // The refusal comes back to the same choice, plainly, with the next possible date.
            QTRY_VERIFY_WITH_TIMEOUT(labelNamed(wizard.get(), "seatProblem")->isVisible(), 20000);
            QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Seats);
        } else {
            QTRY_COMPARE_WITH_TIMEOUT(wizard->currentPage(), ActivationWizard::Page::Success,
                                      20000);
        }
        // Signed in once: the removal and the checkout reused that sign-in.
        QCOMPARE(m_launches, launches + 1);
    };
    // Budget: three moves, then the fourth is refused.
    QList<std::pair<Computer *, Computer *>> moves {
        {&desk, &laptop}, {&laptop, &desk}, {&desk, &laptop}};
    for (const auto &[here, there] : moves) {
        std::unique_ptr<ActivationWizard> wizard;
        moveHere(*here, *there, false, wizard);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Success);
        checkAccessibility(wizard.get());
        const auto statuses =
            here->store->check(m_config, here->deviceId, QDateTime::currentDateTimeUtc());
        QVERIFY(std::any_of(statuses.cbegin(), statuses.cend(),
                            [](const LicenseStore::ItemStatus &s) { return s.isValid(); }));
    }
    std::unique_ptr<ActivationWizard> wizard;
    moveHere(laptop, desk, true, wizard);
    if (QTest::currentTestFailed())
        return;
    auto *problem = labelNamed(wizard.get(), "seatProblem");
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("The next removal is possible on")),
             qPrintable(problem->text()));
    auto *cancel = buttonNamed(wizard.get(), "seatCancelButton");
    QCOMPARE(wizard->focusWidget(), cancel);
    QVERIFY2(cancel->accessibleDescription().contains(problem->text()),
             qPrintable(cancel->accessibleDescription()));
    checkAccessibility(wizard.get());
    saveScreenshot(wizard.get(), QStringLiteral("14-seat-transfer-limit"));
    cancel->click();
    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Welcome);
}

// ---- license file ------------------------------------------------------------------------------

void ActivationWizardTest::licenseFile()
{
    TestKeys::Key key = TestKeys::rsa();
    const VendorConfig config = LicenseFixture::config(key.get());
    QVERIFY(!config.licensedItems.isEmpty());
    m_deviceId = LicenseFixture::Device;
    auto wizard = makeWizard(config);
    QString answer;
    wizard->setFileChooser([&answer] { return answer; });
    QSignalSpy activated(wizard.get(), &ActivationWizard::activated);
    auto *file = buttonNamed(wizard.get(), "licenseFileButton");
    auto *message = labelNamed(wizard.get(), "welcomeMessage");

    // Cancelled: nothing happens.
    file->click();
    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Welcome);
    QVERIFY(!message->isVisible());

    // A text file that is not a license: one refusal, not one per word (issue 17 item 6).
    answer = m_storeDir->filePath(QStringLiteral("notes.txt"));
    {
        QFile notes(answer);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write(
            "Dear customer,\nthank you for buying Keyway Demo. Your code is in the e-mail.\n"
            "Regards, e.g. the team.\n");
    }
    file->click();
    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Welcome);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("The file holds no license token.")),
             qPrintable(message->text()));
    QVERIFY2(!message->text().contains(QStringLiteral("Refused a token")),
             qPrintable(message->text()));
    QCOMPARE(message->text().count(QLatin1Char('\n')), 0);

    // A bad file: a clear message, and nothing stored.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    answer = m_storeDir->filePath(QStringLiteral("bad.jwt"));
    {
        QFile bad(answer);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(LicenseFixture::token(key.get(), LicenseFixture::Pro, now - 60, 86400,
                                        {{QStringLiteral("hw"), QStringLiteral("someone-else")}}));
    }
    file->click();
    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Welcome);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("bad.jwt"))
                 && message->text().contains(QStringLiteral("Nothing was changed")),
             qPrintable(message->text()));
    QVERIFY(
        m_licenses->check(config, m_deviceId, QDateTime::currentDateTimeUtc()).constFirst().state
        == LicenseStore::ItemStatus::Missing);
    QCOMPARE(activated.size(), 0);
    checkAccessibility(wizard.get());

    // A good one: the licenses are there.
    answer = m_storeDir->filePath(QStringLiteral("good.jwt"));
    {
        QFile good(answer);
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(LicenseFixture::token(key.get(), LicenseFixture::Pro, now - 60) + '\n'
                   + LicenseFixture::token(key.get(), LicenseFixture::Export, now - 60));
    }
    file->click();
    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Success);
    QCOMPARE(activated.size(), 1);
    auto *list = wizard->findChild<QTreeWidget *>(QStringLiteral("licenseList"));
    QCOMPARE(list->topLevelItemCount(), 2);
    // Issue 14: the license's end (a year), never the lease's (a day), is shown as its end.
    // Only the day matters: the date without the weekday, as everywhere (issue 17 item 10).
    const QString licenseEnd =
        DateTimeText::date(QDateTime::fromSecsSinceEpoch(now - 60 + 365 * 86400));
    QCOMPARE(list->topLevelItem(0)->text(1), licenseEnd);
    QVERIFY(m_licenses->allValid(config, m_deviceId, QDateTime::currentDateTimeUtc()));
    checkAccessibility(wizard.get());
    m_deviceId = DeviceId::forProduct(m_config, m_dataDir.path());
}
