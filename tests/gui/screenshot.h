// SPDX-License-Identifier: BSD-3-Clause
// Pictures for the README, taken by the GUI tests at the states they reach anyway:
// scripts/screenshots.sh runs them with KEYWAY_SCREENSHOT_DIR set; otherwise this does nothing.
#pragma once

#include <QDir>
#include <QPixmap>
#include <QScreen>
#include <QTest>
#include <QWidget>

inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("KEYWAY_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QWidget *window = widget->window();
    QTest::qWait(300); // let it paint, web content included
    // The screen's copy of the window includes the web view, which QWidget::grab() leaves blank.
    QPixmap shot = window->screen() ? window->screen()->grabWindow(window->winId()) : QPixmap();
    if (shot.isNull())
        shot = window->grab();
    QDir().mkpath(dir);
    shot.save(QDir(dir).filePath(name + QStringLiteral(".png")));
}
