// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "keyway_activation_widgets_export.h"
#include "signinview.h"

#include <QJsonObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class QLabel;
class QPushButton;

namespace Keyway {

class SignInHelperPipe;

/**
 * The embedded sign-in page in its own process: the helper program keyway-signin hosts the Qt
 * WebEngine view (WebEngineSignInView), and this view drives it over the helper's standard input
 * and output, so that the product's process never maps Qt WebEngine (issue 18).
 *
 * The pipe (SignInHelperPipe) carries one compact JSON object per line (docs/signin.md, "The
 * helper process"): the start URL, the redirect URI, the allowed origins, the language and the
 * branding go in; the helper's window, the origin shown, the redirect or the failure come out.
 * The redirect, which holds the authorization code, travels only on the pipe: never on a command
 * line or in a log.
 *
 * On X11 the helper's window is embedded in widget(): the helper makes it a child of a native
 * window of widget()'s (docs/signin.md says why not QWidget::createWindowContainer()). The
 * keyboard focus crosses over the pipe: when that native window gets the focus (Tab, Shift+Tab)
 * the helper focuses the page's first (last) element, and when Tab leaves the page the helper
 * says so and the focus goes on to the next (previous) control of the window. Elsewhere the helper
 * shows a window of its own, transient for the product's, centred on it and modal to it (the
 * product's window takes no input meanwhile), and widget() says so with a button that raises it.
 *
 * Deleting the view closes the helper's input: the helper quits and takes its Chromium processes
 * with it, and is killed when it has not ended after a few seconds. A helper that crashes or
 * exits before the sign-in ended is a failure the host can retry (ErrorCode::SignInPageCrashed).
 */
class KEYWAY_ACTIVATION_WIDGETS_EXPORT HelperSignInView : public SignInView
{
    Q_OBJECT
public:
    /// How the helper's page reaches the person.
    enum class Placement {
        Embedded, ///< the helper's window inside widget() (X11)
        OwnWindow, ///< a window of the helper's, transient for the product's
    };
    Q_ENUM(Placement)

    HelperSignInView(const QString &program, const QStringList &allowedOrigins,
                     QObject *parent = nullptr);
    ~HelperSignInView() override;

    /// The product's name (the helper's window title) and the vendor's accent ("#rrggbb").
    void setBranding(const QString &productName, const QString &accentColor);
    /// Embedded on X11, an own window elsewhere; set before start() to override.
    void setPlacement(Placement placement) { m_placement = placement; }
    Placement placement() const { return m_placement; }

    /// Starts the helper; false, with errorString(), when it cannot be started.
    bool start();
    QString errorString() const { return m_errorString; }
    /// The helper's process id, 0 when it does not run.
    qint64 processId() const;

    void authorize(const QUrl &authorizeUrl, const QUrl &redirectUri) override;
    void cancel() override;

    QWidget *widget() override;
    QString currentOrigin() const override { return m_origin; }

    /**
     * For tests: runs @p script in the page and reports its result with scriptResult(). The
     * helper honours it only when KEYWAY_SIGNIN_TEST_SCRIPTS=1 is in its environment. Returns
     * the request's id.
     */
    int evaluate(const QString &script);

Q_SIGNALS:
    void scriptResult(int id, const QVariant &value);
    /// A link or pop-up the person clicked went to the system browser.
    void openedExternally(const QUrl &url);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void send(const QJsonObject &message);
    void onMessage(const QJsonObject &message);
    void onExited(int exitCode, bool crashed);
    void sendGeometry();
    void fail(const Error &error);
    void endHelper();
    /// The page handed the focus back: on to the control after (@p next) or before the page.
    void focusOut(bool next);
    /// While the helper's own window is shown, the product's window takes no input (modal).
    void setBlocking(bool blocking);

    QString m_program;
    QStringList m_allowedOrigins;
    QString m_productName;
    QString m_accentColor;
    Placement m_placement;
    SignInHelperPipe *m_pipe = nullptr; ///< the helper's process and the pipe to it
    // The page's widgets belong to the product's window, which may be closed (and they deleted)
    // before this view ends the helper: hence guarded pointers.
    QPointer<QWidget> m_widget;
    QPointer<QLabel> m_status;
    QPointer<QPushButton> m_showButton;
    QPointer<QWidget> m_host; ///< the native window the helper's window goes into (X11)
    bool m_embedded = false;
    bool m_blocking = false; ///< the product's window is blocked by the helper's own window
    QString m_errorString;
    QString m_origin;
    int m_nextScript = 0;
    bool m_active = false; ///< between authorize() and its outcome
    bool m_ended = false; ///< the helper has exited, been told to, or failed
};

} // namespace Keyway
