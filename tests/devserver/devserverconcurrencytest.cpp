// SPDX-License-Identifier: BSD-3-Clause
// The dev server under concurrent clients: fifty redemptions of one code at once (exactly one
// wins), and five checkouts for two seats across two server processes on one data folder
// (exactly two leases). A server of its own, so that ctest -j runs it beside devservertest.
#include "devserverfixture.h"

class DevServerConcurrencyTest : public DevServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startFreshServer(); }
    void cleanupTestCase() { QVERIFY(stopServer()); }

    void fiftyConcurrentRedemptions();
    void concurrentCheckoutsForTwoSeats();
};

void DevServerConcurrencyTest::fiftyConcurrentRedemptions()
{
    constexpr int Clients = 50;
    QList<Tokens> users;
    for (int i = 0; i < Clients; ++i) {
        users.append(registerUser(QStringLiteral("racer%1@example.com").arg(i)));
        QVERIFY2(!users.last().accessToken.isEmpty(), qPrintable(QString::number(i)));
    }
    const QString code =
        QString::fromLatin1(runCli({QStringLiteral("codes"), QStringLiteral("generate"),
                                    QStringLiteral("--configuration"), QStringLiteral("KWS"),
                                    QStringLiteral("--count"), QStringLiteral("1")}))
            .trimmed();
    QVERIFY(ActivationCode::parse(code).hasValue());

    // One connection per client (a shared QNetworkAccessManager would queue all but six), all
    // requests on the wire before any answer is read.
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<QNetworkReply *> replies;
    const QByteArray body =
        QJsonDocument(QJsonObject {{QStringLiteral("code"), code}}).toJson(QJsonDocument::Compact);
    for (const Tokens &user : std::as_const(users)) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        QNetworkRequest req(QUrl(url(QStringLiteral("/api/activation/v1/redemptions"))));
        req.setRawHeader("Authorization", "Bearer " + user.accessToken.toLatin1());
        req.setRawHeader("Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        req.setTransferTimeout(30000);
        replies.append(managers.back()->post(req, body));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                         [](QNetworkReply *reply) { return reply->isFinished(); }),
                             30000);
    int created = 0, conflicts = 0;
    for (QNetworkReply *reply : std::as_const(replies)) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 201)
            ++created;
        else if (status == 409
                 && QJsonDocument::fromJson(reply->readAll())
                         .object()
                         .value(QStringLiteral("error"))
                     == QLatin1String("code_already_redeemed"))
            ++conflicts;
        else
            qWarning() << "unexpected answer" << status << reply->errorString();
        reply->deleteLater();
    }
    QCOMPARE(created, 1);
    QCOMPARE(conflicts, Clients - 1);

    // The database agrees: one redemption, one license, the code redeemed once.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(m_dataDir.filePath(QStringLiteral("devserver.sqlite")));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        QVERIFY(db.open());
        const QString symbols = ActivationCode::parse(code)->symbols();
        auto count = [&db, &symbols](const char *sql) {
            QSqlQuery query(db);
            query.prepare(QString::fromLatin1(sql));
            query.addBindValue(symbols);
            return query.exec() && query.next() ? query.value(0).toInt() : -1;
        };
        QCOMPARE(count("SELECT COUNT(*) FROM redemptions WHERE code = ?"), 1);
        QCOMPARE(count("SELECT COUNT(*) FROM licenses WHERE code = ?"), 1);
        QCOMPARE(count("SELECT COUNT(*) FROM codes WHERE code = ? AND state = 'redeemed'"), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
}

void DevServerConcurrencyTest::concurrentCheckoutsForTwoSeats()
{
    QString license;
    const Tokens user =
        licensedUser(QStringLiteral("seat-race@example.com"), QStringLiteral("KWP"), &license);
    QVERIFY(!license.isEmpty());
    constexpr int Devices = 5;
    // A second server process on the same data folder: the seat count must hold across
    // processes, not only within one event loop.
    QProcess second;
    second.setStandardErrorFile(m_dataDir.filePath(QStringLiteral("second-server.log")));
    second.start(QStringLiteral(KEYWAY_DEVSERVER_BIN),
                 {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                  m_dataDir.path()});
    QVERIFY(second.waitForStarted(10000));
    static const QRegularExpression ready(
        QStringLiteral("keyway-devserver listening on (http://127\\.0\\.0\\.1:\\d+)\n"));
    QByteArray secondOutput;
    QTRY_VERIFY_WITH_TIMEOUT(
        ready.match(QString::fromUtf8(secondOutput += second.readAllStandardOutput())).hasMatch(),
        20000);
    const QString secondUrl = ready.match(QString::fromUtf8(secondOutput)).captured(1);
    auto stopSecond = qScopeGuard([&second] {
        second.terminate();
        if (!second.waitForFinished(10000))
            second.kill();
    });

    // One connection per device, all requests on the wire before any answer is read (as in
    // fiftyConcurrentRedemptions), alternating between the two servers.
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < Devices; ++i) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        const QString base = i % 2 ? secondUrl : m_baseUrl;
        QNetworkRequest req(
            QUrl(base + QStringLiteral("/authz/.jwt?keyway-pro&keyway-export&hw=racer-%1").arg(i)));
        req.setRawHeader("Authorization", "Bearer " + user.accessToken.toLatin1());
        req.setTransferTimeout(30000);
        replies.append(managers.back()->get(req));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                         [](QNetworkReply *reply) { return reply->isFinished(); }),
                             30000);
    int granted = 0, refused = 0;
    for (QNetworkReply *reply : std::as_const(replies)) {
        const QList<QByteArray> tokens = reply->readAll().split('&');
        QCOMPARE(tokens.size(), 2);
        const QJsonObject pro = jwsPart(tokens.at(0), 1);
        const QJsonObject exported = jwsPart(tokens.at(1), 1);
        if (pro.value(QStringLiteral("keyway-pro")).toBool()) {
            // A computer gets both items of its seat, never one of them.
            QCOMPARE(exported.value(QStringLiteral("keyway-export")).toBool(), true);
            ++granted;
        } else if (pro.value(QStringLiteral("keyway-pro_errorCode")).toString()
                   == QLatin1String("seatLimitReached")) {
            QCOMPARE(exported.value(QStringLiteral("keyway-export_errorCode")).toString(),
                     QStringLiteral("seatLimitReached"));
            ++refused;
        }
        reply->deleteLater();
    }
    QCOMPARE(granted, 2);
    QCOMPARE(refused, Devices - 2);
    // The database agrees: two computers hold leases on the license, two leases each.
    QCOMPARE(countRows("SELECT COUNT(DISTINCT hw) FROM leases WHERE license_id = ?", license), 2);
    QCOMPARE(countRows("SELECT COUNT(*) FROM leases WHERE license_id = ?", license), 4);
}

QTEST_GUILESS_MAIN(DevServerConcurrencyTest)
#include "devserverconcurrencytest.moc"
