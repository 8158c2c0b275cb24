// SPDX-License-Identifier: BSD-3-Clause
// The view's actions: import, diagnostics, network settings, renew, deactivate, sign out.
#include "licensestatuswidgettest.h"

void LicenseStatusWidgetTest::importThroughTheButton_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("imported");
    QTest::addColumn<QString>("says");
    QTest::newRow("both items, joined with &") << 0 << true << QStringLiteral("Imported 2");
    QTest::newRow("one for another computer") << 1 << false << QStringLiteral("another computer");
    QTest::newRow("signed by an unknown key") << 2 << false << QStringLiteral("not signed by");
    QTest::newRow("empty file") << 3 << false << QStringLiteral("no license token");
    QTest::newRow("file missing") << 4 << false << QStringLiteral("could not be read");
}

void LicenseStatusWidgetTest::importThroughTheButton()
{
    QFETCH(int, kind);
    QFETCH(bool, imported);
    QFETCH(QString, says);

    const VendorConfig cfg = config(m_key.get());
    QVERIFY(!cfg.licensedItems.isEmpty());
    QTemporaryDir dir;
    LicenseStore store(dir.path());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QByteArray contents;
    switch (kind) {
    case 0:
        contents = token(m_key.get(), Pro, now - 60) + '&' + token(m_key.get(), Export, now - 60);
        break;
    case 1:
        contents = token(m_key.get(), Pro, now - 60) + '\n'
            + token(m_key.get(), Export, now - 60, 86400,
                    {{QStringLiteral("hw"), QStringLiteral("someone-else")}});
        break;
    case 2:
        contents = token(m_other.get(), Pro, now - 60, 86400, {}, "other");
        break;
    case 3:
        contents = "\n";
        break;
    }
    const QString path = dir.filePath(QStringLiteral("licenses.jwt"));
    if (kind != 4) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }

    MemorySecretStore secrets;
    Activator engine(cfg, dir.path());
    engine.setSecretStore(&secrets);
    engine.setDeviceId(Device);
    LicenseStatusWidget widget(cfg);
    widget.setActivator(&engine);
    widget.setFileChooser([&path] { return path; });
    widget.refresh();
    widget.show();
    QVERIFY(!widget.allValid());

    auto *button = widget.findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(button);
    QVERIFY(!button->accessibleDescription().isEmpty());
    button->click();

    auto *message = widget.findChild<QLabel *>(QStringLiteral("importMessage"));
    QVERIFY(message);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(says), qPrintable(message->text()));
    QCOMPARE(widget.allValid(), imported);
    // A refused import stores nothing at all.
    QCOMPARE(QFile::exists(store.filePath()), imported);
    auto *list = widget.findChild<QTreeWidget *>(QStringLiteral("statusList"));
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), int(cfg.licensedItems.size()));
}

