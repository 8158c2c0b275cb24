// SPDX-License-Identifier: BSD-3-Clause
#include "addresstocopy.h"

#include "widgetslogging.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Keyway {

AddressToCopy::AddressToCopy(const QString &addressName, const QString &kind, QWidget *parent,
                             Shape shape)
    : QFrame(parent)
{
    QString capitalised = kind;
    if (!capitalised.isEmpty())
        capitalised[0] = capitalised[0].toUpper();
    setObjectName(kind + QStringLiteral("Fallback"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QLabel(tr("No browser could be opened. Open this address in a browser:"), this);
    m_text->setWordWrap(true);
    const bool inlined = shape == Shape::Inline;
    if (inlined)
        layout->addWidget(m_text, 0, 0);
    else
        layout->addWidget(m_text, 0, 0, 1, 2);
    const int row = inlined ? 0 : 1;
    const int column = inlined ? 1 : 0;
    m_address = new QLineEdit(this);
    m_address->setObjectName(kind + QStringLiteral("Address"));
    m_address->setReadOnly(true);
    m_address->setAccessibleName(addressName);
    // Read with the name when the field gets the focus: why the address is shown.
    m_address->setAccessibleDescription(m_text->text());
    layout->addWidget(m_address, row, column);
    m_copy = new QPushButton(tr("C&opy address"), this);
    m_copy->setObjectName(QStringLiteral("copy%1AddressButton").arg(capitalised));
    m_copy->setAutoDefault(true);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_address->text());
        Q_EMIT copied();
    });
    layout->addWidget(m_copy, row, column + 1);
    // The field gets the width: twice the sentence's in a row, all but the button's stacked.
    if (inlined) {
        layout->setColumnStretch(0, 1);
        layout->setColumnStretch(1, 2);
    } else {
        layout->setColumnStretch(0, 1);
    }
    hide();
}

bool AddressToCopy::launch(const QUrl &url, const Launcher &launcher)
{
    if (launcher ? launcher(url) : QDesktopServices::openUrl(url))
        return true;
    qCWarning(lcWidgets) << "no browser could open" << url.toString();
    return false;
}

bool AddressToCopy::open(const QUrl &url)
{
    if (launch(url, m_launcher))
        return true;
    showAddress(url.toString());
    return false;
}

void AddressToCopy::showAddress(const QString &address)
{
    m_address->setText(address);
    show();
    m_address->setFocus();
    m_address->selectAll();
    Q_EMIT shown();
}

QString AddressToCopy::address() const
{
    return m_address->text();
}

bool AddressToCopy::openOrShowDialog(const QUrl &url, const QString &title,
                                     const QString &addressName, QWidget *parent,
                                     const Launcher &launcher)
{
    if (launch(url, launcher))
        return true;
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("helpAddressDialog"));
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *address = new AddressToCopy(addressName, QStringLiteral("help"), &dialog, Shape::Stacked);
    layout->addWidget(address);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    address->showAddress(url.toString());
    dialog.exec();
    return false;
}

} // namespace Keyway
