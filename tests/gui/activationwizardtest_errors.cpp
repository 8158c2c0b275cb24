// SPDX-License-Identifier: BSD-3-Clause
// Each error and the way forward the window offers.
#include "activationwizardtest.h"

// ---- errors and their next steps ---------------------------------------------------------------

void ActivationWizardTest::codeAlreadyRedeemedByAnotherAccount()
{
    // The owner redeems the code first.
    const QString code = m_codes.at(2);
    const QString owner = freshEmail(QStringLiteral("owner"));
    {
        auto first = makeWizard(m_config);
        m_play = Play::Register;
        m_email = owner;
        startWithCode(first.get(), code, true);
        expectSuccess(first.get());
    }

    // Someone else with the same code: told so, with the two ways on.
    init();
    auto wizard = makeWizard(m_config);
    m_play = Play::Login;
    m_email = m_member;
    startWithCode(wizard.get(), code, false);
    QVERIFY(waitForOutcome(wizard.get()));
    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Failure);
    QCOMPARE(labelNamed(wizard.get(), "failureMessage")->text(),
             errorMessage(ErrorCode::RedeemCodeAlreadyRedeemed));
    auto *other = qobject_cast<QPushButton *>(buttonNamed(wizard.get(), "signInOtherButton"));
    auto *change = qobject_cast<QPushButton *>(buttonNamed(wizard.get(), "changeCodeButton"));
    QVERIFY(other->isVisible() && change->isVisible());
    QVERIFY(other->isDefault());
    QCOMPARE(wizard->focusWidget(), other);
    QVERIFY(!buttonNamed(wizard.get(), "tryAgainButton")->isVisible());
    checkAccessibility(wizard.get());
    saveScreenshot(wizard.get(), QStringLiteral("7-code-already-used"));

    // "Change the code": the code page, the code kept and selected.
    change->click();
    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Code);
    auto *edit = wizard->findChild<CodeLineEdit *>(QStringLiteral("codeEdit"));
    QCOMPARE(edit->selectedText(), ActivationCode::group(ActivationCode::normalize(code)));
    buttonNamed(wizard.get(), "continueButton")->click();
    QVERIFY(waitForOutcome(wizard.get()));
    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Failure);

    // "Sign in with another account": the owner signs in, and the code is theirs.
    m_email = owner;
    m_launched.clear();
    other->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_launched.isValid(), 10000);
    QVERIFY(!m_launched.toString().contains(QStringLiteral("prompt=create")));
    // ...and asks for a fresh login, whatever session the browser holds (and consent, which
    // offline_access needs: OIDC Core §11).
    QCOMPARE(QUrlQuery(m_launched).queryItemValue(QStringLiteral("prompt"), QUrl::FullyDecoded),
             QStringLiteral("login consent"));
    expectSuccess(wizard.get());
    QVERIFY(labelNamed(wizard.get(), "successSummary")->text().contains(owner));
}

