#include "diagnostics/Redactor.h"
#include "session/RunSummary.h"
#include "store/LinkJournal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gobiz;
using namespace gobiz::RunSummary;

namespace {

// A failed row records the error as the journal does: its key, status and sentence.
void recordFailure(JournalEntry &row, const ApiError &error)
{
    row.errorKind = ApiError::kindKey(error.kind);
    row.httpStatus = error.httpStatus;
    row.errorMessage = error.userMessage();
}

// One finished journal row of a run, as LinkJournal::entries() returns it.
JournalEntry row(const QString &outlet, Product product, LinkAction action,
                 JournalEntry::Result result, int attempts = 1)
{
    JournalEntry r;
    r.request.outletId = outlet;
    r.request.product = product;
    r.request.action = action;
    r.request.externalOutletId = u"POS-"_qs + outlet;
    r.result = result;
    r.attempts = attempts;
    r.requestId = u"req-"_qs + outlet;
    r.finishedAt = QDateTime(QDate(2024, 3, 12), QTime(14, 2), Qt::UTC);
    if (result == JournalEntry::Result::Succeeded && action == LinkAction::Link)
        r.linkedAt = QDateTime(QDate(2024, 3, 12), QTime(14, 1, 59), Qt::UTC);
    r.queuedAt = r.finishedAt.addSecs(-1);
    if (attempts > 0)
        r.startedAt = r.queuedAt;
    if (result == JournalEntry::Result::Failed) {
        ApiError error(ApiError::Kind::Forbidden);
        error.httpStatus = 403;
        recordFailure(r, error);
    }
    return r;
}

JournalEntry superseded(JournalEntry r)
{
    r.resolution = JournalEntry::Resolution::Superseded;
    r.requestId.clear();
    return r;
}

const QList<Outlet> outlets = {{u"G1"_qs, u"Warung Satu"_qs, {}, true},
                               {u"G2"_qs, u"=HYPERLINK(\"x\")"_qs, {}, false},
                               {u"G3"_qs, u"Toko, \"Tiga\""_qs, {}, false}};

} // namespace

class TestRunSummary : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void buildFromJournal_data();
    void buildFromJournal();
    void csvCell_data();
    void csvCell();
    void operationsKeepEveryAction();
    void refusalsAreNotSentInOrder();
    void autoAcceptAtAnyPoint();
    void countsUseLocaleDigits_data();
    void countsUseLocaleDigits();
    void csvForExcel_data();
    void csvForExcel();
    void reports();
    void reportsNeverHoldTheToken();
};