void LicenseStatusWidgetTest::copyDiagnosticsHoldsNoSecret()
{
    const VendorConfig cfg = config(m_key.get());
    QTemporaryDir dir;
    LicenseStore store(dir.path());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QList<QByteArray> tokens {token(m_key.get(), Pro, now - 60),
                                    token(m_key.get(), Export, now - 60)};
    const QString email = QStringLiteral("ada@example.com");
    QVERIFY(store.save(User, email, tokens));
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);

    MemorySecretStore secrets;
    Activator engine(cfg, dir.path());
    engine.setSecretStore(&secrets);
    engine.setDeviceId(Device);
    LicenseStatusWidget widget(cfg);
    widget.setActivator(&engine);
    widget.setSettings(&settings);
    widget.refresh();
    widget.show();
    QVERIFY(widget.allValid());
    // Nobody is signed in (as far as the engine knows): nothing to renew with.
    auto *renew = widget.findChild<QPushButton *>(QStringLiteral("renewButton"));
    QVERIFY(renew && !renew->isVisible());

    QGuiApplication::clipboard()->clear();
    auto *copy = widget.findChild<QPushButton *>(QStringLiteral("copyDiagnosticsButton"));
    QVERIFY(copy && copy->isVisible());
    copy->click();
    const QString text = QGuiApplication::clipboard()->text();
    QCOMPARE(text, widget.diagnostics());
    QVERIFY2(text.contains(QStringLiteral("Device id: ") + Device), qPrintable(text));
    // Where the licenses and the sign-in are kept (issue 17 item 10), not what.
    QVERIFY2(text.contains(QStringLiteral("Licenses stored in: ")
                           + QDir::toNativeSeparators(dir.path())),
             qPrintable(text));
    QVERIFY2(
        text.contains(QStringLiteral("Sign-in kept in: Keyway::MemorySecretStore (not saved)")),
        qPrintable(text));
    QVERIFY2(text.contains(cfg.productName), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Keyway: ")), qPrintable(text));
    QVERIFY2(text.contains(Pro + QStringLiteral(": valid, lease ends ")), qPrintable(text));
    QVERIFY2(text.contains(
                 QDateTime::fromSecsSinceEpoch(now - 60 + 86400, Qt::UTC).toString(Qt::ISODate)),
             qPrintable(text));
    QVERIFY2(
        text.contains(QStringLiteral("Last successful check: ")
                      + QDateTime::fromSecsSinceEpoch(now - 60, Qt::UTC).toString(Qt::ISODate)),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Proxy: system")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Last error: none")), qPrintable(text));
    // No token, nor any part of one; no e-mail address, no account id.
    for (const QByteArray &token : tokens) {
        for (const QByteArray &part : token.split('.'))
            QVERIFY2(!text.contains(QString::fromLatin1(part.left(24))), qPrintable(text));
    }
    QVERIFY(!text.contains(email));
    QVERIFY(!text.contains(User));
    auto *message = widget.findChild<QLabel *>(QStringLiteral("actionMessage"));
    QVERIFY(message && message->isVisible());
}

void LicenseStatusWidgetTest::networkSettingsAreSavedAndApplied()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    LicenseStatusWidget widget(config(m_key.get()));
    widget.setSettings(&settings);
    QSignalSpy changed(&widget, &LicenseStatusWidget::proxySettingsChanged);
    widget.setDialogRunner([](ProxySettingsDialog &dialog) {
        auto *manual = dialog.findChild<QRadioButton *>(QStringLiteral("manualProxy"));
        auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("proxyHost"));
        auto *port = dialog.findChild<QSpinBox *>(QStringLiteral("proxyPort"));
        if (!manual || !host || !port)
            return false;
        manual->click();
        host->setText(QStringLiteral("proxy.example.net"));
        port->setValue(8080);
        return true;
    });
    widget.show();
    widget.findChild<QPushButton *>(QStringLiteral("networkButton"))->click();
    QCOMPARE(changed.size(), 1);
    const ProxySettings saved = ProxySettings::load(settings);
    QCOMPARE(int(saved.mode), int(ProxySettings::Mode::Manual));
    QCOMPARE(saved.host, QStringLiteral("proxy.example.net"));
    QCOMPARE(saved.port, quint16(8080));
    QCOMPARE(QNetworkProxy::applicationProxy().hostName(), QStringLiteral("proxy.example.net"));
    QVERIFY2(
        widget.diagnostics().contains(QStringLiteral("Proxy: manual: http proxy.example.net:8080")),
        qPrintable(widget.diagnostics()));

    // Back to the system's: the dialog starts from what was saved.
    widget.setDialogRunner([](ProxySettingsDialog &dialog) {
        if (dialog.settings().host != QStringLiteral("proxy.example.net"))
            return false;
        dialog.findChild<QRadioButton *>(QStringLiteral("systemProxy"))->click();
        return true;
    });
    widget.showNetworkSettings();
    QCOMPARE(changed.size(), 2);
    QCOMPARE(int(ProxySettings::load(settings).mode), int(ProxySettings::Mode::System));
    ProxySettings().apply();
}

