// SPDX-License-Identifier: BSD-3-Clause
// Test helper for the installed-example test: writes a vendor configuration with a freshly
// generated license key to DIR/client-config.json and, in DIR/licensed, a license store with
// valid tokens for every item, bound to the device id that folder yields; the same tokens in
// DIR/tokens.txt, one per line, for `keywayctl import`.
//   mklicense DIR
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
    if (argc != 2) {
        std::fprintf(stderr, "usage: mklicense DIR\n");
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(dir.path());
    TestKeys::Key key = TestKeys::rsa();
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
                                            {{QStringLiteral("hw"), device}}));
    if (!LicenseStore(data).save(LicenseFixture::User, QString(), tokens))
        return 1;
    // The same tokens as a file for `keywayctl import`.
    QFile tokenFile(dir.filePath(QStringLiteral("tokens.txt")));
    if (!tokenFile.open(QIODevice::WriteOnly) || tokenFile.write(tokens.join('\n') + '\n') < 0)
        return 1;
    return 0;
}
