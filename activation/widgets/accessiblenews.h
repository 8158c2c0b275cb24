// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "keyway_activation_widgets_export.h"

#include <QString>
#include <QStringList>

class QWidget;

/**
 * What changed on a page, told to a screen reader (docs/accessibility.md). Qt 6.4 has no
 * announcement event (QAccessibleAnnouncementEvent came with Qt 6.8) and no live regions for
 * widgets, and a screen reader reads a control's name, role and description when it gets the
 * focus, and a new description of the focused control when it changes. So the news becomes the
 * first part of the description of the control that has, or gets, the focus; the control's own
 * description follows it. The next news, or clearNews(), puts the own description back.
 */
namespace Keyway::AccessibleNews {

/// Puts @p news in front of @p control's own description (empty news: only its own).
KEYWAY_ACTIVATION_WIDGETS_EXPORT void setNews(QWidget *control, const QString &news);

/// setNews(), then the focus to @p control: read as a whole, news first, when it arrives.
KEYWAY_ACTIVATION_WIDGETS_EXPORT void focusWithNews(QWidget *control, const QString &news);

/// The control's own description again.
KEYWAY_ACTIVATION_WIDGETS_EXPORT void clearNews(QWidget *control);

/// "Title. Message Hint": sentences joined, empty ones left out, a full stop after a title.
KEYWAY_ACTIVATION_WIDGETS_EXPORT QString sentences(const QStringList &parts);

} // namespace Keyway::AccessibleNews