void TestRunSummary::buildFromJournal_data()
{
    using R = JournalEntry::Result;
    QTest::addColumn<QList<JournalEntry>>("rows");
    QTest::addColumn<QStringList>("expected"); // outlet/product=result

    QTest::newRow("one link")
        << QList<JournalEntry>{row(u"G1"_qs, Product::GoFood, LinkAction::Link, R::Succeeded)}
        << QStringList{u"G1/gofood=linked"_qs};
    QTest::newRow("last one wins")
        << QList<JournalEntry>{row(u"G1"_qs, Product::GoFood, LinkAction::Link, R::Succeeded),
                               row(u"G1"_qs, Product::GoFood, LinkAction::Unlink, R::Succeeded)}
        << QStringList{u"G1/gofood=unlinked"_qs};
    QTest::newRow("products are separate")
        << QList<JournalEntry>{row(u"G1"_qs, Product::GoFood, LinkAction::Link, R::Succeeded),
                               row(u"G1"_qs, Product::Payment, LinkAction::Link, R::Failed)}
        << QStringList{u"G1/gofood=linked"_qs, u"G1/payment=failed"_qs};
    // Items 4 and 5 of issue 8: stopped is its own state, not a failure, and not left out.
    QTest::newRow("stopped before sending is not sent")
        << QList<JournalEntry>{row(u"G1"_qs, Product::GoFood, LinkAction::Link, R::Cancelled, 0)}
        << QStringList{u"G1/gofood=not_sent"_qs};
    QTest::newRow("an unlink stopped after a link")
        << QList<JournalEntry>{row(u"G1"_qs, Product::GoFood, LinkAction::Link, R::Succeeded),
                               row(u"G1"_qs, Product::GoFood, LinkAction::Unlink, R::Cancelled, 0)}
        << QStringList{u"G1/gofood=not_sent"_qs};
    QTest::newRow("stopped, then sent again: carried on")
        << QList<JournalEntry>{row(u"G1"_qs, Product::GoFood, LinkAction::Link, R::Cancelled, 0),
                               row(u"G1"_qs, Product::GoFood, LinkAction::Link, R::Succeeded)}
        << QStringList{u"G1/gofood=linked"_qs};
    QTest::newRow("refused before sending is not sent, not failed")
        << QList<JournalEntry>{row(u"G1"_qs, Product::Payment, LinkAction::Link, R::Failed, 0)}
        << QStringList{u"G1/payment=not_sent"_qs};
    QTest::newRow("superseded rows are left out")
        << QList<JournalEntry>{row(u"G1"_qs, Product::GoFood, LinkAction::Link, R::Succeeded),
                               superseded(row(u"G1"_qs, Product::GoFood, LinkAction::Unlink,
                                   R::Unfinished, 0))}
        << QStringList{u"G1/gofood=linked"_qs};
    QTest::newRow("cancelled in flight is unknown")
        << QList<JournalEntry>{row(u"G2"_qs, Product::Payment, LinkAction::Link, R::Cancelled, 1)}
        << QStringList{u"G2/payment=unknown"_qs};
    QTest::newRow("failed then retried ok")
        << QList<JournalEntry>{row(u"G3"_qs, Product::GoFood, LinkAction::Link, R::Failed),
                               row(u"G3"_qs, Product::GoFood, LinkAction::Link, R::Succeeded)}
        << QStringList{u"G3/gofood=linked"_qs};
    QTest::newRow("order of first appearance")
        << QList<JournalEntry>{row(u"G3"_qs, Product::GoFood, LinkAction::Link, R::Succeeded),
                               row(u"G1"_qs, Product::GoFood, LinkAction::Link, R::Succeeded),
                               row(u"G3"_qs, Product::GoFood, LinkAction::Unlink, R::Succeeded)}
        << QStringList{u"G3/gofood=unlinked"_qs, u"G1/gofood=linked"_qs};
}

void TestRunSummary::buildFromJournal()
{
    QFETCH(QList<JournalEntry>, rows);
    QFETCH(QStringList, expected);
    const QList<Entry> entries = RunSummary::buildFromJournal(rows, outlets);
    QStringList actual;
    for (const Entry &e : entries)
        actual << e.outletId + u'/' + productKey(e.product) + u'=' + resultKey(e.result);
    QCOMPARE(actual, expected);
    for (const Entry &e : entries) {
        QVERIFY(!resultText(e.result).isEmpty());
        if (e.result == Result::Linked)
            QVERIFY(e.linkedAt.isValid());
        if (e.result == Result::Failed || e.result == Result::NotSent)
            QVERIFY(!e.errorMessage.isEmpty());
    }
}

void TestRunSummary::csvCell_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << u"Warung"_qs << u"Warung"_qs;
    QTest::newRow("comma") << u"a,b"_qs << u"\"a,b\""_qs;
    QTest::newRow("quote") << u"say \"hi\""_qs << u"\"say \"\"hi\"\"\""_qs;
    QTest::newRow("formula") << u"=1+1"_qs << u"'=1+1"_qs;
    QTest::newRow("plus") << u"+62"_qs << u"'+62"_qs;
    QTest::newRow("at") << u"@SUM"_qs << u"'@SUM"_qs;
    QTest::newRow("newline") << u"a\nb"_qs << u"\"a\nb\""_qs;
}

void TestRunSummary::csvCell()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(RunSummary::csvCell(in), out);
}

// A run of five operations: G1 GoFood linked and later unlinked, G1 Payment linked after it.
static Report sampleReport()
{
    using R = JournalEntry::Result;
    Report report;
    report.environmentKey = u"custom"_qs;
    report.environmentName = u"Custom"_qs;
    report.baseUrl = QUrl(u"http://127.0.0.1:1234/"_qs);
    report.roles = {u"owner"_qs};
    report.merchantKey = u"G1"_qs;
    report.primaryOutletName = u"Warung; Satu"_qs;
    report.generatedAt = QDateTime(QDate(2024, 3, 12), QTime(15, 0), Qt::UTC);
    report.timeZone = QTimeZone("Asia/Jakarta");
    report.operations = RunSummary::operationsFromJournal(
        {row(u"G1"_qs, Product::GoFood, LinkAction::Link, R::Succeeded),
         row(u"G2"_qs, Product::Payment, LinkAction::Link, R::Failed),
         row(u"G3"_qs, Product::Payment, LinkAction::Unlink, R::Succeeded),
         row(u"G1"_qs, Product::Payment, LinkAction::Link, R::Succeeded),
         row(u"G1"_qs, Product::GoFood, LinkAction::Unlink, R::Succeeded)},
        outlets);
    report.entries = RunSummary::finalResults(report.operations);
    return report;
}

