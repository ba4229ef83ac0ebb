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
    if (result == JournalEntry::Result::Failed) {
        ApiError error(ApiError::Kind::Forbidden);
        error.httpStatus = 403;
        recordFailure(r, error);
    }
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
    QTest::newRow("cancelled before sending is left out")
        << QList<JournalEntry>{row(u"G1"_qs, Product::GoFood, LinkAction::Link, R::Cancelled, 0)}
        << QStringList{};
    QTest::newRow("superseded does not hide the earlier result")
        << QList<JournalEntry>{row(u"G1"_qs, Product::GoFood, LinkAction::Link, R::Succeeded),
                               row(u"G1"_qs, Product::GoFood, LinkAction::Unlink, R::Cancelled, 0)}
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
        if (e.result == Result::Failed)
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

void TestRunSummary::reports()
{
    using R = JournalEntry::Result;
    Report report;
    report.environmentKey = u"custom"_qs;
    report.environmentName = u"Custom"_qs;
    report.baseUrl = QUrl(u"http://127.0.0.1:1234/"_qs);
    report.roles = {u"owner"_qs};
    report.generatedAt = QDateTime(QDate(2024, 3, 12), QTime(15, 0), Qt::UTC);
    report.entries = RunSummary::buildFromJournal(
        {row(u"G1"_qs, Product::GoFood, LinkAction::Link, R::Succeeded),
         row(u"G2"_qs, Product::Payment, LinkAction::Link, R::Failed),
         row(u"G3"_qs, Product::Payment, LinkAction::Unlink, R::Succeeded)},
        outlets);
    QVERIFY(report.gofoodLinked());
    QCOMPARE(report.count(Result::Linked), 1);
    QCOMPARE(report.count(Result::Failed), 1);
    QCOMPARE(report.count(Result::Unlinked), 1);

    const QByteArray csv = toCsv(report);
    const QList<QByteArray> lines = csv.split('\n');
    QVERIFY(lines.first().startsWith("merchant_id,merchant_name,outlet_id,outlet_name,product,action,result"));
    QVERIFY(csv.contains("G1,Warung Satu,gofood,link,linked,POS-G1,2024-03-12T14:01:59Z"));
    QVERIFY2(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""), csv.constData()); // defused formula
    QVERIFY(csv.contains("\"Toko, \"\"Tiga\"\"\""));

    const QJsonObject json = QJsonDocument::fromJson(toJson(report)).object();
    QCOMPARE(json.value(u"environment"_qs).toString(), u"custom"_qs);
    QCOMPARE(json.value(u"gofood_auto_accept_reminder"_qs).toBool(), true);
    QCOMPARE(json.value(u"counts"_qs).toObject().value(u"failed"_qs).toInt(), 1);
    const QJsonArray entries = json.value(u"entries"_qs).toArray();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).toObject().value(u"linked_at"_qs).toString(), u"2024-03-12T14:01:59Z"_qs);
    QCOMPARE(entries.at(1).toObject().value(u"error"_qs).toObject().value(u"kind"_qs).toString(),
             u"forbidden"_qs);
    QVERIFY(entries.at(2).toObject().value(u"linked_at"_qs).isNull());

    const QString text = toText(report);
    QVERIFY(text.contains(u"Auto Accept"_qs));
    QVERIFY(text.contains(u"Warung Satu\tG1\tGoFood\tLinked"_qs));
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
    report.entries = RunSummary::buildFromJournal({failed}, outlets);
    QVERIFY(!toCsv(report).contains(token.toUtf8()));
    QVERIFY(!toJson(report).contains(token.toUtf8()));
    QVERIFY(!toText(report).contains(token));
    Redactor::forgetSecret(token);
}

QTEST_GUILESS_MAIN(TestRunSummary)
#include "tst_runsummary.moc"