// Issue 12: a redemption another account started (its answer lost) is never finished for the
// account signing in now; the window names the owner and offers to sign in as it or to discard.
void ActivationWizardTest::pendingCodeOfAnotherAccount()
{
    const QString owner = QStringLiteral("owner.of.the.pending.code@example.com");
    PendingRedemption pending;
    pending.code = m_codes.at(12);
    pending.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    pending.deviceId = m_deviceId;
    pending.since = QDateTime::currentDateTimeUtc();
    pending.subject = QStringLiteral("the-owners-account-id");
    pending.email = owner;
    SecretJob *write = RedemptionJournal::write(m_secrets.get(), m_config, pending);
    QSignalSpy written(write, &Job::finished);
    write->start();
    QVERIFY(written.count() || written.wait(5000));

    auto wizard = makeWizard(m_config);
    m_play = Play::Login;
    m_email = m_member;
    startWithCode(wizard.get(), m_codes.at(13), false);
    QVERIFY(waitForOutcome(wizard.get()));
    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Failure);
    QVERIFY2(labelNamed(wizard.get(), "failureMessage")->text().contains(owner),
             qPrintable(labelNamed(wizard.get(), "failureMessage")->text()));
    auto *other = qobject_cast<QPushButton *>(buttonNamed(wizard.get(), "signInOtherButton"));
    auto *discard = qobject_cast<QPushButton *>(buttonNamed(wizard.get(), "discardPendingButton"));
    QVERIFY(other->isVisible() && discard->isVisible());
    QVERIFY(other->text().contains(owner));
    QVERIFY(other->isDefault());
    QVERIFY(!buttonNamed(wizard.get(), "tryAgainButton")->isVisible());
    QVERIFY(m_licenses->tokens().isEmpty());
    checkAccessibility(wizard.get());

    // "Sign in as <owner>": a fresh login with the owner suggested. (The member signs in again
    // here: still nothing redeemed.)
    m_launched.clear();
    other->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_launched.isValid(), 10000);
    QCOMPARE(QUrlQuery(m_launched).queryItemValue(QStringLiteral("login_hint"), QUrl::FullyDecoded),
             owner);
    // prompt=login, and consent because the demo asks for offline_access (docs/signin.md).
    QCOMPARE(QUrlQuery(m_launched).queryItemValue(QStringLiteral("prompt"), QUrl::FullyDecoded),
             QStringLiteral("login consent"));
    QVERIFY(waitForOutcome(wizard.get()));
    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Failure);
    QVERIFY(m_licenses->tokens().isEmpty());

    // "Discard the waiting code": the entry is gone and the member's own code goes through.
    discard->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage() != ActivationWizard::Page::Failure, 10000);
    expectSuccess(wizard.get());
    SecretJob *read = RedemptionJournal::read(m_secrets.get(), m_config);
    QSignalSpy done(read, &Job::finished);
    read->setAutoDelete(false);
    read->start();
    QVERIFY(done.count() || done.wait(5000));
    QVERIFY(read->notFound());
    delete read;
}

void ActivationWizardTest::unusableCode_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("error");
    QTest::newRow("expired") << 0 << int(ErrorCode::RedeemCodeExpired);
    QTest::newRow("revoked") << 1 << int(ErrorCode::RedeemCodeRevoked);
    QTest::newRow("unknown") << 2 << int(ErrorCode::RedeemCodeUnknown);
}

void ActivationWizardTest::unusableCode()
{
    QFETCH(int, kind);
    QFETCH(int, error);

    QString code;
    if (kind == 0) {
        // KWE: a configuration whose redemption window has closed.
        code = m_server.generateCodes(1, QStringLiteral("KWE")).value(0);
    } else if (kind == 1) {
        code = m_server.generateCodes(1).value(0);
        QProcess revoke;
        revoke.start(DevServerProcess::binary(),
                     {QStringLiteral("codes"), QStringLiteral("revoke"), code,
                      QStringLiteral("--data-dir"), m_server.dataDir()});
        QVERIFY(revoke.waitForFinished(20000));
        QCOMPARE(revoke.exitCode(), 0);
    } else {
        // Well-formed (the check character matches) but never issued.
        QString symbols = ActivationCode::normalize(m_server.generateCodes(1).value(0));
        const int value = ActivationCode::symbolValue(symbols.at(10));
        symbols[10] = ActivationCode::Alphabet.at((value + 5) % ActivationCode::Alphabet.size());
        symbols = symbols.left(24) + ActivationCode::checkSymbol(symbols.left(24));
        code = ActivationCode::group(symbols);
    }
    QVERIFY(ActivationCode::parse(code));

    auto wizard = makeWizard(m_config);
    m_play = Play::Login;
    m_email = m_member;
    startWithCode(wizard.get(), code, false);
    QVERIFY(waitForOutcome(wizard.get()));
    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Failure);
    QCOMPARE(labelNamed(wizard.get(), "failureMessage")->text(), errorMessage(ErrorCode(error)));
    // The technical reason is shown too, for support.
    QLabel *details = labelNamed(wizard.get(), "failureDetails");
    QVERIFY2(details->isVisible() && details->text().contains(QLatin1String("HTTP 4")),
             qPrintable(details->text()));
    auto *change = qobject_cast<QPushButton *>(buttonNamed(wizard.get(), "changeCodeButton"));
    QVERIFY(change->isVisible() && change->isDefault());
    QVERIFY(!buttonNamed(wizard.get(), "tryAgainButton")->isVisible());
    checkAccessibility(wizard.get());
    QTest::keyClick(wizard->focusWidget(), Qt::Key_Return);
    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Code);
    auto *edit = wizard->findChild<CodeLineEdit *>(QStringLiteral("codeEdit"));
    QCOMPARE(edit->text(), code);
    QCOMPARE(edit->selectedText(), code);
    QCOMPARE(wizard->focusWidget(), edit);
}

