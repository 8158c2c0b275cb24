// SPDX-License-Identifier: BSD-3-Clause
// The processes under this one and what this one maps, from /proc (Linux): for the tests that
// check that the sign-in page's processes end and that Qt WebEngine stays out of the product.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QList>

namespace ProcessTree {

struct Process
{
    qint64 pid = 0;
    QList<QByteArray> args; ///< Chromium may rewrite its title: then split at spaces
};

/// Every process under @p root (this process by default), at any depth.
inline QList<Process> descendants(qint64 root = QCoreApplication::applicationPid())
{
    QHash<qint64, qint64> parents;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!ok || !stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // "pid (comm) state ppid ...": the command may contain spaces and parentheses.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1)
            parents.insert(pid, fields.at(1).toLongLong());
    }
    QList<Process> found;
    for (auto it = parents.cbegin(); it != parents.cend(); ++it) {
        qint64 p = it.value();
        for (int depth = 0; depth < 32 && p > 1 && p != root; ++depth)
            p = parents.value(p, 0);
        if (p != root)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(it.key()));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        found.append({it.key(), cmdline.readAll().replace('\0', ' ').split(' ')});
    }
    return found;
}

/// Whether this process maps a file whose name contains @p name ("libQt6WebEngineCore").
inline bool maps(const QByteArray &name)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains(name);
}

} // namespace ProcessTree
