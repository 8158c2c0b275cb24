// SPDX-License-Identifier: BSD-3-Clause
#include "helpersigninview.h"

#include "signinhelperpipe.h"
#include "widgetslogging.h"

#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QFocusEvent>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

namespace Keyway {

HelperSignInView::HelperSignInView(const QString &program, const QStringList &allowedOrigins,
                                   QObject *parent)
    : SignInView(parent), m_program(program), m_allowedOrigins(allowedOrigins),
      // Foreign windows can be embedded on X11; Wayland has no such thing, and elsewhere the
      // helper's own window is the tested way (docs/signin.md).
      m_placement(QGuiApplication::platformName() == QLatin1String("xcb") ? Placement::Embedded
                                                                          : Placement::OwnWindow)
{
}

HelperSignInView::~HelperSignInView()
{
    setBlocking(false);
    endHelper();
    delete m_widget;
}

void HelperSignInView::setBranding(const QString &productName, const QString &accentColor)
{
    m_productName = productName;
    m_accentColor = accentColor;
}

bool HelperSignInView::start()
{
    if (m_pipe)
        return true;
    auto *pipe = new SignInHelperPipe(m_program, this);
    if (!pipe->start()) {
        m_errorString = pipe->errorString();
        delete pipe;
        return false;
    }
    m_pipe = pipe;
    connect(pipe, &SignInHelperPipe::message, this, &HelperSignInView::onMessage);
    connect(pipe, &SignInHelperPipe::exited, this, &HelperSignInView::onExited);
    connect(pipe, &SignInHelperPipe::overlong, this, [this] {
        fail(Error(ErrorCode::SignInPageCrashed, errorMessage(ErrorCode::SignInPageCrashed),
                   QStringLiteral("keyway-signin sent an overlong line")));
        endHelper();
    });
    return true;
}

qint64 HelperSignInView::processId() const
{
    return m_pipe ? m_pipe->processId() : 0;
}

QWidget *HelperSignInView::widget()
{
    if (!m_widget) {
        m_widget = new QWidget;
        m_widget->setObjectName(QStringLiteral("signInHelperHost"));
        auto *layout = new QVBoxLayout(m_widget);
        layout->setContentsMargins(0, 0, 0, 0);
        m_status = new QLabel(tr("Opening the sign-in page…"), m_widget);
        m_status->setObjectName(QStringLiteral("signInHelperStatus"));
        m_status->setAlignment(Qt::AlignCenter);
        m_status->setWordWrap(true);
        layout->addWidget(m_status, 1);
        m_host = new QWidget(m_widget);
        m_host->setObjectName(QStringLiteral("signInHelperWindow"));
        m_host->setFocusPolicy(Qt::StrongFocus);
        // It holds the focus while the page in keyway-signin has the keyboard (X11 tells this
        // process that its window still has it): a screen reader may announce it.
        m_host->setAccessibleName(tr("Sign-in page"));
        m_host->hide();
        m_host->installEventFilter(this);
        layout->addWidget(m_host, 1);
        m_showButton = new QPushButton(tr("&Show the sign-in window"), m_widget);
        m_showButton->setObjectName(QStringLiteral("showSignInWindowButton"));
        m_showButton->hide();
        connect(m_showButton, &QPushButton::clicked, this, [this] {
            send({{QStringLiteral("type"), QStringLiteral("raise")}});
        });
        layout->addWidget(m_showButton, 0, Qt::AlignHCenter);
        layout->addStretch();
        // Keyboard focus given to the host goes on to the embedded page.
        m_widget->setFocusPolicy(Qt::StrongFocus);
        m_widget->setAccessibleName(m_host->accessibleName());
    }
    return m_widget;
}

void HelperSignInView::authorize(const QUrl &authorizeUrl, const QUrl &redirectUri)
{
    m_active = true;
    if (!m_pipe && !start()) {
        fail(Error(ErrorCode::SignInPageCrashed, errorMessage(ErrorCode::SignInPageCrashed),
                   QStringLiteral("keyway-signin could not be started: ") + m_errorString));
        return;
    }
    if (m_ended) {
        fail(Error(ErrorCode::SignInPageCrashed, errorMessage(ErrorCode::SignInPageCrashed),
                   QStringLiteral("keyway-signin ended before the page was shown")));
        return;
    }
    QWidget *host = widget();
    QWidget *top = host->window();
    QJsonObject message {
        {QStringLiteral("type"), QStringLiteral("authorize")},
        {QStringLiteral("url"), authorizeUrl.toString(QUrl::FullyEncoded)},
        {QStringLiteral("redirectUri"), redirectUri.toString(QUrl::FullyEncoded)},
        {QStringLiteral("allowedOrigins"), QJsonArray::fromStringList(m_allowedOrigins)},
        {QStringLiteral("language"), QLocale().name()},
        {QStringLiteral("productName"), m_productName},
        {QStringLiteral("accentColor"), m_accentColor},
        {QStringLiteral("placement"),
         m_placement == Placement::Embedded ? QStringLiteral("embedded")
                                            : QStringLiteral("window")},
        // Where the keyboard goes back to when Tab leaves the page (X11).
        {QStringLiteral("productWindow"),
         QString::number(top->isWindow() && top->isVisible() ? quint64(top->winId()) : 0)},
    };
    if (m_placement == Placement::Embedded) {
        // The helper puts its window into this native one and fills it.
        m_status->hide();
        m_host->setAttribute(Qt::WA_NativeWindow);
        m_host->show();
        m_widget->setFocusProxy(m_host);
        m_embedded = true;
        message.insert(QStringLiteral("parentWindow"), QString::number(quint64(m_host->winId())));
        message.insert(QStringLiteral("width"), m_host->width());
        message.insert(QStringLiteral("height"), m_host->height());
    } else {
        const QRect frame = top->frameGeometry();
        message.insert(QStringLiteral("parentWindow"),
                       QString::number(top->isWindow() && top->isVisible() ? top->winId() : 0));
        message.insert(QStringLiteral("parentGeometry"),
                       QJsonArray {frame.x(), frame.y(), frame.width(), frame.height()});
        m_status->setText(tr("The sign-in page opens in its own window. Sign in there; this "
                             "window goes on by itself afterwards."));
    }
    // The start URL carries no secret (the PKCE verifier stays here): the origin suffices.
    qCInfo(lcWidgets).noquote()
        << "sign-in page process: showing"
        << authorizeUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString()
        << (m_placement == Placement::Embedded ? "embedded in the window" : "in its own window");
    send(message);
}

void HelperSignInView::cancel()
{
    m_active = false;
    endHelper();
}

int HelperSignInView::evaluate(const QString &script)
{
    const int id = ++m_nextScript;
    send({{QStringLiteral("type"), QStringLiteral("evaluate")},
          {QStringLiteral("id"), id},
          {QStringLiteral("script"), script}});
    return id;
}

void HelperSignInView::send(const QJsonObject &message)
{
    if (m_pipe && !m_ended)
        m_pipe->send(message);
}

void HelperSignInView::onMessage(const QJsonObject &message)
{
    const QString type = message.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("origin")) {
        m_origin = message.value(QStringLiteral("origin")).toString();
        Q_EMIT originChanged(m_origin);
    } else if (type == QLatin1String("progress")) {
        const int percent = message.value(QStringLiteral("percent")).toInt();
        if (m_status && m_placement == Placement::Embedded && !m_embedded)
            m_status->setText(tr("Opening the sign-in page… %1%").arg(percent));
    } else if (type == QLatin1String("shown")) {
        if (m_showButton && m_placement == Placement::OwnWindow) {
            m_showButton->show();
            setBlocking(m_active);
        }
    } else if (type == QLatin1String("focusOut")) {
        focusOut(message.value(QStringLiteral("direction")).toString()
                 != QLatin1String("previous"));
    } else if (type == QLatin1String("redirect")) {
        if (!m_active)
            return;
        m_active = false;
        setBlocking(false);
        qCInfo(lcWidgets) << "sign-in page process: redirect received";
        Q_EMIT redirected(QUrl(message.value(QStringLiteral("url")).toString()));
    } else if (type == QLatin1String("failed")) {
        if (m_active)
            fail(SignInHelperPipe::decodeError(message));
    } else if (type == QLatin1String("refused")) {
        Q_EMIT embeddedViewRefused(QUrl(message.value(QStringLiteral("authorizeUrl")).toString()));
    } else if (type == QLatin1String("opened")) {
        Q_EMIT openedExternally(QUrl(message.value(QStringLiteral("url")).toString()));
    } else if (type == QLatin1String("evaluated")) {
        Q_EMIT scriptResult(message.value(QStringLiteral("id")).toInt(),
                            message.value(QStringLiteral("value")).toVariant());
    } else {
        qCDebug(lcWidgets) << "keyway-signin sent an unknown message" << type;
    }
}

