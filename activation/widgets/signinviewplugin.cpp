// SPDX-License-Identifier: BSD-3-Clause
#include "signinviewplugin.h"

#include "config/vendorconfig.h"
#include "helpersigninview.h"
#include "signinhelperpipe.h"
#include "widgetslogging.h"
#include "widgetstr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>
#include <QWidget>

namespace Keyway {

namespace {

/// The plugin once loaded. It stays loaded: Qt WebEngine cannot be unloaded from a process.
struct LoadedPlugin
{
    SignInViewPlugin *plugin = nullptr;
    QString error;
    bool tried = false;
};

LoadedPlugin &loaded()
{
    static LoadedPlugin state;
    return state;
}

SignInViewPlugin *loadPlugin()
{
    LoadedPlugin &state = loaded();
    if (state.plugin || state.tried)
        return state.plugin;
    state.tried = true;
    const QString fileName = browserPluginFileName();
    QStringList problems;
    for (const QString &dir : browserPluginSearchPaths()) {
        const QString path = QDir(dir).filePath(fileName);
        if (!QFileInfo::exists(path))
            continue;
        // Never unloaded, so the loader object may be leaked on purpose.
        auto *loader = new QPluginLoader(path);
        auto *plugin = qobject_cast<SignInViewPlugin *>(loader->instance());
        if (plugin) {
            qCInfo(lcWidgets).noquote() << "loaded the browser plugin" << path;
            state.plugin = plugin;
            state.error.clear();
            return plugin;
        }
        problems.append(loader->errorString().isEmpty()
                            ? path + QStringLiteral(": not a Keyway sign-in view plugin")
                            : loader->errorString());
        delete loader;
    }
    if (problems.isEmpty()) {
        qCWarning(lcWidgets).noquote() << "browser plugin" << fileName << "not found in"
                                       << browserPluginSearchPaths().join(QStringLiteral(", "));
        state.error = WidgetsTr::tr("The sign-in page cannot be shown in this window because its "
                                    "browser component (%1) is not installed. Sign in with your "
                                    "web browser instead, or reinstall the application.")
                          .arg(fileName);
    } else {
        qCWarning(lcWidgets).noquote()
            << "cannot load the browser plugin:" << problems.join(QStringLiteral("; "));
        state.error = WidgetsTr::tr("The sign-in page cannot be shown in this window because its "
                                    "browser component could not be started (%1). Sign in with "
                                    "your web browser instead, or reinstall the application.")
                          .arg(problems.constFirst());
    }
    return nullptr;
}

} // namespace

SignInViewPlugin::~SignInViewPlugin() = default;

QString browserPluginFileName()
{
#if defined(Q_OS_WIN)
    return QStringLiteral("keyway-browser-plugin.dll");
#else
    return QStringLiteral("keyway-browser-plugin.so");
#endif
}

QStringList browserPluginSearchPaths()
{
    QStringList paths;
    const QString fromEnvironment = qEnvironmentVariable("KEYWAY_PLUGIN_DIR");
    if (!fromEnvironment.isEmpty())
        paths.append(fromEnvironment);
    const QString appDir = QCoreApplication::applicationDirPath();
    if (!appDir.isEmpty()) {
        paths.append(appDir);
        const QString relative = QStringLiteral(KEYWAY_PLUGIN_INSTALL_DIR);
        if (QDir::isRelativePath(relative))
            paths.append(QDir::cleanPath(appDir + QStringLiteral("/../") + relative));
    }
    paths.append(QStringLiteral(KEYWAY_PLUGIN_INSTALL_FULL_DIR));
    paths.removeDuplicates();
    return paths;
}

SignInViewFactory loadBrowserSignInViewFactory(const QStringList &allowedOrigins)
{
    return [allowedOrigins](QWidget *parent) -> SignInView * {
        SignInViewPlugin *plugin = loadPlugin();
        return plugin ? plugin->create(parent, allowedOrigins) : nullptr;
    };
}

SignInViewFactory embeddedSignInViewFactory(const VendorConfig &config)
{
    const QStringList allowedOrigins = config.allowedOrigins;
    const QString productName = config.productName;
    const QString accentColor = config.accentColor;
    const SignInViewFactory plugin = loadBrowserSignInViewFactory(allowedOrigins);
    if (!config.signInPageInOwnProcess)
        return plugin;
    return [=](QWidget *parent) -> SignInView * {
        const QString program = SignInHelperPipe::findProgram();
        if (program.isEmpty()) {
            qCWarning(lcWidgets).noquote()
                << "the sign-in page's program" << SignInHelperPipe::programFileName()
                << "was not found in"
                << SignInHelperPipe::programCandidates().join(QStringLiteral(", "))
                << "- falling back to the browser plugin in this process";
            return plugin(parent);
        }
        auto *view = new HelperSignInView(program, allowedOrigins, parent);
        view->setBranding(productName, accentColor);
        if (!view->start()) {
            qCWarning(lcWidgets).noquote()
                << "the sign-in page's program" << program << "could not be started ("
                << view->errorString() << ") - falling back to the browser plugin in this process";
            delete view;
            return plugin(parent);
        }
        return view;
    };
}

QString browserPluginError()
{
    return loaded().error;
}

} // namespace Keyway
