// SPDX-License-Identifier: BSD-3-Clause
// FileSecretStore (the opt-in plain-file fallback) and FallbackSecretStore over it: 0600 files,
// what happens when the keychain fails, that a secret leaves the file once the keychain takes
// it, and the factory's choice from the vendor configuration.

#include "storage/filesecretstore.h"
#include "config/vendorconfig.h"
#include "storage/fallbacksecretstore.h"
#include "storage/keychainsecretstore.h"
#include "storage/secretstorefactory.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <qplatformdefs.h>

using namespace Keyway;

namespace {

/// A keychain that fails every operation with the given error, or works (in memory) without.
class FakeKeychain : public SecretStore
{
public:
    using SecretStore::SecretStore;
    Error failure;
    MemorySecretStore memory;

    SecretJob *read(const QString &key) override { return wrap(memory.read(key)); }
    SecretJob *write(const QString &key, const QByteArray &secret) override
    {
        return wrap(memory.write(key, secret));
    }
    SecretJob *remove(const QString &key) override { return wrap(memory.remove(key)); }

private:
    class FailingJob : public SecretJob
    {
    public:
        FailingJob(Kind kind, const QString &key, const Error &error, QObject *parent)
            : SecretJob(kind, key, parent), m_error(error)
        {
        }
        void start() override { finishLater(m_error); }

    private:
        Error m_error;
    };

    SecretJob *wrap(SecretJob *job)
    {
        if (!failure.isError())
            return job;
        auto *failing = new FailingJob(job->kind(), job->key(), failure, this);
        delete job;
        return failing;
    }
};

/// Runs @p job to its end; returns it (not deleted).
SecretJob *run(SecretJob *job)
{
    job->setAutoDelete(false);
    QSignalSpy spy(job, &Job::finished);
    job->start();
    if (spy.isEmpty())
        spy.wait(5000);
    return job;
}

int mode(const QString &path)
{
    QT_STATBUF info;
    if (QT_STAT(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

} // namespace

class FileSecretStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripIsPrivate();
    void widenedFileIsNarrowed();
    void damagedFileIsAnError();
    void fallbackWhenKeychainFails_data();
    void fallbackWhenKeychainFails();
    void lockedKeychainIsNotNothingStored();
    void keychainBackTakesTheSecretOut();
    void factoryFollowsTheConfiguration();
};

void FileSecretStoreTest::roundTripIsPrivate()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("new-folder"));
    FileSecretStore store(folder);
    QVERIFY(store.isFallback());

    std::unique_ptr<SecretJob> read(run(store.read(QStringLiteral("k"))));
    QVERIFY(!read->hasError());
    QVERIFY(read->notFound());

    std::unique_ptr<SecretJob> write(run(store.write(QStringLiteral("k"), "s3cr3t\0bytes")));
    QVERIFY2(!write->hasError(), qPrintable(write->error().toString()));
    QCOMPARE(mode(store.filePath()), 0600);
    QCOMPARE(mode(folder), 0700);
    read.reset(run(store.read(QStringLiteral("k"))));
    QVERIFY(!read->notFound());
    QCOMPARE(read->secret(), QByteArray("s3cr3t\0bytes"));

    std::unique_ptr<SecretJob> remove(run(store.remove(QStringLiteral("k"))));
    QVERIFY(!remove->hasError());
    // The last secret gone, the file goes too.
    QVERIFY(!QFile::exists(store.filePath()));
    remove.reset(run(store.remove(QStringLiteral("k"))));
    QVERIFY(!remove->hasError());
}

