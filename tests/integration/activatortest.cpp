// SPDX-License-Identifier: BSD-3-Clause
// The engine (Activator) through its real flows against keyway-devserver, without a display:
// activate -> Licensed; sign out -> SignedOut, also for a new engine over the same folder (a
// restart); sign in again -> Licensed; renew; deactivate signed out -> the release is queued and
// waits for the sign-in, which sends it; an account without licenses is signed in and named; the
// ways on after an activation that the wizard offers (another code with the same sign-in, try
// again, another account, moving the one seat of a Standard license to this computer); reload()
// after another process signed in.
// The session is kept in a MemorySecretStore shared by the "restarts", as the keychain would be.

#include "devserverprocess.h"
#include "formbrowser.h"

#include "engine/activator.h"
#include "engine/authorizedjob.h"
#include "engine/redeemcodejob.h"
#include "engine/releasequeuejob.h"
#include "license/deviceid.h"
#include "license/releasequeue.h"
#include "oidc/session.h"
#include "online/activatejob.h"
#include "online/devicelistjob.h"
#include "online/renewjob.h"
#include "online/resumeredemptionjob.h"
#include "storage/secretstore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <memory>

using namespace Keyway;
using State = Activator::State;

namespace {

/// A FormBrowser that remembers the authorize URL it was given (page, prompt, login hint).
class RecordingBrowser : public FormBrowser
{
public:
    void authorize(const QUrl &authorizeUrl, const QUrl &redirectUri) override
    {
        ++authorizations;
        query = QUrlQuery(authorizeUrl);
        FormBrowser::authorize(authorizeUrl, redirectUri);
    }
    QString prompt() const { return query.queryItemValue(QStringLiteral("prompt")); }
    int authorizations = 0;
    QUrlQuery query;
};

} // namespace

class ActivatorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void activateSignOutRestartSignIn();
    void deactivateSignedOutQueuesUntilSignIn();
    void accountWithoutLicensesIsSignedIn();
    void devicesThroughTheEngine();
    void waysOnAfterAnActivation();
    void seatMovesHereWithTheSameSignIn();
    void reloadLearnsWhatAnotherProcessDid();

private:
    std::unique_ptr<Activator> makeEngine(const QString &dir, SecretStore *secrets);
    /// Starts @p activator and waits until it knows the session and the resume is through.
    bool startAndWait(Activator &activator);
    Error run(Job *job);
    void registerIn(FormBrowser &browser);
    void loginIn(FormBrowser &browser);

    DevServerProcess m_server;
    VendorConfig m_config;
    QStringList m_codes;
    QString m_email;
};

void ActivatorTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start(), "keyway-devserver did not start");
    auto config = VendorConfig::load(m_server.configPath());
    QVERIFY(config);
    m_config = *config;
    m_codes = m_server.generateCodes(6);
    QCOMPARE(m_codes.size(), 6);
}

std::unique_ptr<Activator> ActivatorTest::makeEngine(const QString &dir, SecretStore *secrets)
{
    auto activator = std::make_unique<Activator>(m_config, dir);
    activator->setSecretStore(secrets);
    activator->setRetryPolicy(0, 100);
    return activator;
}

bool ActivatorTest::startAndWait(Activator &activator)
{
    QSignalSpy resumed(&activator, &Activator::resumeFinished);
    activator.start();
    return resumed.wait(15000);
}

Error ActivatorTest::run(Job *job)
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

void ActivatorTest::registerIn(FormBrowser &browser)
{
    m_email = QStringLiteral("engine.%1@example.com")
                  .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    browser.setFormValues(QStringLiteral("register-form"),
                          {{QStringLiteral("email"), m_email},
                           {QStringLiteral("password"), QStringLiteral("correct horse battery")},
                           {QStringLiteral("given_name"), QStringLiteral("Ada")},
                           {QStringLiteral("family_name"), QStringLiteral("Lovelace")}});
}

void ActivatorTest::loginIn(FormBrowser &browser)
{
    browser.setFormValues(QStringLiteral("login-form"),
                          {{QStringLiteral("email"), m_email},
                           {QStringLiteral("password"), QStringLiteral("correct horse battery")}});
}

