// SPDX-License-Identifier: BSD-3-Clause
// The window under palettes people choose and at 200 % scale (ctest runs this binary twice, the
// second time with QT_SCALE_FACTOR=2): the status view (valid licenses, the vendor's logo, accent
// and support link) and the activation wizard, each under the default, a dark and a black/white
// high-contrast palette, with no accent, a light one and a dark one. For every visible label,
// button, edit and list: text/background contrast of at least 4.5:1 (WCAG 2, computed from the
// palette roles the widget is painted with), no text clipped at the window's default size, and an
// accessible name on every focusable control.

#include "../unit/licensefixture.h"

#include "activationwizard.h"
#include "contrast.h"
#include "engine/activator.h"
#include "license/licensestore.h"
#include "licensestatuswidget.h"
#include "oidc/session.h"
#include "proxysettingsdialog.h"
#include "screenshot.h"
#include "storage/secretstore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtMath>

#include <cmath>

using namespace Keyway;
using namespace LicenseFixture;

namespace {

/// WCAG 2 relative luminance, computed here independently of the code under test.
double luminance(const QColor &colour)
{
    auto linear = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor c = colour.toRgb();
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), text(0xf0, 0xf0, 0xf0);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3c, 0x3c, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x45, 0x45, 0x45));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

QPalette highContrastPalette()
{
    QPalette p;
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
                      QPalette::ToolTipBase, QPalette::Dark, QPalette::Shadow, QPalette::Mid})
        p.setColor(role, Qt::black);
    for (auto role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::BrightText,
          QPalette::ToolTipText, QPalette::Light, QPalette::Midlight, QPalette::PlaceholderText})
        p.setColor(role, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x1a, 0xeb, 0xff));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, QColor(0xff, 0xff, 0x00));
    p.setColor(QPalette::LinkVisited, QColor(0xff, 0xff, 0x00));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x3f, 0xf2, 0x3f));
    return p;
}

/// The colour behind @p widget: the first ancestor (or itself) that fills its background.
QColor backgroundOf(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w->autoFillBackground() || w->isWindow())
            return w->palette().color(w->backgroundRole());
        if (auto *view = qobject_cast<const QAbstractItemView *>(w))
            return view->palette().color(QPalette::Base);
    }
    return widget->palette().color(QPalette::Window);
}

QString describe(const QWidget *widget)
{
    QString text;
    if (auto *label = qobject_cast<const QLabel *>(widget))
        text = label->text();
    else if (auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    return QStringLiteral("%1 \"%2\" (%3)")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
             text.left(60));
}

struct Finding
{
    QStringList problems;
    int checked = 0;
};

void checkContrast(const QWidget *w, const QColor &fg, const QColor &bg, const QString &what,
                   Finding *finding)
{
    ++finding->checked;
    const double ratio = contrast(fg, bg);
    if (ratio < 4.5)
        finding->problems << QStringLiteral("%1: %2 %3 on %4 is %5:1")
                                 .arg(describe(w), what, fg.name(), bg.name())
                                 .arg(ratio, 0, 'f', 2);
}