void LicenseStatusWidgetTest::proxyCredentialsPrompt()
{
    // The modal prompt of the window's ProxyAuthenticator, answered as a person would.
    bool sawPrompt = false;
    QTimer::singleShot(0, this, [&sawPrompt] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != QStringLiteral("proxyCredentialsDialog"))
            return;
        auto *user = dialog->findChild<QLineEdit *>(QStringLiteral("proxyUser"));
        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("proxyPassword"));
        if (!user || !password || user->text() != QStringLiteral("alice")
            || password->echoMode() != QLineEdit::Password)
            return dialog->reject();
        sawPrompt = true;
        QTest::keyClicks(password, QStringLiteral("typed secret"));
        dialog->accept();
    });
    const auto answer = ProxySettingsDialog::askCredentials(
        nullptr, QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("proxy.example"), 3128),
        QStringLiteral("alice"), false);
    QVERIFY(sawPrompt);
    QVERIFY(answer.has_value());
    QCOMPARE(answer->user, QStringLiteral("alice"));
    QCOMPARE(answer->password, QStringLiteral("typed secret"));

    // Cancelled: no answer.
    QTimer::singleShot(0, this, [] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            dialog->reject();
    });
    QVERIFY(!ProxySettingsDialog::askCredentials(nullptr, QNetworkProxy(), QString(), true));
}

void LicenseStatusWidgetTest::renewNowRenewsTheLeases()
{
    QTemporaryDir dir;
    auto engine = makeEngine(dir.path(), m_config);
    QVERIFY(activate(*engine, 0));
    LicenseStore store(dir.path());
    const QStringList before = leaseIds(store);
    QCOMPARE(before.size(), 2);

    auto widget = makeWidget(engine.get());
    QVERIFY(widget->allValid());
    auto *lastCheck = widget->findChild<QLabel *>(QStringLiteral("lastCheck"));
    QVERIFY(lastCheck && lastCheck->isVisible());
    QVERIFY2(lastCheck->text().contains(QStringLiteral("Last successful check")),
             qPrintable(lastCheck->text()));
    // Issue 19: shown, the focus is on a visible control, and Tab follows the order shown.
    QTRY_VERIFY(widget->focusWidget() && widget->focusWidget()->isVisible()
                && widget->focusWidget()->isEnabled());
    const QString tabProblem = GuiTest::tabOrderProblem(widget.get());
    QVERIFY2(tabProblem.isEmpty(), qPrintable(tabProblem));
    QSignalSpy renewed(widget.get(), &LicenseStatusWidget::licensesRenewed);
    auto *renew = widget->findChild<QPushButton *>(QStringLiteral("renewButton"));
    QVERIFY(renew && renew->isVisible() && renew->isEnabled());
    renew->setFocus();
    QTest::keyClick(renew, Qt::Key_Space);
    QVERIFY(widget->isBusy());
    QVERIFY(!renew->isEnabled());
    auto *message = widget->findChild<QLabel *>(QStringLiteral("actionMessage"));
    QVERIFY(message && message->isVisible());
    // While busy the focus waits on the message, not on whatever enabled button comes next.
    QCOMPARE(widget->focusWidget(), message);
    QVERIFY(renewed.wait(15000));
    QVERIFY(!widget->isBusy());
    QVERIFY2(message->text().startsWith(QStringLiteral("Renewed 2 licenses.")),
             qPrintable(message->text()));
    // Then back on Renew now, which says the result first.
    QCOMPARE(widget->focusWidget(), renew);
    QVERIFY2(renew->accessibleDescription().startsWith(message->text()),
             qPrintable(renew->accessibleDescription()));
    const QStringList after = leaseIds(store);
    QCOMPARE(after.size(), 2);
    for (const QString &id : after)
        QVERIFY2(!before.contains(id), "the leases were not renewed");
    QVERIFY(widget->allValid());
    QVERIFY(renew->isEnabled());
    widget->resize(640, 420);
    saveScreenshot(widget.get(), QStringLiteral("6-status"));

    // The support report of a real activation: the device id, and none of its secrets (the
    // refresh token, the license tokens, the activation code, the account).
    SecretJob *read = m_secrets->read(ActivateJob::refreshTokenKey(m_config));
    read->setAutoDelete(false);
    QVERIFY(!run(read).isError());
    const QByteArray refreshToken = read->secret();
    QVERIFY(!refreshToken.isEmpty());
    QGuiApplication::clipboard()->clear();
    widget->findChild<QPushButton *>(QStringLiteral("copyDiagnosticsButton"))->click();
    const QString report = QGuiApplication::clipboard()->text();
    QVERIFY2(report.contains(QStringLiteral("Device id: ") + m_deviceId), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("keyway-pro: valid")), qPrintable(report));
    // The list reads the vendor's names for the items (the dev server's configuration names
    // them); the ids stay in the report above and in the names' tooltips.
    auto *statusList = widget->findChild<QTreeWidget *>(QStringLiteral("statusList"));
    QVERIFY(statusList);
    QMap<QString, QString> idByName;
    for (int row = 0; row < statusList->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = statusList->topLevelItem(row);
        idByName.insert(item->text(0), item->toolTip(0));
        QVERIFY2(item->data(0, Qt::AccessibleTextRole)
                     .toString()
                     .startsWith(item->text(0) + QStringLiteral(": ")),
                 qPrintable(item->data(0, Qt::AccessibleTextRole).toString()));
    }
    QCOMPARE(idByName,
             (QMap<QString, QString> {{QStringLiteral("Professional edition"), Pro},
                                      {QStringLiteral("Export to other formats"), Export}}));
    QVERIFY(!report.contains(QString::fromLatin1(refreshToken)));
    for (const QByteArray &stored : store.tokens()) {
        for (const QByteArray &part : stored.split('.'))
            QVERIFY2(!report.contains(QString::fromLatin1(part.left(24))), qPrintable(report));
    }
    const QString code = m_codes.value(0);
    QVERIFY(!report.contains(code, Qt::CaseInsensitive));
    QVERIFY(!report.contains(ActivationCode::normalize(code), Qt::CaseInsensitive));
    QVERIFY(!report.contains(store.email()));
    QVERIFY(!report.contains(store.subject()));
}