void ActivatorTest::activateSignOutRestartSignIn()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    auto engine = makeEngine(dir.path(), &secrets);
    QVERIFY(startAndWait(*engine));
    QCOMPARE(engine->state(), State::NotActivated);
    QVERIFY(!engine->isSignedIn());

    QSignalSpy states(engine.get(), &Activator::stateChanged);
    FormBrowser browser;
    registerIn(browser);
    ActivateJob *job = engine->activate(ActivationCode::parse(m_codes.at(0)).value(), &browser);
    job->setPage(SignInJob::Page::Register);
    QCOMPARE(engine->state(), State::Activating);
    QVERIFY(engine->isBusy());
    // The engine's state is current before the job's finished() reaches the front end.
    State seenAtFinish = State::Unknown;
    connect(job, &Job::finished, this, [&] { seenAtFinish = engine->state(); });
    QVERIFY2(!run(job).isError(), qPrintable(engine->lastError().toString()));
    QCOMPARE(seenAtFinish, State::Licensed);
    QTRY_VERIFY(engine->isSignedIn());
    QCOMPARE(engine->state(), State::Licensed);
    QVERIFY(engine->allValid());
    QCOMPARE(engine->account().email, m_email);
    QVERIFY(engine->nextRenewal().isValid());
    QVERIFY(states.size() >= 2);
    QCOMPARE(states.first().first().value<State>(), State::Activating);
    QCOMPARE(states.last().first().value<State>(), State::Licensed);

    // Renew now: new leases, still licensed.
    RenewJob *renew = engine->renew();
    QCOMPARE(engine->state(), State::Renewing);
    QVERIFY(!run(renew).isError());
    QCOMPARE(engine->state(), State::Licensed);

    // Signed out: the licenses stay (valid until their leases end) and the state says so.
    Job *signOut = engine->signOut();
    QCOMPARE(engine->state(), State::SigningOut);
    QVERIFY(!run(signOut).isError());
    QCOMPARE(engine->state(), State::SignedOut);
    QVERIFY(!engine->isSignedIn());
    QVERIFY(engine->allValid());
    // Whose licenses these are stays known, for "Sign in as …".
    QCOMPARE(engine->account().email, m_email);

    // A restart: a new engine over the same folder and secret store learns it again.
    engine = makeEngine(dir.path(), &secrets);
    QVERIFY(startAndWait(*engine));
    QCOMPARE(engine->state(), State::SignedOut);

    // Renewing needs a sign-in.
    QCOMPARE(run(engine->renew()).code, ErrorCode::SessionExpired);
    QCOMPARE(engine->state(), State::SignedOut);

    // Signing in again (no code): licensed again.
    FormBrowser again;
    loginIn(again);
    ActivateJob *signIn = engine->signIn(&again);
    signIn->setLoginHint(engine->account().email);
    QVERIFY2(!run(signIn).isError(), qPrintable(engine->lastError().toString()));
    QTRY_COMPARE(engine->state(), State::Licensed);
    QVERIFY(engine->supportReport(QStringLiteral("system"))
                .contains(QStringLiteral("State: licensed")));
    QVERIFY(!engine->supportReport(QStringLiteral("system")).contains(m_email));
}

void ActivatorTest::deactivateSignedOutQueuesUntilSignIn()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    auto engine = makeEngine(dir.path(), &secrets);
    QVERIFY(startAndWait(*engine));
    FormBrowser browser;
    registerIn(browser);
    ActivateJob *job = engine->activate(ActivationCode::parse(m_codes.at(1)).value(), &browser);
    job->setPage(SignInJob::Page::Register);
    QVERIFY(!run(job).isError());
    QTRY_COMPARE(engine->state(), State::Licensed);
    QVERIFY(!run(engine->signOut()).isError());
    QCOMPARE(engine->state(), State::SignedOut);

    // Deactivated while signed out: removed here, the release waits for the sign-in.
    ReleaseQueueJob *deactivate = engine->deactivate();
    deactivate->setAutoDelete(false);
    QCOMPARE(engine->state(), State::Deactivating);
    QVERIFY(!run(deactivate).isError());
    QVERIFY(deactivate->removedLicenses());
    QCOMPARE(deactivate->queued().size(), 2);
    QCOMPARE(deactivate->sendError().code, ErrorCode::SessionExpired);
    QCOMPARE(engine->state(), State::NotActivated);
    QCOMPARE(engine->queuedReleases().size(), 2);
    // No timer: it goes with the next sign-in.
    QVERIFY(!engine->nextReleaseAttempt().isValid());

    // Signing in sends it (the account has licenses: they come back too).
    FormBrowser again;
    loginIn(again);
    QVERIFY(!run(engine->signIn(&again)).isError());
    QTRY_VERIFY_WITH_TIMEOUT(engine->queuedReleases().isEmpty(), 15000);
    QVERIFY(ReleaseQueue(dir.path()).pending().isEmpty());
}

