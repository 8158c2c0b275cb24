// SPDX-License-Identifier: BSD-3-Clause
#include "signinhelper.h"

#include "core/translations.h"
#include "helpersigninview.h"
#include "webenginesigninview.h"

#include <QApplication>
#include <QCloseEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QPalette>
#include <QScreen>
#include <QWebEnginePage>
#include <QWebEngineView>
#include <QWidget>
#include <QWindow>

#include <thread>

Q_LOGGING_CATEGORY(lcSignIn, "keyway.signin")

namespace Keyway {

namespace {

QString type(const QJsonObject &message)
{
    return message.value(QStringLiteral("type")).toString();
}

} // namespace

SignInHelper::SignInHelper(std::FILE *input, std::FILE *output, QObject *parent)
    : QObject(parent), m_input(input), m_output(output)
{
}

SignInHelper::~SignInHelper()
{
    delete m_view;
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
    const QByteArray line = HelperSignInView::encode(message);
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
        send(HelperSignInView::encodeError(error));
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

    m_widget = m_view->widget();
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
    const WId parent = message.value(QStringLiteral("parentWindow")).toString().toULongLong();
    if (parent != 0)
        m_parentWindow = QWindow::fromWinId(parent);

    if (message.value(QStringLiteral("placement")).toString() == QLatin1String("embedded")
        && m_parentWindow) {
        // A child of the product's native window, filling it: Qt here then knows where the
        // window is and maps the person's clicks right.
        m_widget->setWindowFlag(Qt::FramelessWindowHint);
        m_embedded = true;
        keepEmbedded();
        resizeEmbedded(message);
        m_widget->show();
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

bool SignInHelper::eventFilter(QObject *watched, QEvent *event)
{

    // The product's window has the keyboard; a click into the embedded page takes it, as a
    // click into any part of a window does.
    if (event->type() == QEvent::MouseButtonPress && m_embedded && m_widget
        && m_widget->windowHandle() && !m_widget->windowHandle()->isActive())
        m_widget->windowHandle()->requestActivate();
    if (watched == m_widget && event->type() == QEvent::Close && !m_finished && !m_embedded) {
        // The person closed the page's window: the attempt ends like closing the page in the
        // product's window.
        m_finished = true;
        send(HelperSignInView::encodeError(Error(ErrorCode::AuthorizationCancelled,
                                                 errorMessage(ErrorCode::AuthorizationCancelled),
                                                 QStringLiteral("the sign-in window was closed"))));
    }
    return QObject::eventFilter(watched, event);
}

void SignInHelper::quit()
{
    // The page and its off-the-record profile first, then Qt WebEngine with the application.
    if (m_view) {
        m_view->cancel();
        delete m_view;
        m_view = nullptr;
    }
    QCoreApplication::quit();
}

} // namespace Keyway