void ActivationWizardTest::serverErrorShowsTheReference()
{
    armFault(RedemptionsPath, 500);
    auto wizard = makeWizard(m_config);
    m_play = Play::Login;
    m_email = m_member;
    startWithCode(wizard.get(), m_codes.at(3), false);
    QVERIFY(waitForOutcome(wizard.get()));
    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Failure);
    QCOMPARE(labelNamed(wizard.get(), "failureMessage")->text(),
             errorMessage(ErrorCode::ServerError));

    // The reference shown is the X-Request-Id the server logged for that answer.
    static const QRegularExpression logged(
        QStringLiteral("POST /api/activation/v1/redemptions 500 \\d+ ms id=([0-9a-f]{32})"));
    const auto match = logged.match(QString::fromUtf8(m_server.output()));
    QVERIFY2(match.hasMatch(), "no log line for the faulted redemption");
    const QString reference = match.captured(1);
    auto *referenceLabel = labelNamed(wizard.get(), "referenceLabel");
    QVERIFY(referenceLabel->isVisible());
    QVERIFY2(referenceLabel->text().endsWith(reference), qPrintable(referenceLabel->text()));
    auto *copy = buttonNamed(wizard.get(), "copyReferenceButton");
    QVERIFY(copy->isVisible());
    checkAccessibility(wizard.get());
    saveScreenshot(wizard.get(), QStringLiteral("8-server-error-reference"));
    copy->click();
    QCOMPARE(QApplication::clipboard()->text(), reference);

    // The fault was for one request: trying again succeeds.
    buttonNamed(wizard.get(), "tryAgainButton")->click();
    expectSuccess(wizard.get());
}

void ActivationWizardTest::rateLimitCountsDown()
{
    armFault(RedemptionsPath, 429, 1, 2);
    auto wizard = makeWizard(m_config);
    m_play = Play::Login;
    m_email = m_member;
    startWithCode(wizard.get(), m_codes.at(4), false);
    QVERIFY(waitForOutcome(wizard.get()));
    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Failure);
    auto *tryAgain = buttonNamed(wizard.get(), "tryAgainButton");
    auto *hint = labelNamed(wizard.get(), "failureHint");
    QVERIFY(tryAgain->isVisible());
    QVERIFY(!tryAgain->isEnabled());
    QVERIFY2(hint->text().contains(QStringLiteral("in 2 second")), qPrintable(hint->text()));
    checkAccessibility(wizard.get());
    QTRY_VERIFY_WITH_TIMEOUT(hint->text().contains(QStringLiteral("in 1 second")), 2000);
    QVERIFY(!tryAgain->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(tryAgain->isEnabled(), 3000);
    QCOMPARE(wizard->focusWidget(), tryAgain);
    tryAgain->click();
    expectSuccess(wizard.get());
}

