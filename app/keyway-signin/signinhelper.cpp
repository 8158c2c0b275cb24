// SPDX-License-Identifier: BSD-3-Clause
#include "signinhelper.h"

#include "core/translations.h"
#include "signinhelperpipe.h"
#include "webenginesigninview.h"

#include <QAccessible>
#include <QAccessibleObject>
#include <QApplication>
#include <QCloseEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QPalette>
#include <QScreen>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineView>
#include <QWidget>
#include <QWindow>

#include <cstdlib>
#include <functional>
#include <thread>

#if defined(KEYWAY_SIGNIN_XCB)
#include <xcb/xcb.h>
#endif

Q_LOGGING_CATEGORY(lcSignIn, "keyway.signin")

namespace Keyway {

namespace {

QString type(const QJsonObject &message)
{
    return message.value(QStringLiteral("type")).toString();
}

/**
 * The helper's window around the page. Qt WebEngine hands the focus on with
 * focusNextPrevChild() when Tab leaves the page's last element (or Shift+Tab its first): while
 * the page is embedded in the product's window, that goes to the product instead of round the
 * page again.
 */
class PageWindow : public QWidget
{
public:
    std::function<bool(bool next)> passFocusOut;

protected:
    bool focusNextPrevChild(bool next) override
    {
        if (passFocusOut && passFocusOut(next))
            return true;
        return QWidget::focusNextPrevChild(next);
    }
};

/**
 * Gives the keyboard to @p window, a window of this process or of the product's. Qt asks the
 * window manager for top-level windows and uses the time of the last event it saw, which for a
 * request that came over the pipe is older than the last focus change, so the X server ignores
 * it; hence the request of our own, at the server's current time. X11 only: elsewhere the page
 * has its own window (docs/signin.md).
 */
bool focusNativeWindow(WId window)
{
#if defined(KEYWAY_SIGNIN_XCB)
    auto *x11 = qApp->nativeInterface<QNativeInterface::QX11Application>();
    if (!x11 || !x11->connection() || window == 0)
        return false;
    const xcb_void_cookie_t cookie = xcb_set_input_focus_checked(
        x11->connection(), XCB_INPUT_FOCUS_PARENT, xcb_window_t(window), XCB_CURRENT_TIME);
    if (xcb_generic_error_t *error = xcb_request_check(x11->connection(), cookie)) {
        qCDebug(lcSignIn) << "the window system refused the keyboard focus for window" << window
                          << "error" << error->error_code;
        free(error);
        return false;
    }
    return true;
#else
    Q_UNUSED(window)
    return false;
#endif
}

/// The page's window while it is embedded in the product's (for PageApplicationAccessible).
QPointer<QWidget> s_embeddedPage;

/**
 * The helper as an application on the accessibility bus (AT-SPI: "keyway-signin"). Qt lists only
 * top-level windows as the application's children, and the page's window, embedded in the
 * product's, has a parent (the product's native window): without this a screen reader would find
 * no page in the helper at all.
 */
class PageApplicationAccessible : public QAccessibleApplication
{
public:
    int childCount() const override
    {
        return QAccessibleApplication::childCount() + (page() ? 1 : 0);
    }
    QAccessibleInterface *child(int index) const override
    {
        const int own = QAccessibleApplication::childCount();
        return index == own ? page() : QAccessibleApplication::child(index);
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        QAccessibleInterface *embedded = page();
        if (embedded && child && child->object() == embedded->object())
            return QAccessibleApplication::childCount();
        return QAccessibleApplication::indexOfChild(child);
    }

private:
    static QAccessibleInterface *page()
    {
        QWidget *widget = s_embeddedPage;
        if (!widget || !widget->windowHandle() || widget->windowHandle()->isTopLevel())
            return nullptr;
        return QAccessible::queryAccessibleInterface(widget);
    }
};

QAccessibleInterface *applicationAccessible(const QString &className, QObject *object)
{
    if (object == qApp && className == QLatin1String("QApplication"))
        return new PageApplicationAccessible;
    return nullptr;
}

/**
 * Whether the embedded window takes key presses. X11 delivers a key press to the window under the
 * pointer when that window lies inside the focused one: with the pointer over the page, the
 * product's Tab would land in the page. So the page's window selects key events only while it has
 * the keyboard; otherwise they go on to the product's window around it.
 */
void selectKeys(WId window, bool select)
{
#if defined(KEYWAY_SIGNIN_XCB)
    auto *x11 = qApp->nativeInterface<QNativeInterface::QX11Application>();
    if (!x11 || !x11->connection() || window == 0)
        return;
    xcb_connection_t *connection = x11->connection();
    xcb_get_window_attributes_reply_t *attributes = xcb_get_window_attributes_reply(
        connection, xcb_get_window_attributes(connection, xcb_window_t(window)), nullptr);
    if (!attributes)
        return;
    constexpr uint32_t keys = XCB_EVENT_MASK_KEY_PRESS | XCB_EVENT_MASK_KEY_RELEASE;
    const uint32_t mask =
        select ? (attributes->your_event_mask | keys) : (attributes->your_event_mask & ~keys);
    free(attributes);
    xcb_change_window_attributes(connection, xcb_window_t(window), XCB_CW_EVENT_MASK, &mask);
    xcb_flush(connection);
#else
    Q_UNUSED(window)
    Q_UNUSED(select)
#endif
}

} // namespace

void SignInHelper::installAccessibility()
{
    QAccessible::installFactory(applicationAccessible);
}

SignInHelper::SignInHelper(std::FILE *input, std::FILE *output, QObject *parent)
    : QObject(parent), m_input(input), m_output(output)
{
}

SignInHelper::~SignInHelper()
{
    delete m_view;
    delete m_widget;
    delete m_parentWindow;
}

void SignInHelper::start()
{
    // A detached reader: it blocks in fgets() until the product writes or goes away, and the
    // process exits under it. Lines reach this object through its event loop.
    QPointer<SignInHelper> self(this);
    std::thread([self, input = m_input] {
        QByteArray line;
        char chunk[4096];
        while (std::fgets(chunk, sizeof chunk, input)) {
            line += chunk;
            if (!line.endsWith('\n'))
                continue;
            line.chop(1);
            QMetaObject::invokeMethod(qApp, [self, line] {
                if (self)
                    self->onLine(line);
            });
            line.clear();
        }
        QMetaObject::invokeMethod(qApp, [self] {
            if (self)
                self->onEndOfInput();
        });
    }).detach();
}

void SignInHelper::onLine(const QByteArray &line)
{
    const QJsonDocument document = QJsonDocument::fromJson(line);
    if (!document.isObject()) {
        qCWarning(lcSignIn) << "ignoring a line that is not a JSON object";
        return;
    }
    const QJsonObject message = document.object();
    const QString kind = type(message);
    if (kind == QLatin1String("authorize")) {
        authorize(message);
    } else if (kind == QLatin1String("geometry")) {
        resizeEmbedded(message);
    } else if (kind == QLatin1String("raise")) {
        if (m_widget && m_widget->isWindow()) {
            m_widget->show();
            m_widget->raise();
            m_widget->activateWindow();
        }
    } else if (kind == QLatin1String("focus")) {
        takeFocus(message);
    } else if (kind == QLatin1String("evaluate")) {
        evaluate(message);
    } else if (kind == QLatin1String("quit")) {
        quit();
    } else {
        qCDebug(lcSignIn) << "ignoring an unknown message" << kind;
    }
}

void SignInHelper::onEndOfInput()
{
    qCDebug(lcSignIn) << "the product closed the pipe";
    quit();
}

void SignInHelper::send(const QJsonObject &message)
{
    const QByteArray line = SignInHelperPipe::encode(message);
    std::fwrite(line.constData(), 1, size_t(line.size()), m_output);
    std::fflush(m_output);
}

void SignInHelper::authorize(const QJsonObject &message)
{
    if (m_view) {
        qCWarning(lcSignIn) << "one sign-in per process: ignoring a second authorize";
        return;
    }
    const QLocale locale(message.value(QStringLiteral("language")).toString());
    QLocale::setDefault(locale);
    installTranslations(locale);

    m_view = new WebEngineSignInView;
    QStringList origins;
    for (const QJsonValue &origin : message.value(QStringLiteral("allowedOrigins")).toArray())
        origins.append(origin.toString());
    m_view->setAllowedOrigins(origins);
    connect(m_view, &AuthorizationAgent::redirected, this, [this](const QUrl &url) {
        m_finished = true;
        // Only on the pipe: the URL holds the authorization code.
        send({{QStringLiteral("type"), QStringLiteral("redirect")},
              {QStringLiteral("url"), url.toString(QUrl::FullyEncoded)}});
    });
    connect(m_view, &AuthorizationAgent::failed, this, [this](const Error &error) {
        m_finished = true;
        send(SignInHelperPipe::encodeError(error));
    });
    connect(m_view, &SignInView::originChanged, this, [this](const QString &origin) {
        send({{QStringLiteral("type"), QStringLiteral("origin")},
              {QStringLiteral("origin"), origin}});
    });
    connect(m_view, &SignInView::embeddedViewRefused, this, [this](const QUrl &url) {
        send({{QStringLiteral("type"), QStringLiteral("refused")},
              {QStringLiteral("authorizeUrl"), url.toString(QUrl::FullyEncoded)}});
    });
    connect(m_view, &WebEngineSignInView::openedExternally, this, [this](const QUrl &url) {
        send({{QStringLiteral("type"), QStringLiteral("opened")},
              {QStringLiteral("url"), url.toString(QUrl::FullyEncoded)}});
    });
    connect(m_view->webView(), &QWebEngineView::loadProgress, this, [this](int percent) {
        keepEmbedded();
        send({{QStringLiteral("type"), QStringLiteral("progress")},
              {QStringLiteral("percent"), percent}});
    });

    auto *window = new PageWindow;
    window->setObjectName(QStringLiteral("signInPageWindow"));
    window->passFocusOut = [this](bool next) { return passFocusOut(next); };
    auto *layout = new QVBoxLayout(window);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view->widget());
    window->setFocusProxy(m_view->widget());
    m_widget = window;
    const QString product = message.value(QStringLiteral("productName")).toString();
    m_widget->setWindowTitle(product.isEmpty() ? tr("Sign in") : tr("Sign in to %1").arg(product));
    const QColor accent(message.value(QStringLiteral("accentColor")).toString());
    if (accent.isValid()) {
        QPalette palette = m_widget->palette();
        palette.setColor(QPalette::Highlight, accent);
        m_widget->setPalette(palette);
    }
    m_widget->installEventFilter(this);
    // Clicks land on the page's own child widgets.
    qApp->installEventFilter(this);
    const QJsonArray geometry = message.value(QStringLiteral("parentGeometry")).toArray();
    if (geometry.size() == 4)
        m_parentGeometry = QRect(geometry.at(0).toInt(), geometry.at(1).toInt(),
                                 geometry.at(2).toInt(), geometry.at(3).toInt());
    m_productWindow = message.value(QStringLiteral("productWindow")).toString().toULongLong();
    const WId parent = message.value(QStringLiteral("parentWindow")).toString().toULongLong();
    if (parent != 0)
        m_parentWindow = QWindow::fromWinId(parent);

