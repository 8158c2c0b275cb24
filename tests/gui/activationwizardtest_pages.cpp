// SPDX-License-Identifier: BSD-3-Clause
// The welcome page, the code page, and the ways to success.
#include "activationwizardtest.h"

// ---- the welcome page --------------------------------------------------------------------------

void ActivationWizardTest::welcomePageBranded()
{
    QImage image(128, 64, QImage::Format_ARGB32);
    image.fill(QColor(QStringLiteral("#c0392b")));
    const QString logo = m_storeDir->filePath(QStringLiteral("logo.png"));
    QVERIFY(image.save(logo));
    VendorConfig config = m_config;
    config.logo = logo;
    config.supportUrl = QStringLiteral("https://support.example.com/keyway");
    config.accentColor = QStringLiteral("#c0392b");
    auto wizard = makeWizard(config);

    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Welcome);
    auto *logoLabel = labelNamed(wizard.get(), "logo");
    QVERIFY(logoLabel && logoLabel->isVisible());
    QVERIFY(!logoLabel->pixmap().isNull());
    QCOMPARE(wizard->palette().color(QPalette::Highlight), QColor(QStringLiteral("#c0392b")));
    QCOMPARE(wizard->palette().color(QPalette::Link), QColor(QStringLiteral("#c0392b")));

    // Three large ways in, reachable with Tab, then the help link.
    auto *code = qobject_cast<QCommandLinkButton *>(buttonNamed(wizard.get(), "haveCodeButton"));
    auto *account =
        qobject_cast<QCommandLinkButton *>(buttonNamed(wizard.get(), "signInOnlyButton"));
    auto *file = qobject_cast<QCommandLinkButton *>(buttonNamed(wizard.get(), "licenseFileButton"));
    auto *help = buttonNamed(wizard.get(), "welcomeHelpButton");
    QVERIFY(code && account && file && help);
    for (QCommandLinkButton *b : {code, account, file}) {
        QVERIFY(b->isVisible());
        QVERIFY(!b->description().isEmpty());
    }
    QVERIFY(help->isVisible());
    // Each choice shows the keyboard focus: a frame in the highlight colour along its edge,
    // drawn only on the focused one (issue 17 item 4).
    const QColor highlight(QStringLiteral("#c0392b"));
    const auto framed = [&highlight](QWidget *choice) {
        const QImage shot = choice->grab().toImage();
        const qreal ratio = shot.devicePixelRatio();
        const int edge = qRound(1 * ratio);
        int matching = 0;
        for (const QPoint point :
             {QPoint(edge, shot.height() / 2), QPoint(shot.width() - 1 - edge, shot.height() / 2),
              QPoint(shot.width() / 2, edge), QPoint(shot.width() / 2, shot.height() - 1 - edge)}) {
            const QColor pixel = shot.pixelColor(point);
            if (qAbs(pixel.red() - highlight.red()) < 40
                && qAbs(pixel.green() - highlight.green()) < 40
                && qAbs(pixel.blue() - highlight.blue()) < 40)
                ++matching;
        }
        return matching == 4;
    };
    QCOMPARE(wizard->focusWidget(), code);
    QList<QCommandLinkButton *> choices {code, account, file};
    for (QCommandLinkButton *focused : choices) {
        QCOMPARE(wizard->focusWidget(), focused);
        for (QCommandLinkButton *choice : choices)
            QVERIFY2(framed(choice) == (choice == focused), qPrintable(choice->objectName()));
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    QCOMPARE(wizard->focusWidget(), help);
    checkAccessibility(wizard.get());
    saveScreenshot(wizard.get(), QStringLiteral("0-welcome"));

    // "Get help" opens the vendor's support page (here: the launcher seam).
    help->click();
    QCOMPARE(m_launched, QUrl(config.supportUrl));

    // Without a browser it shows the address to copy, with the focus on it (issue 17 item 10).
    wizard->setBrowserLauncher([](const QUrl &) { return false; });
    QString shown;
    bool focused = false;
    QTimer::singleShot(0, this, [&shown, &focused] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("helpAddress"));
        shown = address ? address->text() : QString();
        focused = address && dialog->focusWidget() == address && address->isReadOnly();
        if (auto *copy = dialog->findChild<QPushButton *>(QStringLiteral("copyHelpAddressButton")))
            copy->click();
        dialog->reject();
    });
    help->click();
    QCOMPARE(shown, config.supportUrl);
    QVERIFY(focused);
    QCOMPARE(QGuiApplication::clipboard()->text(), config.supportUrl);
}