void ActivationWizardTest::emailNotVerifiedThenContinue()
{
    DevServerProcess strict;
    QVERIFY(strict.start(QString(), {QStringLiteral("--require-email-verification")}));
    auto loaded = VendorConfig::load(strict.configPath());
    QVERIFY(loaded);
    VendorConfig config = *loaded;
    config.browser = QStringLiteral("system");
    const QString code = strict.generateCodes(1).value(0);

    auto wizard = makeWizard(config);
    m_play = Play::RegisterUnverified;
    m_email = freshEmail(QStringLiteral("vera"));
    startWithCode(wizard.get(), code, true);
    QVERIFY2(waitForOutcome(wizard.get(), 15000), strict.output().right(2000).constData());
    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Failure);
    const QString masked = QStringLiteral("v…@example.com");
    QCOMPARE(ActivationWizard::maskEmail(m_email), masked);
    const QString message = labelNamed(wizard.get(), "failureMessage")->text();
    QVERIFY2(message.contains(masked), qPrintable(message));
    QVERIFY2(!message.contains(m_email), qPrintable(message));
    auto *continueButton =
        qobject_cast<QPushButton *>(buttonNamed(wizard.get(), "verifiedContinueButton"));
    QVERIFY(continueButton->isVisible() && continueButton->isDefault());
    checkAccessibility(wizard.get());
    saveScreenshot(wizard.get(), QStringLiteral("9-confirm-email"));

    // The person opens the link from the e-mail...
    QNetworkReply *reply = m_nam.get(QNetworkRequest(
        strict.baseUrl().resolved(QUrl(QStringLiteral("/dev/outbox.json?to=")
                                       + QString::fromLatin1(QUrl::toPercentEncoding(m_email))))));
    QSignalSpy listed(reply, &QNetworkReply::finished);
    QVERIFY(listed.wait(5000));
    const QJsonArray messages = QJsonDocument::fromJson(reply->readAll())
                                    .object()
                                    .value(QStringLiteral("messages"))
                                    .toArray();
    reply->deleteLater();
    QVERIFY(!messages.isEmpty());
    const QUrl link(
        messages.last().toObject().value(QStringLiteral("links")).toArray().first().toString());
    QVERIFY(link.path().endsWith(QStringLiteral("/verify-email")));
    QNetworkReply *opened = m_nam.get(QNetworkRequest(link));
    QSignalSpy openedSpy(opened, &QNetworkReply::finished);
    QVERIFY(openedSpy.wait(5000));
    QCOMPARE(opened->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    opened->deleteLater();

    // ...and continues: a sign-in with the now confirmed account, and the code is redeemed.
    m_play = Play::Login;
    m_launched.clear();
    continueButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_launched.isValid(), 10000);
    QVERIFY(!m_launched.toString().contains(QStringLiteral("prompt=create")));
    expectSuccess(wizard.get());
    QVERIFY(labelNamed(wizard.get(), "successSummary")->text().contains(m_email));
}

void ActivationWizardTest::keychainLockedThenTryAgain()
{
    LockableSecretStore keychain;
    auto wizard = makeWizard(m_config, &keychain);
    m_play = Play::Login;
    m_email = m_member;
    startWithCode(wizard.get(), m_codes.at(5), false);
    QVERIFY(waitForOutcome(wizard.get()));
    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Failure);
    QCOMPARE(labelNamed(wizard.get(), "failureMessage")->text(),
             errorMessage(ErrorCode::KeychainAccessDenied));
    const QString hint = labelNamed(wizard.get(), "failureHint")->text();
    QVERIFY2(hint.contains(QStringLiteral("Unlock your keyring")), qPrintable(hint));
    auto *tryAgain = qobject_cast<QPushButton *>(buttonNamed(wizard.get(), "tryAgainButton"));
    QVERIFY(tryAgain->isVisible() && tryAgain->isEnabled() && tryAgain->isDefault());
    checkAccessibility(wizard.get());

    keychain.locked = false;
    tryAgain->click();
    expectSuccess(wizard.get());
    QVERIFY(!keychain.contents().isEmpty());
}