void HelperSignInView::sendGeometry()
{
    if (m_host && m_embedded)
        send({{QStringLiteral("type"), QStringLiteral("geometry")},
              {QStringLiteral("width"), m_host->width()},
              {QStringLiteral("height"), m_host->height()}});
}

bool HelperSignInView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_host && event->type() == QEvent::Resize)
        sendGeometry();
    if (watched == m_host && event->type() == QEvent::FocusIn && m_embedded) {
        // The page's place got the focus from within the window (Tab, Shift+Tab, a click, a
        // shortcut): the helper focuses the page's first or last element. Not when the window is
        // merely activated again, for instance when the page hands the focus back.
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason != Qt::ActiveWindowFocusReason && reason != Qt::PopupFocusReason
            && reason != Qt::MenuBarFocusReason)
            send({{QStringLiteral("type"), QStringLiteral("focus")},
                  {QStringLiteral("from"),
                   reason == Qt::BacktabFocusReason ? QStringLiteral("last")
                                                    : QStringLiteral("first")}});
    }
    if (m_blocking && m_widget) {
        // Modal: the product's window takes no input while the page's window is open; a click or
        // key there brings the page's window to the front, as a dialog would be.
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonDblClick:
        case QEvent::KeyPress:
        case QEvent::MouseButtonRelease:
        case QEvent::KeyRelease:
        case QEvent::Wheel:
        case QEvent::Shortcut:
        case QEvent::ShortcutOverride:
            if (auto *target = qobject_cast<QWidget *>(watched);
                target && target->window() == m_widget->window()) {
                if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::KeyPress)
                    send({{QStringLiteral("type"), QStringLiteral("raise")}});
                return true;
            }
            break;
        default:
            break;
        }
    }
    return SignInView::eventFilter(watched, event);
}