    if (message.value(QStringLiteral("placement")).toString() == QLatin1String("embedded")
        && m_parentWindow) {
        // A child of the product's native window, filling it: Qt here then knows where the
        // window is and maps the person's clicks right.
        m_widget->setWindowFlag(Qt::FramelessWindowHint);
        // Never the window manager's: Qt 6.4 maps the window as a top-level for a moment while
        // Qt WebEngine builds its render widget (keepEmbedded()), and a window manager that
        // framed it then would take it out of the product's window again, unmapped.
        m_widget->setWindowFlag(Qt::BypassWindowManagerHint);
        m_embedded = true;
        s_embeddedPage = m_widget;
        keepEmbedded();
        resizeEmbedded(message);
        m_widget->show();
        selectKeys(m_widget->winId(), false);
    } else {
        showOwnWindow();
    }
    m_view->authorize(QUrl(message.value(QStringLiteral("url")).toString()),
                      QUrl(message.value(QStringLiteral("redirectUri")).toString()));
}

void SignInHelper::keepEmbedded()
{
    // Qt 6.4 gives the widget's window its own parent back when Qt WebEngine's view builds its
    // render widget (at the first load): so the parent is set again whenever the page moves on.
    if (!m_embedded || !m_widget)
        return;
    m_widget->winId();
    QWindow *window = m_widget->windowHandle();
    if (window && window->parent() != m_parentWindow) {
        window->setParent(m_parentWindow);
        window->setPosition(0, 0);
        if (!m_widget->isActiveWindow())
            selectKeys(m_widget->winId(), false);
    }
}

