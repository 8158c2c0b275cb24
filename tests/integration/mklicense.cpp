// SPDX-License-Identifier: BSD-3-Clause
// Test helper for the installed-example and lazy-loading tests: writes a vendor configuration to
// DIR/client-config.json and, in DIR/licensed, a license store with valid tokens for every item,
// bound to the device id that folder yields (the same tokens in DIR/tokens.txt, one per line, for
// `keywayctl import`). The key is the committed demo key, the one the demo
// keyway/keywayctl and examples/licensed-product have compiled in; with --own-key a freshly
// generated one (what a customer forging a license would do), which those builds refuse.
//   mklicense DIR [--own-key]
#include "../unit/licensefixture.h"

#include "license/deviceid.h"
#include "license/licensestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>

#include <cstdio>

using namespace Keyway;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool ownKey = argc == 3 && qstrcmp(argv[2], "--own-key") == 0;
    if (argc != 2 && !ownKey) {
        std::fprintf(stderr, "usage: mklicense DIR [--own-key]\n");
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(dir.path());
    TestKeys::Key key = ownKey ? TestKeys::rsa() : LicenseFixture::demoKey();
    const QByteArray kid = ownKey ? QByteArray("license") : LicenseFixture::demoKid();
    if (!key || kid.isEmpty())
        return 1;
    QFile file(dir.filePath(QStringLiteral("client-config.json")));
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(TestKeys::json(LicenseFixture::configJson(key.get())));
    file.close();
    const VendorConfig config = LicenseFixture::config(key.get());
    const QString data = dir.filePath(QStringLiteral("licensed"));
    const QString device = DeviceId::forProduct(config, data);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QList<QByteArray> tokens;
    for (const QString &item : config.licensedItems)
        tokens.append(LicenseFixture::token(key.get(), item, now - 60, 86400,
                                            {{QStringLiteral("hw"), device}}, kid.constData()));
    if (!LicenseStore(data).save(LicenseFixture::User, QString(), tokens))
        return 1;
    // The same tokens as a file for `keywayctl import`.
    QFile tokenFile(dir.filePath(QStringLiteral("tokens.txt")));
    if (!tokenFile.open(QIODevice::WriteOnly) || tokenFile.write(tokens.join('\n') + '\n') < 0)
        return 1;
    return 0;
}