void TestRunSummary::operationsKeepEveryAction()
{
    // Issue 8, item 13: "GoFood linked then payment linked keeps only the last".
    const Report report = sampleReport();
    QStringList ops;
    for (const Entry &e : report.operations)
        ops << e.outletId + u'/' + productKey(e.product) + u'/' + actionKey(e.action) + u'='
                + resultKey(e.result);
    QCOMPARE(ops,
        QStringList({u"G1/gofood/link=linked"_qs, u"G2/payment/link=failed"_qs,
            u"G3/payment/unlink=unlinked"_qs, u"G1/payment/link=linked"_qs,
            u"G1/gofood/unlink=unlinked"_qs}));
    // The table's final results keep what happened before.
    QCOMPARE(report.entries.size(), 4);
    const Entry &gofood = report.entries.at(0);
    QCOMPARE(gofood.outletId, u"G1"_qs);
    QCOMPARE(gofood.result, Result::Unlinked);
    QCOMPARE(gofood.earlier.size(), 1);
    QCOMPARE(gofood.earlier.first().result, Result::Linked);
    QLocale::setDefault(QLocale(u"en_US"_qs));
    QCOMPARE(earlierText(report, gofood), u"Linked, 12 Mar 2024 21:02 WIB"_qs);
    QLocale::setDefault(QLocale::c());
}

void TestRunSummary::refusalsAreNotSentInOrder()
{
    using R = JournalEntry::Result;
    JournalEntry first = row(u"G1"_qs, Product::GoFood, LinkAction::Link, R::Succeeded);
    JournalEntry last = row(u"G3"_qs, Product::GoFood, LinkAction::Link, R::Succeeded);
    last.queuedAt = first.queuedAt.addSecs(60);
    Refusal missing;
    missing.request.outletId = u"G2"_qs;
    missing.request.action = LinkAction::Link;
    missing.kind = u"missing_external_id"_qs;
    missing.reason = u"Enter the partner's external outlet ID"_qs;
    missing.at = first.queuedAt.addSecs(30);
    const QList<Entry> ops = RunSummary::operationsFromJournal({first, last}, outlets, {missing});
    QCOMPARE(ops.size(), 3);
    QCOMPARE(ops.at(1).outletId, u"G2"_qs);
    QCOMPARE(ops.at(1).result, Result::NotSent);
    QCOMPARE(ops.at(1).errorKind, u"missing_external_id"_qs);
    QCOMPARE(ops.at(1).errorMessage, missing.reason);
    QCOMPARE(ops.at(1).outletName, u"=HYPERLINK(\"x\")"_qs);
    Report report;
    report.operations = ops;
    report.entries = finalResults(ops);
    QCOMPARE(report.count(Result::NotSent), 1);
    QCOMPARE(report.count(Result::Failed), 0);
}

void TestRunSummary::autoAcceptAtAnyPoint()
{
    // Issue 8, item 2: linked to GoFood, then unlinked: still on Auto Accept, still reminded.
    const Report report = sampleReport();
    QCOMPARE(report.autoAcceptOutlets(), QStringList{u"G1"_qs});
    QVERIFY(report.gofoodLinked());
    const QString reminder = autoAcceptReminder(report);
    QVERIFY2(reminder.contains(u"1 outlet"_qs), qPrintable(reminder));
    QVERIFY2(reminder.contains(u"unlinking does not switch Auto Accept off"_qs),
        qPrintable(reminder));
    QCOMPARE(autoAcceptText(report.entries.at(0), true),
        u"Still on: unlinking does not switch it off"_qs);
    QVERIFY(autoAcceptText(report.entries.at(3), true).isEmpty()); // G1's Payment
    QVERIFY(autoAcceptText(report.entries.at(0), false).isEmpty());
    // A GoFood link whose answer never came may have switched it too.
    Report unknown;
    unknown.operations = operationsFromJournal(
        {row(u"G2"_qs, Product::GoFood, LinkAction::Link, JournalEntry::Result::Cancelled, 1)},
        outlets);
    unknown.entries = finalResults(unknown.operations);
    QCOMPARE(unknown.autoAcceptOutlets(), QStringList{u"G2"_qs});
    // Payment links and failed GoFood links do not.
    Report none;
    none.operations = operationsFromJournal(
        {row(u"G2"_qs, Product::GoFood, LinkAction::Link, JournalEntry::Result::Failed),
         row(u"G3"_qs, Product::Payment, LinkAction::Link, JournalEntry::Result::Succeeded)},
        outlets);
    QVERIFY(none.autoAcceptOutlets().isEmpty());
    QVERIFY(autoAcceptReminder(none).isEmpty());
}

