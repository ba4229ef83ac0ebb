// The summary page and its reports (issue 8, items 2, 4, 5, 12 and 13), driven through the real
// wizard against a sandbox on port 0: the Auto Accept reminder for every outlet linked to GoFood
// at any point of the run, stopped and refused changes as "Not sent" (never Failed), one date
// format, and a report Excel in an id_ID locale opens: UTF-8 with a BOM, ';', one row per
// operation, saved through the save dialog's seam and read back.
#include "WizardTestSupport.h"

#include "SummaryResults.h"
#include "TestFiles.h"
#include "ViewCells.h"
#include "text/DateTimeText.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>

#include <algorithm>

using namespace gobiz;
using namespace gobiz::testing;

namespace {

// The summary table's rows as "outletId/Product=result key".
QStringList resultsOf(QTableView *table)
{
    QStringList rows;
    for (int r = 0; r < shownRows(table); ++r) {
        rows << cellText(table, r, SummaryResults::OutletIdColumn) + u'/'
                + cellText(table, r, SummaryResults::ProductColumn) + u'='
                + cellData(table, r, SummaryResults::ResultColumn, Qt::UserRole).toString();
    }
    rows.sort();
    return rows;
}

int rowOf(QTableView *table, const QString &outletId, const QString &product)
{
    for (int r = 0; r < shownRows(table); ++r) {
        if (cellText(table, r, SummaryResults::OutletIdColumn) == outletId
            && cellText(table, r, SummaryResults::ProductColumn) == product)
            return r;
    }
    return -1;
}

} // namespace

class TestSummaryReports : public QObject
{
    Q_OBJECT
private slots:
    void init() { QLocale::setDefault(QLocale(u"en_US"_qs)); }
    void cleanup() { QLocale::setDefault(QLocale(u"en_US"_qs)); }
    void linkedThenUnlinkedKeepsReminderAndEveryOperation();
    void stoppedChangesAreNotSentAndOneChoiceAway();
    void refusedForMissingIdIsNotSent();
    void datesUseTheOneFormat_data();
    void datesUseTheOneFormat();
    void summarySortsFromTheKeyboard();
};

