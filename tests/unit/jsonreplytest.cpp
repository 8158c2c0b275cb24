// SPDX-License-Identifier: BSD-3-Clause
// JsonReply: what an error answer carries besides its code, the server's reference
// (X-Request-Id) and when to try again (Retry-After, as seconds or an HTTP date).

#include "fakehttpserver.h"

#include "core/clock.h"
#include "net/jsonreply.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Keyway;

class JsonReplyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryAfterDateReadsTheClock();
    void parseRetryAfter_data();
    void parseRetryAfter();
    void errorCarriesReferenceAndRetryAfter_data();
    void errorCarriesReferenceAndRetryAfter();
    void redirectsStayInTheOrigin_data();
    void redirectsStayInTheOrigin();
    void serverWordsAreSanitised();
};

void JsonReplyTest::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("seconds");
    QTest::newRow("seconds") << QByteArray("120") << 120;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("spaces") << QByteArray(" 7 ") << 7;
    QTest::newRow("HTTP date, 90 s ahead") << QByteArray("Sun, 06 Nov 1994 08:51:07 GMT") << 90;
    QTest::newRow("HTTP date in the past") << QByteArray("Sun, 06 Nov 1994 08:00:00 GMT") << 0;
    QTest::newRow("more than a day") << QByteArray("999999") << JsonReply::MaxRetryAfterSeconds;
    QTest::newRow("negative") << QByteArray("-5") << -1;
    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("nonsense") << QByteArray("soon") << -1;
}

void JsonReplyTest::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(int, seconds);
    const QDateTime now(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
    QCOMPARE(JsonReply::parseRetryAfter(value, now), seconds);
}

void JsonReplyTest::errorCarriesReferenceAndRetryAfter_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("requestId");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<int>("seconds");
    QTest::newRow("500 with a reference")
        << 500 << QByteArray("req-1234") << QByteArray() << int(ErrorCode::ServerError)
        << QStringLiteral("req-1234") << -1;
    QTest::newRow("429 with Retry-After")
        << 429 << QByteArray("abc") << QByteArray("12") << int(ErrorCode::RateLimited)
        << QStringLiteral("abc") << 12;
    QTest::newRow("503 with Retry-After")
        << 503 << QByteArray() << QByteArray("3") << int(ErrorCode::ServerError) << QString() << 3;
    QTest::newRow("400 ignores Retry-After")
        << 400 << QByteArray("r") << QByteArray("3") << int(ErrorCode::HttpError)
        << QStringLiteral("r") << -1;
    QTest::newRow("an unprintable reference is dropped")
        << 500 << QByteArray("bad\x01id") << QByteArray() << int(ErrorCode::ServerError)
        << QString() << -1;
    QTest::newRow("a long reference is cut")
        << 500 << QByteArray(100, 'x') << QByteArray() << int(ErrorCode::ServerError)
        << QString(JsonReply::MaxRequestIdLength, QLatin1Char('x')) << -1;
}

void JsonReplyTest::errorCarriesReferenceAndRetryAfter()
{
    QFETCH(int, status);
    QFETCH(QByteArray, requestId);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, code);
    QFETCH(QString, reference);
    QFETCH(int, seconds);

    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([&](const FakeHttpServer::Request &) {
        FakeHttpServer::Response response =
            FakeHttpServer::json(R"({"error":"x","error_description":"y"})", status);
        if (!requestId.isEmpty())
            response.headers.append({"X-Request-Id", requestId});
        if (!retryAfter.isEmpty())
            response.headers.append({"Retry-After", retryAfter});
        return response;
    });
    QNetworkAccessManager nam;
    JsonReply reply(nam.get(JsonReply::request(server.baseUrl())));
    QSignalSpy finished(&reply, &JsonReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(int(reply.error().code), code);
    QCOMPARE(reply.error().reference, reference);
    QCOMPARE(reply.error().retryAfterSeconds, seconds);
    QCOMPARE(reply.retryAfter(), seconds);
}

