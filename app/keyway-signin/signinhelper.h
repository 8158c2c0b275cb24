// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QRect>
#include <QWindow>

#include <cstdio>

class QWidget;

namespace Keyway {

class WebEngineSignInView;

/**
 * The program keyway-signin: one embedded sign-in page (WebEngineSignInView) in a process of its
 * own, driven by the product's HelperSignInView over standard input and output, one JSON object
 * per line (docs/signin.md, "The helper process"). It quits at "quit" or at the end of its input,
 * so that it ends with the product even when the product is killed.
 */
class SignInHelper : public QObject
{
    Q_OBJECT
public:
    /// Reads messages from @p input, writes them to @p output (both owned by the caller).
    SignInHelper(std::FILE *input, std::FILE *output, QObject *parent = nullptr);
    ~SignInHelper() override;

    /// Before QApplication: the page's window, also when embedded, as the helper's child on the
    /// accessibility bus.
    static void installAccessibility();

    /// Starts reading the input (on a thread of its own: pipes block on every platform).
    void start();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onLine(const QByteArray &line);
    void onEndOfInput();
    void send(const QJsonObject &message);
    void authorize(const QJsonObject &message);
    void keepEmbedded();
    void resizeEmbedded(const QJsonObject &message);
    void showOwnWindow();
    void evaluate(const QJsonObject &message);
    void quit();
    /// "focus": the window's place for the page got the focus (by Tab: the first element, by
    /// Shift+Tab: the last).
    void takeFocus(const QJsonObject &message);
    void focusPage();
    /// Tab went past the page's last element (@p next) or before its first: back to the window.
    bool passFocusOut(bool next);

    std::FILE *m_input;
    std::FILE *m_output;
    WebEngineSignInView *m_view = nullptr;
    QPointer<QWidget> m_widget; ///< the helper's window: the page, embedded or on its own
    QWindow *m_parentWindow = nullptr;
    QRect m_parentGeometry;
    WId m_productWindow = 0; ///< the product's top-level window (focus goes back there)
    int m_pendingFocus = 0; ///< Qt::TabFocusReason or BacktabFocusReason once the window is active
    bool m_embedded = false; ///< a child of the product's window
    bool m_finished = false; ///< the redirect or a failure was sent
};

} // namespace Keyway
