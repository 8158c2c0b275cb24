// SPDX-License-Identifier: BSD-3-Clause
// keyway-signin: hosts the embedded sign-in page for the product (see SignInHelper). Not meant to
// be started by people: it speaks only the pipe protocol of docs/signin.md.
#include "signinhelper.h"

#include <QApplication>

#include <cstdio>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

/**
 * The pipe to the product on descriptors of its own, closed on exec, and /dev/null and stderr on
 * the standard ones: Chromium's processes inherit standard input and output, and neither a line
 * they print nor a descriptor they keep open may reach the protocol.
 */
bool takePipe(std::FILE *&input, std::FILE *&output)
{
#if defined(Q_OS_UNIX)
    const int in = fcntl(STDIN_FILENO, F_DUPFD_CLOEXEC, 3);
    const int out = fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
    if (in < 0 || out < 0)
        return false;
    const int null = open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (null < 0 || dup2(null, STDIN_FILENO) < 0 || dup2(STDERR_FILENO, STDOUT_FILENO) < 0)
        return false;
    close(null);
    input = fdopen(in, "rb");
    output = fdopen(out, "wb");
#else
    input = stdin;
    output = stdout;
#endif
    return input && output;
}

} // namespace

int main(int argc, char *argv[])
{
    std::FILE *input = nullptr;
    std::FILE *output = nullptr;
    if (!takePipe(input, output)) {
        std::perror("keyway-signin: cannot take over its standard input and output");
        return 2;
    }
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    Keyway::SignInHelper::installAccessibility();
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("keyway-signin"));
    QCoreApplication::setOrganizationName(QStringLiteral("Keyway"));
    QGuiApplication::setDesktopFileName(QStringLiteral("keyway"));
    // The product decides when the page ends, also when the person closes its window.
    QApplication::setQuitOnLastWindowClosed(false);
    Keyway::SignInHelper helper(input, output);
    helper.start();
    return app.exec();
}
