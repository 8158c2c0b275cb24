// SPDX-License-Identifier: BSD-3-Clause
// The baseline for the offline status command: the smallest Qt Core program that reads the same
// license file and parses its JSON. Whatever keywayctl costs beyond this is Keyway's.

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly))
        return 2;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    std::printf("%d tokens\n", int(json.value(QLatin1String("tokens")).toArray().size()));
    return 0;
}
