// SPDX-License-Identifier: BSD-3-Clause
// Shared by the GUI tests: their main() (offscreen when there is no display, the OpenGL-context
// sharing Qt WebEngine needs before QApplication exists) and scripting the provider's pages.
#pragma once

#include <QApplication>
#include <QDeadlineTimer>
#include <QTest>
#include <QVariant>

#include <memory>

// Tests that must not link Qt WebEngine (browserplugintest) get the main() only.
#if __has_include(<QWebEnginePage>)
#include <QWebEnginePage>
#define KEYWAY_GUITEST_HAS_WEBENGINE 1
#endif

namespace GuiTest {

#ifdef KEYWAY_GUITEST_HAS_WEBENGINE
/// Runs @p script in the page and waits for its result (invalid on timeout).
inline QVariant evaluate(QWebEnginePage *page, const QString &script, int timeoutMs = 5000)
{
    struct State
    {
        bool done = false;
        QVariant result;
    };
    auto state = std::make_shared<State>();
    page->runJavaScript(script, [state](const QVariant &value) {
        state->result = value;
        state->done = true;
    });
    if (!QTest::qWaitFor([&] { return state->done; }, timeoutMs))
        return QVariant();
    return state->result;
}

/// Polls @p script until it returns true. (QTRY_* count only their own sleeps, not the time a
/// slow script takes, so they cannot bound this.)
inline bool waitForScript(QWebEnginePage *page, const QString &script, int timeoutMs = 20000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (evaluate(page, script, 2000).toBool())
            return true;
        QTest::qWait(100);
    }
    return false;
}

#endif // KEYWAY_GUITEST_HAS_WEBENGINE

/// @p text as a single-quoted JavaScript string literal.
inline QString jsString(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

/// Before QApplication: offscreen without a display; Qt WebEngine shares its OpenGL context.
inline void prepareApplication()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
}

} // namespace GuiTest

/// QTEST_MAIN for the GUI tests that may bring up Qt WebEngine.
#define KEYWAY_GUITEST_MAIN(TestObject) \
    int main(int argc, char *argv[]) \
    { \
        GuiTest::prepareApplication(); \
        QApplication app(argc, argv); \
        TestObject test; \
        QTEST_SET_MAIN_SOURCE_PATH \
        return QTest::qExec(&test, argc, argv); \
    }
