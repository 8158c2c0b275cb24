// SPDX-License-Identifier: BSD-3-Clause
#include "accessiblenews.h"

#include <QStringList>
#include <QVariant>
#include <QWidget>

namespace Keyway::AccessibleNews {

namespace {

// The description the control had before any news, kept on the control itself.
constexpr const char *OwnDescription = "keywayOwnDescription";

QString ownDescription(QWidget *control)
{
    if (!control->property(OwnDescription).isValid())
        control->setProperty(OwnDescription, control->accessibleDescription());
    return control->property(OwnDescription).toString();
}

} // namespace

void setNews(QWidget *control, const QString &news)
{
    if (!control)
        return;
    const QString own = ownDescription(control);
    QString description = news;
    if (!own.isEmpty())
        description = description.isEmpty() ? own : description + QLatin1Char(' ') + own;
    // Set only when it changes: each change is an event a screen reader may speak.
    if (control->accessibleDescription() != description)
        control->setAccessibleDescription(description);
}

void focusWithNews(QWidget *control, const QString &news)
{
    if (!control)
        return;
    setNews(control, news);
    control->setFocus();
}

void clearNews(QWidget *control)
{
    setNews(control, QString());
}

QString sentences(const QStringList &parts)
{
    QStringList kept;
    for (QString part : parts) {
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        const QChar last = part.back();
        if (!last.isPunct())
            part += QLatin1Char('.');
        kept << part;
    }
    return kept.join(QLatin1Char(' '));
}

} // namespace Keyway::AccessibleNews
