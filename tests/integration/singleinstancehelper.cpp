// SPDX-License-Identifier: BSD-3-Clause
// A stand-in for keyway's start-up for singleinstancetest: `singleinstancehelper DIR [--hang]
// [--wait MS]` acquires the SingleInstance of DIR as keyway's main() does and prints what
// happened: "primary" (then each activation request as "activated", until stdin closes),
// "activated-other" (exit 0) or "timed-out: <message>" (exit 3). --hang: once primary, block the
// event loop for 30 s, as a window that hangs would.
#include "singleinstance.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QThread>

#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2)
        return 2;
    const bool hang = args.contains(QStringLiteral("--hang"));
    const int waitIndex = args.indexOf(QStringLiteral("--wait"));
    const int waitMs =
        waitIndex > 0 ? args.value(waitIndex + 1).toInt() : Keyway::SingleInstance::DefaultWaitMs;

    Keyway::SingleInstance instance(args.at(1));
    switch (instance.acquire(waitMs)) {
    case Keyway::SingleInstance::Outcome::Primary:
        break;
    case Keyway::SingleInstance::Outcome::Activated:
        std::puts("activated-other");
        return 0;
    case Keyway::SingleInstance::Outcome::TimedOut:
        std::printf("timed-out: %s\n", qPrintable(instance.errorString()));
        return 3;
    case Keyway::SingleInstance::Outcome::Failed:
        std::printf("failed: %s\n", qPrintable(instance.errorString()));
        return 4;
    }
    std::puts("primary");
    std::fflush(stdout);
    QObject::connect(&instance, &Keyway::SingleInstance::activationRequested, [] {
        std::puts("activated");
        std::fflush(stdout);
    });
    if (hang)
        QThread::sleep(30);
    // Runs until the test closes stdin.
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&app] {
        char buffer[64];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0)
            app.quit();
    });
    return app.exec();
}