void JsonReplyTest::retryAfterDateReadsTheClock()
{
    // An HTTP-date Retry-After is counted from Clock::current(): a test moves time, nothing
    // waits. The answer's status travels with the error (RetryPolicy's rule reads it).
    FixedClock clock(QDateTime(QDate(2026, 12, 3), QTime(8, 0), Qt::UTC));
    Clock::setInstance(&clock);
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const FakeHttpServer::Request &) {
        FakeHttpServer::Response response =
            FakeHttpServer::json(R"({"error":"temporarily_unavailable"})", 503);
        response.headers.append(
            {QByteArray("Retry-After"), QByteArray("Thu, 03 Dec 2026 08:01:30 GMT")});
        return response;
    });
    QNetworkAccessManager nam;
    JsonReply reply(nam.get(JsonReply::request(server.baseUrl())));
    QSignalSpy finished(&reply, &JsonReply::finished);
    QVERIFY(finished.wait(10000));
    Clock::setInstance(nullptr);
    QCOMPARE(reply.error().code, ErrorCode::ServerError);
    QCOMPARE(reply.error().httpStatus, 503);
    QCOMPARE(reply.error().retryAfterSeconds, 90);
}

void JsonReplyTest::redirectsStayInTheOrigin_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("307 keeps method, body and headers") << 307;
    QTest::newRow("308") << 308;
    QTest::newRow("302") << 302;
}

void JsonReplyTest::redirectsStayInTheOrigin()
{
    // A credentialed request (a bearer token, an activation code in the body) that the server
    // sends on to another origin must not arrive there.
    QFETCH(int, status);
    FakeHttpServer elsewhere;
    QVERIFY(elsewhere.listen());
    elsewhere.setHandler(
        [](const FakeHttpServer::Request &) { return FakeHttpServer::json(R"({"stolen":true})"); });
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([&](const FakeHttpServer::Request &request) {
        FakeHttpServer::Response response;
        response.status = status;
        if (request.path == QLatin1String("/away"))
            response.headers.append(
                {QByteArray("Location"),
                 elsewhere.baseUrl().resolved(QUrl(QStringLiteral("/take"))).toEncoded()});
        else if (request.path == QLatin1String("/here"))
            response.headers.append({QByteArray("Location"), QByteArray("/there")});
        else
            response = FakeHttpServer::json(R"({"ok":true})");
        return response;
    });
    QNetworkAccessManager nam;
    auto post = [&](const QString &path) {
        QNetworkRequest request = JsonReply::request(server.baseUrl().resolved(QUrl(path)));
        request.setRawHeader("Authorization", "Bearer secret-access-token");
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        return nam.post(request, QByteArray(R"({"code":"KWP12-34567"})"));
    };

    JsonReply away(post(QStringLiteral("/away")));
    QSignalSpy awayFinished(&away, &JsonReply::finished);
    QVERIFY(awayFinished.wait(10000));
    QCOMPARE(away.error().code, ErrorCode::RedirectRefused);
    QVERIFY(!away.error().message.isEmpty());
    QVERIFY2(away.error().detail.contains(elsewhere.baseUrl().host()),
             qPrintable(away.error().detail));
    QTest::qWait(200);
    QVERIFY(elsewhere.requests().isEmpty());

    // Within the origin a redirect is followed as before.
    JsonReply here(post(QStringLiteral("/here")));
    QSignalSpy hereFinished(&here, &JsonReply::finished);
    QVERIFY(hereFinished.wait(10000));
    QVERIFY2(!here.error().isError(), qPrintable(here.error().detail));
    QVERIFY(here.json().value(QStringLiteral("ok")).toBool());
    QCOMPARE(server.count(QStringLiteral("/there")), 1);
}

void JsonReplyTest::serverWordsAreSanitised()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const FakeHttpServer::Request &) {
        return FakeHttpServer::json(
            "{\"error\":\"bad\\u001b[2J\",\"error_description\":\"line\\r\\nfake\\u202e\"}", 400);
    });
    QNetworkAccessManager nam;
    JsonReply reply(nam.get(JsonReply::request(server.baseUrl())));
    QSignalSpy finished(&reply, &JsonReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply.error().code, ErrorCode::HttpError);
    QVERIFY2(reply.error().detail.endsWith(QStringLiteral(": bad[2J (line fake)")),
             qPrintable(reply.error().detail));
}

QTEST_GUILESS_MAIN(JsonReplyTest)

#include "jsonreplytest.moc"
