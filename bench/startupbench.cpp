// SPDX-License-Identifier: BSD-3-Clause
// `keywayctl status --offline` as a whole process (start, read, verify every token, print) beside
// the smallest Qt Core program that reads the same file (bench/minimalreader.cpp), started the same
// way in the same run. Target: keywayctl at most 1.5 times the baseline.

#include "config/vendorconfig.h"
#include "jose/base64url.h"
#include "license/deviceid.h"
#include "license/licensestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <openssl/core_names.h>
#include <openssl/evp.h>

#include <algorithm>
#include <cstdio>
#include <vector>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
extern char **environ;
#endif

namespace {

QByteArray bn(EVP_PKEY *key, const char *name)
{
    BIGNUM *value = nullptr;
    EVP_PKEY_get_bn_param(key, name, &value);
    QByteArray bytes(BN_num_bytes(value), Qt::Uninitialized);
    BN_bn2bin(value, reinterpret_cast<unsigned char *>(bytes.data()));
    BN_free(value);
    return Keyway::Base64Url::encode(bytes);
}

QByteArray sign(EVP_PKEY *key, const QJsonObject &header, const QJsonObject &claims)
{
    const QByteArray input = Keyway::Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact))
        + '.' + Keyway::Base64Url::encode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t length = 0;
    EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key);
    EVP_DigestSign(ctx, nullptr, &length, reinterpret_cast<const unsigned char *>(input.constData()),
                   size_t(input.size()));
    QByteArray signature(int(length), Qt::Uninitialized);
    EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                   reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()));
    EVP_MD_CTX_free(ctx);
    return input + '.' + Keyway::Base64Url::encode(signature);
}

/// Wall time of one run of @p program in milliseconds, or -1 when it failed.
double runOnce(const QString &program, const QStringList &arguments)
{
    QElapsedTimer timer;
#ifdef Q_OS_UNIX
    std::vector<QByteArray> storage;
    storage.push_back(program.toLocal8Bit());
    for (const QString &a : arguments)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0)
        return -1;
    int status = 0;
    waitpid(pid, &status, 0);
    const double ms = timer.nsecsElapsed() / 1e6;
    posix_spawn_file_actions_destroy(&actions);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? ms : -1;
#else
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    timer.start();
    process.start(program, arguments);
    process.waitForFinished(-1);
    const double ms = timer.nsecsElapsed() / 1e6;
    return process.exitCode() == 0 ? ms : -1;
#endif
}

struct Stats
{
    double median;
    double p90;
    double min;
};