void LicenseStatusWidgetTest::renewNowOfflineSaysUntilWhen()
{
    QTemporaryDir dir;
    QVERIFY(activate(*makeEngine(dir.path(), m_config), 1));
    LicenseStore store(dir.path());
    const QStringList before = leaseIds(store);

    // The same folder and keychain, the server out of reach.
    auto engine = makeEngine(dir.path(), offlineConfig());
    QSignalSpy resumed(engine.get(), &Activator::resumeFinished);
    engine->start();
    QVERIFY(resumed.wait(15000));
    auto widget = makeWidget(engine.get());
    auto *renew = widget->findChild<QPushButton *>(QStringLiteral("renewButton"));
    auto *message = widget->findChild<QLabel *>(QStringLiteral("actionMessage"));
    QVERIFY(renew && message);
    renew->click();
    QTRY_VERIFY_WITH_TIMEOUT(!widget->isBusy(), 15000);
    QVERIFY2(message->text().contains(QStringLiteral("could not be renewed")),
             qPrintable(message->text()));
    QVERIFY2(message->text().contains(QStringLiteral("keep working without a connection until")),
             qPrintable(message->text()));
    QVERIFY(widget->lastError().isError());
    QCOMPARE(leaseIds(store), before);
    QVERIFY(widget->allValid());
    QVERIFY2(widget->diagnostics().contains(QStringLiteral("Last error: ")
                                            + errorCodeName(widget->lastError().code)),
             qPrintable(widget->diagnostics()));
    // The failure is said once (issue 17 item 5): not again in the last-check line nor in the
    // list's details.
    const QString reason = widget->lastError().message;
    auto *lastCheck = widget->findChild<QLabel *>(QStringLiteral("lastCheck"));
    auto *list = widget->findChild<QTreeWidget *>(QStringLiteral("statusList"));
    QString shown = message->text() + QLatin1Char('\n') + lastCheck->text();
    for (int row = 0; row < list->topLevelItemCount(); ++row)
        shown += QLatin1Char('\n') + list->topLevelItem(row)->text(3);
    QCOMPARE(shown.count(reason), 1);
    QCOMPARE(shown.count(QStringLiteral("keep working without a connection until")), 1);
    auto *busy = widget->findChild<QProgressBar *>(QStringLiteral("busyIndicator"));
    QVERIFY(busy && !busy->isVisible());

    // A restart after the planned attempt's time: no time in the past is shown.
    engine.reset();
    FixedClock later(QDateTime::currentDateTimeUtc().addSecs(2 * 3600));
    Clock::setInstance(&later);
    const auto restoreClock = qScopeGuard([] { Clock::setInstance(nullptr); });
    auto restarted = makeEngine(dir.path(), offlineConfig());
    restarted->setBackgroundWork(false);
    QSignalSpy resumedAgain(restarted.get(), &Activator::resumeFinished);
    restarted->start();
    QVERIFY(resumedAgain.wait(15000));
    auto again = makeWidget(restarted.get());
    const QString afterRestart = again->findChild<QLabel *>(QStringLiteral("lastCheck"))->text();
    QVERIFY2(!afterRestart.contains(QStringLiteral("Next attempt after")),
             qPrintable(afterRestart));
    QVERIFY2(afterRestart.contains(QStringLiteral("The next attempt is made soon.")),
             qPrintable(afterRestart));
}

