// SPDX-License-Identifier: BSD-3-Clause
// The license status view (licensestatuswidgettest.h): the fixture and its helpers.
#include "licensestatuswidgettest.h"

void LicenseStatusWidgetTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start(), "keyway-devserver did not start");
    auto config = VendorConfig::load(m_server.configPath());
    QVERIFY(config);
    m_config = *config;
    m_deviceId = DeviceId::forProduct(m_config, m_deviceDir.path());
    QVERIFY(!m_deviceId.isEmpty());
    m_codes = m_server.generateCodes(9);
    QCOMPARE(m_codes.size(), 9);
    m_service = QStringLiteral("Keyway-test/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (qEnvironmentVariableIsSet("KEYWAY_TEST_MEMORY_SECRETS")) {
        // scripts/screenshots.sh: no keychain there; the same checks on the memory store.
        qInfo("KEYWAY_TEST_MEMORY_SECRETS is set: the refresh token stays in memory");
        m_secrets = std::make_unique<MemorySecretStore>();
    } else {
        m_secrets = std::make_unique<KeychainSecretStore>(m_service);
    }
}

void LicenseStatusWidgetTest::cleanupTestCase()
{
    if (m_secrets)
        run(m_secrets->remove(ActivateJob::refreshTokenKey(m_config)));
}

Error LicenseStatusWidgetTest::run(Job *job)
{
    job->setAutoDelete(false);
    QSignalSpy spy(job, &Job::finished);
    job->start();
    if (!job->isFinished() && !spy.wait(30000))
        return Error(ErrorCode::NetworkTimeout, QStringLiteral("job did not finish"));
    const Error error = job->error();
    job->deleteLater();
    return error;
}

std::unique_ptr<Activator> LicenseStatusWidgetTest::makeEngine(const QString &dataDir,
                                                               const VendorConfig &config)
{
    auto engine = std::make_unique<Activator>(config, dataDir);
    engine->setNetworkAccessManager(&m_nam);
    engine->setSecretStore(m_secrets.get());
    engine->setDeviceId(m_deviceId);
    engine->setRetryPolicy(0, 100);
    // The tests press "Renew now" and send queued releases themselves.
    engine->setBackgroundWork(false);
    return engine;
}

bool LicenseStatusWidgetTest::activate(Activator &engine, int codeIndex)
{
    m_email = QStringLiteral("status.%1@example.com")
                  .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    FormBrowser browser;
    browser.setFormValues(QStringLiteral("register-form"),
                          {{QStringLiteral("email"), m_email},
                           {QStringLiteral("password"), QStringLiteral("correct horse battery")},
                           {QStringLiteral("given_name"), QStringLiteral("Ada")},
                           {QStringLiteral("family_name"), QStringLiteral("Lovelace")}});
    ActivateJob *job =
        engine.activate(ActivationCode::parse(m_codes.value(codeIndex)).value(), &browser);
    job->setPage(SignInJob::Page::Register);
    const Error error = run(job);
    if (error.isError())
        qWarning("activation failed: %s", qPrintable(error.toString()));
    return !error.isError()
        && QTest::qWaitFor([&engine] { return engine.state() == Activator::State::Licensed; },
                           10000)
        && engine.allValid();
}

std::unique_ptr<LicenseStatusWidget> LicenseStatusWidgetTest::makeWidget(Activator *engine)
{
    auto widget = std::make_unique<LicenseStatusWidget>(engine->config());
    widget->setActivator(engine);
    widget->setConfirmation([this](const QString &title, const QString &text, const QString &) {
        m_confirmations << title + QLatin1Char('\n') + text;
        return m_confirmAnswer;
    });
    widget->refresh();
    widget->resize(640, 480);
    widget->show();
    return widget;
}

QStringList LicenseStatusWidgetTest::leaseIds(const LicenseStore &store) const
{
    QStringList ids;
    for (const QByteArray &token : store.tokens())
        ids << Jws::parse(token)->payload.value(QStringLiteral("jti")).toString();
    ids.sort();
    return ids;
}

VendorConfig LicenseStatusWidgetTest::offlineConfig() const
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        closedPort = probe.serverPort();
    }
    VendorConfig config = m_config;
    config.issuer.setPort(closedPort);
    return config;
}

QTEST_MAIN(LicenseStatusWidgetTest)