void FileSecretStoreTest::widenedFileIsNarrowed()
{
    QTemporaryDir dir;
    FileSecretStore store(dir.path());
    QVERIFY(store.writeNow(QStringLiteral("k"), "v"));
    QVERIFY(QFile::setPermissions(store.filePath(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QCOMPARE(mode(store.filePath()), 0644);
    const auto value = store.readNow(QStringLiteral("k"));
    QVERIFY(value);
    QCOMPARE(*value, QByteArray("v"));
    QCOMPARE(mode(store.filePath()), 0600);
}

void FileSecretStoreTest::damagedFileIsAnError()
{
    QTemporaryDir dir;
    FileSecretStore store(dir.path());
    QFile file(store.filePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"version\": 7}");
    file.close();
    std::unique_ptr<SecretJob> read(run(store.read(QStringLiteral("k"))));
    QCOMPARE(read->error().code, ErrorCode::FileUnreadable);
    // Not overwritten behind the person's back either.
    std::unique_ptr<SecretJob> write(run(store.write(QStringLiteral("k"), "v")));
    QCOMPARE(write->error().code, ErrorCode::FileUnreadable);
}

void FileSecretStoreTest::fallbackWhenKeychainFails_data()
{
    QTest::addColumn<ErrorCode>("failure");
    QTest::newRow("unavailable") << ErrorCode::KeychainUnavailable;
    QTest::newRow("locked") << ErrorCode::KeychainAccessDenied;
    QTest::newRow("broken") << ErrorCode::KeychainFailure;
}

void FileSecretStoreTest::fallbackWhenKeychainFails()
{
    QFETCH(ErrorCode, failure);
    QTemporaryDir dir;
    auto *keychain = new FakeKeychain;
    keychain->failure = Error(failure, QStringLiteral("test"));
    FallbackSecretStore store(keychain, new FileSecretStore(dir.path()));
    QSignalSpy changed(&store, &SecretStore::fallbackChanged);
    QVERIFY(!store.isFallback());

    std::unique_ptr<SecretJob> write(run(store.write(QStringLiteral("k"), "token")));
    QVERIFY2(!write->hasError(), qPrintable(write->error().toString()));
    QVERIFY(store.isFallback());
    QCOMPARE(store.fallbackReason().code, failure);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toBool(), true);
    QCOMPARE(store.fallbackFile(), store.file()->filePath());
    QCOMPARE(mode(store.fallbackFile()), 0600);

    std::unique_ptr<SecretJob> read(run(store.read(QStringLiteral("k"))));
    QVERIFY(!read->hasError());
    QCOMPARE(read->secret(), QByteArray("token"));

    std::unique_ptr<SecretJob> remove(run(store.remove(QStringLiteral("k"))));
    QVERIFY2(!remove->hasError(), qPrintable(remove->error().toString()));
    QVERIFY(!QFile::exists(store.fallbackFile()));
    QVERIFY(!store.isFallback());
    QCOMPARE(changed.size(), 2);
}

void FileSecretStoreTest::lockedKeychainIsNotNothingStored()
{
    QTemporaryDir dir;
    auto *keychain = new FakeKeychain;
    keychain->failure = Error(ErrorCode::KeychainAccessDenied, QStringLiteral("locked"));
    FallbackSecretStore store(keychain, new FileSecretStore(dir.path()));
    // Nothing in the file: the locked keychain may hold it, so its error is the answer.
    std::unique_ptr<SecretJob> read(run(store.read(QStringLiteral("k"))));
    QCOMPARE(read->error().code, ErrorCode::KeychainAccessDenied);
    // Without any keychain, there is nothing stored.
    keychain->failure = Error(ErrorCode::KeychainUnavailable, QStringLiteral("none"));
    read.reset(run(store.read(QStringLiteral("k"))));
    QVERIFY(!read->hasError());
    QVERIFY(read->notFound());
    // Other errors are not the keychain's: no fallback.
    keychain->failure = Error(ErrorCode::InternalError, QStringLiteral("other"));
    std::unique_ptr<SecretJob> write(run(store.write(QStringLiteral("k"), "v")));
    QCOMPARE(write->error().code, ErrorCode::InternalError);
    QVERIFY(!QFile::exists(store.file()->filePath()));
}

void FileSecretStoreTest::keychainBackTakesTheSecretOut()
{
    QTemporaryDir dir;
    auto *keychain = new FakeKeychain;
    keychain->failure = Error(ErrorCode::KeychainUnavailable, QStringLiteral("none"));
    FallbackSecretStore store(keychain, new FileSecretStore(dir.path()));
    std::unique_ptr<SecretJob> job(run(store.write(QStringLiteral("k"), "old")));
    QVERIFY(QFile::exists(store.file()->filePath()));

    keychain->failure = Error();
    // Read from the file while the keychain has nothing.
    job.reset(run(store.read(QStringLiteral("k"))));
    QCOMPARE(job->secret(), QByteArray("old"));
    QVERIFY(store.isFallback());
    // A write reaches the keychain and removes the plain copy.
    job.reset(run(store.write(QStringLiteral("k"), "new")));
    QVERIFY(!job->hasError());
    QVERIFY(!QFile::exists(store.file()->filePath()));
    QVERIFY(!store.isFallback());
    QCOMPARE(keychain->memory.contents().value(QStringLiteral("k")), QByteArray("new"));
}

void FileSecretStoreTest::factoryFollowsTheConfiguration()
{
    QTemporaryDir dir;
    VendorConfig config;
    config.clientId = QStringLiteral("client");
    config.issuer = QUrl(QStringLiteral("https://id.example.com"));
    std::unique_ptr<SecretStore> keychainOnly(createSecretStore(config, dir.path()));
    QVERIFY(qobject_cast<KeychainSecretStore *>(keychainOnly.get()));
    QCOMPARE(static_cast<KeychainSecretStore *>(keychainOnly.get())->service(),
             keychainService(config));

    config.secretFallback = QStringLiteral("file");
    std::unique_ptr<SecretStore> withFile(
        createSecretStore(config, dir.path(), nullptr, QStringLiteral("svc")));
    auto *fallback = qobject_cast<FallbackSecretStore *>(withFile.get());
    QVERIFY(fallback);
    QCOMPARE(static_cast<KeychainSecretStore *>(fallback->primary())->service(),
             QStringLiteral("svc"));
    QCOMPARE(fallback->fallbackFile(), dir.filePath(QStringLiteral("secrets.json")));
}

QTEST_GUILESS_MAIN(FileSecretStoreTest)
#include "filesecretstoretest.moc"
