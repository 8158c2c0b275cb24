// SPDX-License-Identifier: BSD-3-Clause
#include "headinglabel.h"

#include <QAccessible>
#include <QAccessibleWidget>

namespace Keyway {

namespace {

/// QLabel's accessible text, with the heading role (Qt 6.4 has the role; no widget uses it).
class AccessibleHeading : public QAccessibleWidget
{
public:
    explicit AccessibleHeading(QWidget *widget)
        : QAccessibleWidget(widget, QAccessible::Heading) { }

    QString text(QAccessible::Text t) const override
    {
        auto *label = static_cast<QLabel *>(widget());
        if (t == QAccessible::Name && label->accessibleName().isEmpty())
            return label->text();
        return QAccessibleWidget::text(t);
    }
};

QAccessibleInterface *headingFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String(HeadingLabel::staticMetaObject.className()) && object
        && object->isWidgetType())
        return new AccessibleHeading(static_cast<QWidget *>(object));
    return nullptr;
}

} // namespace

HeadingLabel::HeadingLabel(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    static const bool installed = [] {
        QAccessible::installFactory(headingFactory);
        return true;
    }();
    Q_UNUSED(installed);
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    setFont(font);
    setWordWrap(true);
}

} // namespace Keyway