void HelperSignInView::focusOut(bool next)
{
    if (!m_host || !m_widget)
        return;
    QWidget *top = m_widget->window();
    qCDebug(lcWidgets) << "sign-in page process: the page hands the focus on, next" << next
                       << "window" << top << top->winId() << "place" << m_host->winId();
    // The control after (before) the page in the window's focus chain that Tab would reach.
    QWidget *candidate = m_host;
    for (int i = 0; i < 1000; ++i) {
        candidate = next ? candidate->nextInFocusChain() : candidate->previousInFocusChain();
        if (!candidate || candidate == m_host)
            break;
        if (candidate->window() == top && candidate != m_widget
            && !m_widget->isAncestorOf(candidate) && (candidate->focusPolicy() & Qt::TabFocus)
            && candidate->isVisible() && candidate->isEnabled() && !candidate->focusProxy()) {
            candidate->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            break;
        }
    }
    // The helper gave the keyboard back to the window where it could (X11); when the window is
    // still not active a moment later, ask the window system.
    QTimer::singleShot(200, top, [top] {
        if (!top->isActiveWindow())
            top->activateWindow();
    });
}

void HelperSignInView::setBlocking(bool blocking)
{
    if (blocking == m_blocking)
        return;
    m_blocking = blocking;
    if (blocking)
        QCoreApplication::instance()->installEventFilter(this);
    else
        QCoreApplication::instance()->removeEventFilter(this);
}

void HelperSignInView::onExited(int exitCode, bool crashed)
{
    const bool wasEnded = m_ended;
    m_ended = true;
    if (wasEnded || !m_active)
        return;
    const QString how =
        crashed ? QStringLiteral("crashed") : QStringLiteral("exited with code %1").arg(exitCode);
    fail(Error(ErrorCode::SignInPageCrashed, errorMessage(ErrorCode::SignInPageCrashed),
               QStringLiteral("keyway-signin ") + how + QStringLiteral(" during the sign-in")));
}

void HelperSignInView::fail(const Error &error)
{
    m_active = false;
    setBlocking(false);
    qCWarning(lcWidgets).noquote()
        << "sign-in page process failed:" << errorCodeName(error.code) << error.detail;
    Q_EMIT failed(error);
}

void HelperSignInView::endHelper()
{
    setBlocking(false);
    if (m_host && m_embedded) {
        // The helper's window goes with the host's, also when the helper is slow to quit.
        m_embedded = false;
        m_host->hide();
    }
    if (!m_pipe)
        return;
    m_ended = true;
    // The helper quits at the end of its input; the pipe lets go of its process (and a new
    // authorize() says that the page has ended).
    m_pipe->end();
    m_pipe->deleteLater();
    m_pipe = nullptr;
}

} // namespace Keyway
