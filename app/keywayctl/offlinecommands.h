// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "commandset.h"

#include <QJsonObject>

/**
 * The commands that answer from this computer alone: status, device-id, check-code, import and
 * diagnose. They need only Keyway::License and Qt Core, so they live in the executable.
 */
class OfflineCommands final : public CommandSet
{
public:
    explicit OfflineCommands(CommandContext &context);

    QStringList commands() const override;
    int run(const QString &name, const QStringList &arguments) override;

    /// Prints the offline status as text or JSON and returns ExitOk or ExitNotLicensed.
    int printStatus(bool json);

private:
    int status(const QStringList &arguments);
    int deviceId(const QStringList &arguments);
    int checkCode(const QStringList &arguments);
    int importTokens(const QStringList &arguments);
    int diagnose(const QStringList &arguments);
    /// The JSON of `status --json` (schema: tests/data/status.schema.json).
    QJsonObject statusJson(const QString &directory, const QString &deviceId);

    CommandContext &m_ctl;
    QTextStream &m_out;
    QTextStream &m_err;
};
