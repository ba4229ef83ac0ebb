#include "text/DateTimeText.h"

#include <QTest>

using namespace gobiz;

// The one format for people, in both UI languages and Indonesia's three zones, with the zone and
// the locale given explicitly: the machine's own zone and locale never change the result.
class TestDateTimeText : public QObject
{
    Q_OBJECT
private slots:
    void format_data();
    void format();
    void iso_data();
    void iso();
    void defaultsFollowTheUiLanguage();
};

namespace {
const QDateTime utc(QDate(2026, 12, 1), QTime(1, 48, 44), Qt::UTC);
}

void TestDateTimeText::format_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<bool>("seconds");
    QTest::addColumn<QString>("expected");

    // Issue 8, item 12: "12/1/26 8:40 AM", "1 Dec 2026 08:48:44", "1 Dec 09:05" become one.
    QTest::newRow("en, Jakarta") << u"en_US"_qs << QByteArray("Asia/Jakarta") << utc << false
                                 << u"1 Dec 2026 08:48 WIB"_qs;
    QTest::newRow("id, Jakarta") << u"id_ID"_qs << QByteArray("Asia/Jakarta") << utc << false
                                 << u"1 Des 2026 08.48 WIB"_qs;
    QTest::newRow("id, seconds") << u"id_ID"_qs << QByteArray("Asia/Jakarta") << utc << true
                                 << u"1 Des 2026 08.48.44 WIB"_qs;
    QTest::newRow("en, seconds") << u"en_US"_qs << QByteArray("Asia/Jakarta") << utc << true
                                 << u"1 Dec 2026 08:48:44 WIB"_qs;
    QTest::newRow("id, Pontianak is WIB too") << u"id_ID"_qs << QByteArray("Asia/Pontianak") << utc
                                              << false << u"1 Des 2026 08.48 WIB"_qs;
    QTest::newRow("id, Makassar") << u"id_ID"_qs << QByteArray("Asia/Makassar") << utc << false
                                  << u"1 Des 2026 09.48 WITA"_qs;
    QTest::newRow("id, Jayapura") << u"id_ID"_qs << QByteArray("Asia/Jayapura") << utc << false
                                  << u"1 Des 2026 10.48 WIT"_qs;
    // 24 h, and the day before in UTC: the date follows the zone.
    QTest::newRow("en, afternoon") << u"en_US"_qs << QByteArray("Asia/Jakarta")
                                   << QDateTime(QDate(2026, 3, 5), QTime(9, 5), Qt::UTC) << false
                                   << u"5 Mar 2026 16:05 WIB"_qs;
    QTest::newRow("id, Mei, next day in WIT")
        << u"id_ID"_qs << QByteArray("Asia/Jayapura")
        << QDateTime(QDate(2026, 5, 31), QTime(20, 0), Qt::UTC) << false
        << u"1 Jun 2026 05.00 WIT"_qs;
    QTest::newRow("id, Agustus") << u"id_ID"_qs << QByteArray("Asia/Jakarta")
                                 << QDateTime(QDate(2026, 8, 17), QTime(3, 0), Qt::UTC) << false
                                 << u"17 Agu 2026 10.00 WIB"_qs;
    // Outside Indonesia: the zone's letters, or its offset where tzdata has none.
    QTest::newRow("en, UTC") << u"en_US"_qs << QByteArray("UTC") << utc << false
                             << u"1 Dec 2026 01:48 UTC"_qs;
    QTest::newRow("en, Berlin") << u"en_US"_qs << QByteArray("Europe/Berlin") << utc << false
                                << u"1 Dec 2026 02:48 CET"_qs;
    QTest::newRow("en, Singapore has no letters") << u"en_US"_qs << QByteArray("Asia/Singapore")
                                                  << utc << false << u"1 Dec 2026 09:48 UTC+8"_qs;
    QTest::newRow("en, half-hour offset") << u"en_US"_qs << QByteArray("Asia/Kabul") << utc << false
                                          << u"1 Dec 2026 06:18 UTC+4:30"_qs;
    QTest::newRow("en, negative offset") << u"en_US"_qs << QByteArray("America/Sao_Paulo") << utc
                                         << false << u"30 Nov 2026 22:48 UTC-3"_qs;
    QTest::newRow("invalid") << u"id_ID"_qs << QByteArray("Asia/Jakarta") << QDateTime() << false
                             << QString();
}

void TestDateTimeText::format()
{
    QFETCH(QString, locale);
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, when);
    QFETCH(bool, seconds);
    QFETCH(QString, expected);
    const QTimeZone tz(zone);
    QVERIFY2(tz.isValid(), zone.constData());
    QCOMPARE(DateTimeText::format(when,
                 seconds ? DateTimeText::Precision::Seconds : DateTimeText::Precision::Minutes,
                 QLocale(locale), tz),
        expected);
}

void TestDateTimeText::iso_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Jakarta") << QByteArray("Asia/Jakarta") << u"2026-12-01T08:48:44+07:00"_qs;
    QTest::newRow("Makassar") << QByteArray("Asia/Makassar") << u"2026-12-01T09:48:44+08:00"_qs;
    QTest::newRow("UTC") << QByteArray("UTC") << u"2026-12-01T01:48:44+00:00"_qs;
}

void TestDateTimeText::iso()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, expected);
    QCOMPARE(DateTimeText::iso(utc, QTimeZone(zone)), expected);
    QCOMPARE(QDateTime::fromString(expected, Qt::ISODate), utc); // the same instant
    QVERIFY(DateTimeText::iso(QDateTime(), QTimeZone(zone)).isEmpty());
}

void TestDateTimeText::defaultsFollowTheUiLanguage()
{
    // The pages call format(when): the default locale is the UI language (--lang).
    QLocale::setDefault(QLocale(u"id"_qs));
    QVERIFY(DateTimeText::format(utc).startsWith(u"1 Des 2026 "_qs));
    QLocale::setDefault(QLocale(u"en"_qs));
    QVERIFY(DateTimeText::format(utc).startsWith(u"1 Dec 2026 "_qs));
    QLocale::setDefault(QLocale::c());
}

QTEST_GUILESS_MAIN(TestDateTimeText)
#include "tst_datetimetext.moc"
