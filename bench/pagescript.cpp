// SPDX-License-Identifier: BSD-3-Clause
// Scripting the embedded sign-in page for signinmemorybench, which must not link Qt WebEngine
// itself (its "before" figure is the window without it). This module is loaded with QLibrary
// only once the browser plugin has brought Qt WebEngine into the process.

#include <QEventLoop>
#include <QTimer>
#include <QVariant>
#include <QWebEnginePage>

#include <memory>

/// Runs @p script in @p page (a QWebEnginePage) and waits up to @p timeoutMs for its result;
/// false on timeout or when @p page is not a page.
extern "C" Q_DECL_EXPORT bool keywayBenchEvaluate(QObject *page, const QString &script,
                                                  QVariant *result, int timeoutMs)
{
    auto *webPage = qobject_cast<QWebEnginePage *>(page);
    if (!webPage)
        return false;
    struct State
    {
        bool done = false;
        QVariant value;
        QEventLoop loop;
    };
    auto state = std::make_shared<State>();
    webPage->runJavaScript(script, [state](const QVariant &value) {
        state->value = value;
        state->done = true;
        state->loop.quit();
    });
    if (!state->done) {
        QTimer::singleShot(timeoutMs, &state->loop, &QEventLoop::quit);
        state->loop.exec();
    }
    if (result)
        *result = state->value;
    return state->done;
}