void LicenseStatusWidgetTest::renewNowCanBeCancelled()
{
    QTemporaryDir dir;
    QVERIFY(activate(*makeEngine(dir.path(), m_config), 8));
    // An issuer that accepts the connection and never answers: the renewal hangs.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, &silent, [&silent, &held] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held << socket;
    });
    VendorConfig hanging = m_config;
    hanging.issuer.setPort(silent.serverPort());
    auto engine = makeEngine(dir.path(), hanging);
    engine->setBackgroundWork(false);
    QSignalSpy resumed(engine.get(), &Activator::resumeFinished);
    engine->start();
    QVERIFY(resumed.wait(15000));
    auto widget = makeWidget(engine.get());
    auto *renew = widget->findChild<QPushButton *>(QStringLiteral("renewButton"));
    auto *busy = widget->findChild<QProgressBar *>(QStringLiteral("busyIndicator"));
    auto *cancel = widget->findChild<QPushButton *>(QStringLiteral("cancelJobButton"));
    auto *message = widget->findChild<QLabel *>(QStringLiteral("actionMessage"));
    QVERIFY(renew && busy && cancel && message);
    QVERIFY(!busy->isVisible() && !cancel->isVisible());
    renew->setFocus();
    renew->click();
    QVERIFY(widget->isBusy());
    // Busy: the bar in busy mode, named for assistive technology, and Cancel; the focus on
    // the progress message, Cancel reachable by keyboard.
    QVERIFY(busy->isVisible());
    QCOMPARE(busy->maximum(), 0);
    QVERIFY(!busy->accessibleName().isEmpty());
    QVERIFY(cancel->isVisible() && cancel->isEnabled());
    QCOMPARE(widget->focusWidget(), message);
    QVERIFY(cancel->focusPolicy() & Qt::TabFocus);
    QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), 5000);
    QElapsedTimer timer;
    timer.start();
    cancel->click();
    QTRY_VERIFY_WITH_TIMEOUT(!widget->isBusy(), 3000);
    QVERIFY(timer.elapsed() < 3000);
    QVERIFY(!busy->isVisible() && !cancel->isVisible());
    QCOMPARE(message->text(),
             QStringLiteral("Renewing was cancelled. The licenses keep working as before."));
    QVERIFY(widget->allValid());
    QCOMPARE(widget->focusWidget(), renew);
}