void TestRunSummary::countsUseLocaleDigits_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << u"en_US"_qs
                        << u"Linked: 1 · Unlinked: 0 · Failed: 0 · Unknown: 0 · Not sent: 1,659"_qs;
    QTest::newRow("id") << u"id_ID"_qs
                        << u"Linked: 1 · Unlinked: 0 · Failed: 0 · Unknown: 0 · Not sent: 1.659"_qs;
}

void TestRunSummary::countsUseLocaleDigits()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QList<JournalEntry> rows {
        row(u"G1"_qs, Product::GoFood, LinkAction::Link, JournalEntry::Result::Succeeded)};
    for (int i = 0; i < 1659; ++i) {
        rows << row(u"S"_qs + QString::number(i), Product::GoFood, LinkAction::Link,
            JournalEntry::Result::Cancelled, 0);
    }
    Report report;
    report.operations = operationsFromJournal(rows, outlets);
    report.entries = finalResults(report.operations);
    QLocale::setDefault(QLocale(locale));
    const QString counts = countsText(report);
    QLocale::setDefault(QLocale::c());
    QCOMPARE(counts, expected);
}

void TestRunSummary::csvForExcel_data()
{
    QTest::addColumn<QChar>("separator");
    QTest::newRow("semicolon (id_ID Excel)") << QChar(u';');
    QTest::newRow("comma") << QChar(u',');
}

void TestRunSummary::csvForExcel()
{
    QFETCH(QChar, separator);
    QLocale::setDefault(QLocale(u"en_US"_qs));
    const Report report = sampleReport();
    const QByteArray csv = toCsv(report, separator);
    QLocale::setDefault(QLocale::c());
    // UTF-8 with a byte order mark, so Excel does not read "—" as the Windows code page.
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    QVERIFY(text.endsWith(u"\r\n"_qs));
    QStringList lines = text.split(u"\r\n"_qs);
    lines.removeLast();
    QCOMPARE(lines.size(), 1 + report.operations.size()); // one row per operation
    const QString s(separator);
    QCOMPARE(lines.at(0),
        QStringList({u"merchant_id"_qs, u"merchant_name"_qs, u"operation"_qs, u"outlet_id"_qs,
                        u"outlet_name"_qs, u"product"_qs, u"action"_qs, u"result"_qs,
                        u"result_text"_qs, u"time"_qs, u"external_outlet_id"_qs,
                        u"linked_at"_qs, u"finished_at"_qs, u"attempts"_qs, u"error_kind"_qs,
                        u"error_message"_qs, u"request_id"_qs, u"gofood_auto_accept"_qs})
            .join(s));
    // Either separator inside a value is quoted, whichever the file uses.
    QCOMPARE(lines.at(1),
        QStringList({u"G1"_qs, u"\"Warung; Satu\""_qs, u"1"_qs, u"G1"_qs, u"Warung Satu"_qs,
                        u"gofood"_qs, u"link"_qs, u"linked"_qs, u"Linked"_qs,
                        u"12 Mar 2024 21:02:00 WIB"_qs, u"POS-G1"_qs,
                        u"2024-03-12T21:01:59+07:00"_qs, u"2024-03-12T21:02:00+07:00"_qs,
                        u"1"_qs, QString(), QString(), u"req-G1"_qs, u"true"_qs})
            .join(s));
    // The formula guard: a server's outlet name never runs in a spreadsheet.
    QVERIFY2(lines.at(2).contains(s + u"\"'=HYPERLINK(\"\"x\"\")\""_qs + s), qPrintable(lines.at(2)));
    QVERIFY(lines.at(2).contains(s + u"failed"_qs + s + u"Failed (link)"_qs + s));
    QVERIFY(lines.at(3).contains(u"\"Toko, \"\"Tiga\"\"\""_qs));
    QVERIFY(lines.at(3).endsWith(s + u"false"_qs));
    QVERIFY(lines.at(5).contains(s + u"unlink"_qs + s + u"unlinked"_qs + s));
    QVERIFY(lines.at(5).endsWith(s + u"true"_qs)); // unlinked, still on Auto Accept
}