void SignInHelper::resizeEmbedded(const QJsonObject &message)
{
    keepEmbedded();
    const QSize size(message.value(QStringLiteral("width")).toInt(),
                     message.value(QStringLiteral("height")).toInt());
    if (m_widget && m_embedded && size.isValid() && !size.isEmpty())
        m_widget->setGeometry(QRect(QPoint(), size));
}

void SignInHelper::showOwnWindow()
{
    if (!m_widget)
        return;
    m_embedded = false;
    m_widget->setWindowFlag(Qt::Dialog);
    QSize size(520, 680);
    if (m_parentGeometry.isValid()) {
        size = size.boundedTo(
            QSize(qMax(m_parentGeometry.width(), 420), qMax(m_parentGeometry.height(), 560)));
        m_widget->resize(size);
        // Centred on the product's window (where the window system lets a program place its
        // windows: not on Wayland).
        QRect frame(QPoint(), size);
        frame.moveCenter(m_parentGeometry.center());
        m_widget->move(frame.topLeft());
    } else {
        m_widget->resize(size);
    }
    m_widget->winId();
    if (m_parentWindow && m_widget->windowHandle())
        m_widget->windowHandle()->setTransientParent(m_parentWindow);
    // Modal to the product's window, as a dialog of its own would be (the product blocks its
    // window's input meanwhile; HelperSignInView).
    m_widget->setWindowModality(Qt::WindowModal);
    m_widget->show();
    m_widget->raise();
    m_widget->activateWindow();
    send({{QStringLiteral("type"), QStringLiteral("shown")}});
}

