// The CSV reader and writer: RFC 4180 quoting, line numbers, encodings, and formula injection.
#include "exchange/csv.h"

#include <QStringEncoder>
#include <QTest>

using namespace pd;

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotedFieldsSpanLines()
    {
        const QString text = QStringLiteral("name,summary\r\n\"Wang, Fang\",\"line one\nline \"\"two\"\"\"\n\nLi,plain\n");
        const auto records = Csv::parse(text);
        QVERIFY2(records, qPrintable(records.error()));
        QCOMPARE(records->size(), 3); // the blank line is no record
        QCOMPARE(records->at(1).fields, (QStringList{QStringLiteral("Wang, Fang"), QStringLiteral("line one\nline \"two\"")}));
        QCOMPARE(records->at(1).line, 2);
        QCOMPARE(records->at(2).fields, (QStringList{QStringLiteral("Li"), QStringLiteral("plain")}));
        QCOMPARE(records->at(2).line, 5); // after the two-line field and the blank line
    }

    void emptyFieldsAndNoFinalNewline()
    {
        const auto records = Csv::parse(QStringLiteral("a,,c\n,,\n\"\",x"));
        QVERIFY(records);
        QCOMPARE(records->size(), 3);
        QCOMPARE(records->at(0).fields, (QStringList{QStringLiteral("a"), QString(), QStringLiteral("c")}));
        QCOMPARE(records->at(1).fields, (QStringList{QString(), QString(), QString()}));
        QCOMPARE(records->at(2).fields, (QStringList{QString(), QStringLiteral("x")}));
    }

    void unclosedQuoteNamesItsLine()
    {
        const auto records = Csv::parse(QStringLiteral("a,b\n1,2\n3,\"never closed\n4,5\n"));
        QVERIFY(!records);
        QCOMPARE(records.errorKind(), ErrorKind::Invalid);
        QVERIFY2(records.error().contains(QStringLiteral("Line 3")), qPrintable(records.error()));
    }

    void separators()
    {
        QCOMPARE(Csv::detectSeparator(u"a;b;c\n1,5;2;3"), QLatin1Char(';'));
        QCOMPARE(Csv::detectSeparator(u"a\tb\tc"), QLatin1Char('\t'));
        QCOMPARE(Csv::detectSeparator(u"\"x;y;z\",b"), QLatin1Char(','));
        const auto records = Csv::parse(u"a;b\n1;\"2;3\"", QLatin1Char(';'));
        QVERIFY(records);
        QCOMPARE(records->at(1).fields, (QStringList{QStringLiteral("1"), QStringLiteral("2;3")}));
    }

    void encodings()
    {
        const QString text = QStringLiteral("姓名,手机号\n王芳,13812345678\n");
        // UTF-8, with and without a byte-order mark.
        for (const QByteArray &bytes : {text.toUtf8(), QByteArray(Csv::byteOrderMark() + text.toUtf8())}) {
            const auto d = Csv::decode(bytes);
            QVERIFY(d);
            QCOMPARE(d->encoding, Csv::Encoding::Utf8);
            QCOMPARE(d->text, text);
        }
        // GBK, as many web forms export it: detected.
        QStringEncoder gbk("GBK");
        const QByteArray gbkBytes = gbk.encode(text);
        QVERIFY(!gbk.hasError());
        QVERIFY(gbkBytes != text.toUtf8());
        const auto d = Csv::decode(gbkBytes);
        QVERIFY2(d, qPrintable(d.error()));
        QCOMPARE(d->encoding, Csv::Encoding::Gbk);
        QCOMPARE(d->text, text);
        // GBK read as UTF-8 by choice: refused, naming the first line that is not UTF-8.
        const QByteArray mixed = QByteArray("name,phone\nLi,1\n") + gbkBytes;
        const auto forced = Csv::decode(mixed, Csv::Encoding::Utf8);
        QVERIFY(!forced);
        QVERIFY2(forced.error().contains(QStringLiteral("Line 3")), qPrintable(forced.error()));
    }

    void formulasAreDefused_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")") << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        QTest::newRow("+") << QStringLiteral("+1+2") << QStringLiteral("'+1+2");
        QTest::newRow("-") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("cr") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
        QTest::newRow("plain") << QStringLiteral("王芳") << QStringLiteral("王芳");
        QTest::newRow("inner =") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    }
    void formulasAreDefused()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(QString::fromUtf8(Csv::line({cell, QStringLiteral("x")})), written + QStringLiteral(",x\r\n"));
    }

    // What the writer writes, the reader reads back (less the apostrophe of defused cells).
    void roundTrip()
    {
        const QStringList cells{QStringLiteral("多行\n文本"), QStringLiteral("\"quoted\""), QString(), QStringLiteral("a;b"),
                                QStringLiteral("𠀀王")};
        const auto back = Csv::parse(QString::fromUtf8(Csv::line(cells) + Csv::line(cells)));
        QVERIFY(back);
        QCOMPARE(back->size(), 2);
        QCOMPARE(back->at(0).fields, cells);
        QCOMPARE(back->at(1).line, 3);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