void LicenseStatusWidgetTest::deactivateReleasesAtTheServer()
{
    QTemporaryDir dir;
    auto engine = makeEngine(dir.path(), m_config);
    QVERIFY(activate(*engine, 2));
    LicenseStore store(dir.path());
    const QStringList leases = leaseIds(store);
    QCOMPARE(leases.size(), 2);
    auto widget = makeWidget(engine.get());
    QSignalSpy deactivated(widget.get(), &LicenseStatusWidget::deactivated);
    auto *button = widget->findChild<QPushButton *>(QStringLiteral("deactivateButton"));
    QVERIFY(button && button->isVisible());
    // The customer's word, as in the dialog it opens.
    QCOMPARE(button->text(), QStringLiteral("&Deactivate on this computer…"));

    // Cancelled: nothing changes.
    m_confirmations.clear();
    m_confirmAnswer = false;
    button->click();
    QCOMPARE(m_confirmations.size(), 1);
    QVERIFY(!widget->isBusy());
    QCOMPARE(leaseIds(store), leases);

    m_confirmAnswer = true;
    button->click();
    QCOMPARE(m_confirmations.size(), 2);
    QVERIFY(deactivated.wait(15000));
    QVERIFY(store.tokens().isEmpty());
    QVERIFY(!widget->allValid());
    QVERIFY(ReleaseQueue(dir.path()).pending().isEmpty());
    auto *message = widget->findChild<QLabel *>(QStringLiteral("actionMessage"));
    QVERIFY2(message->text().contains(QStringLiteral("given back at the license server")),
             qPrintable(message->text()));
    // The result stays shown, with the way to activate again.
    QVERIFY(message->isVisible());
    auto *activateButton = widget->findChild<QPushButton *>(QStringLiteral("activateButton"));
    QVERIFY(activateButton && activateButton->isVisible());
    QCOMPARE(engine->state(), Activator::State::NotActivated);

    // The server has let the leases go: releasing them again releases nothing.
    AccessTokenJob *token = engine->session()->accessToken();
    token->setAutoDelete(false);
    QVERIFY(!run(token).isError());
    auto *again = new ReleaseJob(m_config, &m_nam);
    again->setAccessToken(token->token());
    again->setLeaseIds(leases);
    again->setAutoDelete(false);
    QSignalSpy done(again, &Job::finished);
    again->start();
    QVERIFY(done.wait(15000));
    QVERIFY2(!again->hasError(), qPrintable(again->error().toString()));
    QCOMPARE(again->results().size(), 2);
    for (const QString &lease : leases)
        QVERIFY2(!again->results().value(lease, true), qPrintable(lease));
    delete again;
}

void LicenseStatusWidgetTest::deactivateOfflineQueuesTheRelease()
{
    QTemporaryDir dir;
    QVERIFY(activate(*makeEngine(dir.path(), m_config), 3));
    LicenseStore store(dir.path());
    const QStringList leases = leaseIds(store);
    {
        auto engine = makeEngine(dir.path(), offlineConfig());
        // As in the window: a release that could not be sent is tried again by itself.
        engine->setBackgroundWork(true);
        QSignalSpy resumed(engine.get(), &Activator::resumeFinished);
        engine->start();
        QVERIFY(resumed.wait(15000));
        QVERIFY(engine->isSignedIn());
        auto widget = makeWidget(engine.get());
        QSignalSpy deactivated(widget.get(), &LicenseStatusWidget::deactivated);
        widget->deactivate();
        QVERIFY(deactivated.wait(15000));
        QVERIFY(store.tokens().isEmpty());
        QStringList pending = ReleaseQueue(dir.path()).pending();
        pending.sort();
        QCOMPARE(pending, leases);
        // Queued, and the view says so and when it is tried again.
        auto *message = widget->findChild<QLabel *>(QStringLiteral("actionMessage"));
        QVERIFY2(message->text().contains(QStringLiteral("next time")),
                 qPrintable(message->text()));
        QVERIFY(engine->nextReleaseAttempt().isValid());
        QVERIFY2(message->text().contains(QStringLiteral("Next attempt after")),
                 qPrintable(message->text()));
    }
    // Online again (at the next start): the engine sends the queue and empties it.
    auto engine = makeEngine(dir.path(), m_config);
    engine->setBackgroundWork(true);
    engine->start();
    QTRY_VERIFY_WITH_TIMEOUT(ReleaseQueue(dir.path()).pending().isEmpty(), 15000);
}

