// SPDX-License-Identifier: BSD-3-Clause
// What the status view says, without a display (issue 13): the summary, the ways forward, each
// feature's row, the last check and the actions' questions and results, one row per case.
#include "engine/licensestatusmodel.h"

#include "core/datetimetext.h"

#include <QLocale>
#include <QTest>

using namespace Keyway;

using State = Activator::State;
using ItemState = LicenseStore::ItemStatus::State;

namespace {
const QDateTime Now = QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
const QDateTime LeaseEnd = Now.addDays(3);

QString when(const QDateTime &time)
{
    return DateTimeText::dateTime(time);
}

VendorConfig config()
{
    VendorConfig config;
    config.productName = QStringLiteral("Keyway Demo");
    config.itemNames.insert(QStringLiteral("pro"), {{QStringLiteral("en"), QStringLiteral("Pro")}});
    return config;
}

LicenseStore::ItemStatus item(const QString &id, ItemState state)
{
    LicenseStore::ItemStatus status;
    status.item = id;
    status.state = state;
    status.grant.item = id;
    status.grant.expiresAt = LeaseEnd;
    if (!status.isValid())
        status.reason =
            Error(ErrorCode::LicenseExpired, QStringLiteral("The license ended."), QString());
    return status;
}

/// The facts of an engine in @p state; licenses valid unless said otherwise.
LicenseStatusModel::Facts facts(State state, bool signedIn = true)
{
    LicenseStatusModel::Facts facts;
    facts.engine = true;
    facts.state = state;
    facts.signedIn = signedIn;
    facts.hasLicenses = state != State::NotActivated;
    facts.allValid = state != State::NotActivated && state != State::Expired;
    facts.licenses = {
        item(QStringLiteral("pro"), facts.allValid ? ItemState::Valid : ItemState::Expired)};
    facts.leaseEnd = facts.allValid ? LeaseEnd : QDateTime();
    facts.now = Now;
    return facts;
}

LicenseStatusModel model(const LicenseStatusModel::Facts &facts)
{
    LicenseStatusModel model(config());
    model.setFacts(facts);
    return model;
}
} // namespace

Q_DECLARE_METATYPE(LicenseStatusModel::Facts)
Q_DECLARE_METATYPE(LicenseStore::ItemStatus)

class LicenseStatusModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void summary_data()
    {
        QTest::addColumn<LicenseStatusModel::Facts>("facts");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no engine")
            << LicenseStatusModel::Facts()
            << QStringLiteral("Keyway Demo is not activated on this computer.");
        QTest::newRow("licensed") << facts(State::Licensed)
                                  << QStringLiteral("Keyway Demo is activated on this computer.");
        auto withEmail = facts(State::Licensed);
        withEmail.email = QStringLiteral("ada@example.com");
        QTest::newRow("licensed, with the account")
            << withEmail
            << QStringLiteral("Keyway Demo is activated on this computer for ada@example.com.");
        QTest::newRow("not activated")
            << facts(State::NotActivated, false)
            << QStringLiteral("Keyway Demo is not activated on this computer.");
        QTest::newRow("expired") << facts(State::Expired)
                                 << QStringLiteral("Some features of Keyway Demo are not licensed "
                                                   "on this computer. The list says why.");
        QTest::newRow("signed out")
            << facts(State::SignedOut, false)
            << QStringLiteral("Keyway Demo is activated on this computer. You are signed out: the "
                              "licenses work until %1 and are not renewed until you sign in again.")
                   .arg(when(LeaseEnd));
        auto noLease = facts(State::SignedOut, false);
        noLease.leaseEnd = QDateTime();
        QTest::newRow("signed out, no lease end")
            << noLease
            << QStringLiteral("Keyway Demo is activated on this computer. You are signed out.");
        QTest::newRow("released elsewhere")
            << facts(State::ReleasedElsewhere)
            << QStringLiteral(
                   "Keyway Demo is activated on this computer. This computer was removed "
                   "from your account on another computer. Choose “Activate…” to use "
                   "Keyway Demo here again.");
    }
    void summary()
    {
        QFETCH(LicenseStatusModel::Facts, facts);
        QFETCH(QString, expected);
        QCOMPARE(model(facts).summary(), expected);
    }

    void actions_data()
    {
        QTest::addColumn<LicenseStatusModel::Facts>("facts");
        // renew, sign out, sign in, deactivate, activate, test connection
        QTest::addColumn<QString>("offered");
        QTest::newRow("no engine") << LicenseStatusModel::Facts() << QStringLiteral("....A.");
        QTest::newRow("licensed") << facts(State::Licensed) << QStringLiteral("RO.D.T");
        QTest::newRow("signed out") << facts(State::SignedOut, false) << QStringLiteral("..ID.T");
        QTest::newRow("not yet known") << facts(State::Unknown, false) << QStringLiteral("...D.T");
        QTest::newRow("not activated")
            << facts(State::NotActivated, false) << QStringLiteral("....AT");
        QTest::newRow("expired, signed in") << facts(State::Expired) << QStringLiteral("RO.DAT");
        QTest::newRow("released elsewhere")
            << facts(State::ReleasedElsewhere) << QStringLiteral("RO.DAT");
    }
    void actions()
    {
        QFETCH(LicenseStatusModel::Facts, facts);
        QFETCH(QString, offered);
        const LicenseStatusModel::Actions a = model(facts).actions();
        const auto flag = [](bool on, char letter) { return QChar::fromLatin1(on ? letter : '.'); };
        const QString got = QString(flag(a.renew, 'R')) + flag(a.signOut, 'O') + flag(a.signIn, 'I')
            + flag(a.deactivate, 'D') + flag(a.activate, 'A') + flag(a.testConnection, 'T');
        QCOMPARE(got, offered);
    }

    void details_data()
    {
        QTest::addColumn<LicenseStore::ItemStatus>("status");
        QTest::addColumn<QString>("expected");
        auto ends = item(QStringLiteral("pro"), ItemState::Valid);
        ends.grant.licenseEnd = Now.addDays(40);
        QTest::newRow("licensed until")
            << ends
            << QStringLiteral("Licensed until %1.").arg(DateTimeText::date(ends.grant.licenseEnd));
        auto subscription = item(QStringLiteral("pro"), ItemState::Valid);
        subscription.grant.subscription = true;
        QTest::newRow("subscription")
            << subscription << QStringLiteral("Subscription renews automatically.");
        auto due = subscription;
        due.state = ItemState::RenewalDue;
        QTest::newRow("renewal due") << due
                                     << QStringLiteral("Subscription renews automatically. Renewed "
                                                       "at the next connection to the internet.");
        auto offline = item(QStringLiteral("pro"), ItemState::ValidOffline);
        QTest::newRow("offline, no license end")
            << offline << QStringLiteral("Not renewed yet: see below.");
        QTest::newRow("expired: its reason") << item(QStringLiteral("pro"), ItemState::Expired)
                                             << QStringLiteral("The license ended.");
        QTest::newRow("valid, nothing more to say")
            << item(QStringLiteral("pro"), ItemState::Valid) << QString();
    }
    void details()
    {
        QFETCH(LicenseStore::ItemStatus, status);
        QFETCH(QString, expected);
        QCOMPARE(LicenseStatusModel::details(status), expected);
    }

    void rows()
    {
        auto f = facts(State::Licensed);
        f.licenses << item(QStringLiteral("export"), ItemState::Expired);
        const QList<LicenseStatusModel::Row> rows = model(f).rows();
        QCOMPARE(rows.size(), 2);
        // The vendor's name, the id only for the tooltip; the lease's end only for a working one.
        QCOMPARE(rows[0].name, QStringLiteral("Pro"));
        QCOMPARE(rows[0].item, QStringLiteral("pro"));
        QCOMPARE(rows[0].state, LicenseStore::stateLabel(ItemState::Valid));
        QCOMPARE(rows[0].worksOfflineUntil, when(LeaseEnd));
        QCOMPARE(rows[1].name, QStringLiteral("export"));
        QVERIFY(rows[1].worksOfflineUntil.isEmpty());
        QCOMPARE(rows[1].accessibleText,
                 QStringLiteral("export: %1. The license ended.")
                     .arg(LicenseStore::stateLabel(ItemState::Expired)));
        QVERIFY(model(LicenseStatusModel::Facts()).rows().isEmpty());
    }

    void lastCheck_data()
    {
        QTest::addColumn<LicenseStatusModel::Facts>("facts");
        QTest::addColumn<bool>("failureSaid");
        QTest::addColumn<QString>("expected");
        const QDateTime checked = Now.addDays(-2);
        const QString success =
            QStringLiteral("Last successful check with the license server: %1.").arg(when(checked));
        auto ok = facts(State::Licensed);
        ok.lastSuccessfulCheck = checked;
        QTest::newRow("checked") << ok << false << success;
        QTest::newRow("never checked") << facts(State::Licensed) << false << QString();
        auto failed = ok;
        failed.state = State::Offline;
        failed.lastFailure.failedAt = Now.addSecs(-600);
        failed.lastFailure.error =
            Error(ErrorCode::NetworkUnreachable, QStringLiteral("No connection."), QString());
        failed.lastFailure.nextRetry = Now.addSecs(900);
        const QString failure =
            QStringLiteral("The last check at %1 failed: No connection. The licenses keep working "
                           "without a connection until %2.")
                .arg(when(failed.lastFailure.failedAt), when(LeaseEnd));
        const QString next =
            QStringLiteral("Next attempt after %1.").arg(when(failed.lastFailure.nextRetry));
        QTest::newRow("failed after the check")
            << failed << false << success + QLatin1Char(' ') + failure + QLatin1Char(' ') + next;
        QTest::newRow("failed, already said by Renew now")
            << failed << true << success + QLatin1Char(' ') + next;
        auto past = failed;
        past.lastFailure.nextRetry = Now.addSecs(-60);
        QTest::newRow("next attempt in the past (a restart)")
            << past << true << success + QStringLiteral(" The next attempt is made soon.");
        auto signedOut = failed;
        signedOut.signedIn = false;
        QTest::newRow("signed out: no next attempt")
            << signedOut << false << success + QLatin1Char(' ') + failure;
        auto older = failed;
        older.lastFailure.failedAt = checked.addSecs(-60);
        QTest::newRow("failure before the last check") << older << false << success;
    }
    void lastCheck()
    {
        QFETCH(LicenseStatusModel::Facts, facts);
        QFETCH(bool, failureSaid);
        QFETCH(QString, expected);
        QCOMPARE(model(facts).lastCheck(failureSaid), expected);
    }

    void renewed_data()
    {
        QTest::addColumn<QStringList>("renewed");
        QTest::addColumn<QStringList>("denied");
        QTest::addColumn<QString>("expected");
        const QString until = QStringLiteral(" They work offline until %1.").arg(when(LeaseEnd));
        QTest::newRow("none") << QStringList() << QStringList()
                              << QStringLiteral("No license was renewed.") + until;
        QTest::newRow("one") << QStringList {QStringLiteral("pro")} << QStringList()
                             << QStringLiteral("Renewed the license.") + until;
        QTest::newRow("three, one refused")
            << QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}
            << QStringList {QStringLiteral("d")}
            << QStringLiteral("Renewed 3 licenses.") + until
                + QStringLiteral(" The license server refused: d.");
    }
    void renewed()
    {
        QFETCH(QStringList, renewed);
        QFETCH(QStringList, denied);
        QFETCH(QString, expected);
        QCOMPARE(model(facts(State::Licensed)).renewedMessage(renewed, denied), expected);
    }

    void renewFailed()
    {
        const LicenseStatusModel m = model(facts(State::Licensed));
        const QString until = QStringLiteral(" The licenses keep working without a connection "
                                             "until %1.")
                                  .arg(when(LeaseEnd));
        QCOMPARE(m.renewFailedMessage(
                     Error(ErrorCode::NetworkUnreachable, QStringLiteral("Offline."), QString())),
                 QStringLiteral("The licenses could not be renewed: Offline.") + until);
        QCOMPARE(m.renewFailedMessage(Error(ErrorCode::SessionExpired,
                                            QStringLiteral("The session ended."), QString())),
                 QStringLiteral("The licenses could not be renewed: The session ended. Choose "
                                "“Sign in…” to sign in again.")
                     + until);
    }

    void deactivated_data()
    {
        QTest::addColumn<bool>("queued");
        QTest::addColumn<bool>("waitsForSignIn");
        QTest::addColumn<QDateTime>("next");
        QTest::addColumn<QString>("expected");
        QTest::newRow("given back") << false << false << QDateTime()
                                    << QStringLiteral("The licenses were removed from this "
                                                      "computer and given back at the license "
                                                      "server.");
        QTest::newRow("waits for a sign-in")
            << true << true << QDateTime()
            << QStringLiteral("The licenses were removed from this computer. They will be given "
                              "back at the license server when you next sign in on this computer; "
                              "until then they count as in use.");
        QTest::newRow("queued, next attempt")
            << true << false << Now.addSecs(300)
            << QStringLiteral("The licenses were removed from this computer. They will be given "
                              "back at the license server the next time it can be reached "
                              "(Offline.) Next attempt after %1.")
                   .arg(when(Now.addSecs(300)));
    }
    void deactivated()
    {
        QFETCH(bool, queued);
        QFETCH(bool, waitsForSignIn);
        QFETCH(QDateTime, next);
        QFETCH(QString, expected);
        QCOMPARE(LicenseStatusModel::deactivatedMessage(
                     queued, waitsForSignIn,
                     Error(ErrorCode::NetworkUnreachable, QStringLiteral("Offline."), QString()),
                     next),
                 expected);
    }

    void questions()
    {
        const LicenseStatusModel signedIn = model(facts(State::Licensed));
        QVERIFY(signedIn.signOutQuestion().contains(when(LeaseEnd)));
        QCOMPARE(signedIn.signedOutMessage(),
                 QStringLiteral("Signed out. The licenses stay valid until %1; sign in again to "
                                "renew them.")
                     .arg(when(LeaseEnd)));
        QCOMPARE(signedIn.deactivateTitle(),
                 QStringLiteral("Deactivate Keyway Demo on this computer?"));
        // Signed out, the seats are freed only at the next sign-in: the question says so.
        QVERIFY(signedIn.deactivateQuestion().contains(QStringLiteral("so that they can be used")));
        const LicenseStatusModel signedOut = model(facts(State::SignedOut, false));
        QVERIFY(
            signedOut.deactivateQuestion().contains(QStringLiteral("Because you are signed out")));
        auto noLease = facts(State::Licensed);
        noLease.leaseEnd = QDateTime();
        QCOMPARE(model(noLease).signOutQuestion(),
                 QStringLiteral("Signing out removes your sign-in from this computer."));
        QCOMPARE(model(noLease).signedOutMessage(), QStringLiteral("Signed out."));
    }

    void signIn_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("signedIn");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cancelled") << int(ErrorCode::Cancelled) << false
                                   << QStringLiteral("Signing in was cancelled. You are still "
                                                     "signed out.");
        QTest::newRow("failed") << int(ErrorCode::NetworkUnreachable) << false
                                << QStringLiteral("Signing in did not complete: It went wrong.");
        QTest::newRow("signed in")
            << int(ErrorCode::NoError) << true << QStringLiteral("Signed in as ada@example.com.");
        QTest::newRow("signed in, no license for the account")
            << int(ErrorCode::LicenseItemDenied) << true
            << QStringLiteral("Signed in as ada@example.com. It went wrong.");
    }
    void signIn()
    {
        QFETCH(int, code);
        QFETCH(bool, signedIn);
        QFETCH(QString, expected);
        const Error error = code == int(ErrorCode::NoError)
            ? Error()
            : Error(ErrorCode(code), QStringLiteral("It went wrong."), QString());
        QCOMPARE(
            LicenseStatusModel::signInMessage(error, signedIn, QStringLiteral("ada@example.com")),
            expected);
    }

    void endWarning()
    {
        auto f = facts(State::Licensed);
        QVERIFY(model(f).endWarning().isEmpty());
        f.licenses[0].grant.licenseEnd = Now.addDays(5);
        f.licenses[0].daysLeft = 5;
        f.licenses[0].endsSoon = true;
        LicenseStatusModel withoutShop(config());
        withoutShop.setFacts(f);
        QVERIFY2(withoutShop.endWarning().startsWith(
                     QStringLiteral("The license of Keyway Demo ends in 5 days")),
                 qPrintable(withoutShop.endWarning()));
        QVERIFY(!withoutShop.showsRenewalLink());
        VendorConfig shop = config();
        shop.renewalUrl = QStringLiteral("https://shop.example.com/renew");
        LicenseStatusModel withShop(shop);
        withShop.setFacts(f);
        QVERIFY(withShop.showsRenewalLink());
    }
};

QTEST_GUILESS_MAIN(LicenseStatusModelTest)
#include "licensestatusmodeltest.moc"