void ActivationWizardTest::welcomePageUnbranded()
{
    VendorConfig config = m_config;
    config.logo.clear();
    config.supportUrl.clear();
    config.accentColor.clear();
    auto wizard = makeWizard(config);
    QVERIFY(!labelNamed(wizard.get(), "logo")->isVisible());
    QVERIFY(!buttonNamed(wizard.get(), "welcomeHelpButton")->isVisible());
    QCOMPARE(wizard->palette().color(QPalette::Highlight),
             QApplication::palette().color(QPalette::Highlight));
    checkAccessibility(wizard.get());
}

// ---- the code page -----------------------------------------------------------------------------

void ActivationWizardTest::codePageChecksAsTyped()
{
    auto wizard = makeWizard(m_config);
    buttonNamed(wizard.get(), "haveCodeButton")->click();
    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Code);
    auto *edit = wizard->findChild<CodeLineEdit *>(QStringLiteral("codeEdit"));
    auto *problem = labelNamed(wizard.get(), "codeProblem");
    auto *ok = labelNamed(wizard.get(), "codeOk");
    QVERIFY(edit && problem && ok);
    // Plain words, no "check character" (issue 17 item 10).
    QCOMPARE(ok->text(), QStringLiteral("The code is complete and correct."));
    QCOMPARE(wizard->focusWidget(), edit);
    checkAccessibility(wizard.get());

    const QString code = ActivationCode::group(ActivationCode::normalize(m_codes.at(0)));
    // A symbol that never occurs in codes, in the third group: named at once, with its group.
    const QString withO = code.left(13) + QLatin1Char('O') + code.mid(14);
    QTest::keyClicks(edit, withO);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("“O”")), qPrintable(problem->text()));
    QVERIFY2(problem->text().contains(QStringLiteral("group 3")), qPrintable(problem->text()));
    QVERIFY(!ok->isVisible());
    // Continue selects the group that holds it, so that typing replaces it.
    buttonNamed(wizard.get(), "continueButton")->click();
    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Code);
    QCOMPARE(edit->selectedText(), withO.mid(12, 5));
    QCOMPARE(m_launches, 0);
    // The field has the focus and says why (its description, read by a screen reader), the
    // format hint after it.
    const QString hint =
        QStringLiteral("25 characters in five groups of five; the dashes are added as you type.");
    QCOMPARE(wizard->focusWidget(), edit);
    QCOMPARE(edit->accessibleDescription(), problem->text() + QLatin1Char(' ') + hint);

    // A complete code with a typing error: the check character does not match.
    edit->clear();
    QString symbols = ActivationCode::normalize(code);
    const int value = ActivationCode::symbolValue(symbols.at(7));
    symbols[7] = ActivationCode::Alphabet.at((value + 1) % ActivationCode::Alphabet.size());
    QTest::keyClicks(edit, symbols);
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), errorMessage(ErrorCode::CodeChecksumMismatch));

    // Too short waits for Continue.
    edit->clear();
    QTest::keyClicks(edit, code.left(8));
    QVERIFY(!problem->isVisible());
    buttonNamed(wizard.get(), "continueButton")->click();
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("7")), qPrintable(problem->text()));
    QVERIFY2(edit->accessibleDescription().startsWith(problem->text()),
             qPrintable(edit->accessibleDescription()));

    // The right code: verified as typed.
    edit->clear();
    QTest::keyClicks(edit, code.toLower());
    QCOMPARE(edit->text(), code);
    QVERIFY(!problem->isVisible());
    QVERIFY(ok->isVisible());
    QCOMPARE(edit->accessibleDescription(), hint);
    checkAccessibility(wizard.get());

    // Back to the welcome page, the code kept.
    buttonNamed(wizard.get(), "codeBackButton")->click();
    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Welcome);
    buttonNamed(wizard.get(), "haveCodeButton")->click();
    QCOMPARE(edit->text(), code);
    QCOMPARE(m_launches, 0);
}

