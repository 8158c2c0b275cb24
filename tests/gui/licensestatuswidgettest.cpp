// SPDX-License-Identifier: BSD-3-Clause
// The license status view: what it says about the stored licenses, and importing a license file
// for an air-gapped computer through its button (refused tokens store nothing and say why).

#include "../unit/licensefixture.h"

#include "license/licensestore.h"
#include "licensestatuswidget.h"
#include "screenshot.h"

#include <QDateTime>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Keyway;
using namespace LicenseFixture;

class LicenseStatusWidgetTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importThroughTheButton_data();
    void importThroughTheButton();

private:
    TestKeys::Key m_key = TestKeys::rsa();
    TestKeys::Key m_other = TestKeys::rsa();
};

void LicenseStatusWidgetTest::importThroughTheButton_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("imported");
    QTest::addColumn<QString>("says");
    QTest::newRow("both items, joined with &") << 0 << true << QStringLiteral("Imported 2");
    QTest::newRow("one for another computer") << 1 << false << QStringLiteral("another computer");
    QTest::newRow("signed by an unknown key") << 2 << false << QStringLiteral("not signed by");
    QTest::newRow("empty file") << 3 << false << QStringLiteral("no license token");
    QTest::newRow("file missing") << 4 << false << QStringLiteral("could not be read");
}

void LicenseStatusWidgetTest::importThroughTheButton()
{
    QFETCH(int, kind);
    QFETCH(bool, imported);
    QFETCH(QString, says);

    const VendorConfig cfg = config(m_key.get());
    QVERIFY(!cfg.licensedItems.isEmpty());
    QTemporaryDir dir;
    LicenseStore store(dir.path());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QByteArray contents;
    switch (kind) {
    case 0:
        contents = token(m_key.get(), Pro, now - 60) + '&' + token(m_key.get(), Export, now - 60);
        break;
    case 1:
        contents = token(m_key.get(), Pro, now - 60) + '\n'
            + token(m_key.get(), Export, now - 60, 86400,
                    {{QStringLiteral("hw"), QStringLiteral("someone-else")}});
        break;
    case 2:
        contents = token(m_other.get(), Pro, now - 60, 86400, {}, "other");
        break;
    case 3:
        contents = "\n";
        break;
    }
    const QString path = dir.filePath(QStringLiteral("licenses.jwt"));
    if (kind != 4) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }

    LicenseStatusWidget widget(cfg);
    widget.setLicenseStore(&store);
    widget.setDeviceId(Device);
    widget.setFileChooser([&path] { return path; });
    widget.refresh();
    widget.show();
    QVERIFY(!widget.allValid());

    auto *button = widget.findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(button);
    QVERIFY(!button->accessibleDescription().isEmpty());
    button->click();

    auto *message = widget.findChild<QLabel *>(QStringLiteral("importMessage"));
    QVERIFY(message);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(says), qPrintable(message->text()));
    QCOMPARE(widget.allValid(), imported);
    // A refused import stores nothing at all.
    QCOMPARE(QFile::exists(store.filePath()), imported);
    auto *list = widget.findChild<QTreeWidget *>(QStringLiteral("statusList"));
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), int(cfg.licensedItems.size()));
    if (kind == 0) {
        widget.resize(640, 360);
        saveScreenshot(&widget, QStringLiteral("6-status"));
    }
}

QTEST_MAIN(LicenseStatusWidgetTest)
#include "licensestatuswidgettest.moc"