void SignInHelper::evaluate(const QJsonObject &message)
{
    const int id = message.value(QStringLiteral("id")).toInt();
    if (!m_view || qgetenv("KEYWAY_SIGNIN_TEST_SCRIPTS") != "1") {
        if (m_view)
            qCWarning(lcSignIn) << "refusing to run a script in the page (not a test)";
        send({{QStringLiteral("type"), QStringLiteral("evaluated")}, {QStringLiteral("id"), id}});
        return;
    }
    QPointer<SignInHelper> self(this);
    m_view->webView()->page()->runJavaScript(
        message.value(QStringLiteral("script")).toString(), [self, id](const QVariant &value) {
            if (self)
                self->send({{QStringLiteral("type"), QStringLiteral("evaluated")},
                            {QStringLiteral("id"), id},
                            {QStringLiteral("value"), QJsonValue::fromVariant(value)}});
        });
}

void SignInHelper::takeFocus(const QJsonObject &message)
{
    if (!m_widget || !m_view)
        return;
    qCDebug(lcSignIn) << "the product hands the focus to the page, from"
                      << message.value(QStringLiteral("from")).toString() << "active"
                      << m_widget->isActiveWindow();
    m_pendingFocus = message.value(QStringLiteral("from")).toString() == QLatin1String("last")
        ? Qt::BacktabFocusReason
        : Qt::TabFocusReason;
    if (!m_widget->isActiveWindow()) {
        // The page is focused once the window has the keyboard (WindowActivate).
        if (m_embedded)
            selectKeys(m_widget->winId(), true);
        if (!(m_embedded && focusNativeWindow(m_widget->winId()))) {
            m_widget->raise();
            m_widget->activateWindow();
        }
        if (!m_widget->isActiveWindow())
            return;
    }
    focusPage();
}

void SignInHelper::focusPage()
{
    if (!m_pendingFocus || !m_view || !m_widget)
        return;
    const auto reason = Qt::FocusReason(m_pendingFocus);
    qCDebug(lcSignIn) << "focusing the page" << reason;
    m_pendingFocus = 0;
    // A focus-in by Tab (Shift+Tab) is what makes Qt WebEngine focus the page's first (last)
    // element: from outside the view, so the view's own focus goes first.
    if (QWidget *focused = QApplication::focusWidget())
        focused->clearFocus();
    m_view->webView()->setFocus(reason);
}

bool SignInHelper::passFocusOut(bool next)
{
    qCDebug(lcSignIn) << "the page hands the focus on, next" << next << "embedded" << m_embedded;
    if (!m_embedded)
        return false; // its own window: Tab goes round the page, as in any dialog
    send({{QStringLiteral("type"), QStringLiteral("focusOut")},
          {QStringLiteral("direction"),
           next ? QStringLiteral("next") : QStringLiteral("previous")}});
    // The product's window takes the keyboard back; without X11 the product asks its window
    // system itself.
    focusNativeWindow(m_productWindow);
    return true;
}

bool SignInHelper::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::WindowActivate && m_pendingFocus)
        QMetaObject::invokeMethod(this, &SignInHelper::focusPage, Qt::QueuedConnection);
    if (watched == m_widget && m_embedded && event->type() == QEvent::WindowDeactivate)
        selectKeys(m_widget->winId(), false);

    // The product's window has the keyboard; a click into the embedded page takes it, as a
    // click into any part of a window does.
    if (event->type() == QEvent::MouseButtonPress && m_embedded && m_widget
        && m_widget->windowHandle() && !m_widget->windowHandle()->isActive()) {
        selectKeys(m_widget->winId(), true);
        m_widget->windowHandle()->requestActivate();
    }
    if (watched == m_widget && event->type() == QEvent::Close && !m_finished && !m_embedded) {
        // The person closed the page's window: the attempt ends like closing the page in the
        // product's window.
        m_finished = true;
        send(SignInHelperPipe::encodeError(Error(ErrorCode::AuthorizationCancelled,
                                                 errorMessage(ErrorCode::AuthorizationCancelled),
                                                 QStringLiteral("the sign-in window was closed"))));
    }
    return QObject::eventFilter(watched, event);
}

void SignInHelper::quit()
{
    // The keyboard goes back to the product's window, not to the native window that held the
    // page (Qt would not hand keys from there to the window's controls).
    if (m_embedded && m_widget && m_widget->isActiveWindow())
        focusNativeWindow(m_productWindow);
    // The page and its off-the-record profile first, then Qt WebEngine with the application.
    if (m_view) {
        m_view->cancel();
        delete m_view;
        m_view = nullptr;
    }
    delete m_widget;
    QCoreApplication::quit();
}

} // namespace Keyway