/// Every check on every visible widget of @p window.
Finding inspect(QWidget *window)
{
    Finding finding;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(window) || w->width() <= 0)
            continue;
        const bool enabled = w->isEnabled(); // disabled controls are exempt from WCAG 1.4.3

        if (auto *label = qobject_cast<QLabel *>(w); label && !label->text().isEmpty()) {
            const QColor bg = backgroundOf(label);
            if (enabled)
                checkContrast(label, label->palette().color(label->foregroundRole()), bg,
                              QStringLiteral("text"), &finding);
            if (enabled && label->text().contains(QLatin1String("<a "))) {
                // An anchor is drawn in its inline colour, else in the application palette's
                // Link colour at the time the text was parsed.
                static const QRegularExpression inlineColour(
                    QStringLiteral("color:\\s*(#[0-9a-fA-F]{6})"));
                const auto match = inlineColour.match(label->text());
                const QColor link = match.hasMatch()
                    ? QColor(match.captured(1))
                    : QApplication::palette().color(QPalette::Link);
                checkContrast(label, link, bg, QStringLiteral("link"), &finding);
            }
            // Not clipped: the text fits the space the layout gave it.
            const QSize hint = label->sizeHint();
            const bool fits = label->wordWrap()
                ? label->heightForWidth(label->width()) <= label->height() + 1
                : hint.width() <= label->width() + 1 && hint.height() <= label->height() + 1;
            if (!fits)
                finding.problems << QStringLiteral("%1: clipped, needs %2x%3 (wrap %4) in %5x%6")
                                        .arg(describe(label))
                                        .arg(hint.width())
                                        .arg(label->wordWrap()
                                                 ? label->heightForWidth(label->width())
                                                 : hint.height())
                                        .arg(label->wordWrap())
                                        .arg(label->width())
                                        .arg(label->height());
        } else if (auto *button = qobject_cast<QAbstractButton *>(w);
                   button && !button->text().isEmpty()) {
            const bool push = qobject_cast<QPushButton *>(button) != nullptr;
            const QColor bg =
                push ? button->palette().color(QPalette::Button) : backgroundOf(button);
            if (enabled)
                checkContrast(button, button->palette().color(button->foregroundRole()), bg,
                              QStringLiteral("text"), &finding);
            const QSize hint = button->sizeHint();
            const int needed = button->hasHeightForWidth() ? button->heightForWidth(button->width())
                                                           : hint.height();
            if (hint.width() > button->width() + 1 || needed > button->height() + 1)
                finding.problems << QStringLiteral("%1: clipped, needs %2x%3 in %4x%5")
                                        .arg(describe(button))
                                        .arg(hint.width())
                                        .arg(needed)
                                        .arg(button->width())
                                        .arg(button->height());
        } else if (auto *edit = qobject_cast<QLineEdit *>(w); edit && enabled) {
            checkContrast(edit, edit->palette().color(QPalette::Text),
                          edit->palette().color(QPalette::Base), QStringLiteral("text"), &finding);
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w);
                   view && enabled && !qobject_cast<QHeaderView *>(view)) {
            const QPalette p = view->palette();
            checkContrast(view, p.color(QPalette::Text), p.color(QPalette::Base),
                          QStringLiteral("items"), &finding);
            checkContrast(view, p.color(QPalette::HighlightedText), p.color(QPalette::Highlight),
                          QStringLiteral("selected items"), &finding);
            if (auto *tree = qobject_cast<QTreeView *>(view); tree && !tree->isHeaderHidden()) {
                const QPalette h = tree->header()->palette();
                checkContrast(tree->header(), h.color(QPalette::ButtonText),
                              h.color(QPalette::Button), QStringLiteral("header"), &finding);
            }
        }

        // Every control reachable with the keyboard has a name for screen readers.
        if (enabled && w->focusPolicy() != Qt::NoFocus && !qobject_cast<QHeaderView *>(w)
            && w->isVisibleTo(window)) {
            // A spin box's inner edit is part of it: screen readers name the spin box.
            QWidget *named =
                qobject_cast<QAbstractSpinBox *>(w->parentWidget()) ? w->parentWidget() : w;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(named);
            const QString name = accessible ? accessible->text(QAccessible::Name) : QString();
            if (name.trimmed().isEmpty())
                finding.problems << describe(w) + QStringLiteral(": no accessible name");
        }
    }
    return finding;
}

} // namespace

class AppearanceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void desktopColourScheme();
    void contrastFormula();
    void readableTextOnAccent_data();
    void readableTextOnAccent();
    void statusView_data();
    void statusView();
    void activationWizard_data();
    void activationWizard();
    void networkSettingsDialog_data();
    void networkSettingsDialog();

private:
    void addRows();
    VendorConfig vendorConfig(const QString &accent) const;
    QPalette paletteFor(const QString &kind) const;

    TestKeys::Key m_key = TestKeys::rsa();
    QTemporaryDir m_dir;
    QString m_logo;
    QPalette m_original;
};

void AppearanceTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Fusion paints with the palette's roles on every platform, which is what is measured here.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_original = QApplication::palette();
    QImage logo(96, 96, QImage::Format_ARGB32);
    logo.fill(QColor(0x1a, 0x23, 0x7e));
    m_logo = m_dir.filePath(QStringLiteral("logo.png"));
    QVERIFY(logo.save(m_logo));
    const QByteArray scale = qgetenv("QT_SCALE_FACTOR");
    qInfo("QT_SCALE_FACTOR=%s, device pixel ratio %.2f", scale.isEmpty() ? "unset" : scale.data(),
          qApp->devicePixelRatio());
    if (scale == "2")
        QCOMPARE(qApp->devicePixelRatio(), 2.0);
}

void AppearanceTest::cleanupTestCase()
{
    QApplication::setPalette(m_original);
}

VendorConfig AppearanceTest::vendorConfig(const QString &accent) const
{
    QJsonObject extra {{QStringLiteral("supportUrl"), QStringLiteral("https://example.com/help")},
                       {QStringLiteral("logo"), m_logo}};
    if (!accent.isEmpty())
        extra.insert(QStringLiteral("accentColor"), accent);
    return config(m_key.get(), extra);
}

QPalette AppearanceTest::paletteFor(const QString &kind) const
{
    if (kind == QLatin1String("dark"))
        return darkPalette();
    if (kind == QLatin1String("high contrast"))
        return highContrastPalette();
    if (kind == QLatin1String("desktop"))
        return m_original; // what the platform theme gave (appearancetest_desktopdark: GTK dark)
    return QApplication::style()->standardPalette();
}

