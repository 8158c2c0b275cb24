// SPDX-License-Identifier: BSD-3-Clause
// The Devices section (issue 14): this computer, the others, rename, remove.
#include "licensestatuswidgettest.h"

void LicenseStatusWidgetTest::devicesSection()
{
    QTemporaryDir dir;
    auto engine = makeEngine(dir.path(), m_config);
    QVERIFY(activate(*engine, 7));
    LicenseStore store(dir.path());
    Session &session = *engine->session();
    QVERIFY(checkOutElsewhere(session, store, QStringLiteral("old-laptop-hw"),
                              QStringLiteral("Old laptop")));

    auto widget = makeWidget(engine.get());
    widget->resize(720, 640);
    auto *section = widget->devicesSection();
    QVERIFY(section && section->isVisible());
    QSignalSpy finished(section, &DevicesWidget::finished);
    auto *show = section->findChild<QPushButton *>(QStringLiteral("devicesShowButton"));
    auto *rename = section->findChild<QPushButton *>(QStringLiteral("devicesRenameButton"));
    auto *remove = section->findChild<QPushButton *>(QStringLiteral("devicesRemoveButton"));
    auto *list = section->findChild<QTreeWidget *>(QStringLiteral("devicesList"));
    auto *message = section->findChild<QLabel *>(QStringLiteral("devicesMessage"));
    auto *seats = section->findChild<QLabel *>(QStringLiteral("devicesSeats"));
    QVERIFY(show && rename && remove && list && message && seats);
    QVERIFY(!list->isVisible()); // fetched when asked for, not behind the person's back
    QVERIFY(!rename->isVisible());
    QCOMPARE(widget->findChild<QLabel *>(QStringLiteral("devicesHeading"))->text(),
             QStringLiteral("Computers using your licenses"));

    // Shown by keyboard; while it loads the focus waits on the message.
    show->setFocus();
    QTest::keyClick(show, Qt::Key_Space);
    QVERIFY(section->isBusy());
    QCOMPARE(widget->focusWidget(), message);
    QVERIFY(finished.wait(15000));
    QVERIFY2(!section->lastError().isError(), qPrintable(section->lastError().toString()));
    QCOMPARE(list->topLevelItemCount(), 2);
    // This computer first, named as at activation: the OS's computer name.
    const QString systemName = DeviceName::systemDefault();
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("%1 (this computer)").arg(systemName));
    QVERIFY(list->topLevelItem(0)->font(0).bold());
    QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("Old laptop"));
    QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("Last used today"));
    QCOMPARE(list->topLevelItem(1)->data(0, Qt::AccessibleTextRole).toString(),
             QStringLiteral("Old laptop. Last used today. Uses %1.")
                 .arg(QLocale().createSeparatedList({QStringLiteral("Export to other formats"),
                                                     QStringLiteral("Professional edition")})));
    QVERIFY2(seats->text().contains(QStringLiteral("Keyway Demo Pro: 2 of 2 computers in use.")),
             qPrintable(seats->text()));
    QCOMPARE(message->text(), QStringLiteral("2 computers on your account."));
    // The result is read with the button that asked for it, which is back in focus.
    QCOMPARE(widget->focusWidget(), show);
    QVERIFY2(show->accessibleDescription().startsWith(message->text()),
             qPrintable(show->accessibleDescription()));
    QVERIFY(rename->isVisible() && rename->isEnabled());
    QVERIFY(!remove->isEnabled()); // nothing chosen yet
    list->setCurrentItem(list->topLevelItem(0));
    QVERIFY(!remove->isEnabled()); // this computer is deactivated, not removed
    const QString tabProblem = GuiTest::tabOrderProblem(widget.get());
    QVERIFY2(tabProblem.isEmpty(), qPrintable(tabProblem));

    // Rename this computer: at the server, and remembered for the next activation.
    QString offered;
    section->setNamePrompt([&offered](const QString &current) {
        offered = current;
        return QStringLiteral("Studio");
    });
    rename->setFocus();
    rename->click();
    QVERIFY(finished.wait(15000));
    QVERIFY2(!section->lastError().isError(), qPrintable(section->lastError().toString()));
    QCOMPARE(offered, systemName);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Studio (this computer)"));
    QCOMPARE(message->text(),
             QStringLiteral("This computer is now called “Studio” in your account."));
    QCOMPARE(DeviceName::forDirectory(dir.path()), QStringLiteral("Studio"));
    QCOMPARE(widget->focusWidget(), rename);
    QVERIFY(rename->accessibleDescription().startsWith(message->text()));
    saveScreenshot(widget.get(), QStringLiteral("13-devices"));

    // Remove the other one: cancelled first, then confirmed.
    list->setCurrentItem(list->topLevelItem(1));
    QVERIFY(remove->isEnabled());
    m_confirmations.clear();
    m_confirmAnswer = false;
    remove->click();
    QCOMPARE(m_confirmations.size(), 1);
    QVERIFY2(m_confirmations.first().startsWith(
                 QStringLiteral("Remove “Old laptop” from your account?")),
             qPrintable(m_confirmations.first()));
    QVERIFY(!section->isBusy());
    m_confirmAnswer = true;
    remove->setFocus();
    remove->click();
    QVERIFY(finished.wait(15000));
    QVERIFY2(!section->lastError().isError(), qPrintable(section->lastError().toString()));
    QCOMPARE(message->text(),
             QStringLiteral("“Old laptop” was removed from your account. Its seats are free now."));
    QVERIFY2(
        list->topLevelItem(1)->text(2).startsWith(QStringLiteral("Removed from your account on ")),
        qPrintable(list->topLevelItem(1)->text(2)));
    QVERIFY2(seats->text().contains(QStringLiteral("1 of 2 computers in use")),
             qPrintable(seats->text()));
    // The removed one cannot be removed twice: the focus went to the list, which says it.
    QVERIFY(!remove->isEnabled());
    QCOMPARE(widget->focusWidget(), list);
    QVERIFY(list->accessibleDescription().startsWith(message->text()));

    // The transfer budget (3 removals per license within 30 days): two more are allowed, the
    // next is refused with the date it becomes possible, and changes nothing.
    for (int i = 0; i < 3; ++i) {
        const QString name = QStringLiteral("Laptop %1").arg(i + 2);
        QVERIFY(checkOutElsewhere(session, store, QStringLiteral("laptop-hw-%1").arg(i), name));
        show->click();
        QVERIFY(finished.wait(15000));
        QTreeWidgetItem *laptop = nullptr;
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            if (list->topLevelItem(row)->text(0) == name)
                laptop = list->topLevelItem(row);
        }
        QVERIFY(laptop);
        list->setCurrentItem(laptop);
        remove->setFocus();
        remove->click();
        QVERIFY(finished.wait(15000));
        if (i < 2) {
            QVERIFY2(!section->lastError().isError(), qPrintable(section->lastError().toString()));
            continue;
        }
        QCOMPARE(section->lastError().code, ErrorCode::TransferLimitReached);
        QVERIFY2(message->text().startsWith(QStringLiteral("“Laptop 4” could not be removed: "))
                     && message->text().contains(QStringLiteral("The next removal is possible on")),
                 qPrintable(message->text()));
        QVERIFY(remove->isEnabled()); // still there, still removable later
        QCOMPARE(widget->focusWidget(), remove);
        QVERIFY(remove->accessibleDescription().startsWith(message->text()));
    }
    show->click();
    QVERIFY(finished.wait(15000));
    QVERIFY2(seats->text().contains(QStringLiteral("No more computers can be removed from it "
                                                   "until")),
             qPrintable(seats->text()));
}

/// Stands in for a desktop without a browser: its handler method does not exist, so
/// QDesktopServices::openUrl() returns false.