Stats measure(const QString &program, const QStringList &arguments, int runs)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const double ms = runOnce(program, arguments);
        if (ms < 0) {
            std::fprintf(stderr, "%s failed\n", qPrintable(program));
            std::exit(1);
        }
        times.push_back(ms);
    }
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], times[times.size() * 9 / 10], times.front()};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(5, atoi(argv[1])) : 60;

    // A product installation with two valid licenses, as after an activation.
    QTemporaryDir dir;
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
    const QJsonObject jwk {{QStringLiteral("kty"), QStringLiteral("RSA")},
                           {QStringLiteral("kid"), QStringLiteral("lic-1")},
                           {QStringLiteral("use"), QStringLiteral("sig")},
                           {QStringLiteral("alg"), QStringLiteral("RS256")},
                           {QStringLiteral("n"), QString::fromLatin1(bn(key, OSSL_PKEY_PARAM_RSA_N))},
                           {QStringLiteral("e"), QString::fromLatin1(bn(key, OSSL_PKEY_PARAM_RSA_E))}};
    const QJsonObject config {
        {QStringLiteral("productName"), QStringLiteral("Bench Product")},
        {QStringLiteral("vendorName"), QStringLiteral("Example Software")},
        {QStringLiteral("issuer"), QStringLiteral("https://id.example.com")},
        {QStringLiteral("clientId"), QStringLiteral("keyway-desktop")},
        {QStringLiteral("redirectUris"),
         QJsonObject {{QStringLiteral("embedded"), QStringLiteral("com.example.keyway:/oauth2redirect")},
                      {QStringLiteral("loopback"), QStringLiteral("http://127.0.0.1/oauth2redirect")}}},
        {QStringLiteral("scopes"), QJsonArray {QStringLiteral("openid"), QStringLiteral("offline_access")}},
        {QStringLiteral("licensedItems"), QJsonArray {QStringLiteral("keyway-pro"), QStringLiteral("keyway-export")}},
        {QStringLiteral("licenseKeys"), QJsonObject {{QStringLiteral("keys"), QJsonArray {jwk}}}},
    };
    const QString configPath = QDir(dir.path()).filePath(QStringLiteral("client-config.json"));
    QFile configFile(configPath);
    if (!configFile.open(QIODevice::WriteOnly))
        return 1;
    configFile.write(QJsonDocument(config).toJson());
    configFile.close();
    auto loaded = Keyway::VendorConfig::load(configPath);
    if (!loaded) {
        std::fprintf(stderr, "config: %s\n", qPrintable(loaded.error().toString()));
        return 1;
    }
    const QString dataDir = QDir(dir.path()).filePath(QStringLiteral("data"));
    const QString device = Keyway::DeviceId::forProduct(*loaded, dataDir);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject header {{QStringLiteral("alg"), QStringLiteral("RS256")},
                              {QStringLiteral("kid"), QStringLiteral("lic-1")}};
    QList<QByteArray> tokens;
    for (const QString item : {QStringLiteral("keyway-pro"), QStringLiteral("keyway-export")}) {
        tokens.append(sign(key, header,
                           QJsonObject {{QStringLiteral("iss"), QStringLiteral("https://id.example.com")},
                            {QStringLiteral("sub"), QStringLiteral("user-1")},
                            {QStringLiteral("iat"), now - 60},
                            {QStringLiteral("exp"), now + 7 * 86400},
                            {QStringLiteral("rfr"), now + 3 * 86400},
                            {QStringLiteral("jti"), QString(QStringLiteral("lease-") + item)},
                            {QStringLiteral("lic"), QStringLiteral("license-1")},
                            {QStringLiteral("hw"), device},
                            {item, true}}));
    }
    Keyway::LicenseStore store(dataDir);
    if (!store.save(QStringLiteral("user-1"), QStringLiteral("bench@example.com"), tokens))
        return 1;

    const QString ctl = QStringLiteral(KEYWAY_KEYWAYCTL_BIN);
    const QStringList ctlArgs {QStringLiteral("--config"), configPath, QStringLiteral("--data-dir"), dataDir,
                               QStringLiteral("status"), QStringLiteral("--offline")};
    const QString reader = QStringLiteral(KEYWAY_MINIMALREADER_BIN);
    const QStringList readerArgs {store.filePath()};

    // Warm the page cache for both, then alternate so that neither gets a quieter machine.
    measure(ctl, ctlArgs, 3);
    measure(reader, readerArgs, 3);
    Stats ctlStats {}, readerStats {};
    {
        std::vector<double> a, b;
        for (int i = 0; i < runs; ++i) {
            a.push_back(runOnce(reader, readerArgs));
            b.push_back(runOnce(ctl, ctlArgs));
            if (a.back() < 0 || b.back() < 0) {
                std::fprintf(stderr, "a run failed\n");
                return 1;
            }
        }
        auto stats = [](std::vector<double> v) {
            std::sort(v.begin(), v.end());
            return Stats {v[v.size() / 2], v[v.size() * 9 / 10], v.front()};
        };
        readerStats = stats(a);
        ctlStats = stats(b);
    }
    std::printf("%-40s %10s %10s %10s\n", "process (runs each)", "median ms", "p90 ms", "min ms");
    std::printf("%-40s %10.2f %10.2f %10.2f\n", "baseline: minimal Qt Core reader", readerStats.median,
                readerStats.p90, readerStats.min);
    std::printf("%-40s %10.2f %10.2f %10.2f\n", "keywayctl status --offline", ctlStats.median,
                ctlStats.p90, ctlStats.min);
    std::printf("ratio (median): %.2f  (target <= 1.50), %d runs each\n", ctlStats.median / readerStats.median,
                runs);
    EVP_PKEY_free(key);
    return 0;
}
