// SPDX-License-Identifier: BSD-3-Clause
// `keyway` from a cold process start to its first painted window, with a valid license present
// (the status view), and its resident memory then: as shipped (Qt WebEngine loaded only for a
// sign-in page) beside the same start with the WebEngine sign-in view forced to load first
// (KEYWAY_BENCH_PRELOAD_BROWSER), which is what linking it eagerly costs. Needs a display (run
// under xvfb-run); the target on a 2-core machine is a median under 0.5 s.

#include "benchfixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

/// Resident memory of @p pid and all its descendants, in MiB (Linux /proc), or -1.
double treeRssMiB(qint64 pid)
{
    double total = 0;
    bool found = false;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    QHash<qint64, qint64> parents;
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 p = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(p));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 2)
            parents.insert(p, fields.at(1).toLongLong());
    }
    for (auto it = parents.cbegin(); it != parents.cend(); ++it) {
        qint64 p = it.key();
        bool inTree = false;
        for (int depth = 0; depth < 16 && p > 1; ++depth) {
            if (p == pid) {
                inTree = true;
                break;
            }
            p = parents.value(p, 0);
        }
        if (!inTree)
            continue;
        QFile status(QStringLiteral("/proc/%1/status").arg(it.key()));
        if (!status.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &l : status.readAll().split('\n')) {
            if (l.startsWith("VmRSS:")) {
                total += l.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
                found = true;
            }
        }
    }
    return found ? total : -1;
}

struct Sample
{
    double firstPaintMs = -1;
    double rssMiB = -1;
};

Sample runOnce(const QString &keyway, const QStringList &args, bool preload)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KEYWAY_BENCH_REPORT_PAINT"), QStringLiteral("1"));
    if (preload)
        env.insert(QStringLiteral("KEYWAY_BENCH_PRELOAD_BROWSER"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(keyway, args);
    Sample sample;
    QByteArray out;
    while (timer.elapsed() < 30000 && process.state() != QProcess::NotRunning) {
        if (process.waitForReadyRead(50))
            out += process.readAllStandardOutput();
        if (out.contains("keyway: first paint")) {
            sample.firstPaintMs = timer.nsecsElapsed() / 1e6;
            process.waitForFinished(300); // let it settle, as a person would see it
            sample.rssMiB = treeRssMiB(process.processId());
            break;
        }
    }
    process.kill();
    process.waitForFinished(5000);
    return sample;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? -1 : v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, atoi(argv[1])) : 15;
    BenchFixture::LicensedInstallation install;
    if (!install.create()) {
        std::fprintf(stderr, "could not prepare the licensed installation\n");
        return 1;
    }
    const QString keyway = QStringLiteral(KEYWAY_KEYWAY_BIN);
    const QStringList args {QStringLiteral("--config"), install.configFilePath,
                            QStringLiteral("--data-dir"), install.dataDirectory};

    runOnce(keyway, args, false); // warm the page cache for both
    runOnce(keyway, args, true);
    std::vector<double> lazyMs, lazyRss, eagerMs, eagerRss;
    for (int i = 0; i < runs; ++i) {
        const Sample lazy = runOnce(keyway, args, false);
        const Sample eager = runOnce(keyway, args, true);
        if (lazy.firstPaintMs < 0 || eager.firstPaintMs < 0) {
            std::fprintf(stderr, "keyway did not report its first paint\n");
            return 1;
        }
        lazyMs.push_back(lazy.firstPaintMs);
        lazyRss.push_back(lazy.rssMiB);
        eagerMs.push_back(eager.firstPaintMs);
        eagerRss.push_back(eager.rssMiB);
    }
    std::printf("%-52s %14s %12s\n", "keyway, status view with a valid license", "first paint",
                "RSS (tree)");
    std::printf("%-52s %11.0f ms %8.1f MiB\n", "as shipped: WebEngine loaded on demand",
                median(lazyMs), median(lazyRss));
    std::printf("%-52s %11.0f ms %8.1f MiB\n", "baseline: WebEngine sign-in view loaded eagerly",
                median(eagerMs), median(eagerRss));
    std::printf("medians of %d runs each; target: first paint under 500 ms\n", runs);
    return 0;
}
