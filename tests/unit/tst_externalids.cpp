#include "session/ExternalIds.h"

#include <QTest>

#include <algorithm>

using namespace gobiz;
using namespace gobiz::ExternalIds;

class TestExternalIds : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void parseCsv_data();
    void parseCsv();
    void parseCsvErrors_data();
    void parseCsvErrors();
    void preview_data();
    void preview();
    void fillPattern_data();
    void fillPattern();
    void patternErrors_data();
    void patternErrors();
};

// "id=ext|id=ext" for compact expectations.
static QString flatten(const QList<CsvRow> &rows)
{
    QStringList parts;
    for (const CsvRow &row : rows)
        parts << row.outletId + u'=' + row.externalId;
    return parts.join(u'|');
}

void TestExternalIds::parseCsv_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("header");

    QTest::newRow("plain") << QByteArray("G1,POS-1\nG2,POS-2\n") << u"G1=POS-1|G2=POS-2"_qs << false;
    QTest::newRow("crlf and no final newline") << QByteArray("G1,A\r\nG2,B") << u"G1=A|G2=B"_qs << false;
    QTest::newRow("header") << QByteArray("outlet_id,external_outlet_id\nG1,A\n") << u"G1=A"_qs << true;
    QTest::newRow("header reversed columns")
        << QByteArray("External ID;Outlet ID\nA;G1\nB;G2\n") << u"G1=A|G2=B"_qs << true;
    QTest::newRow("semicolon") << QByteArray("G1;A\nG2;B\n") << u"G1=A|G2=B"_qs << false;
    QTest::newRow("tab") << QByteArray("G1\tA\nG2\tB\n") << u"G1=A|G2=B"_qs << false;
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFG1,A\n") << u"G1=A"_qs << false;
    QTest::newRow("quoted with comma and quote")
        << QByteArray("\"G 1\",\"POS, \"\"main\"\"\"\n") << u"G 1=POS, \"main\""_qs << false;
    QTest::newRow("quoted newline") << QByteArray("G1,\"A\nB\"\nG2,C\n") << u"G1=A\nB|G2=C"_qs << false;
    QTest::newRow("blank lines skipped") << QByteArray("G1,A\n\n\nG2,B\n") << u"G1=A|G2=B"_qs << false;
    QTest::newRow("spaces trimmed") << QByteArray("  G1 ,  A  \n") << u"G1=A"_qs << false;
    QTest::newRow("missing second column") << QByteArray("G1\nG2,B\n") << u"G1=|G2=B"_qs << false;
    QTest::newRow("extra columns ignored") << QByteArray("G1,A,note\n") << u"G1=A"_qs << false;
    QTest::newRow("utf8 text") << QByteArray("G1,Toko Ibu \xC3\x89\n") << u"G1=Toko Ibu É"_qs << false;
}

void TestExternalIds::parseCsv()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(bool, header);
    const CsvParse parsed = ExternalIds::parseCsv(bytes);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(flatten(parsed.rows), expected);
    QCOMPARE(parsed.hadHeader, header);
}

void TestExternalIds::parseCsvErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QByteArray() << u"empty"_qs;
    QTest::newRow("whitespace") << QByteArray(" \n \n") << u"empty"_qs;
    QTest::newRow("header only") << QByteArray("outlet_id,external_outlet_id\n") << u"no rows"_qs;
    QTest::newRow("open quote") << QByteArray("G1,\"A\nG2,B\n") << u"line 1"_qs;
    QTest::newRow("not utf8") << QByteArray("G1,\xff\xfe\n") << u"UTF-8"_qs;
}

void TestExternalIds::parseCsvErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mentions);
    const CsvParse parsed = ExternalIds::parseCsv(bytes);
    QVERIFY(!parsed.error.isEmpty());
    QVERIFY2(parsed.error.contains(mentions), qPrintable(parsed.error));
}

void TestExternalIds::preview_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("issues");
    QTest::addColumn<int>("applicable");

    QTest::newRow("all fine") << QByteArray("G1,A\nG2,B\n") << QStringList{u"ok"_qs, u"ok"_qs} << 2;
    QTest::newRow("unknown outlet") << QByteArray("G1,A\nG9,B\n")
                                    << QStringList{u"ok"_qs, u"unknown_outlet"_qs} << 1;
    QTest::newRow("duplicate outlet") << QByteArray("G1,A\nG1,B\nG2,C\n")
                                      << QStringList{u"duplicate_outlet"_qs, u"duplicate_outlet"_qs,
                                                     u"ok"_qs}
                                      << 1;
    // A report of this wizard, imported again: one row per product, the same pair each time.
    QTest::newRow("identical rows fill in once")
        << QByteArray("G1,A\nG1,A\nG2,B\nG1,A\n")
        << QStringList{u"ok"_qs, u"repeated_row"_qs, u"ok"_qs, u"repeated_row"_qs} << 2;
    QTest::newRow("identical rows and a differing one conflict")
        << QByteArray("G1,A\nG1,A\nG1,B\n")
        << QStringList{u"duplicate_outlet"_qs, u"duplicate_outlet"_qs, u"duplicate_outlet"_qs}
        << 0;
    QTest::newRow("repeated blank external id stays a problem")
        << QByteArray("G1,\nG1,\n")
        << QStringList{u"blank_external_id"_qs, u"blank_external_id"_qs} << 0;
    QTest::newRow("duplicate external id")
        << QByteArray("G1,A\nG2,A\nG3,C\n")
        << QStringList{u"duplicate_external_id"_qs, u"duplicate_external_id"_qs, u"ok"_qs} << 1;
    QTest::newRow("blank external id") << QByteArray("G1,\nG2,B\n")
                                       << QStringList{u"blank_external_id"_qs, u"ok"_qs} << 1;
    QTest::newRow("blank outlet id") << QByteArray(",A\nG2,B\n")
                                     << QStringList{u"blank_outlet_id"_qs, u"ok"_qs} << 1;
    QTest::newRow("ids are exact, case matters") << QByteArray("g1,A\n")
                                                 << QStringList{u"unknown_outlet"_qs} << 0;
}

