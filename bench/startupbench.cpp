// SPDX-License-Identifier: BSD-3-Clause
// `keywayctl status --offline` as a whole process (start, read, verify every token, print) beside
// the smallest Qt Core program that reads the same file (bench/minimalreader.cpp), started the same
// way in the same run. Target: keywayctl at most 1.3 times the baseline.

#include "benchfixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <vector>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
extern char **environ;
#endif

namespace {

/// The CPU time (user + system) of the last run of runOnce() in milliseconds, where the platform
/// tells it: on a shared machine it varies less than the wall time.
double lastCpuMs = 0;

/// Wall time of one run of @p program in milliseconds, or -1 when it failed.
double runOnce(const QString &program, const QStringList &arguments)
{
    QElapsedTimer timer;
#ifdef Q_OS_UNIX
    std::vector<QByteArray> storage;
    storage.push_back(program.toLocal8Bit());
    for (const QString &a : arguments)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0)
        return -1;
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    const double ms = timer.nsecsElapsed() / 1e6;
    lastCpuMs = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
    posix_spawn_file_actions_destroy(&actions);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? ms : -1;
#else
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    timer.start();
    process.start(program, arguments);
    process.waitForFinished(-1);
    const double ms = timer.nsecsElapsed() / 1e6;
    return process.exitCode() == 0 ? ms : -1;
#endif
}

struct Stats
{
    double median;
    double p90;
    double min;
};

Stats measure(const QString &program, const QStringList &arguments, int runs)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const double ms = runOnce(program, arguments);
        if (ms < 0) {
            std::fprintf(stderr, "%s failed\n", qPrintable(program));
            std::exit(1);
        }
        times.push_back(ms);
    }
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], times[times.size() * 9 / 10], times.front()};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(5, atoi(argv[1])) : 60;

    BenchFixture::LicensedInstallation install;
    if (!install.create()) {
        std::fprintf(stderr, "could not prepare the licensed installation\n");
        return 1;
    }
    const QString configPath = install.configFilePath;
    const QString dataDir = install.dataDirectory;
    // The build tree's keywayctl, or another one (bench.sh passes the installed one: the build
    // tree's libraries carry a RUNPATH that CMake pads for the install, docs/performance.md).
    const QString ctl = qEnvironmentVariableIsEmpty("KEYWAY_BENCH_KEYWAYCTL")
        ? QStringLiteral(KEYWAY_KEYWAYCTL_BIN)
        : qEnvironmentVariable("KEYWAY_BENCH_KEYWAYCTL");
    const QStringList ctlArgs {QStringLiteral("--config"),   configPath,
                               QStringLiteral("--data-dir"), dataDir,
                               QStringLiteral("status"),     QStringLiteral("--offline")};
    const QString reader = QStringLiteral(KEYWAY_MINIMALREADER_BIN);
    const QStringList readerArgs {install.licenseFile};

    // Warm the page cache for both, then alternate so that neither gets a quieter machine.
    measure(ctl, ctlArgs, 3);
    measure(reader, readerArgs, 3);
    Stats ctlStats {}, readerStats {}, ctlCpu {}, readerCpu {};
    {
        std::vector<double> a, b, cpuA, cpuB;
        for (int i = 0; i < runs; ++i) {
            a.push_back(runOnce(reader, readerArgs));
            cpuA.push_back(lastCpuMs);
            b.push_back(runOnce(ctl, ctlArgs));
            cpuB.push_back(lastCpuMs);
            if (a.back() < 0 || b.back() < 0) {
                std::fprintf(stderr, "a run failed\n");
                return 1;
            }
        }
        auto stats = [](std::vector<double> v) {
            std::sort(v.begin(), v.end());
            return Stats {v[v.size() / 2], v[v.size() * 9 / 10], v.front()};
        };
        readerStats = stats(a);
        ctlStats = stats(b);
        readerCpu = stats(cpuA);
        ctlCpu = stats(cpuB);
    }
    std::printf("%-40s %10s %10s %10s\n", "process (runs each)", "median ms", "p90 ms", "min ms");
    std::printf("%-40s %10.2f %10.2f %10.2f\n", "baseline: minimal Qt Core reader",
                readerStats.median, readerStats.p90, readerStats.min);
    std::printf("%-40s %10.2f %10.2f %10.2f\n", "keywayctl status --offline", ctlStats.median,
                ctlStats.p90, ctlStats.min);
    std::printf("ratio (median): %.2f  (target <= 1.30), %d runs each\n",
                ctlStats.median / readerStats.median, runs);
#ifdef Q_OS_UNIX
    std::printf("CPU time (user + system), median ms: reader %.2f, keywayctl %.2f, ratio %.2f\n",
                readerCpu.median, ctlCpu.median, ctlCpu.median / readerCpu.median);
#endif
    return 0;
}