// Item 2 and 13: GoFood linked, Payment linked, GoFood unlinked. The summary reminds of Auto
// Accept (GoBiz leaves it on), shows the earlier link, and the report has all three operations.
void TestSummaryReports::linkedThenUnlinkedKeepsReminderAndEveryOperation()
{
    WizardHarness h;
    QVERIFY(h.goToTokenPage());
    QVERIFY(h.signIn(DemoTokens::owner()));
    h.fillAllExternalIds();
    FIND_CHILD(QPushButton, linkGoFood, h.outlets(), "linkGoFoodButton");
    FIND_CHILD(QPushButton, linkPayment, h.outlets(), "linkPaymentButton");
    FIND_CHILD(QToolButton, unlinkButton, h.outlets(), "unlinkButton");
    const QString outlet = h.outletId(1);
    QVERIFY(h.selectRows({1}));
    Prompt::setNextAnswer(ChangeConfirmations::Confirm); // Auto Accept
    QTest::mouseClick(linkGoFood, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.server->isLinked(outlet, u"gofood"_qs) && h.idle(), 5000);
    QTest::mouseClick(linkPayment, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.server->isLinked(outlet, u"payment"_qs) && h.idle(), 5000);
    Prompt::setNextAnswer(ChangeConfirmations::Confirm); // the unlink, confirmed
    unlinkButton->menu()->actions().at(0)->trigger(); // unlink GoFood
    QTRY_VERIFY_WITH_TIMEOUT(!h.server->isLinked(outlet, u"gofood"_qs) && h.idle(), 5000);

    h.clickNext();
    QCOMPARE(h.wizard->currentId(), int(OutletWizard::SummaryPageId));
    QTRY_VERIFY(h.summary()->isReady());
    FIND_CHILD(InlineMessage, reminder, h.summary(), "autoAcceptReminder");
    FIND_CHILD(QTableView, table, h.summary(), "summaryTable");
    FIND_CHILD(QLabel, counts, h.summary(), "countsLabel");
    // Before: no reminder, since the final result was "Unlinked".
    QVERIFY(reminder->isVisible());
    QVERIFY2(reminder->text().contains(u"1 outlet"_qs), qPrintable(reminder->text()));
    QVERIFY2(reminder->text().contains(u"unlinking does not switch Auto Accept off"_qs),
        qPrintable(reminder->text()));
    QCOMPARE(resultsOf(table),
        QStringList({outlet + u"/GoFood=unlinked"_qs, outlet + u"/Payment=linked"_qs}));
    const int gofood = rowOf(table, outlet, u"GoFood"_qs);
    QVERIFY(
        cellText(table, gofood, SummaryResults::AutoAcceptColumn).startsWith(u"Still on"_qs));
    QVERIFY2(cellText(table, gofood, SummaryResults::EarlierColumn).startsWith(u"Linked, "_qs),
        qPrintable(cellText(table, gofood, SummaryResults::EarlierColumn)));
    QVERIFY(counts->text().contains(u"Not sent: 0"_qs));

    // Saved through the save dialog with the semicolon type (Excel in id_ID), read back.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.csv"_qs);
    Prompt::setNextSaveFile(
        path, u"CSV for Excel, separated by semicolons: Indonesia, most of Europe (*.csv)"_qs);
    QSignalSpy saved(h.summary(), &SummaryPage::reportSaveFinished);
    FIND_CHILD(QPushButton, saveButton, h.summary(), "saveButton");
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QVERIFY(saved.wait(5000));
    QVERIFY(saved.first().first().toBool());
    const QByteArray bytes = fileBytes(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "merchant_id;merchant_name;operation;outlet_id;"));
    QVERIFY(!bytes.contains(DemoTokens::owner().toUtf8()));
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    QCOMPARE(lines.size(), 5); // header, three operations, the empty rest after the last CRLF
    for (qsizetype i = 0; i < 4; ++i)
        QVERIFY2(lines.at(i).endsWith('\r'), lines.at(i).constData());
    QVERIFY2(lines.at(1).contains(";gofood;link;linked;"), lines.at(1).constData());
    QVERIFY2(lines.at(2).contains(";payment;link;linked;"), lines.at(2).constData());
    QVERIFY2(lines.at(3).contains(";gofood;unlink;unlinked;"), lines.at(3).constData());
    for (qsizetype i = 1; i < 4; ++i)
        QVERIFY(lines.at(i).endsWith(";true\r")); // that outlet stays on Auto Accept

    // The default type follows this computer's decimal separator ('.' here): commas.
    const QString commaPath = dir.filePath(u"comma.csv"_qs);
    Prompt::setNextSaveFile(commaPath);
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QVERIFY(saved.wait(5000));
    QVERIFY(fileBytes(commaPath).startsWith("\xEF\xBB\xBF"
                                          "merchant_id,merchant_name,operation,"));
}