void AppearanceTest::desktopColourScheme()
{
    // Keyway sets no palette of its own: the desktop's scheme reaches every window through Qt's
    // platform theme (docs/accessibility.md). appearancetest_desktopdark starts this program
    // with GNOME's dark theme through Qt's GTK platform theme; the rows "desktop" then check
    // contrast and clipping in those colours.
    const QByteArray expected = qgetenv("KEYWAY_EXPECT_DESKTOP_SCHEME");
    if (expected.isEmpty())
        QSKIP("run by appearancetest_desktopdark, which sets the desktop's scheme");
    QCOMPARE(expected, QByteArray("dark"));
    const QColor window = m_original.color(QPalette::Window);
    const QColor text = m_original.color(QPalette::WindowText);
    qInfo("desktop palette: window %s, text %s", qPrintable(window.name()),
          qPrintable(text.name()));
    QVERIFY2(window.lightness() < 100 && text.lightness() > 180,
             "the platform theme did not hand the desktop's dark colours to the application");
}

void AppearanceTest::contrastFormula()
{
    // The reference values of WCAG 2: black on white is 21:1, #767676 on white just passes.
    QCOMPARE(std::round(contrast(Qt::black, Qt::white) * 100) / 100, 21.0);
    QVERIFY(contrast(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
    QVERIFY(contrast(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    QCOMPARE(contrast(Qt::red, Qt::red), 1.0);
}

void AppearanceTest::readableTextOnAccent_data()
{
    QTest::addColumn<QString>("accent");
    for (const char *accent :
         {"#ffd700", "#f5f5f5", "#00bcd4", "#1a237e", "#000000", "#ff5722", "#777777", "#4caf50"})
        QTest::newRow(accent) << QString::fromLatin1(accent);
}

void AppearanceTest::readableTextOnAccent()
{
    QFETCH(QString, accent);
    const QColor background(accent);
    const QColor text = Keyway::readableTextOn(background);
    // Black or white, whichever is better, always reaches 4.5:1 on an opaque colour.
    QVERIFY2(contrast(text, background) >= 4.5,
             qPrintable(QStringLiteral("%1 on %2: %3")
                            .arg(text.name(), accent)
                            .arg(contrast(text, background))));
    QVERIFY(std::abs(Keyway::contrastRatio(text, background) - contrast(text, background)) < 0.01);
}

void AppearanceTest::addRows()
{
    QTest::addColumn<QString>("palette");
    QTest::addColumn<QString>("accent");
    QTest::addColumn<bool>("licensed");
    for (const char *palette : {"default", "dark", "high contrast", "desktop"}) {
        for (const char *accent : {"", "#ffd700", "#1a237e"}) {
            QTest::addRow("%s, accent %s", palette, *accent ? accent : "none")
                << QString::fromLatin1(palette) << QString::fromLatin1(accent) << true;
        }
        // Nothing licensed: the longer sentences and the "Activate…" button.
        QTest::addRow("%s, not licensed", palette)
            << QString::fromLatin1(palette) << QStringLiteral("#00bcd4") << false;
    }
}

void AppearanceTest::statusView_data()
{
    addRows();
}

void AppearanceTest::statusView()
{
    QFETCH(QString, palette);
    QFETCH(QString, accent);
    QFETCH(bool, licensed);
    QApplication::setPalette(paletteFor(palette));

    const VendorConfig cfg = vendorConfig(accent);
    QVERIFY(!cfg.licensedItems.isEmpty());
    QTemporaryDir dir;
    LicenseStore store(dir.path());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (licensed)
        QVERIFY(
            store.save(User, QStringLiteral("ada@example.com"),
                       {token(m_key.get(), Pro, now - 60), token(m_key.get(), Export, now - 60)}));
    else // one expired, one missing
        QVERIFY(store.save(User, QStringLiteral("ada@example.com"),
                           {token(m_key.get(), Pro, now - 7200, 3600)}));

    // Built as the keyway window builds it (app/keyway/main.cpp): the view in a scroll area.
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *scroll = new QScrollArea(&window);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *status = new LicenseStatusWidget(cfg);
    scroll->setWidget(status);
    layout->addWidget(scroll);
    // Signed in (a session in the secret store), so that the online actions are shown and
    // checked too; nothing is sent (no background renewal, nothing queued or journaled).
    QNetworkAccessManager nam;
    MemorySecretStore secrets;
    {
        SecretJob *write = secrets.write(Session::refreshTokenKey(cfg), "refresh-token");
        QSignalSpy written(write, &Job::finished);
        write->start();
        QVERIFY(written.wait(5000));
    }
    Activator engine(cfg, dir.path());
    engine.setNetworkAccessManager(&nam);
    engine.setSecretStore(&secrets);
    engine.setDeviceId(Device);
    engine.setBackgroundWork(false);
    QSignalSpy resumed(&engine, &Activator::resumeFinished);
    engine.start();
    QVERIFY(resumed.wait(5000));
    QVERIFY(engine.isSignedIn());
    status->setActivator(&engine);
    status->refresh();
    QCOMPARE(status->allValid(), licensed);
    // The window's size on the smallest screen it is made for (issue 17): 640x720 bounded by
    // 1024x768 at 100 % or 1280x800 at 200 %, a title bar left over, as app/keyway/main.cpp
    // bounds it by the screen's available size. Nothing may need more.
    const qreal ratio = qApp->devicePixelRatio();
    const QSize screen = ratio >= 2 ? QSize(1280, 800) : QSize(1024, 768);
    const QSize available(qFloor(screen.width() / ratio), qFloor((screen.height() - 48) / ratio));
    const QSize minimum = window.minimumSizeHint();
    QVERIFY2(minimum.width() <= available.width() && minimum.height() <= available.height(),
             qPrintable(QStringLiteral("the status view needs %1x%2, the screen has %3x%4")
                            .arg(minimum.width())
                            .arg(minimum.height())
                            .arg(available.width())
                            .arg(available.height())));
    window.resize(QSize(640, 720).boundedTo(available));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *list = status->findChild<QTreeWidget *>(QStringLiteral("statusList"));
    QVERIFY(list);
    list->setCurrentItem(list->topLevelItem(0));

    auto *logo = status->findChild<QLabel *>(QStringLiteral("brandLogo"));
    QVERIFY(logo && logo->isVisible());
    auto *link = status->findChild<QPushButton *>(QStringLiteral("supportLink"));
    QVERIFY(link && link->isVisible());
    if (!accent.isEmpty()) {
        QCOMPARE(list->palette().color(QPalette::Highlight), QColor(accent));
        auto *header = status->findChild<QWidget *>(QStringLiteral("brandHeader"));
        QVERIFY(header && header->autoFillBackground());
        QCOMPARE(header->palette().color(QPalette::Window), QColor(accent));
    }

    for (const char *name : {"renewButton", "signOutButton", "deactivateButton"})
        QVERIFY2(status->findChild<QPushButton *>(QLatin1String(name))->isVisible(), name);
    QCOMPARE(status->findChild<QPushButton *>(QStringLiteral("activateButton"))->isVisible(),
             !licensed);
    if (palette == QLatin1String("dark") && accent == QLatin1String("#ffd700"))
        saveScreenshot(&window,
                       qApp->devicePixelRatio() > 1.5 ? QStringLiteral("12-status-dark-branded-200")
                                                      : QStringLiteral("11-status-dark-branded"));

    const Finding finding = inspect(&window);
    QVERIFY2(finding.checked >= 10, qPrintable(QString::number(finding.checked)));
    QVERIFY2(finding.problems.isEmpty(), qPrintable(finding.problems.join(QLatin1Char('\n'))));
}

void AppearanceTest::activationWizard_data()
{
    addRows();
}

void AppearanceTest::activationWizard()
{
    QFETCH(QString, palette);
    QFETCH(QString, accent);
    QApplication::setPalette(paletteFor(palette));

    QTemporaryDir dir;
    Activator engine(vendorConfig(accent), dir.path());
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *wizard = new ActivationWizard(&engine, &window);
    layout->addWidget(wizard);
    window.resize(640, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const Finding finding = inspect(&window);
    QVERIFY2(finding.checked >= 3, qPrintable(QString::number(finding.checked)));
    QVERIFY2(finding.problems.isEmpty(), qPrintable(finding.problems.join(QLatin1Char('\n'))));
}

void AppearanceTest::networkSettingsDialog_data()
{
    QTest::addColumn<QString>("palette");
    QTest::addColumn<bool>("manual");
    for (const char *palette : {"default", "dark", "high contrast"}) {
        QTest::addRow("%s, system", palette) << QString::fromLatin1(palette) << false;
        QTest::addRow("%s, manual", palette) << QString::fromLatin1(palette) << true;
    }
}

void AppearanceTest::networkSettingsDialog()
{
    QFETCH(QString, palette);
    QFETCH(bool, manual);
    QApplication::setPalette(paletteFor(palette));
    ProxySettingsDialog dialog;
    ProxySettings settings;
    if (manual) {
        settings.mode = ProxySettings::Mode::Manual;
        settings.host = QStringLiteral("proxy.example.com");
        settings.port = 3128;
    }
    dialog.setSettings(settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Finding finding = inspect(&dialog);
    QVERIFY2(finding.checked >= 5, qPrintable(QString::number(finding.checked)));
    QVERIFY2(finding.problems.isEmpty(), qPrintable(finding.problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(AppearanceTest)
#include "appearancetest.moc"
