// SPDX-License-Identifier: BSD-3-Clause
#include "actionprogress.h"

#include "accessiblenews.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Keyway {

ActionProgress::ActionProgress(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("actionMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    // Focusable: it holds the focus while a job runs.
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->hide();
    layout->addWidget(m_message);

    auto *busy = new QHBoxLayout;
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("busyIndicator"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setAccessibleName(tr("Working"));
    m_busyBar->hide();
    busy->addWidget(m_busyBar, 1);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelJobButton"));
    m_cancel->setAutoDefault(true);
    m_cancel->setAccessibleDescription(tr("Stops renewing the licenses."));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &ActionProgress::cancelRequested);
    busy->addWidget(m_cancel);
    layout->addLayout(busy);
    hide();
}

void ActionProgress::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setAccessibleName(message);
    m_message->setVisible(!message.isEmpty());
    updateVisibility();
}

QString ActionProgress::message() const
{
    return m_message->text();
}

bool ActionProgress::hasMessage() const
{
    return !m_message->isHidden() && !m_message->text().isEmpty();
}

void ActionProgress::setBusy(bool busy, bool cancellable)
{
    m_busyBar->setVisible(busy);
    // The focus stays on the message (accessibility.md); Cancel is the next Tab stop.
    m_cancel->setVisible(busy && cancellable);
    updateVisibility();
}

void ActionProgress::announce(const QString &news)
{
    if (m_newsControl)
        AccessibleNews::clearNews(m_newsControl);
    m_newsControl = nullptr;
    QWidget *view = parentWidget();
    QWidget *focus = window()->focusWidget();
    // The message label says it itself (its name is the message).
    if (news.isEmpty() || !view || !focus || !view->isAncestorOf(focus) || focus == m_message)
        return;
    AccessibleNews::setNews(focus, news);
    m_newsControl = focus;
}

void ActionProgress::holdFocus()
{
    QWidget *view = parentWidget();
    QWidget *focus = window()->focusWidget();
    if (!view || !focus || !view->isAncestorOf(focus) || focus == m_message)
        return;
    m_origin = focus;
    if (hasMessage())
        m_message->setFocus();
}

void ActionProgress::returnFocus(QWidget *fallback)
{
    if (!m_origin)
        return;
    QWidget *origin = m_origin;
    m_origin = nullptr;
    // Gone (with the licenses, after Deactivate): the way forward takes the focus instead.
    if (!origin->isVisible() || !origin->isEnabled())
        origin = fallback;
    if (origin && origin->isVisible() && origin->isEnabled()) {
        origin->setFocus();
        announce(hasMessage() ? message() : QString());
    }
}

void ActionProgress::updateVisibility()
{
    setVisible(!m_message->isHidden() || !m_busyBar->isHidden());
}

} // namespace Keyway
