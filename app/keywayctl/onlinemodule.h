// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "commandset.h"

#include <memory>

/**
 * The online command set as the executable sees it: it knows the command names and loads the
 * module keywayctl-online (with QLibrary, from the executable's folder or <libdir>/keyway) only
 * when one of them runs, so that the offline commands never load Qt Network or QtKeychain. Then
 * it hands each call to the module's set. When the module cannot be loaded, it prints why and
 * returns ExitUsage.
 */
class OnlineModule final : public CommandSet
{
public:
    explicit OnlineModule(CommandContext &context);
    ~OnlineModule() override;

    QStringList commands() const override;
    int run(const QString &name, const QStringList &arguments) override;
    int prepareStatus(const QStringList &arguments) override;

private:
    /// The module's command set, loaded at the first call; null (and why printed) when missing.
    CommandSet *load(const QString &command);
    /// Where keywayctl-online is looked for: next to the executable, then <libdir>/keyway.
    static QStringList searchPaths();

    CommandContext &m_ctl;
    std::unique_ptr<CommandSet> m_commands;
};