void ActivationWizardTest::noConnectionThenConnectionTest()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    VendorConfig config = m_config;
    config.issuer = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort));
    auto wizard = makeWizard(config);
    // The host application (keyway) owns the proxy settings; the test page offers them.
    QSignalSpy networkSettings(wizard.get(), &ActivationWizard::networkSettingsRequested);
    buttonNamed(wizard.get(), "signInOnlyButton")->click();
    QVERIFY(waitForOutcome(wizard.get()));
    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Failure);
    auto *test = qobject_cast<QPushButton *>(buttonNamed(wizard.get(), "testConnectionButton"));
    QVERIFY(test->isVisible() && test->isDefault());
    // One name for the service in the title and the text; no system browser, which would not
    // reach a service that is down either (issue 17 item 8).
    const QString title = labelNamed(wizard.get(), "failureTitle")->text();
    const QString message = labelNamed(wizard.get(), "failureMessage")->text();
    for (const auto &[one, other] :
         {std::pair {QStringLiteral("sign-in service"), QStringLiteral("activation service")},
          std::pair {QStringLiteral("activation service"), QStringLiteral("sign-in service")}}) {
        if (title.contains(one))
            QVERIFY2(message.contains(one) && !message.contains(other),
                     qPrintable(title + QLatin1Char('|') + message));
    }
    QVERIFY(!buttonNamed(wizard.get(), "systemBrowserButton")->isVisible());
    checkAccessibility(wizard.get());

    QTest::keyClick(wizard->focusWidget(), Qt::Key_Return);
    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::ConnectionTest);
    auto *status = labelNamed(wizard.get(), "connectionStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("found a problem")), 15000);
    const QString report =
        wizard->findChild<QTextBrowser *>(QStringLiteral("connectionReport"))->toPlainText();
    // Proxy and DNS passed; the connection is the failing step; the rest were not run.
    const auto line = [&report](const QString &title) {
        const QRegularExpression re(QRegularExpression::escape(title) + QStringLiteral(": (\\w+)"));
        return re.match(report).captured(1);
    };
    QCOMPARE(line(ConnectionTest::stepTitle(ConnectionTest::Step::Proxy)),
             QStringLiteral("Passed"));
    QCOMPARE(line(ConnectionTest::stepTitle(ConnectionTest::Step::Dns)), QStringLiteral("Passed"));
    QCOMPARE(line(ConnectionTest::stepTitle(ConnectionTest::Step::Tcp)), QStringLiteral("Failed"));
    QCOMPARE(line(ConnectionTest::stepTitle(ConnectionTest::Step::Tls)), QStringLiteral("Skipped"));
    QCOMPARE(line(ConnectionTest::stepTitle(ConnectionTest::Step::Http)),
             QStringLiteral("Skipped"));
    QVERIFY2(report.contains(QStringLiteral("127.0.0.1:%1 was refused").arg(closedPort)),
             qPrintable(report));
    // An address is not "looked up".
    QVERIFY2(report.contains(QStringLiteral("127.0.0.1 is an address")), qPrintable(report));
    checkAccessibility(wizard.get());
    saveScreenshot(wizard.get(), QStringLiteral("10-connection-test"));
    auto *settings = buttonNamed(wizard.get(), "networkSettingsButton");
    QVERIFY(settings->isVisible());
    settings->click();
    QCOMPARE(networkSettings.size(), 1);
    buttonNamed(wizard.get(), "connectionBackButton")->click();
    QCOMPARE(wizard->currentPage(), ActivationWizard::Page::Failure);
}

void ActivationWizardTest::connectionTestAgainstTheDevServer()
{
    auto *test = new ConnectionTest(m_server.baseUrl());
    test->setNetworkAccessManager(&m_nam);
    QSignalSpy steps(test, &ConnectionTest::stepFinished);
    QSignalSpy finished(test, &Job::finished);
    test->setAutoDelete(false);
    test->start();
    QVERIFY(finished.wait(15000));
    QVERIFY2(!test->hasError(), qPrintable(test->error().toString()));
    QCOMPARE(steps.size(), 5);
    const auto results = test->results();
    QCOMPARE(results.at(int(ConnectionTest::Step::Tls)).state, ConnectionTest::State::Skipped);
    for (const auto &result : results) {
        if (result.step != ConnectionTest::Step::Tls)
            QCOMPARE(result.state, ConnectionTest::State::Passed);
        QVERIFY(!result.summary.isEmpty());
    }
    delete test;

    // A server error on the discovery document fails the last step, with the server's reference.
    armFault(QStringLiteral("/.well-known/openid-configuration"), 503, 1, 30);
    test = new ConnectionTest(m_server.baseUrl());
    test->setAutoDelete(false);
    test->setNetworkAccessManager(&m_nam);
    QSignalSpy failed(test, &Job::finished);
    test->start();
    QVERIFY(failed.wait(15000));
    QCOMPARE(test->error().code, ErrorCode::ServerError);
    QCOMPARE(test->error().retryAfterSeconds, 30);
    QVERIFY(!test->error().reference.isEmpty());
    QCOMPARE(test->results().at(int(ConnectionTest::Step::Http)).state,
             ConnectionTest::State::Failed);
    QCOMPARE(test->results().at(int(ConnectionTest::Step::Tcp)).state,
             ConnectionTest::State::Passed);
    delete test;
}