void TestRunSummary::reports()
{
    const Report report = sampleReport();
    QCOMPARE(report.count(Result::Linked), 1); // G1 Payment
    QCOMPARE(report.count(Result::Failed), 1);
    QCOMPARE(report.count(Result::Unlinked), 2);

    const QJsonObject json = QJsonDocument::fromJson(toJson(report)).object();
    QCOMPARE(json.value(u"version"_qs).toInt(), 2);
    QCOMPARE(json.value(u"environment"_qs).toString(), u"custom"_qs);
    QCOMPARE(json.value(u"gofood_auto_accept_reminder"_qs).toBool(), true);
    QCOMPARE(json.value(u"gofood_auto_accept_outlets"_qs).toArray(),
        QJsonArray({u"G1"_qs}));
    QCOMPARE(json.value(u"generated_at"_qs).toString(), u"2024-03-12T22:00:00+07:00"_qs);
    QCOMPARE(json.value(u"counts"_qs).toObject().value(u"failed"_qs).toInt(), 1);
    QCOMPARE(json.value(u"counts"_qs).toObject().value(u"not_sent"_qs).toInt(), 0);
    const QJsonArray operations = json.value(u"operations"_qs).toArray();
    QCOMPARE(operations.size(), 5);
    QCOMPARE(operations.at(0).toObject().value(u"linked_at"_qs).toString(),
        u"2024-03-12T21:01:59+07:00"_qs);
    QCOMPARE(operations.at(1).toObject().value(u"error"_qs).toObject().value(u"kind"_qs).toString(),
             u"forbidden"_qs);
    QVERIFY(operations.at(2).toObject().value(u"linked_at"_qs).isNull());
    const QJsonArray entries = json.value(u"entries"_qs).toArray();
    QCOMPARE(entries.size(), 4);
    const QJsonObject gofood = entries.at(0).toObject();
    QCOMPARE(gofood.value(u"result"_qs).toString(), u"unlinked"_qs);
    QCOMPARE(gofood.value(u"gofood_auto_accept"_qs).toBool(), true);
    QCOMPARE(gofood.value(u"earlier"_qs).toArray().size(), 1);

    QLocale::setDefault(QLocale(u"en_US"_qs));
    const QString text = toText(report);
    QLocale::setDefault(QLocale::c());
    QVERIFY(text.contains(u"Auto Accept"_qs));
    QVERIFY2(text.contains(u"Warung; Satu, Custom, 12 Mar 2024 22:00 WIB"_qs), qPrintable(text));
    QVERIFY2(text.contains(u"Warung Satu\tG1\tGoFood\tUnlinked\tPOS-G1\t\t\t"
                           "Linked, 12 Mar 2024 21:02 WIB\tStill on"_qs),
        qPrintable(text));
}

void TestRunSummary::reportsNeverHoldTheToken()
{
    // Even if a token found its way into a server message, the one redaction point removes it.
    const QString token = u"tok-very-secret-123456"_qs;
    Redactor::registerSecret(token);
    JournalEntry failed
        = row(u"G1"_qs, Product::GoFood, LinkAction::Link, JournalEntry::Result::Failed);
    ApiError error(ApiError::Kind::Forbidden);
    error.httpStatus = 403;
    error.serverMessage = u"bad token "_qs + token;
    recordFailure(failed, error);
    Report report;
    report.operations = RunSummary::operationsFromJournal({failed}, outlets);
    report.entries = RunSummary::finalResults(report.operations);
    QVERIFY(!toCsv(report).contains(token.toUtf8()));
    QVERIFY(!toJson(report).contains(token.toUtf8()));
    QVERIFY(!toText(report).contains(token));
    Redactor::forgetSecret(token);
}

QTEST_GUILESS_MAIN(TestRunSummary)
#include "tst_runsummary.moc"
