// SPDX-License-Identifier: BSD-3-Clause
#include "chromiumprocess.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>
#include <QTimer>

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#endif

Q_LOGGING_CATEGORY(lcBrowser, "keyway.browser")

namespace Keyway {

/**
 * Before Qt WebEngine starts (it reads its Chromium flags and environment when the first profile
 * is made); the one place for the engine's platform switches.
 *
 * On Linux Qt WebEngine builds a page's accessibility tree only when
 * QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY is set: without it a screen reader finds the sign-in page
 * empty (docs/accessibility.md). Windows and macOS need no switch: the engine follows the
 * platform's assistive technology there.
 *
 * On Linux without the sandbox Chromium needs no zygote processes, and without them every helper
 * process ends with the last page, so nothing keeps running after a sign-in. With the sandbox (a
 * normal desktop user) the two zygotes are required and stay until the application quits; see
 * docs/performance.md.
 */
void prepareChromium()
{
#if defined(Q_OS_LINUX)
    static bool prepared = false;
    if (prepared)
        return;
    prepared = true;
    if (!qEnvironmentVariableIsSet("QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY"))
        qputenv("QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY", "1");
    const QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    const QList<QByteArray> switches = flags.simplified().split(' ');
    const bool noSandbox = qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX")
        || switches.contains("--no-sandbox")
        || QCoreApplication::arguments().contains(QLatin1String("--no-sandbox"));
    if (noSandbox && !switches.contains("--no-zygote")) {
        qCDebug(lcBrowser) << "no sandbox: starting Chromium without its zygote processes";
        const QByteArray existing = flags.simplified();
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS",
                existing.isEmpty() ? QByteArray("--no-zygote") : existing + " --no-zygote");
    }
#endif
}

/**
 * Hands back the pages of Qt WebEngine's own files (its library, resource packs, ICU data)
 * once no page is shown: they stay mapped, as Chromium cannot be unloaded, but are clean copies
 * of files, read in again should a later sign-in need them. Only files no other part of the
 * application uses; Linux 5.4 or later, elsewhere nothing happens. Returns the MiB advised.
 */
static double pageOutWebEngineFiles()
{
#if defined(Q_OS_LINUX) && defined(MADV_PAGEOUT)
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return 0;
    struct Mapping
    {
        quint64 start = 0;
        quint64 end = 0;
        bool writable = false;
        QByteArray path;
    };
    QList<Mapping> mappings;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        // "start-end perms offset dev inode path"
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 6)
            continue;
        const QList<QByteArray> range = fields.at(0).split('-');
        mappings.append({range.value(0).toULongLong(nullptr, 16),
                         range.value(1).toULongLong(nullptr, 16), fields.at(1).contains('w'),
                         fields.mid(5).join(' ')});
    }
    quint64 bytes = 0;
    for (int i = 0; i < mappings.size(); ++i) {
        const Mapping &m = mappings.at(i);
        if (m.writable || m.end <= m.start)
            continue;
        if (!m.path.contains("libQt6WebEngineCore") && !m.path.contains("/qtwebengine_")
            && !m.path.endsWith("/icudtl.dat"))
            continue;
        // The relocated data (RELRO, read-only right before the library's writable data) was
        // written at load time: it is private memory, not a copy of the file. It stays.
        if (i + 1 < mappings.size() && mappings.at(i + 1).writable
            && mappings.at(i + 1).path == m.path && mappings.at(i + 1).start == m.end)
            continue;
        // Cold first: the kernel then reclaims these pages before others when memory is short.
        // Out at once only where the process may write the file (root, an installation the user
        // owns): for files of others Linux ignores MADV_PAGEOUT on their pages.
        void *address = reinterpret_cast<void *>(m.start);
        madvise(address, m.end - m.start, MADV_COLD);
        if (madvise(address, m.end - m.start, MADV_PAGEOUT) == 0)
            bytes += m.end - m.start;
    }
    return bytes / 1048576.0;
#else
    return 0;
#endif
}

namespace {

/// Views alive in this process: Chromium's memory is handed back only when none is left.
int s_liveViews = 0;

/**
 * A while after the last view is gone, hands back what Chromium no longer uses: the heap
 * memory it freed (glibc keeps it in its arenas, of which Chromium's many threads make many,
 * until trimmed) and Qt WebEngine's file pages. Later rather than at once, as Chromium finishes
 * tearing a page down on its own threads.
 */
void releaseMemoryLater()
{
    static QPointer<QTimer> timer;
    if (!QCoreApplication::instance() || QCoreApplication::closingDown())
        return;
    if (!timer) {
        timer = new QTimer(QCoreApplication::instance());
        timer->setSingleShot(true);
        timer->setInterval(2000);
        QObject::connect(timer, &QTimer::timeout, [] {
            if (s_liveViews > 0)
                return;
#if defined(__GLIBC__)
            malloc_trim(0);
#endif
            const double pagedOut = pageOutWebEngineFiles();
            qCDebug(lcBrowser) << "no sign-in page left: heap trimmed, Qt WebEngine's files"
                               << "paged out (" << pagedOut << "MiB mapped)";
        });
    }
    timer->start();
}

} // namespace

void chromiumViewCreated()
{
    ++s_liveViews;
}

void chromiumViewDestroyed()
{
    --s_liveViews;
    releaseMemoryLater();
}

} // namespace Keyway
