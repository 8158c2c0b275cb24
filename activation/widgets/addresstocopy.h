// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "keyway_activation_widgets_export.h"

#include <QFrame>
#include <QUrl>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Keyway {

/**
 * A web page's address to copy, for when no browser opens (issue 17 item 10): a sentence saying
 * so, the address in a read-only field and *Copy address*. open() tries the browser first; when
 * none opens the address is shown selected, with the focus on it, so that a screen reader reads
 * the field's name and the sentence (its description) at once.
 *
 * The status view shows it below the link it belongs to; the wizard in a small dialog
 * (openOrShowDialog()).
 */
class KEYWAY_ACTIVATION_WIDGETS_EXPORT AddressToCopy : public QFrame
{
    Q_OBJECT
public:
    /// Opens a URL in the browser; false when none opened (QDesktopServices::openUrl by default).
    using Launcher = std::function<bool(const QUrl &)>;

    /// Inline: sentence, address and button in one row (a view); Stacked: the sentence above.
    enum class Shape { Inline, Stacked };

    /**
     * @p addressName: the field's accessible name ("Address of the help page"). @p kind names
     * the parts for tests and style sheets: "<kind>Fallback", "<kind>Address" and
     * "copy<Kind>AddressButton".
     */
    AddressToCopy(const QString &addressName, const QString &kind, QWidget *parent = nullptr,
                  Shape shape = Shape::Inline);

    void setLauncher(const Launcher &launcher) { m_launcher = launcher; }

    /// Opens @p url in the browser; when none opens, shows its address and returns false.
    bool open(const QUrl &url);
    /// Shows @p address, selected, with the focus on it.
    void showAddress(const QString &address);
    QString address() const;

    /// Opens @p url with @p launcher; when no browser opens, shows its address in a dialog
    /// titled @p title (modal, the focus on the address). Returns whether a browser opened.
    static bool openOrShowDialog(const QUrl &url, const QString &title, const QString &addressName,
                                 QWidget *parent, const Launcher &launcher = {});

Q_SIGNALS:
    /// The address was shown because no browser opened.
    void shown();
    /// *Copy address* put the address on the clipboard.
    void copied();

private:
    static bool launch(const QUrl &url, const Launcher &launcher);

    Launcher m_launcher;
    QLabel *m_text = nullptr;
    QLineEdit *m_address = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace Keyway