void LicenseStatusWidgetTest::signOutWipesTheKeychainEntry()
{
    QTemporaryDir dir;
    auto engine = makeEngine(dir.path(), m_config);
    QVERIFY(activate(*engine, 4));
    LicenseStore store(dir.path());
    const QString key = ActivateJob::refreshTokenKey(m_config);
    SecretJob *read = m_secrets->read(key);
    read->setAutoDelete(false);
    QVERIFY(!run(read).isError());
    QVERIFY(!read->notFound());

    auto widget = makeWidget(engine.get());
    QSignalSpy signedOut(widget.get(), &LicenseStatusWidget::signedOut);
    auto *button = widget->findChild<QPushButton *>(QStringLiteral("signOutButton"));
    QVERIFY(button && button->isVisible());
    m_confirmations.clear();
    m_confirmAnswer = true;
    button->click();
    QCOMPARE(m_confirmations.size(), 1);
    // The confirmation says that the licenses stay until their leases end.
    QVERIFY2(m_confirmations.first().contains(QStringLiteral("stay valid without a connection")),
             qPrintable(m_confirmations.first()));
    QVERIFY(signedOut.wait(15000));

    SecretJob *after = m_secrets->read(key);
    after->setAutoDelete(false);
    QVERIFY(!run(after).isError());
    QVERIFY2(after->notFound(), "the keychain entry is still there");
    // The licenses stay, offline, until their leases end.
    QVERIFY(widget->allValid());
    QVERIFY(store.allValid(m_config, m_deviceId, QDateTime::currentDateTimeUtc()));
    auto *message = widget->findChild<QLabel *>(QStringLiteral("actionMessage"));
    QVERIFY2(message->text().contains(QStringLiteral("stay valid until")),
             qPrintable(message->text()));

    // The view says that nobody is signed in and offers the way back in (issue 17 item 1).
    QCOMPARE(engine->state(), Activator::State::SignedOut);
    auto *summary = widget->findChild<QLabel *>(QStringLiteral("statusSummary"));
    QVERIFY2(summary->text().contains(QStringLiteral("You are signed out")),
             qPrintable(summary->text()));
    auto *signInButton = widget->findChild<QPushButton *>(QStringLiteral("signInButton"));
    QVERIFY(signInButton && signInButton->isVisible() && signInButton->isEnabled());
    QVERIFY(!button->isVisible());
    QVERIFY(!widget->findChild<QPushButton *>(QStringLiteral("renewButton"))->isVisible());
    auto *activateButton = widget->findChild<QPushButton *>(QStringLiteral("activateButton"));
    QVERIFY(activateButton && !activateButton->isVisible());

    // Renewing needs a sign-in: said so, with the way to it.
    widget->renewNow();
    QTRY_VERIFY_WITH_TIMEOUT(!widget->isBusy(), 15000);
    QCOMPARE(widget->lastError().code, ErrorCode::SessionExpired);
    QVERIFY2(message->text().contains(QStringLiteral("sign in again")),
             qPrintable(message->text()));
    QVERIFY(signInButton->isVisible());
    QVERIFY(widget->allValid());
}

bool LicenseStatusWidgetTest::checkOutElsewhere(Session &session, const LicenseStore &store,
                                                const QString &device, const QString &name)
{
    AccessTokenJob *token = session.accessToken();
    token->setAutoDelete(false);
    if (run(token).isError())
        return false;
    auto *checkout = new CheckoutJob(m_config, &m_nam);
    checkout->setAccessToken(token->token());
    checkout->setDeviceId(device);
    checkout->setSubject(store.subject());
    checkout->setDeviceName(name);
    checkout->setExplicitActivation(true);
    checkout->setAutoDelete(false);
    const Error error = run(checkout);
    const bool granted = !error.isError() && checkout->grants().size() == 2;
    if (!granted)
        qWarning("checkout elsewhere: %s, %d grants", qPrintable(error.toString()),
                 int(checkout->grants().size()));
    delete checkout;
    return granted;
}

// Issue 14: the Devices section against keyway-devserver. This computer is marked and carries
// the name sent at activation; another one shows its last use; renaming this one is remembered
// for the next activation; removing another frees its seat after a confirmation; the transfer
// budget's refusal names the date of the next removal. Results are read with the focus.
