// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "commandset.h"
#include "config/vendorconfig.h"
#include "offlinecommands.h"
#include "onlinemodule.h"

#include <QList>

/**
 * keywayctl: parses the global options and runs a command of one of its registered command sets
 * (CommandSet): the offline commands, which need only Keyway::License and are in the executable,
 * and the online ones, the module keywayctl-online, loaded only when one of them runs. Each
 * command parses its own options (and answers --help), loads the vendor configuration and returns
 * one of the documented exit codes. Ctl is the CommandContext the sets share.
 */
class Ctl final : public CommandContext
{
public:
    Ctl();
    int run(const QStringList &arguments);

    QTextStream &out() override { return m_out; }
    QTextStream &err() override { return m_err; }
    QString configPath() const override { return m_configPath; }
    QString dataDirOption() const override { return m_dataDir; }
    const Keyway::VendorConfig &config() const override { return m_config; }
    bool loadConfig() override;
    QString dataDirectory() const override;
    QString device() override;
    bool parseCommand(QCommandLineParser &parser, const QStringList &arguments,
                      const QString &command, const QString &description,
                      const QString &argument = QString(),
                      const QString &argumentDescription = QString()) override;
    int printStatus(bool json) override;
    void printDetails(const Keyway::Error &error) override;
    int prepareStatus(const QStringList &arguments) override;

private:
    QTextStream m_out;
    QTextStream m_err;
    QString m_configPath;
    QString m_dataDir;
    bool m_verbose = false;
    Keyway::VendorConfig m_config;
    OfflineCommands m_offline {*this};
    OnlineModule m_online {*this};
    /// The registered command sets, asked in this order.
    const QList<CommandSet *> m_commandSets {&m_offline, &m_online};
};
