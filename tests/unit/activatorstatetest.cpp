// SPDX-License-Identifier: BSD-3-Clause
// The engine's state table (Activator::stateFor()): one row per situation a person can be in,
// without a network or a display. tests/integration/activatortest.cpp drives the same states
// through the real flows against keyway-devserver.

#include "engine/activator.h"

#include <QTest>

using namespace Keyway;
using State = Activator::State;
using Operation = Activator::Operation;

class ActivatorStateTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateFor_data();
    void stateFor();
    void stateNames();
};

void ActivatorStateTest::stateFor_data()
{
    QTest::addColumn<bool>("known");
    QTest::addColumn<bool>("hasTokens");
    QTest::addColumn<bool>("anyValid");
    QTest::addColumn<bool>("releasedElsewhere");
    QTest::addColumn<bool>("signedIn");
    QTest::addColumn<bool>("renewalFailed");
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<State>("expected");

    const Operation none = Operation::None;
    //                                              known  tokens valid  released signed failed
    QTest::newRow("nothing known, nothing stored")
        << false << false << false << false << false << false << none << State::NotActivated;
    QTest::newRow("session not yet looked up, licenses valid")
        << false << true << true << false << false << false << none << State::Unknown;
    QTest::newRow("first start: no licenses, signed out")
        << true << false << false << false << false << false << none << State::NotActivated;
    QTest::newRow("signed in, account without licenses")
        << true << false << false << false << true << false << none << State::NotActivated;
    QTest::newRow("licensed and signed in")
        << true << true << true << false << true << false << none << State::Licensed;
    QTest::newRow("licensed, signed out (also after a restart)")
        << true << true << true << false << false << false << none << State::SignedOut;
    QTest::newRow("licensed, last renewal failed")
        << true << true << true << false << true << true << none << State::Offline;
    QTest::newRow("signed out wins over a failed renewal")
        << true << true << true << false << false << true << none << State::SignedOut;
    QTest::newRow("removed elsewhere, lease still running")
        << true << true << true << true << true << true << none << State::ReleasedElsewhere;
    QTest::newRow("removed elsewhere, lease ended")
        << true << true << false << true << false << false << none << State::ReleasedElsewhere;
    QTest::newRow("lease ended, signed in")
        << true << true << false << false << true << false << none << State::Expired;
    QTest::newRow("lease ended, signed out")
        << true << true << false << false << false << false << none << State::Expired;
    QTest::newRow("expired is known before the session is")
        << false << true << false << false << false << false << none << State::Expired;
    QTest::newRow("activating from nothing") << true << false << false << false << false << false
                                             << Operation::Activating << State::Activating;
    QTest::newRow("signing in again after signing out")
        << true << true << true << false << false << false << Operation::Activating
        << State::Activating;
    QTest::newRow("renewing") << true << true << true << false << true << false
                              << Operation::Renewing << State::Renewing;
    QTest::newRow("signing out") << true << true << true << false << true << false
                                 << Operation::SigningOut << State::SigningOut;
    QTest::newRow("deactivating") << true << true << true << false << true << false
                                  << Operation::Deactivating << State::Deactivating;
    QTest::newRow("deactivating before the session is known")
        << false << true << true << false << false << false << Operation::Deactivating
        << State::Deactivating;
}

void ActivatorStateTest::stateFor()
{
    QFETCH(bool, known);
    QFETCH(bool, hasTokens);
    QFETCH(bool, anyValid);
    QFETCH(bool, releasedElsewhere);
    QFETCH(bool, signedIn);
    QFETCH(bool, renewalFailed);
    QFETCH(Operation, operation);
    QFETCH(State, expected);

    Activator::Facts facts;
    facts.known = known;
    facts.hasTokens = hasTokens;
    facts.anyValid = anyValid;
    facts.releasedElsewhere = releasedElsewhere;
    facts.signedIn = signedIn;
    facts.renewalFailed = renewalFailed;
    facts.operation = operation;
    QCOMPARE(Activator::stateFor(facts), expected);
}

void ActivatorStateTest::stateNames()
{
    QCOMPARE(Activator::stateName(State::SignedOut), QStringLiteral("signedOut"));
    QCOMPARE(Activator::stateName(State::ReleasedElsewhere), QStringLiteral("releasedElsewhere"));
    QCOMPARE(Activator::stateName(State::NotActivated), QStringLiteral("notActivated"));
}

QTEST_GUILESS_MAIN(ActivatorStateTest)
#include "activatorstatetest.moc"
