// SPDX-License-Identifier: BSD-3-Clause
// What the wizard's failure page shows for each error, decided by FailureModel without a widget
// or a display: a row per ErrorCode, then the rows where the attempt's context changes the page.

#include "wizard/failuremodel.h"

#include <QMetaEnum>
#include <QTest>

using namespace Keyway;
using Actions = QList<FailureAction>;
Q_DECLARE_METATYPE(Keyway::FailureAction)
Q_DECLARE_METATYPE(Keyway::FailureContext)

namespace {

constexpr auto TryAgain = FailureAction::TryAgain;
constexpr auto SignInOther = FailureAction::SignInOther;
constexpr auto ChangeCode = FailureAction::ChangeCode;
constexpr auto DiscardPending = FailureAction::DiscardPending;
constexpr auto TestConnection = FailureAction::TestConnection;
constexpr auto VerifiedContinue = FailureAction::VerifiedContinue;
constexpr auto SystemBrowser = FailureAction::SystemBrowser;
constexpr auto StartOver = FailureAction::StartOver;

const QString Generic = QStringLiteral("The product could not be activated");

struct ExpectedPage
{
    QString title;
    Actions actions;
    FailureAction primary;
};

/// The pages that differ from the generic one ("could not be activated", Start over, Try again).
ExpectedPage expectedFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::RedemptionOtherAccount:
        return {QStringLiteral("A code entered by another account is waiting"),
                {SignInOther, DiscardPending, StartOver},
                SignInOther};
    case ErrorCode::RedeemCodeAlreadyRedeemed:
        return {QStringLiteral("This code is already in use"),
                {SignInOther, ChangeCode, StartOver},
                SignInOther};
    case ErrorCode::RedeemCodeExpired:
    case ErrorCode::RedeemCodeRevoked:
    case ErrorCode::RedeemCodeUnknown:
    case ErrorCode::RedeemCodeMalformed:
        return {
            QStringLiteral("This code cannot be redeemed"), {ChangeCode, StartOver}, ChangeCode};
    case ErrorCode::LicenseItemDenied:
        return {Generic, {SignInOther, ChangeCode, StartOver}, SignInOther};
    // One name for the service in the title and the message; no system browser while the
    // service is down (issue 17 item 8), but for a certificate the browser may trust.
    case ErrorCode::TlsFailure:
        return {QStringLiteral("The activation service cannot be reached"),
                {TestConnection, SystemBrowser, StartOver, TryAgain},
                TestConnection};
    case ErrorCode::NetworkUnreachable:
    case ErrorCode::NetworkTimeout:
        return {QStringLiteral("The activation service cannot be reached"),
                {TestConnection, StartOver, TryAgain},
                TestConnection};
    case ErrorCode::DiscoveryFailed:
        return {QStringLiteral("The sign-in service cannot be reached"),
                {TestConnection, StartOver, TryAgain},
                TestConnection};
    case ErrorCode::EmailNotVerified:
        return {QStringLiteral("Confirm your e-mail address"),
                {StartOver, VerifiedContinue},
                VerifiedContinue};
    case ErrorCode::KeychainUnavailable:
    case ErrorCode::KeychainAccessDenied:
    case ErrorCode::KeychainFailure:
        return {QStringLiteral("Your sign-in cannot be saved"), {StartOver, TryAgain}, TryAgain};
    case ErrorCode::RateLimited:
        return {QStringLiteral("Too many attempts"), {StartOver, TryAgain}, TryAgain};
    case ErrorCode::AuthorizationDenied:
    case ErrorCode::SignInPageCrashed:
        // The page inside the window failed: the system browser is the way out.
        return {Generic, {SystemBrowser, StartOver, TryAgain}, TryAgain};
    default:
        return {Generic, {StartOver, TryAgain}, TryAgain};
    }
}

} // namespace

class FailureModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyErrorCode_data();
    void everyErrorCode();
    void context_data();
    void context();
    void rateLimitWaits();
};

void FailureModelTest::everyErrorCode_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("title");
    QTest::addColumn<Actions>("actions");
    QTest::addColumn<FailureAction>("primary");
    const QMetaEnum codes = QMetaEnum::fromType<ErrorCode>();
    QVERIFY(codes.keyCount() > 60);
    for (int i = 0; i < codes.keyCount(); ++i) {
        const auto code = ErrorCode(codes.value(i));
        if (code == ErrorCode::NoError)
            continue;
        const ExpectedPage expected = expectedFor(code);
        QTest::newRow(codes.key(i))
            << int(code) << expected.title << expected.actions << expected.primary;
    }
}

