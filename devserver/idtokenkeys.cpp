// SPDX-License-Identifier: BSD-3-Clause
#include "idtokenkeys.h"

#include <QDir>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcDevServerKeys, "keyway.devserver.keys")

namespace Keyway::DevServer {

namespace {
const QString LegacyFile = QStringLiteral("id-token-key.pem");
}

bool IdTokenKeys::parseFileName(const QString &fileName, Entry *entry)
{
    if (fileName == LegacyFile) {
        *entry = {Signer::Algorithm::RS256, 1};
        return true;
    }
    static const QRegularExpression pattern(
        QStringLiteral("^id-token-key-(rs256|es256|eddsa)-([1-9][0-9]{0,5})\\.pem$"));
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch())
        return false;
    const QString alg = match.captured(1);
    entry->algorithm = alg == QLatin1String("es256") ? Signer::Algorithm::ES256
        : alg == QLatin1String("eddsa")              ? Signer::Algorithm::EdDSA
                                                     : Signer::Algorithm::RS256;
    entry->generation = match.captured(2).toInt();
    return true;
}

QString IdTokenKeys::fileName(Signer::Algorithm algorithm, int generation) const
{
    if (algorithm == Signer::Algorithm::RS256 && generation == 1)
        return LegacyFile;
    return QStringLiteral("id-token-key-%1-%2.pem")
        .arg(Signer::algorithmName(algorithm).toLower())
        .arg(generation);
}

QStringList IdTokenKeys::keyFiles() const
{
    QStringList files;
    const QStringList names =
        QDir(m_dataDir).entryList({QStringLiteral("id-token-key*.pem")}, QDir::Files, QDir::Name);
    Entry entry;
    for (const QString &name : names) {
        if (parseFileName(name, &entry))
            files.append(name);
    }
    return files;
}

bool IdTokenKeys::loadFile(const QString &name, QString *error)
{
    Entry entry;
    if (!parseFileName(name, &entry))
        return false;
    const auto key = std::make_pair(int(entry.algorithm), entry.generation);
    if (m_keys.count(key))
        return true;
    auto signer = std::make_unique<Signer>();
    if (!signer->load(QDir(m_dataDir).filePath(name), error))
        return false;
    if (signer->algorithmId() != entry.algorithm) {
        *error = QStringLiteral("%1 holds an %2 key").arg(name, signer->algorithm());
        return false;
    }
    m_keys[key] = std::move(signer);
    return true;
}

bool IdTokenKeys::open(const QString &dataDir, Signer::Algorithm algorithm, QString *error)
{
    m_dataDir = dataDir;
    m_algorithm = algorithm;
    m_files = keyFiles();
    for (const QString &name : std::as_const(m_files)) {
        if (!loadFile(name, error))
            return false;
    }
    if (algorithmsWithKeys().contains(algorithm))
        return true;
    const QString name = fileName(algorithm, 1);
    auto signer = std::make_unique<Signer>();
    if (!signer->loadOrCreate(QDir(m_dataDir).filePath(name), error, algorithm))
        return false;
    m_keys[std::make_pair(int(algorithm), 1)] = std::move(signer);
    m_files = keyFiles();
    return true;
}

QString IdTokenKeys::rotate(Signer::Algorithm algorithm, QString *error)
{
    int generation = 0;
    for (const auto &[key, signer] : m_keys) {
        if (key.first == int(algorithm))
            generation = qMax(generation, key.second);
    }
    const QString name = fileName(algorithm, generation + 1);
    if (!Signer::create(QDir(m_dataDir).filePath(name), algorithm, error) || !loadFile(name, error))
        return {};
    m_files = keyFiles();
    const QString kid = m_keys[std::make_pair(int(algorithm), generation + 1)]->kid();
    qCInfo(lcDevServerKeys).noquote()
        << "new" << Signer::algorithmName(algorithm) << "ID-token key" << kid << "in" << name;
    return kid;
}

QList<Signer::Algorithm> IdTokenKeys::algorithmsWithKeys() const
{
    QList<Signer::Algorithm> result;
    for (const auto &entry : m_keys) {
        const auto algorithm = Signer::Algorithm(entry.first.first);
        if (!result.contains(algorithm))
            result.append(algorithm);
    }
    return result;
}

void IdTokenKeys::refresh()
{
    const QStringList files = keyFiles();
    if (files == m_files)
        return;
    for (const QString &name : files) {
        QString error;
        if (!m_files.contains(name) && !loadFile(name, &error))
            qCWarning(lcDevServerKeys).noquote() << "ignoring" << name << ":" << error;
    }
    m_files = files;
    qCInfo(lcDevServerKeys).noquote() << "ID-token keys reloaded; current kid" << current().kid();
}

const Signer &IdTokenKeys::current() const
{
    const Signer *newest = nullptr;
    for (const auto &[key, signer] : m_keys) {
        if (key.first == int(m_algorithm))
            newest = signer.get();
    }
    Q_ASSERT(newest);
    return *newest;
}

QStringList IdTokenKeys::algorithmNames() const
{
    QStringList names {Signer::algorithmName(m_algorithm)};
    for (Signer::Algorithm algorithm : algorithmsWithKeys()) {
        if (algorithm != m_algorithm)
            names.append(Signer::algorithmName(algorithm));
    }
    return names;
}

QJsonArray IdTokenKeys::publicJwks() const
{
    const Signer &currentKey = current();
    QJsonArray keys {currentKey.publicJwk()};
    for (const auto &entry : m_keys) {
        if (entry.second.get() != &currentKey)
            keys.append(entry.second->publicJwk());
    }
    return keys;
}

} // namespace Keyway::DevServer
