// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

namespace Keyway {
struct Error;
class VendorConfig;
} // namespace Keyway

/// keywayctl's documented exit codes (docs/licensing.md). Never renumber.
enum ExitCode {
    ExitOk = 0, ///< done; every licensed item is valid
    ExitNotLicensed = 1, ///< some item is not licensed / a token or code was refused
    ExitUsage = 2, ///< bad command line or vendor configuration
    ExitNetwork = 3, ///< the server could not be reached or answered with an error
    ExitSignedOut = 4, ///< nobody is signed in, the session ended, or the keychain failed
    ExitFile = 5, ///< a local file could not be read or written
};

/**
 * What keywayctl gives every command set: the global options, the output, and the helpers that
 * all commands share. Only virtual functions, so that the module keywayctl-online calls into the
 * executable through this interface alone and links nothing of it.
 */
class CommandContext
{
public:
    virtual QTextStream &out() = 0;
    virtual QTextStream &err() = 0;
    /// The runtime configuration file (--config or KEYWAY_CONFIG), or empty.
    virtual QString configPath() const = 0;
    /// --data-dir as given, or empty for the default folder.
    virtual QString dataDirOption() const = 0;
    /// The vendor configuration, once loadConfig() succeeded.
    virtual const Keyway::VendorConfig &config() const = 0;
    /// Resolves the vendor configuration; prints why and returns false when it is unusable.
    virtual bool loadConfig() = 0;
    /// The license folder: --data-dir, or the default for the vendor configuration.
    virtual QString dataDirectory() const = 0;
    /// This device's id; prints why and returns empty when it cannot be determined.
    virtual QString device() = 0;
    /// Parses a command's own options; exits for --help. False on a usage error.
    virtual bool parseCommand(QCommandLineParser &parser, const QStringList &arguments,
                              const QString &command, const QString &description,
                              const QString &argument = QString(),
                              const QString &argumentDescription = QString()) = 0;
    /// Prints the offline status as text or JSON and returns ExitOk or ExitNotLicensed.
    virtual int printStatus(bool json) = 0;
    /// With --verbose: the error's technical detail and the server's reference, on stderr.
    virtual void printDetails(const Keyway::Error &error) = 0;
    /// What every command set does before `status` (without --offline) shows the licenses.
    virtual int prepareStatus(const QStringList &arguments) = 0;

protected:
    ~CommandContext() = default;
};

/**
 * A group of keywayctl's commands. keywayctl registers two: the offline commands, in the
 * executable (OfflineCommands), and the online ones, the module keywayctl-online, which is loaded
 * only when one of its commands runs (OnlineModule).
 */
class CommandSet
{
public:
    virtual ~CommandSet() = default;
    /// The command names this set runs, as typed on the command line.
    virtual QStringList commands() const = 0;
    /**
     * Runs the command @p name; @p arguments are the command's (the first is @p name). Returns
     * one of the exit codes.
     */
    virtual int run(const QString &name, const QStringList &arguments) = 0;
    /**
     * Runs before `status` (without --offline) shows the stored licenses: the online set says
     * whether a redemption is pending, sends queued releases and renews what is due. The status
     * is shown whatever this returns.
     */
    virtual int prepareStatus(const QStringList &arguments)
    {
        Q_UNUSED(arguments);
        return ExitOk;
    }
};

/// The commands of the module keywayctl-online; keywayctl knows them without loading it.
inline QStringList onlineCommandNames()
{
    return {QStringLiteral("refresh"), QStringLiteral("release"), QStringLiteral("redeem"),
            QStringLiteral("login"),   QStringLiteral("logout"),  QStringLiteral("devices")};
}

extern "C" {
/**
 * The entry point of the module keywayctl-online (onlinecommands.cpp): a new online command set
 * working on @p context, owned by the caller. keywayctl resolves it by name with QLibrary.
 */
CommandSet *keywayctl_online_commands(CommandContext *context);
}

/// Gives lupdate and the runtime one context for keywayctl's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(keywayctl)
};
