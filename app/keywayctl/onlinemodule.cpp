// SPDX-License-Identifier: BSD-3-Clause
#include "onlinemodule.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>

OnlineModule::OnlineModule(CommandContext &context) : m_ctl(context) { }

OnlineModule::~OnlineModule() = default;

QStringList OnlineModule::commands() const
{
    return onlineCommandNames();
}

int OnlineModule::run(const QString &name, const QStringList &arguments)
{
    CommandSet *commands = load(name);
    return commands ? commands->run(name, arguments) : ExitUsage;
}

int OnlineModule::prepareStatus(const QStringList &arguments)
{
    CommandSet *commands = load(QStringLiteral("status"));
    return commands ? commands->prepareStatus(arguments) : ExitUsage;
}

QStringList OnlineModule::searchPaths()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    QStringList paths {appDir};
    const QString relative = QStringLiteral(KEYWAY_ONLINE_MODULE_DIR);
    if (QDir::isRelativePath(relative))
        paths.append(QDir::cleanPath(appDir + QStringLiteral("/../") + relative));
    paths.append(QStringLiteral(KEYWAY_ONLINE_MODULE_FULL_DIR));
    paths.removeDuplicates();
    return paths;
}

CommandSet *OnlineModule::load(const QString &command)
{
    if (m_commands)
        return m_commands.get();
    // Loaded once and never unloaded: Qt Network and QtKeychain stay for the process's life (the
    // QLibrary object does not unload the module when it goes).
    using Factory = CommandSet *(*)(CommandContext *);
#if defined(Q_OS_WIN)
    const QString fileName = QStringLiteral("keywayctl-online.dll");
#else
    const QString fileName = QStringLiteral("keywayctl-online.so");
#endif
    QStringList problems;
    for (const QString &dir : searchPaths()) {
        const QString path = QDir(dir).filePath(fileName);
        if (!QFileInfo::exists(path))
            continue;
        QLibrary library(path);
        if (const auto factory =
                reinterpret_cast<Factory>(library.resolve("keywayctl_online_commands"))) {
            m_commands.reset(factory(&m_ctl));
            return m_commands.get();
        }
        problems.append(library.errorString());
    }
    m_ctl.err()
        << Tr::tr("The command \"%1\" needs the license server, but keywayctl's online "
                  "part (%2) could not be loaded: %3. Reinstall the product; the commands "
                  "that work offline are not affected.")
               .arg(command, fileName,
                    problems.isEmpty()
                        ? Tr::tr("not found in %1").arg(searchPaths().join(QStringLiteral(", ")))
                        : problems.join(QStringLiteral("; ")))
        << Qt::endl;
    return nullptr;
}
