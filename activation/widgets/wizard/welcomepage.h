// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QWidget>

class QCommandLinkButton;
class QLabel;
class QPixmap;
class QPushButton;

namespace Keyway {

struct VendorConfig;

/// The wizard's first page: the three ways in (a code, an account, a license file).
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    WelcomePage(const VendorConfig &config, QWidget *parent = nullptr);

    void setLogo(const QPixmap &logo);
    /// Focus on the first way in.
    void arrive();
    /// A refused license file: said, and read with "I have a license file", which keeps the
    /// focus.
    void showFileRefusal(const QString &message);
    void clearMessage();
    /// Back from the file chooser without a file.
    void focusLicenseFile();

Q_SIGNALS:
    void codeChosen();
    void accountChosen();
    void licenseFileChosen();
    void helpRequested();

private:
    QLabel *m_logo = nullptr;
    QCommandLinkButton *m_haveCodeButton = nullptr;
    QCommandLinkButton *m_haveAccountButton = nullptr;
    QCommandLinkButton *m_licenseFileButton = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Keyway