// Items 4 and 5: stopping halfway shows the changes not sent as "Not sent", apart from Failed,
// and the filter shows just them.
void TestSummaryReports::stoppedChangesAreNotSentAndOneChoiceAway()
{
    WizardHarness h;
    QVERIFY(h.goToTokenPage());
    QVERIFY(h.signIn(DemoTokens::owner()));
    h.fillAllExternalIds();
    h.server->faults().setBaseLatency(400);
    FIND_CHILD(QPushButton, linkPayment, h.outlets(), "linkPaymentButton");
    FIND_CHILD(QPushButton, stop, h.outlets(), "stopButton");
    QVERIFY(h.selectRows({0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
    QTest::mouseClick(linkPayment, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(stop->isVisible() && stop->isEnabled(), 5000);
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.idle(), 10000);
    h.server->faults().setBaseLatency(0);

    h.clickNext();
    QCOMPARE(h.wizard->currentId(), int(OutletWizard::SummaryPageId));
    QTRY_VERIFY(h.summary()->isReady());
    FIND_CHILD(QLabel, counts, h.summary(), "countsLabel");
    FIND_CHILD(QTableView, table, h.summary(), "summaryTable");
    FIND_CHILD(QComboBox, filter, h.summary(), "summaryFilter");
    const RunSummary::Report &report = h.controller->report();
    const int notSent = report.count(RunSummary::Result::NotSent);
    // Before: the stopped changes were left out of the summary altogether.
    QVERIFY2(notSent > 0, qPrintable(counts->text()));
    QCOMPARE(report.count(RunSummary::Result::Failed), 0);
    QVERIFY2(counts->text().contains(u"Failed: 0"_qs), qPrintable(counts->text()));
    QVERIFY2(counts->text().contains(u"Not sent: %1"_qs.arg(notSent)), qPrintable(counts->text()));
    QCOMPARE(report.entries.size() - report.count(RunSummary::Result::Linked)
            - report.count(RunSummary::Result::Unknown),
        notSent);
    // The rows to look at come first; "Not sent" is one choice in the filter.
    const QString first
        = cellData(table, 0, SummaryResults::ResultColumn, Qt::UserRole).toString();
    QVERIFY2(first != u"linked"_qs, qPrintable(first));
    const int index = filter->findText(u"Not sent (%1)"_qs.arg(notSent));
    QVERIFY(index > 0);
    filter->setFocus();
    filter->setCurrentIndex(index); // as a person picks it
    for (int r = 0; r < shownRows(table); ++r) {
        QCOMPARE(cellData(table, r, SummaryResults::ResultColumn, Qt::UserRole).toString(),
            u"not_sent"_qs);
        QVERIFY(cellText(table, r, SummaryResults::ReasonColumn).contains(u"Stopped"_qs));
    }
    QCOMPARE(shownRows(table), notSent);
    filter->setCurrentIndex(0);
    QCOMPARE(shownRows(table), int(report.entries.size()));
}

// Item 5: a link without an external id is asked about before anything else; sending the
// others leaves it out of everything: not Failed, not counted, not in the summary.
void TestSummaryReports::refusedForMissingIdIsNotSent()
{
    WizardHarness h;
    QVERIFY(h.goToTokenPage());
    QVERIFY(h.signIn(DemoTokens::owner()));
    h.controller->applyExternalIds({{h.outletId(0), u"POS-0"_qs}});
    FIND_CHILD(QPushButton, linkPayment, h.outlets(), "linkPaymentButton");
    QVERIFY(h.selectRows({0, 1}));
    Prompt::setNextAnswer(ChangeConfirmations::SendOthers);
    QTest::mouseClick(linkPayment, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.server->isLinked(h.outletId(0), u"payment"_qs) && h.idle(), 5000);
    QCOMPARE(Prompt::asked().first(), QString::fromLatin1(Prompt::missingExternalIdsId));
    QCOMPARE(h.cellText(1, Product::Payment), OutletModel::stateText(gobiz::LinkState::Unknown));
    QCOMPARE(h.controller->runProgress().failed, 0);

    h.clickNext();
    QTRY_VERIFY(h.summary()->isReady());
    FIND_CHILD(QTableView, table, h.summary(), "summaryTable");
    FIND_CHILD(QLabel, counts, h.summary(), "countsLabel");
    QCOMPARE(resultsOf(table), QStringList({h.outletId(0) + u"/Payment=linked"_qs}));
    QVERIFY2(counts->text().contains(u"Failed: 0"_qs), qPrintable(counts->text()));
}

// Item 12: the summary, the outlet details and the report write moments one way, in the UI
// language, with the zone.
void TestSummaryReports::datesUseTheOneFormat_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("pattern");
    QTest::newRow("en") << u"en"_qs << u"^\\d{1,2} [A-Z][a-z]{2} \\d{4} \\d\\d:\\d\\d \\S+$"_qs;
    QTest::newRow("id") << u"id"_qs << u"^\\d{1,2} [A-Z][a-z]{2} \\d{4} \\d\\d\\.\\d\\d \\S+$"_qs;
}

void TestSummaryReports::datesUseTheOneFormat()
{
    QFETCH(QString, language);
    QFETCH(QString, pattern);
    QLocale::setDefault(QLocale(language)); // what --lang sets
    const QRegularExpression oneFormat(pattern);
    WizardHarness h;
    QVERIFY(h.goToTokenPage());
    QVERIFY(h.signIn(DemoTokens::owner()));
    h.fillAllExternalIds();
    FIND_CHILD(QPushButton, linkPayment, h.outlets(), "linkPaymentButton");
    QVERIFY(h.selectRows({2}));
    QTest::mouseClick(linkPayment, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.server->isLinked(h.outletId(2), u"payment"_qs) && h.idle(), 5000);
    const QDateTime linkedAt = h.model()->cell(2, Product::Payment).linkedAt;
    QVERIFY(linkedAt.isValid());
    const QString expected = DateTimeText::format(linkedAt);
    QVERIFY2(oneFormat.match(expected).hasMatch(), qPrintable(expected));
    // The outlets table's tooltip/details show the same text.
    const QString details = h.model()
                                ->index(2, OutletModel::columnOf(Product::Payment))
                                .data(Qt::ToolTipRole)
                                .toString();
    QVERIFY2(details.contains(expected), qPrintable(details));

    h.clickNext();
    QTRY_VERIFY(h.summary()->isReady());
    FIND_CHILD(QTableView, table, h.summary(), "summaryTable");
    const QString shown = cellText(table, 0, SummaryResults::LinkedAtColumn);
    QCOMPARE(shown, expected); // before: "12/1/26 8:40 AM" (en) or "01/12/26 08.40" (id)
    QTemporaryDir dir;
    QSignalSpy saved(h.summary(), &SummaryPage::reportSaveFinished);
    h.summary()->saveReportTo(dir.filePath(u"r.csv"_qs));
    QVERIFY(saved.wait(5000));
    const QString csv = QString::fromUtf8(fileBytes(dir.filePath(u"r.csv"_qs)));
    const QStringList row = csv.split(u"\r\n"_qs).value(1).split(u',');
    QVERIFY2(row.size() > 12, qPrintable(csv));
    // time: for people, in the one format (with seconds); linked_at: ISO 8601 with the offset.
    QVERIFY2(
        QRegularExpression(u"^\\d{1,2} [A-Z][a-z]{2} \\d{4} \\d\\d[.:]\\d\\d[.:]\\d\\d \\S+$"_qs)
            .match(row.at(9))
            .hasMatch(),
        qPrintable(row.at(9)));
    QCOMPARE(QDateTime::fromString(row.at(11), Qt::ISODate).toSecsSinceEpoch(),
        linkedAt.toSecsSinceEpoch());
    QVERIFY2(QRegularExpression(u"[+-]\\d\\d:\\d\\d$"_qs).match(row.at(11)).hasMatch(),
        qPrintable(row.at(11)));
}

// A cousin of item 16: the summary's table sorts from the keyboard too (Ctrl+Shift+S by the
// current column, again the other way round; the Menu key's menu back to the order asked), and
// says so to assistive technology.
void TestSummaryReports::summarySortsFromTheKeyboard()
{
    WizardHarness h;
    QVERIFY(h.goToTokenPage());
    QVERIFY(h.signIn(DemoTokens::owner()));
    h.fillAllExternalIds();
    FIND_CHILD(QPushButton, linkPayment, h.outlets(), "linkPaymentButton");
    QVERIFY(h.selectRows({0, 1, 2, 3}));
    QTest::mouseClick(linkPayment, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.controller->runProgress().done == 4 && h.idle(), 10000);

    h.clickNext();
    QTRY_VERIFY(h.summary()->isReady());
    FIND_CHILD(QTableView, table, h.summary(), "summaryTable");
    QCOMPARE(shownRows(table), 4);
    // The summary's model and its proxy keep the model rules through every sort below.
    const auto *proxy = qobject_cast<QSortFilterProxyModel *>(table->model());
    QVERIFY(proxy && proxy->sourceModel());
    QAbstractItemModelTester proxyRules(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester modelRules(proxy->sourceModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto shownIds = [table] {
        QStringList ids;
        for (int r = 0; r < shownRows(table); ++r)
            ids << cellText(table, r, SummaryResults::OutletIdColumn);
        return ids;
    };
    const QStringList asked = shownIds(); // one result alone: the order asked
    QStringList ascending = asked;
    ascending.sort();
    QVERIFY(ascending != asked); // else the test could not tell

    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    table->setCurrentIndex(table->model()->index(0, SummaryResults::OutletIdColumn));
    QTest::keyClick(table, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(shownIds(), ascending);
    QVERIFY2(table->accessibleDescription().startsWith(u"Sorted by Outlet ID, ascending."_qs),
             qPrintable(table->accessibleDescription()));
    QTest::keyClick(table, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(shownIds(), descending);

    // The Menu key's context menu (a popup: no nested event loop); "Order asked" restores.
    QMenu *menu = openSortMenu(table);
    QVERIFY(menu);
    const QList<QAction *> actions = menu->actions();
    const auto own = std::find_if(actions.cbegin(), actions.cend(), [](const QAction *action) {
        return action->text() == u"&Order asked"_qs;
    });
    QVERIFY(own != actions.cend());
    (*own)->trigger();
    menu->close();
    QCOMPARE(shownIds(), asked);
    QVERIFY2(table->accessibleDescription().startsWith(u"In the order asked."_qs),
             qPrintable(table->accessibleDescription()));
}

QTEST_MAIN(TestSummaryReports)
#include "tst_summaryreports.moc"