void ActivatorTest::accountWithoutLicensesIsSignedIn()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    auto engine = makeEngine(dir.path(), &secrets);
    QVERIFY(startAndWait(*engine));
    FormBrowser browser;
    registerIn(browser);
    ActivateJob *job = engine->signIn(&browser);
    job->setPage(SignInJob::Page::Register);
    QCOMPARE(run(job).code, ErrorCode::LicenseItemDenied);
    QTRY_VERIFY(engine->isSignedIn());
    QCOMPARE(engine->state(), State::NotActivated);
    QCOMPARE(engine->account().email, m_email);
    // Recorded next to the (absent) licenses, so another process names the account too.
    Activator other(m_config, dir.path());
    QCOMPARE(other.account().email, m_email);

    // A code redeemed with the stored session (no page): journaled, redeemed, licensed.
    RedeemCodeJob *redeem = engine->redeem(ActivationCode::parse(m_codes.at(3)).value());
    redeem->setAutoDelete(false);
    QCOMPARE(engine->state(), State::Activating);
    QVERIFY2(!run(redeem).isError(), qPrintable(engine->lastError().toString()));
    QVERIFY(redeem->wasPending());
    QVERIFY(redeem->journalCleared());
    QCOMPARE(engine->state(), State::Licensed);
    QVERIFY(engine->allValid());
    // Nothing is left in the journal.
    SecretJob *read = engine->readPendingRedemption();
    read->setAutoDelete(false);
    QVERIFY(!run(read).isError());
    QVERIFY(read->notFound());
}

void ActivatorTest::devicesThroughTheEngine()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    auto engine = makeEngine(dir.path(), &secrets);
    QVERIFY(startAndWait(*engine));
    FormBrowser browser;
    registerIn(browser);
    ActivateJob *job = engine->activate(ActivationCode::parse(m_codes.at(2)).value(), &browser);
    job->setPage(SignInJob::Page::Register);
    QVERIFY(!run(job).isError());

    AuthorizedJob *list = engine->listDevices();
    list->setAutoDelete(false);
    QVERIFY(!run(list).isError());
    auto *devices = list->request<DeviceListJob>();
    QVERIFY(devices);
    QCOMPARE(devices->devices().size(), 1);
    QVERIFY(devices->devices().first().current);

    AuthorizedJob *rename = engine->renameDevice(QStringLiteral("Lab bench"));
    QVERIFY(!run(rename).isError());

    // Signed out, a request on the account's behalf says so.
    QVERIFY(!run(engine->signOut()).isError());
    QCOMPARE(run(engine->listDevices()).code, ErrorCode::SessionExpired);
}

void ActivatorTest::waysOnAfterAnActivation()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    auto engine = makeEngine(dir.path(), &secrets);
    QVERIFY(startAndWait(*engine));
    QVERIFY(!engine->canContinueSignIn());
    // Without a page and without an earlier sign-in, there is nothing to go on with.
    QCOMPARE(run(engine->activate(std::nullopt, nullptr)).code, ErrorCode::InternalError);

    // A new account without a license: refused after the provider answered.
    RecordingBrowser first;
    registerIn(first);
    ActivateJob *job = engine->signIn(&first);
    job->setPage(SignInJob::Page::Register);
    QCOMPARE(run(job).code, ErrorCode::LicenseItemDenied);
    QCOMPARE(first.prompt(), QStringLiteral("create"));
    QVERIFY(engine->canContinueSignIn());

    // Try again: the account exists now, so the login page, not the registration.
    RecordingBrowser again;
    loginIn(again);
    QCOMPARE(run(engine->retryActivation(&again)).code, ErrorCode::LicenseItemDenied);
    QCOMPARE(again.authorizations, 1);
    QVERIFY2(!again.prompt().contains(QStringLiteral("create")), qPrintable(again.prompt()));
    QVERIFY2(!again.prompt().contains(QStringLiteral("login")), qPrintable(again.prompt()));

    // Another account: the provider asks for a fresh login.
    RecordingBrowser other;
    loginIn(other);
    QCOMPARE(run(engine->retryActivation(&other, true)).code, ErrorCode::LicenseItemDenied);
    QVERIFY2(other.prompt().startsWith(QStringLiteral("login")), qPrintable(other.prompt()));

    // Another code with the same sign-in: no page, the steps from the redemption on.
    ActivateJob *code = engine->activate(ActivationCode::parse(m_codes.at(4)).value(), nullptr);
    QList<ActivateJob::Step> steps;
    connect(code, &ActivateJob::stepChanged, this,
            [&steps](ActivateJob::Step step) { steps.append(step); });
    QVERIFY2(!run(code).isError(), qPrintable(engine->lastError().toString()));
    QVERIFY(!steps.contains(ActivateJob::Step::SigningIn));
    QVERIFY(steps.contains(ActivateJob::Step::Redeeming));
    QTRY_COMPARE(engine->state(), State::Licensed);
    QCOMPARE(engine->account().email, m_email);

    // Cancelled: the job says so, the engine is idle again and keeps what it had.
    RecordingBrowser cancelled;
    loginIn(cancelled);
    ActivateJob *cancel = engine->signIn(&cancelled);
    cancel->setAutoDelete(false);
    cancel->start();
    cancel->cancel();
    QTRY_VERIFY(cancel->isFinished());
    QCOMPARE(cancel->error().code, ErrorCode::Cancelled);
    delete cancel;
    QVERIFY(!engine->isBusy());
    QCOMPARE(engine->state(), State::Licensed);
}

