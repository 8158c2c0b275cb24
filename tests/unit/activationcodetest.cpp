// SPDX-License-Identifier: BSD-3-Clause
#include "codes/activationcode.h"

#include <QStandardPaths>
#include <QTest>

using namespace Keyway;

class ActivationCodeTest : public QObject
{
    Q_OBJECT

private:
    static QStringList vectors()
    {
        // docs/protocol.md §2
        return {QStringLiteral("KWPWK-3DEGZ-DPCF5-4ERF5-DHQDA"),
                QStringLiteral("KWP3D-QCJU4-KHVMG-NZGED-P95W5"),
                QStringLiteral("KWSCE-WXY97-EFT8E-DV6U2-YB7Y4")};
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void validForms_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        for (const QString &code : vectors()) {
            const QString bare = QString(code).remove(QLatin1Char('-'));
            QTest::addRow("%s canonical", qPrintable(code)) << code << code;
            QTest::addRow("%s lower-case", qPrintable(code)) << code.toLower() << code;
            QTest::addRow("%s spaced", qPrintable(code))
                << QString(code).replace(QLatin1Char('-'), QLatin1Char(' ')) << code;
            QTest::addRow("%s unseparated", qPrintable(code)) << bare << code;
            QTest::addRow("%s padded and mixed", qPrintable(code)) << QStringLiteral("  ")
                    + bare.left(7).toLower() + QStringLiteral(" / ") + bare.mid(7)
                    + QStringLiteral("\n") << code;
        }
    }
    void validForms()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto code = ActivationCode::parse(input);
        QVERIFY2(code.hasValue(), qPrintable(code ? QString() : code.error().error.toString()));
        QCOMPARE(code->formatted(), expected);
        QCOMPARE(code->symbols(), QString(expected).remove(QLatin1Char('-')));
        QCOMPARE(code->configuration(), expected.left(3));
    }

    // Every single-symbol change, including the check symbol itself.
    void singleSymbolChange_data()
    {
        QTest::addColumn<QString>("input");
        for (const QString &code : vectors()) {
            const QString symbols = QString(code).remove(QLatin1Char('-'));
            QCOMPARE(symbols.size(), ActivationCode::Length);
            for (int position = 0; position < ActivationCode::Length; ++position) {
                for (const char symbol : ActivationCode::Alphabet) {
                    const QChar replacement = QLatin1Char(symbol);
                    if (replacement == symbols.at(position))
                        continue;
                    QString changed = symbols;
                    changed[position] = replacement;
                    QTest::addRow("%s pos %d -> %c", qPrintable(symbols.left(5)), position,
                                  replacement.toLatin1())
                        << changed;
                }
            }
        }
    }
    void singleSymbolChange()
    {
        QFETCH(QString, input);
        const auto code = ActivationCode::parse(input);
        QVERIFY(!code.hasValue());
        QCOMPARE(code.error().error.code, ErrorCode::CodeChecksumMismatch);
    }

    void neighbourSwap_data()
    {
        QTest::addColumn<QString>("input");
        for (const QString &code : vectors()) {
            const QString symbols = QString(code).remove(QLatin1Char('-'));
            for (int i = 0; i + 1 < symbols.size(); ++i) {
                if (symbols.at(i) == symbols.at(i + 1))
                    continue;
                QString swapped = symbols;
                std::swap(swapped[i], swapped[i + 1]);
                QTest::addRow("%s swap %d-%d", qPrintable(symbols.left(5)), i, i + 1) << swapped;
            }
        }
    }
    void neighbourSwap()
    {
        QFETCH(QString, input);
        const auto code = ActivationCode::parse(input);
        QVERIFY(!code.hasValue());
        QCOMPARE(code.error().error.code, ErrorCode::CodeChecksumMismatch);
    }

    // Luhn mod N has one blind spot, like decimal Luhn with "09": neighbours of values 0 and
    // N-1 ("A" and "9") swap undetected. None of the published vectors has such a pair.
    void neighbourSwapBlindSpot()
    {
        const QString first24 = QStringLiteral("KWPA9BCDEFGHJKLMNPQRSTUV");
        const QString code = first24 + ActivationCode::checkSymbol(first24);
        QVERIFY(ActivationCode::parse(code).hasValue());
        QString swapped = code;
        std::swap(swapped[3], swapped[4]);
        QEXPECT_FAIL(
            "",
            "Luhn mod 32 cannot see a swap of the neighbours A and 9 (values 0 and "
            "31), the one neighbour swap Luhn mod N misses; documented in docs/protocol.md §2",
            Continue);
        QVERIFY(!ActivationCode::parse(swapped).hasValue());
    }

    void foreignSymbol_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<int>("position");
        const QString valid = QStringLiteral("KWPWK3DEGZDPCF54ERF5DHQDA");
        const QList<QPair<const char *, QString>> symbols = {
            {"letter I", QStringLiteral("I")},          {"letter O", QStringLiteral("O")},
            {"digit 0", QStringLiteral("0")},           {"digit 1", QStringLiteral("1")},
            {"lower-case i", QStringLiteral("i")},      {"lower-case o", QStringLiteral("o")},
            {"umlaut", QStringLiteral("\u00c4")},       {"greek", QStringLiteral("\u03a9")},
            {"arabic digit", QStringLiteral("\u0663")},
        };
        for (const auto &entry : symbols) {
            for (int position : {0, 12, 24}) {
                QString input = valid;
                input[position] = entry.second.at(0);
                QTest::addRow("%s at %d", entry.first, position)
                    << input << entry.second.toUpper() << position;
            }
        }
    }
    void foreignSymbol()
    {
        QFETCH(QString, input);
        QFETCH(QString, symbol);
        QFETCH(int, position);
        const auto code = ActivationCode::parse(input);
        QVERIFY(!code.hasValue());
        QCOMPARE(code.error().error.code, ErrorCode::CodeInvalidSymbol);
        QCOMPARE(QString(code.error().symbol), symbol);
        QCOMPARE(code.error().position, position);
        QVERIFY2(code.error().error.message.contains(symbol),
                 qPrintable(code.error().error.message));
    }

    void wrongLength_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<ErrorCode>("expected");
        QTest::newRow("empty") << QString() << ErrorCode::CodeEmpty;
        QTest::newRow("separators only") << QStringLiteral(" - -  ") << ErrorCode::CodeEmpty;
        QTest::newRow("one group") << QStringLiteral("KWPWK") << ErrorCode::CodeTooShort;
        QTest::newRow("24 symbols")
            << QStringLiteral("KWPWK-3DEGZ-DPCF5-4ERF5-DHQD") << ErrorCode::CodeTooShort;
        QTest::newRow("26 symbols")
            << QStringLiteral("KWPWK-3DEGZ-DPCF5-4ERF5-DHQDA-A") << ErrorCode::CodeTooLong;
        QTest::newRow("two codes") << QStringLiteral("KWPWK-3DEGZ-DPCF5-4ERF5-DHQDA "
                                                     "KWP3D-QCJU4-KHVMG-NZGED-P95W5")
                                   << ErrorCode::CodeTooLong;
    }
    void wrongLength()
    {
        QFETCH(QString, input);
        QFETCH(ErrorCode, expected);
        const auto code = ActivationCode::parse(input);
        QVERIFY(!code.hasValue());
        QCOMPARE(code.error().error.code, expected);
        QVERIFY(!code.error().error.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(ActivationCodeTest)
#include "activationcodetest.moc"