void ActivationWizardTest::accountChoiceIsRemembered()
{
    const QString code = m_codes.at(0);
    for (const bool create : {false, true, false}) {
        auto wizard = makeWizard(m_config);
        buttonNamed(wizard.get(), "haveCodeButton")->click();
        auto *createRadio = wizard->findChild<QRadioButton *>(QStringLiteral("createAccount"));
        auto *haveRadio = wizard->findChild<QRadioButton *>(QStringLiteral("haveAccount"));
        QTest::keyClicks(wizard->findChild<CodeLineEdit *>(QStringLiteral("codeEdit")), code);
        (create ? createRadio : haveRadio)->click();
        buttonNamed(wizard.get(), "continueButton")->click();
        QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Progress);
        QTRY_VERIFY_WITH_TIMEOUT(m_launched.isValid(), 10000);
        QCOMPARE(m_launched.toString().contains(QStringLiteral("prompt=create")), create);
        m_launched.clear();
        // Cancel (nobody signs in): back on the code page, the code kept.
        buttonNamed(wizard.get(), "progressCancelButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentPage(), ActivationWizard::Page::Code, 5000);

        // The next window preselects this choice.
        auto next = makeWizard(m_config);
        buttonNamed(next.get(), "haveCodeButton")->click();
        QCOMPARE(next->findChild<QRadioButton *>(QStringLiteral("createAccount"))->isChecked(),
                 create);
        QCOMPARE(next->findChild<QRadioButton *>(QStringLiteral("haveAccount"))->isChecked(),
                 !create);
    }
}

// ---- success -----------------------------------------------------------------------------------

void ActivationWizardTest::codeThenRegisterThenSuccess()
{
    auto wizard = makeWizard(m_config);
    QSignalSpy activated(wizard.get(), &ActivationWizard::activated);
    QSignalSpy done(wizard.get(), &ActivationWizard::done);
    // Issue 17: the step indicator (code → account → done) on each page reached, as shown and as
    // a screen reader reads it.
    QStringList steps;
    connect(wizard.get(), &ActivationWizard::currentPageChanged, this,
            [&steps, &wizard](ActivationWizard::Page page) {
                steps.append(stepShown(wizard.get(), page));
            });
    m_play = Play::Register;
    m_email = freshEmail(QStringLiteral("grace"));
    startWithCode(wizard.get(), m_codes.at(1), true);
    expectSuccess(wizard.get());
    steps.removeDuplicates();
    // (This test signs in without a page; keywaywindowtest checks the sign-in page's step.)
    QCOMPARE(steps,
             QStringList({QStringLiteral("Code: Step 1 of 3: Code"),
                          QStringLiteral("Progress: Step 2 of 3: Account"),
                          QStringLiteral("Success: Step 3 of 3: Done")}));
    QCOMPARE(activated.size(), 1);
    QVERIFY(labelNamed(wizard.get(), "successSummary")->text().contains(m_email));
    QVERIFY(m_launched.toString().contains(QStringLiteral("prompt=create")));
    QVERIFY(m_licenses->allValid(m_config, m_deviceId, QDateTime::currentDateTimeUtc()));
    buttonNamed(wizard.get(), "doneButton")->click();
    QCOMPARE(done.size(), 1);
}

void ActivationWizardTest::alreadyHaveAnAccount()
{
    // Sign in without a code: an account without licenses is told so, with a way on.
    auto wizard = makeWizard(m_config);
    m_play = Play::Login;
    m_email = m_member;
    buttonNamed(wizard.get(), "signInOnlyButton")->click();
    QVERIFY(waitForOutcome(wizard.get()));
    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Failure);
    QVERIFY(
        labelNamed(wizard.get(), "failureMessage")->text().contains(QStringLiteral("no license")));
    // A failure is no step: the indicator is hidden (it is on the welcome page too).
    QCOMPARE(stepShown(wizard.get(), wizard->currentPage()), QStringLiteral("Failure: hidden"));
    QVERIFY(buttonNamed(wizard.get(), "signInOtherButton")->isVisible());
    QVERIFY(buttonNamed(wizard.get(), "startOverButton")->isVisible());
    auto *enterCode = buttonNamed(wizard.get(), "changeCodeButton");
    QVERIFY(enterCode->isVisible());
    QCOMPARE(enterCode->text(), ActivationWizard::tr("Enter a co&de"));
    checkAccessibility(wizard.get());
    enterCode->click();
    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Code);
    QCOMPARE(stepShown(wizard.get(), wizard->currentPage()),
             QStringLiteral("Code: Step 1 of 3: Code"));
    buttonNamed(wizard.get(), "codeBackButton")->click();
    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Welcome);
    QCOMPARE(stepShown(wizard.get(), wizard->currentPage()), QStringLiteral("Welcome: hidden"));
}