void ActivatorTest::seatMovesHereWithTheSameSignIn()
{
    // A Standard license has one seat: the laptop takes it; the desk is told which computer
    // holds it and moves it here without a second sign-in.
    const QString code = m_server.generateCodes(1, QStringLiteral("KWS")).value(0);
    QVERIFY(!code.isEmpty());
    QTemporaryDir laptopDir, deskDir;
    MemorySecretStore laptopSecrets, deskSecrets;
    auto laptop = makeEngine(laptopDir.path(), &laptopSecrets);
    laptop->setDeviceId(DeviceId::compute(laptopDir.path(), laptopDir.path()));
    laptop->setDeviceName(QStringLiteral("Ada's laptop"));
    FormBrowser browser;
    registerIn(browser);
    ActivateJob *first = laptop->activate(ActivationCode::parse(code).value(), &browser);
    first->setPage(SignInJob::Page::Register);
    QVERIFY2(!run(first).isError(), qPrintable(laptop->lastError().toString()));

    auto desk = makeEngine(deskDir.path(), &deskSecrets);
    desk->setDeviceId(DeviceId::compute(deskDir.path(), deskDir.path()));
    RecordingBrowser login;
    loginIn(login);
    ActivateJob *job = desk->signIn(&login);
    QCOMPARE(run(job).code, ErrorCode::SeatLimitReached);
    QCOMPARE(job->seatHolders().size(), 1);
    QCOMPARE(job->seatHolders().first().name, QStringLiteral("Ada's laptop"));
    const QString laptopId = job->seatHolders().first().id;
    QCOMPARE(desk->state(), State::NotActivated);

    ActivateJob *move = desk->moveSeat(laptopId, &login);
    QList<ActivateJob::Step> steps;
    connect(move, &ActivateJob::stepChanged, this,
            [&steps](ActivateJob::Step step) { steps.append(step); });
    QVERIFY2(!run(move).isError(), qPrintable(desk->lastError().toString()));
    QCOMPARE(login.authorizations, 1);
    QVERIFY(steps.contains(ActivateJob::Step::ReleasingDevice));
    QVERIFY(!steps.contains(ActivateJob::Step::SigningIn));
    QTRY_COMPARE(desk->state(), State::Licensed);
    // A Standard license: its item is valid here now.
    const auto licenses = desk->licenses();
    QVERIFY(std::any_of(licenses.cbegin(), licenses.cend(),
                        [](const LicenseStatus &status) { return status.isValid(); }));
}

void ActivatorTest::reloadLearnsWhatAnotherProcessDid()
{
    // The wizard runs in the engine, so nothing reloads after it; reload() is for another
    // process (here: another engine) that signed in over the same folder and secret store.
    QTemporaryDir dir;
    MemorySecretStore secrets;
    auto engine = makeEngine(dir.path(), &secrets);
    QVERIFY(startAndWait(*engine));
    QCOMPARE(engine->state(), State::NotActivated);

    auto other = makeEngine(dir.path(), &secrets);
    FormBrowser browser;
    registerIn(browser);
    ActivateJob *job = other->activate(ActivationCode::parse(m_codes.at(5)).value(), &browser);
    job->setPage(SignInJob::Page::Register);
    QVERIFY2(!run(job).isError(), qPrintable(other->lastError().toString()));

    QVERIFY(!engine->isSignedIn());
    engine->reload();
    QTRY_VERIFY(engine->isSignedIn());
    QCOMPARE(engine->state(), State::Licensed);
    QCOMPARE(engine->account().email, m_email);
}

QTEST_GUILESS_MAIN(ActivatorTest)
#include "activatortest.moc"
