// SPDX-License-Identifier: BSD-3-Clause
// Two keyway start-ups on one data folder (issue 7), as processes: the second asks the first to
// raise its window and exits 0; a first that hangs is waited for, then named in a message; a
// lock left by a killed process is taken over. The processes run singleinstancehelper, which
// does what keyway's main() does with app/keyway/singleinstance.

#include "singleinstance.h"

#ifdef KEYWAY_KEYWAY_BIN
#include "devserverprocess.h"
#endif

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class SingleInstanceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondStartRaisesTheFirst();
    void unresponsiveFirstIsWaitedForThenNamed();
    void lockOfAKilledProcessIsTakenOver();
    void foldersAreIndependent();
    void realKeywayWindows();

private:
    /// Starts the helper; for a primary, waits for its "primary" line.
    std::unique_ptr<QProcess> start(const QString &dir, const QStringList &extra = {},
                                    bool expectPrimary = true);
    struct Run
    {
        int exitCode = -1;
        QString out;
        qint64 ms = 0;
    };
    Run runToEnd(const QString &dir, const QStringList &extra = {});
};

std::unique_ptr<QProcess> SingleInstanceTest::start(const QString &dir, const QStringList &extra,
                                                    bool expectPrimary)
{
    auto process = std::make_unique<QProcess>();
    process->start(QStringLiteral(KEYWAY_SINGLEINSTANCE_HELPER), QStringList {dir} + extra);
    if (!process->waitForStarted(10000))
        return nullptr;
    if (expectPrimary) {
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (!out.contains("primary") && timer.elapsed() < 10000) {
            process->waitForReadyRead(100);
            out += process->readAllStandardOutput();
        }
        if (!out.contains("primary"))
            return nullptr;
    }
    return process;
}

SingleInstanceTest::Run SingleInstanceTest::runToEnd(const QString &dir, const QStringList &extra)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(KEYWAY_SINGLEINSTANCE_HELPER), QStringList {dir} + extra);
    Run run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.ms = timer.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    return run;
}

void SingleInstanceTest::secondStartRaisesTheFirst()
{
    QTemporaryDir dir;
    auto first = start(dir.path());
    QVERIFY(first);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("keyway.lock"))));

    const Run second = runToEnd(dir.path());
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains(QStringLiteral("activated-other")), qPrintable(second.out));
    QVERIFY2(second.ms < 5000, qPrintable(QString::number(second.ms)));
    QByteArray firstOut;
    QTRY_VERIFY2_WITH_TIMEOUT((first->waitForReadyRead(50),
                               firstOut += first->readAllStandardOutput(),
                               firstOut.contains("activated\n")),
                              firstOut.constData(), 5000);

    // A third start does the same while the first still runs.
    QCOMPARE(runToEnd(dir.path()).exitCode, 0);
    first->closeWriteChannel();
    QVERIFY(first->waitForFinished(5000));
    QCOMPARE(first->exitCode(), 0);
    // The first is gone: the next start is the window.
    auto next = start(dir.path());
    QVERIFY(next);
    next->closeWriteChannel();
    QVERIFY(next->waitForFinished(5000));
}

void SingleInstanceTest::unresponsiveFirstIsWaitedForThenNamed()
{
    QTemporaryDir dir;
    auto first = start(dir.path(), {QStringLiteral("--hang")});
    QVERIFY(first);
    const Run second = runToEnd(dir.path(), {QStringLiteral("--wait"), QStringLiteral("2500")});
    QCOMPARE(second.exitCode, 3);
    QVERIFY2(second.out.contains(QStringLiteral("process %1").arg(first->processId())),
             qPrintable(second.out));
    QVERIFY2(second.out.contains(QStringLiteral("does not answer")), qPrintable(second.out));
    QVERIFY2(second.ms >= 2500 && second.ms < 10000, qPrintable(QString::number(second.ms)));
    first->kill();
    first->waitForFinished();
}

void SingleInstanceTest::lockOfAKilledProcessIsTakenOver()
{
    QTemporaryDir dir;
    auto first = start(dir.path());
    QVERIFY(first);
    first->kill(); // SIGKILL: the lock file and the socket stay behind
    QVERIFY(first->waitForFinished(5000));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("keyway.lock"))));

    QElapsedTimer timer;
    timer.start();
    auto next = start(dir.path());
    QVERIFY2(next, "a stale lock was not taken over");
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    // And it answers later starts itself.
    QCOMPARE(runToEnd(dir.path()).exitCode, 0);
    next->closeWriteChannel();
    QVERIFY(next->waitForFinished(5000));
}

void SingleInstanceTest::foldersAreIndependent()
{
    QTemporaryDir one, two;
    QVERIFY(Keyway::SingleInstance::serverName(one.path())
            != Keyway::SingleInstance::serverName(two.path()));
    auto first = start(one.path());
    QVERIFY(first);
    auto second = start(two.path());
    QVERIFY2(second, "a window for another data folder was refused");
    for (auto *process : {first.get(), second.get()}) {
        process->closeWriteChannel();
        QVERIFY(process->waitForFinished(5000));
    }
}

void SingleInstanceTest::realKeywayWindows()
{
#ifndef KEYWAY_KEYWAY_BIN
    QSKIP("keyway is not built here (KEYWAY_BUILD_GUI=OFF)");
#else
    // The shipped window, wired as main() wires it: the second keyway on one data folder raises
    // the first and ends; the first goes on.
    // A vendor configuration to start with: the dev server's (it need not answer).
    DevServerProcess server;
    QVERIFY2(server.start(), "keyway-devserver did not start");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("keyway.*=true"));
    const QStringList arguments {QStringLiteral("--data-dir"), dir.path(),
                                 QStringLiteral("--config"), server.configPath()};

    QProcess first;
    first.setProcessEnvironment(environment);
    first.setProcessChannelMode(QProcess::MergedChannels);
    first.start(QStringLiteral(KEYWAY_KEYWAY_BIN), arguments);
    QVERIFY(first.waitForStarted(10000));
    QByteArray firstOut;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (firstOut += first.readAll(), QFile::exists(dir.filePath(QStringLiteral("keyway.lock")))),
        firstOut.constData(), 15000);

    QProcess second;
    second.setProcessEnvironment(environment);
    second.setProcessChannelMode(QProcess::MergedChannels);
    second.start(QStringLiteral(KEYWAY_KEYWAY_BIN), arguments);
    QVERIFY(second.waitForFinished(20000));
    const QByteArray secondOut = second.readAll();
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QVERIFY2(second.exitCode() == 0, secondOut.constData());
    QVERIFY2(secondOut.contains("was raised"), secondOut.constData());
    QTRY_VERIFY2_WITH_TIMEOUT(
        (firstOut += first.readAll(), firstOut.contains("another start asked for this window")),
        firstOut.constData(), 10000);
    QCOMPARE(first.state(), QProcess::Running);
    first.terminate();
    QVERIFY(first.waitForFinished(10000));
#endif
}

QTEST_GUILESS_MAIN(SingleInstanceTest)
#include "singleinstancetest.moc"
