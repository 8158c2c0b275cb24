// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "signer.h"

#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>

namespace Keyway::DevServer {

/**
 * The ID-token signing keys in the data folder: `id-token-key.pem` (the first RSA key) and
 * `id-token-key-<alg>-<generation>.pem`. The current key of the configured algorithm is the one
 * of the highest generation; every other key stays published in JWKS so that tokens signed
 * before a rotation still verify. refresh() is a directory listing, cheap enough to run on every
 * request, so `keyway-devserver keys rotate` takes effect in a running server.
 */
class IdTokenKeys
{
public:
    /// Loads every key in @p dataDir and creates the first key of @p algorithm if it has none.
    bool open(const QString &dataDir, Signer::Algorithm algorithm, QString *error);
    /// Adds a new key generation for @p algorithm, which becomes current. Returns its kid.
    QString rotate(Signer::Algorithm algorithm, QString *error);
    /// The algorithms that have at least one key.
    QList<Signer::Algorithm> algorithmsWithKeys() const;
    /// Loads key files added since the last call (by a `keys rotate` beside this server).
    void refresh();

    /// The key new ID tokens are signed with.
    const Signer &current() const;
    Signer::Algorithm algorithm() const { return m_algorithm; }
    /// The current algorithm first, then the others that have keys.
    QStringList algorithmNames() const;
    /// Every public key, the current one first.
    QJsonArray publicJwks() const;

private:
    struct Entry
    {
        Signer::Algorithm algorithm;
        int generation;
    };
    static bool parseFileName(const QString &fileName, Entry *entry);
    QString fileName(Signer::Algorithm algorithm, int generation) const;
    QStringList keyFiles() const;
    bool loadFile(const QString &fileName, QString *error);

    QString m_dataDir;
    Signer::Algorithm m_algorithm = Signer::Algorithm::RS256;
    QStringList m_files;
    // (algorithm, generation) -> key; ordered, so the last of an algorithm is its newest.
    std::map<std::pair<int, int>, std::unique_ptr<Signer>> m_keys;
};

} // namespace Keyway::DevServer
