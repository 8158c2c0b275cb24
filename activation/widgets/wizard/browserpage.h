// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Keyway {

/// The provider's sign-in page inside the window, under the line that says where it comes from.
class BrowserPage : public QWidget
{
    Q_OBJECT
public:
    explicit BrowserPage(QWidget *parent = nullptr);

    /// Shows @p view (the SignInView's widget; not owned) or, with nullptr, removes the current.
    void setView(QWidget *view);
    /// "Signing in at <origin>" (empty: still connecting); read again when it changes.
    void setOrigin(const QString &origin);
    /// Focus on the origin line, a security cue read on arrival.
    void arrive();

Q_SIGNALS:
    void backRequested();

private:
    void orderTabs();

    QLabel *m_originLabel = nullptr;
    QVBoxLayout *m_viewLayout = nullptr;
    QPushButton *m_backButton = nullptr;
    QPointer<QWidget> m_view;
};

} // namespace Keyway