QString ActivationWizardTest::stepShown(QWidget *wizard, ActivationWizard::Page page)
{
    // "<page>: <what a screen reader reads>", or "hidden"; the current step is marked by its
    // number and bold text, the steps before it by a tick, never by colour alone.
    const QString name =
        QString::fromLatin1(QMetaEnum::fromType<ActivationWizard::Page>().valueToKey(int(page)));
    auto *indicator = wizard->findChild<QWidget *>(QStringLiteral("stepIndicator"));
    if (!indicator)
        return name + QStringLiteral(": missing");
    if (indicator->isHidden())
        return name + QStringLiteral(": hidden");
    const QString spoken = indicator->accessibleName();
    for (int step = 1; step <= 3; ++step) {
        auto *label = indicator->findChild<QLabel *>(QStringLiteral("step%1Label").arg(step));
        if (!label)
            return name + QStringLiteral(": no label for step %1").arg(step);
        const bool current = spoken.startsWith(QStringLiteral("Step %1 ").arg(step));
        const bool done = !current && step < spoken.mid(5, 1).toInt();
        const QString said = label->accessibleName();
        const bool marked = label->font().bold() == current
            && label->text().startsWith(done ? QStringLiteral("✓") : QString::number(step))
            && (current    ? said.endsWith(QStringLiteral(", current step"))
                    : done ? said.endsWith(QStringLiteral(", done"))
                           : !said.contains(QLatin1Char(',')) && !label->isEnabled());
        if (!marked)
            return name
                + QStringLiteral(": step %1 marked wrong: %2 / %3")
                      .arg(step)
                      .arg(label->text(), label->accessibleName());
    }
    return name + QStringLiteral(": ") + spoken;
}

void ActivationWizardTest::changeTheCodeKeepsTheAccount()
{
    // Issue 17 item 7: a newcomer registers with a code somebody else already used, then enters
    // another code: the account just made stays signed in, no second registration.
    const QStringList codes = m_server.generateCodes(2);
    QCOMPARE(codes.size(), 2);
    {
        auto first = makeWizard(m_config);
        m_play = Play::Register;
        m_email = freshEmail(QStringLiteral("first"));
        startWithCode(first.get(), codes.at(0), true);
        expectSuccess(first.get());
    }
    init();
    auto wizard = makeWizard(m_config);
    m_play = Play::Register;
    const QString newcomer = freshEmail(QStringLiteral("newcomer"));
    m_email = newcomer;
    startWithCode(wizard.get(), codes.at(0), true);
    QVERIFY(waitForOutcome(wizard.get()));
    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Failure);
    QCOMPARE(labelNamed(wizard.get(), "failureMessage")->text(),
             errorMessage(ErrorCode::RedeemCodeAlreadyRedeemed));
    QCOMPARE(m_launches, 1);
    buttonNamed(wizard.get(), "changeCodeButton")->click();
    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Code);
    auto *edit = wizard->findChild<CodeLineEdit *>(QStringLiteral("codeEdit"));
    QTest::keyClicks(edit, codes.at(1));
    buttonNamed(wizard.get(), "continueButton")->click();
    expectSuccess(wizard.get());
    // No browser again: neither the registration nor a sign-in page.
    QCOMPARE(m_launches, 1);
    QVERIFY(labelNamed(wizard.get(), "successSummary")->text().contains(newcomer));
}

void ActivationWizardTest::browserNotOpenedKeepsTheWindowSmall()
{
    // Issue 17 item 3: "the browser could not be opened" shows the address in a field of its
    // own, so a long address does not set the window's width.
    auto wizard = makeWizard(m_config);
    wizard->setBrowserLauncher([](const QUrl &) { return false; });
    buttonNamed(wizard.get(), "signInOnlyButton")->click();
    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Progress);
    auto *address = wizard->findChild<QLineEdit *>(QStringLiteral("signInAddress"));
    QTRY_VERIFY_WITH_TIMEOUT(address->isVisible(), 10000);
    QVERIFY2(address->text().contains(QStringLiteral("/user/oauth20/authz")),
             qPrintable(address->text()));
    QVERIFY(address->isReadOnly());
    checkAccessibility(wizard.get());
    // Back at the start the window is as small as before.
    buttonNamed(wizard.get(), "progressCancelButton")->click();
    QTRY_VERIFY(wizard->currentPage() != ActivationWizard::Page::Progress);
    QVERIFY(!address->isVisible());
    checkAccessibility(wizard.get());
}