void ActivationWizardTest::connectionTestShowsTheCertificateProblem()
{
    // A server whose certificate comes from a CA this computer does not know (as behind a
    // TLS-inspecting proxy): the TLS step fails and names the problem; with the vendor's extra CA
    // every step passes.
    QTemporaryDir pki;
    QVERIFY(pki.isValid());
    auto openssl = [&pki](const QStringList &args) {
        QProcess process;
        process.setWorkingDirectory(pki.path());
        process.start(QStringLiteral("openssl"), args);
        return process.waitForFinished(30000) && process.exitCode() == 0;
    };
    QFile ext(pki.filePath(QStringLiteral("ext.cnf")));
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
              "extendedKeyUsage=serverAuth\n");
    ext.close();
    const QStringList ec {QStringLiteral("-newkey"), QStringLiteral("ec"),
                          QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                          QStringLiteral("-nodes")};
    QVERIFY(
        openssl(QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + ec
                + QStringList {
                    QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                    QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("1"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=Inspecting Proxy CA"),
                    QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                    QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign")}));
    QVERIFY(openssl(QStringList {QStringLiteral("req")} + ec
                    + QStringList {QStringLiteral("-keyout"), QStringLiteral("server.key"),
                                   QStringLiteral("-out"), QStringLiteral("server.csr"),
                                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")}));
    QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                     QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                     QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                     QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                     QStringLiteral("server.pem"), QStringLiteral("-days"), QStringLiteral("1"),
                     QStringLiteral("-extfile"), QStringLiteral("ext.cnf")}));
    DevServerProcess tls;
    QVERIFY(tls.start(QString(),
                      {QStringLiteral("--tls-cert"), pki.filePath(QStringLiteral("server.pem")),
                       QStringLiteral("--tls-key"), pki.filePath(QStringLiteral("server.key"))}));
    QCOMPARE(tls.baseUrl().scheme(), QStringLiteral("https"));

    for (const bool trusted : {false, true}) {
        auto *test = new ConnectionTest(tls.baseUrl());
        test->setAutoDelete(false);
        test->setNetworkAccessManager(&m_nam);
        if (trusted)
            test->setExtraCaCertificates(
                QSslCertificate::fromPath(pki.filePath(QStringLiteral("ca.pem"))));
        QSignalSpy finished(test, &Job::finished);
        test->start();
        QVERIFY(finished.wait(15000));
        const auto step = test->results().at(int(ConnectionTest::Step::Tls));
        if (trusted) {
            QVERIFY2(!test->hasError(), qPrintable(test->error().toString()));
            QCOMPARE(step.state, ConnectionTest::State::Passed);
        } else {
            QCOMPARE(test->error().code, ErrorCode::TlsFailure);
            QCOMPARE(step.state, ConnectionTest::State::Failed);
            QVERIFY2(step.summary.contains(QStringLiteral("not trusted")),
                     qPrintable(step.summary));
            QVERIFY2(step.detail.contains(QStringLiteral("Inspecting Proxy CA")),
                     qPrintable(step.detail));
            QVERIFY(!step.advice.isEmpty());
            QCOMPARE(test->results().at(int(ConnectionTest::Step::Http)).state,
                     ConnectionTest::State::Skipped);
        }
        delete test;
    }
}
