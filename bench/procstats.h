// SPDX-License-Identifier: BSD-3-Clause
// What a process holds in memory and which Qt WebEngine helper processes it has, from Linux's
// /proc: for the benchmarks that measure the window before, during and after a sign-in page.
#pragma once

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QStringList>

#include <unistd.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <algorithm>

namespace ProcStats {

/// Resident memory of one process, in MiB (VmRSS = RssAnon + RssFile + RssShmem).
struct Memory
{
    double rss = -1;
    double anon = -1;
    double file = -1;
    double shmem = -1;
    int threads = 0;
};

/// The number in a "Name:   value [kB]" line of a /proc status file, or -1.
inline double field(const QByteArray &status, const char *name)
{
    const QByteArray key = QByteArray(name) + ':';
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble();
    }
    return -1;
}

/// A "kB" field in MiB, or -1.
inline double kbField(const QByteArray &status, const char *name)
{
    const double kb = field(status, name);
    return kb < 0 ? -1 : kb / 1024.0;
}

inline Memory memoryOf(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray status = file.readAll();
    return {kbField(status, "VmRSS"), kbField(status, "RssAnon"), kbField(status, "RssFile"),
            kbField(status, "RssShmem"), int(field(status, "Threads"))};
}

inline Memory self()
{
    return memoryOf(qint64(::getpid()));
}

/// What this process has allocated with malloc and not freed, in MiB (glibc), or -1.
inline double mallocInUse()
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    const struct mallinfo2 info = mallinfo2();
    return (info.uordblks + info.hblkhd) / 1048576.0;
#else
    return -1;
#endif
}

/// Resident memory per mapped file (anonymous mappings as "[anon]"), in MiB, from smaps.
inline QHash<QString, double> residentByMapping()
{
    QHash<QString, double> result;
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return result;
    QString current;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        if (line.at(0) >= 'A' && line.at(0) <= 'Z' && line.contains(':') && !line.contains('-')) {
            if (line.startsWith("Rss:"))
                result[current] += line.mid(4).trimmed().split(' ').value(0).toDouble() / 1024.0;
            continue;
        }
        if (line.startsWith("VmFlags"))
            continue;
        // "start-end perms offset dev inode   path"
        const QList<QByteArray> fields = line.simplified().split(' ');
        current = fields.size() >= 6 ? QString::fromUtf8(fields.mid(5).join(' '))
                                     : QStringLiteral("[anon]");
    }
    return result;
}

/// Whether a file whose name contains @p name is mapped into this process.
inline bool mapped(const QByteArray &name)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains(name);
}

/// Qt WebEngine's helper processes (QtWebEngineProcess: zygote, renderer, utility, gpu)
/// descended from one process.
struct Helpers
{
    int count = 0;
    double rss = 0; ///< summed VmRSS in MiB (shared pages counted in each)
    double pss = 0; ///< summed proportional set size in MiB (shared pages divided)
    QMap<QString, int> types; ///< "--type=" value → how many
    QString describe() const
    {
        QStringList parts;
        for (auto it = types.cbegin(); it != types.cend(); ++it)
            parts.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
        return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
    }
};

inline Helpers webEngineHelpers(qint64 root = qint64(::getpid()))
{
    QHash<qint64, qint64> parents;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // "pid (comm) state ppid ...": the command may contain spaces and parentheses.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1)
            parents.insert(pid, fields.at(1).toLongLong());
    }
    Helpers helpers;
    for (auto it = parents.cbegin(); it != parents.cend(); ++it) {
        bool descendant = false;
        qint64 p = it.value();
        for (int depth = 0; depth < 32 && p > 1; ++depth) {
            if (p == root) {
                descendant = true;
                break;
            }
            p = parents.value(p, 0);
        }
        if (!descendant)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(it.key()));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        // Chromium may rewrite its title: the arguments then come as one, separated by spaces.
        const QList<QByteArray> args = cmdline.readAll().replace('\0', ' ').split(' ');
        // keyway-signin, the sign-in page's own process (issue 18), counts with its Chromium.
        const bool signInHelper = !args.isEmpty() && args.first().endsWith("keyway-signin");
        if (args.isEmpty() || !(signInHelper || args.first().endsWith("QtWebEngineProcess")))
            continue;
        QString type = signInHelper ? QStringLiteral("keyway-signin") : QStringLiteral("unknown");
        for (const QByteArray &arg : args) {
            if (arg.startsWith("--type="))
                type = QString::fromLatin1(arg.mid(7));
        }
        // Renderers are forked by a zygote without a new command line; but a zygote must be
        // single-threaded to fork, and a renderer never is.
        const Memory memory = memoryOf(it.key());
        if (type == QLatin1String("zygote") && memory.threads > 1)
            type = QStringLiteral("renderer");
        ++helpers.count;
        helpers.types[type] += 1;
        if (memory.rss > 0)
            helpers.rss += memory.rss;
        QFile rollup(QStringLiteral("/proc/%1/smaps_rollup").arg(it.key()));
        if (rollup.open(QIODevice::ReadOnly))
            helpers.pss += std::max(0.0, kbField(rollup.readAll(), "Pss"));
    }
    return helpers;
}

} // namespace ProcStats