void FailureModelTest::everyErrorCode()
{
    QFETCH(int, code);
    QFETCH(QString, title);
    QFETCH(Actions, actions);
    QFETCH(FailureAction, primary);
    FailureContext context;
    context.productName = QStringLiteral("Keyway Demo");
    context.hadCode = true;
    const Error error(ErrorCode(code), QStringLiteral("test detail"));
    const FailureView view = FailureModel::describe(error, context);
    QCOMPARE(view.title, title);
    QCOMPARE(view.actions, actions);
    QCOMPARE(view.primary, primary);
    QVERIFY(view.offers(StartOver));
    QVERIFY(view.actions.contains(view.primary));
    // The person always learns why, in a sentence.
    QVERIFY(!view.message.isEmpty());
    if (ErrorCode(code) != ErrorCode::EmailNotVerified)
        QCOMPARE(view.message, errorMessage(ErrorCode(code)));
    // The service is called the same in the title and the message (issue 17 item 8).
    const QString signIn = QStringLiteral("sign-in service");
    const QString activation = QStringLiteral("activation service");
    if (view.title.contains(signIn))
        QVERIFY2(!view.message.contains(activation), qPrintable(view.message));
    if (view.title.contains(activation))
        QVERIFY2(!view.message.contains(signIn), qPrintable(view.message));
    QCOMPARE(view.retryAfterSeconds, 0);
    QCOMPARE(view.changeCodeText, QStringLiteral("C&hange the code"));
}

void FailureModelTest::context_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<FailureContext>("context");
    QTest::addColumn<Actions>("actions");
    QTest::addColumn<FailureAction>("primary");
    QTest::addColumn<QString>("inMessage");
    QTest::addColumn<QString>("signInOtherText");
    QTest::addColumn<QString>("changeCodeText");

    FailureContext base;
    base.productName = QStringLiteral("Keyway Demo");
    base.hadCode = true;

    FailureContext refused = base;
    refused.embeddedRefused = true;
    QTest::newRow("embedded page refused")
        << int(ErrorCode::AuthorizationCancelled) << refused
        << Actions {SystemBrowser, StartOver, TryAgain} << SystemBrowser
        << QStringLiteral("web browser") << QString() << QString();
    FailureContext noView = base;
    noView.viewUnavailable = true;
    QTest::newRow("no sign-in page for the window")
        << int(ErrorCode::InternalError) << noView << Actions {SystemBrowser, StartOver, TryAgain}
        << SystemBrowser << QString() << QString() << QString();
    FailureContext inBrowser = base;
    inBrowser.inSystemBrowser = true;
    QTest::newRow("already in the system browser")
        << int(ErrorCode::NetworkTimeout) << inBrowser
        << Actions {TestConnection, StartOver, TryAgain} << TestConnection << QString() << QString()
        << QString();
    FailureContext owner = base;
    owner.pendingOwner = QStringLiteral("ada@example.com");
    QTest::newRow("the waiting code's account named")
        << int(ErrorCode::RedemptionOtherAccount) << owner
        << Actions {SignInOther, DiscardPending, StartOver} << SignInOther << QString()
        << QStringLiteral("Sign in as ada@example.com") << QString();
    FailureContext email = base;
    email.emailHint = QStringLiteral("a…@example.com");
    QTest::newRow("where the link went")
        << int(ErrorCode::EmailNotVerified) << email << Actions {StartOver, VerifiedContinue}
        << VerifiedContinue << QStringLiteral("a…@example.com") << QString() << QString();
    FailureContext noCode = base;
    noCode.hadCode = false;
    QTest::newRow("no code: enter one")
        << int(ErrorCode::LicenseItemDenied) << noCode
        << Actions {SignInOther, ChangeCode, StartOver} << SignInOther << QString() << QString()
        << QStringLiteral("Enter a co&de");
}

void FailureModelTest::context()
{
    QFETCH(int, code);
    QFETCH(FailureContext, context);
    QFETCH(Actions, actions);
    QFETCH(FailureAction, primary);
    QFETCH(QString, inMessage);
    QFETCH(QString, signInOtherText);
    QFETCH(QString, changeCodeText);
    const FailureView view = FailureModel::describe(Error(ErrorCode(code)), context);
    QCOMPARE(view.actions, actions);
    QCOMPARE(view.primary, primary);
    QVERIFY2(view.message.contains(inMessage), qPrintable(view.message));
    if (!signInOtherText.isEmpty())
        QCOMPARE(view.signInOtherText, signInOtherText);
    if (!changeCodeText.isEmpty())
        QCOMPARE(view.changeCodeText, changeCodeText);
}

void FailureModelTest::rateLimitWaits()
{
    Error error(ErrorCode::RateLimited);
    error.retryAfterSeconds = 30;
    const FailureView view = FailureModel::describe(error, FailureContext());
    QCOMPARE(view.retryAfterSeconds, 30);
    QCOMPARE(view.primary, TryAgain);
    error.reference = QStringLiteral("abc");
    error.code = ErrorCode::ServerError;
    QVERIFY(
        FailureModel::describe(error, FailureContext()).hint.contains(QLatin1String("reference")));
}

QTEST_GUILESS_MAIN(FailureModelTest)
#include "failuremodeltest.moc"
