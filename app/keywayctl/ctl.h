// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "config/vendorconfig.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

namespace Keyway {
struct Error;
}

class Ctl;

extern "C" {
/**
 * The entry point of the module keywayctl-online (onlinecommands.cpp): runs the online command
 * @p command ("login", "redeem", "refresh", "release", "logout", "devices", or "status" for the
 * online part of status) with its @p arguments on @p ctl and returns its exit code. keywayctl loads
 * the module only for these commands, so that its offline commands never load Qt Network or
 * QtKeychain.
 */
int keywayctl_online_run(Ctl *ctl, const QString *command, const QStringList *arguments);
}

/**
 * keywayctl's commands. Each command parses its own options (and answers --help), loads the
 * vendor configuration and returns one of the documented exit codes. The commands live in one
 * file each group: offline ones need only Keyway::License and are in the executable; the online
 * ones (onlinecommands.cpp) need Keyway::Activation and are the module keywayctl-online, loaded
 * by runOnline() when one of them runs.
 */
class Ctl
{
public:
    /// The documented exit codes (docs/licensing.md). Never renumber.
    enum ExitCode {
        ExitOk = 0, ///< done; every licensed item is valid
        ExitNotLicensed = 1, ///< some item is not licensed / a token or code was refused
        ExitUsage = 2, ///< bad command line or vendor configuration
        ExitNetwork = 3, ///< the server could not be reached or answered with an error
        ExitSignedOut = 4, ///< nobody is signed in, the session ended, or the keychain failed
        ExitFile = 5, ///< a local file could not be read or written
    };

    Ctl();
    int run(const QStringList &arguments);

    /// The exit code for an error of an online step.
    static int exitCodeFor(const Keyway::Error &error);

private:
    friend int ::keywayctl_online_run(Ctl *ctl, const QString *command,
                                      const QStringList *arguments);

    /**
     * Loads keywayctl-online and runs @p command there. When the module cannot be loaded,
     * prints why and returns ExitUsage.
     */
    int runOnline(const QString &command, const QStringList &arguments);
    /// Where keywayctl-online is looked for: next to the executable, then <libdir>/keyway.
    static QStringList onlineModuleSearchPaths();

    int status(const QStringList &arguments);
    int deviceId(const QStringList &arguments);
    int checkCode(const QStringList &arguments);
    int importTokens(const QStringList &arguments);
    int diagnose(const QStringList &arguments);
    // In keywayctl-online:
    int refresh(const QStringList &arguments);
    int release(const QStringList &arguments);
    int redeem(const QStringList &arguments);
    int login(const QStringList &arguments);
    int logout(const QStringList &arguments);
    int devices(const QStringList &arguments);

    /// Parses a command's own options; exits for --help. False on a usage error.
    bool parseCommand(QCommandLineParser &parser, const QStringList &arguments,
                      const QString &command, const QString &description,
                      const QString &argument = QString(),
                      const QString &argumentDescription = QString());
    bool loadConfig();
    QString dataDirectory() const;
    /// This device's id; prints why and returns empty when it cannot be determined.
    QString device();
    /// `devices`: the account's computers (or release one, or rename this one).
    int listDevices(bool json);
    int releaseDevice(const QString &id);
    int renameDevice(const QString &name);
    /// The JSON of `status --json` (schema: tests/data/status.schema.json).
    QJsonObject statusJson(const QString &directory, const QString &deviceId);
    /// Prints the offline status as text or JSON and returns ExitOk or ExitNotLicensed.
    int printStatus(bool json);
    /// With --verbose: the error's technical detail and the server's reference, on stderr.
    void printDetails(const Keyway::Error &error);
    /// Runs the online part shared by online commands: sends queued releases. Returns ExitOk or
    /// the exit code of a failure that should stop the command.
    int flushReleaseQueue();

    QTextStream m_out;
    QTextStream m_err;
    QString m_configPath;
    QString m_dataDir;
    bool m_verbose = false;
    Keyway::VendorConfig m_config;
};

/// Gives lupdate and the runtime one context for keywayctl's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(keywayctl)
};