void TestExternalIds::preview()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, issues);
    QFETCH(int, applicable);
    const QList<Outlet> outlets = {{u"G1"_qs, u"One"_qs, {}, true},
                                   {u"G2"_qs, u"Two"_qs, {}, false},
                                   {u"G3"_qs, u"Three"_qs, {}, false}};
    const Preview result = ExternalIds::preview(ExternalIds::parseCsv(csv).rows, outlets,
                                                {u"old-1"_qs, QString(), QString()});
    QStringList keys;
    for (const PreviewRow &row : result.rows)
        keys << issueKey(row.issue);
    QCOMPARE(keys, issues);
    QCOMPARE(result.applicable(), applicable);
    const auto problems = std::count_if(issues.cbegin(), issues.cend(), [](const QString &key) {
        return key != u"ok" && key != u"repeated_row";
    });
    QCOMPARE(result.withIssues(), int(problems));
    for (const PreviewRow &row : result.rows) {
        if (row.outletId == u"G1") {
            QCOMPARE(row.outletName, u"One"_qs);
            QCOMPARE(row.currentExternalId, u"old-1"_qs);
        }
        QVERIFY(!issueText(row.issue).isEmpty());
    }
}

void TestExternalIds::fillPattern_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("start");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("padded") << u"POS-{n:03}"_qs << 1 << QStringList{u"POS-001"_qs, u"POS-002"_qs, u"POS-003"_qs};
    QTest::newRow("start at 9") << u"POS-{n:02}"_qs << 9 << QStringList{u"POS-09"_qs, u"POS-10"_qs, u"POS-11"_qs};
    QTest::newRow("plain n") << u"S{n}"_qs << 98 << QStringList{u"S98"_qs, u"S99"_qs, u"S100"_qs};
    QTest::newRow("id") << u"{id}"_qs << 1 << QStringList{u"G1"_qs, u"G2"_qs, u"G3"_qs};
    QTest::newRow("mixed") << u"ext-{id}-{n}"_qs << 1 << QStringList{u"ext-G1-1"_qs, u"ext-G2-2"_qs, u"ext-G3-3"_qs};
    QTest::newRow("escaped braces") << u"{{{n}}}"_qs << 1 << QStringList{u"{1}"_qs, u"{2}"_qs, u"{3}"_qs};
    QTest::newRow("spaces in placeholder") << u"A{ n:03 }"_qs << 1 << QStringList{u"A001"_qs, u"A002"_qs, u"A003"_qs};
}

void TestExternalIds::fillPattern()
{
    QFETCH(QString, pattern);
    QFETCH(int, start);
    QFETCH(QStringList, expected);
    const QList<Outlet> outlets = {{u"G1"_qs, u"One"_qs, {}, true},
                                   {u"G2"_qs, u"Two"_qs, {}, false},
                                   {u"G3"_qs, u"Three"_qs, {}, false}};
    const PatternResult result = ExternalIds::fillPattern(pattern, outlets, start);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.values, expected);
}

void TestExternalIds::patternErrors_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QString() << u"POS-{n:03}"_qs;
    QTest::newRow("constant") << u"POS"_qs << u"same external id"_qs;
    QTest::newRow("unknown placeholder") << u"{name}"_qs << u"{name}"_qs;
    QTest::newRow("unclosed") << u"POS-{n"_qs << u"never closed"_qs;
    QTest::newRow("stray close") << u"POS-}{n}"_qs << u"no matching"_qs;
    QTest::newRow("bad width") << u"{n:3}"_qs << u"{n:03}"_qs;
    QTest::newRow("absurd width") << u"{n:099}"_qs << u"{n:03}"_qs;
}

void TestExternalIds::patternErrors()
{
    QFETCH(QString, pattern);
    QFETCH(QString, mentions);
    const QString error = validatePattern(pattern);
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY(!ExternalIds::fillPattern(pattern, {{u"G1"_qs, {}, {}, true}}).ok());
}

QTEST_GUILESS_MAIN(TestExternalIds)
#include "tst_externalids.moc"
