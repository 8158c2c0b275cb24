// SPDX-License-Identifier: BSD-3-Clause
// Shared by the GUI tests: their main() (offscreen when there is no display, the OpenGL-context
// sharing Qt WebEngine needs before QApplication exists) and scripting the provider's pages.
#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QDeadlineTimer>
#include <QLabel>
#include <QList>
#include <QTest>
#include <QVariant>
#include <QWidget>

#include <algorithm>
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

/**
 * The controls under @p root that Tab visits, in the order it visits them: Qt's focus chain, as
 * QWidget::focusNextPrevChild() walks it (a Tab stop takes Tab focus, is shown and enabled; a
 * widget that passes its focus on counts as the widget it passes it to). Nothing is focused.
 */
inline QList<QWidget *> tabStops(QWidget *root)
{
    QList<QWidget *> stops;
    QWidget *start = root->window();
    QWidget *widget = start;
    do {
        widget = widget->nextInFocusChain();
        QWidget *target = widget;
        while (target->focusProxy())
            target = target->focusProxy();
        if ((target->focusPolicy() & Qt::TabFocus) && target->isVisible() && target->isEnabled()
            && (root == target || root->isAncestorOf(target)) && !stops.contains(target))
            stops.append(target);
    } while (widget != start);
    return stops;
}

/// @p widgets as a person reads them: rows from top to bottom, each from left to right.
inline QList<QWidget *> readingOrder(QList<QWidget *> widgets)
{
    const auto box = [](QWidget *w) { return QRect(w->mapTo(w->window(), QPoint()), w->size()); };
    std::stable_sort(widgets.begin(), widgets.end(),
                     [&](QWidget *a, QWidget *b) { return box(a).top() < box(b).top(); });
    QList<QList<QWidget *>> rows;
    int rowBottom = 0;
    int rowHeight = 0;
    for (QWidget *w : std::as_const(widgets)) {
        const QRect r = box(w);
        // In the current row when it overlaps the row by at least half of the smaller height.
        if (!rows.isEmpty() && r.top() < rowBottom - std::min(r.height(), rowHeight) / 2) {
            rows.last().append(w);
            rowBottom = std::max(rowBottom, r.bottom() + 1);
        } else {
            rows.append({w});
            rowBottom = r.bottom() + 1;
            rowHeight = r.height();
        }
    }
    QList<QWidget *> ordered;
    for (QList<QWidget *> &row : rows) {
        std::stable_sort(row.begin(), row.end(),
                         [&](QWidget *a, QWidget *b) { return box(a).left() < box(b).left(); });
        ordered += row;
    }
    return ordered;
}

/// Empty when Tab visits the controls under @p root in reading order, else both orders.
inline QString tabOrderProblem(QWidget *root)
{
    QList<QWidget *> stops = tabStops(root);
    const QList<QWidget *> expected = readingOrder(stops);
    if (stops.isEmpty())
        return QString();
    // Tab goes round: start from the control shown first.
    std::rotate(stops.begin(), stops.begin() + stops.indexOf(expected.first()), stops.end());
    if (stops == expected)
        return QString();
    const auto describe = [](const QList<QWidget *> &list) {
        QStringList names;
        for (QWidget *w : list) {
            QString text;
            if (auto *b = qobject_cast<QAbstractButton *>(w))
                text = b->text();
            else if (auto *l = qobject_cast<QLabel *>(w))
                text = l->text().left(30);
            names << QStringLiteral("%1 \"%2\"")
                         .arg(w->objectName().isEmpty()
                                  ? QString::fromLatin1(w->metaObject()->className())
                                  : w->objectName(),
                              text);
        }
        return names.join(QStringLiteral(", "));
    };
    return QStringLiteral("Tab visits %1; shown: %2").arg(describe(stops), describe(expected));
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
