// The support loop, end to end: a customer's wizard session against the sandbox with faults
// (429, 503, a 401 in the middle of the run, a 409) is exported as HAR through the Support menu,
// the real gobiz-sandbox replays it (--replay), and the same steps against the replay give the
// same table, cell by cell, and the same summary. Then a secret scan of everything the support
// tools hand out: the HAR, the cURL text on the clipboard, the bundle and the log window's copy.

#include "BundlePreviewDialog.h"
#include "NetworkLogWindow.h"
#include "ReauthPanel.h"
#include "SandboxProcess.h"
#include "SecretScan.h"
#include "SummaryResults.h"
#include "TestFiles.h"
#include "WizardTestSupport.h"
#include "ZipReader.h"
#include "session/SupportDesk.h"
#include "support/NetworkLog.h"
#include "support/ZipArchive.h"

#include <QAction>
#include <QClipboard>
#include <QLabel>
#include <QListWidget>
#include <QStandardPaths>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QComboBox>
#include "support/NetworkLogFilter.h"
#include <QTableView>

using namespace gobiz;
using namespace gobiz::testing;
using namespace Qt::StringLiterals;

namespace {

// What a person sees at the end: every cell of the outlet table and the summary.
struct Observed
{
    QStringList table;
    QStringList summary;
    QString counts;
};

QStringList tableCells(const OutletModel *model)
{
    QStringList cells;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList line;
        for (int column = 0; column < model->columnCount(); ++column)
            line << model->index(row, column).data().toString();
        cells << line.join(u" | ");
    }
    return cells;
}

QStringList summaryRows(const QTableView *table)
{
    const QAbstractItemModel *model = table->model();
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList line;
        for (int column = 0; column < model->columnCount(); ++column) {
            // "Earlier in this run" names the local times of this run's steps: not a replayed value.
            if (column == SummaryResults::EarlierColumn)
                continue;
            line << model->index(row, column).data().toString();
        }
        rows << line.join(u" | ");
    }
    rows.sort();
    return rows;
}

// The customer's steps: sign in with the token, fill external ids, link six outlets to GoFood
// (Auto Accept confirmed), give the token again when GoBiz answers 401, go on to the summary.
bool runCustomerSteps(WizardHarness &h, const QUrl &baseUrl, const QString &token, Observed *observed,
    const std::function<void()> &beforeLinking = {})
{
    if (!h.goToTokenPage(baseUrl) || !h.signIn(token))
        return false;
    h.fillAllExternalIds();
    if (beforeLinking)
        beforeLinking();
    auto *linkGoFood = CHILD_OR_FAIL(QPushButton, h.outlets(), "linkGoFoodButton");
    auto *reauth = CHILD_OR_FAIL(QWidget, h.outlets(), "reauthPanel");
    auto *newToken = reauth ? CHILD_OR_FAIL(QLineEdit, reauth, "newTokenEdit") : nullptr;
    if (!linkGoFood || !newToken || !h.selectRows({0, 1, 2, 3, 4, 5}))
        return false;
    Prompt::setNextAnswer(ChangeConfirmations::Confirm); // Auto Accept
    QTest::mouseClick(linkGoFood, Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return reauth->isVisible(); }, 10000)) {
        qWarning("the 401 did not ask for a new token");
        return false;
    }
    QTest::keyClicks(newToken, token);
    QTest::keyClick(newToken, Qt::Key_Return);
    if (!QTest::qWaitFor([&] { return h.idle() && !reauth->isVisible(); }, 15000)) {
        qWarning("the run did not finish after the new token");
        return false;
    }
    h.clickNext();
    if (!QTest::qWaitFor([&] { return h.summary() && h.summary()->isReady(); }, 10000))
        return false;
    auto *summaryTable = CHILD_OR_FAIL(QTableView, h.summary(), "summaryTable");
    auto *counts = CHILD_OR_FAIL(QLabel, h.summary(), "countsLabel");
    if (!summaryTable || !counts)
        return false;
    observed->table = tableCells(h.model());
    observed->summary = summaryRows(summaryTable);
    observed->counts = counts->text();
    return true;
}

} // namespace

class TestSupportRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    void replayShowsTheCustomersScreen();
    void supportOutputsHoldNoSecret();
};

void TestSupportRoundTrip::replayShowsTheCustomersScreen()
{
    QTemporaryDir folder;
    const QString harPath = folder.filePath(u"customer.har"_s);
    const QString token = DemoTokens::owner();

    // 1. The customer's session, against the sandbox with faults.
    Observed customer;
    {
        WizardHarness h;
        h.server->faults().setBaseLatency(5);
        const auto faults = [&h] {
            // Each on its own outlet, so the order requests leave in does not matter.
            h.server->faults().failNext(FaultRoute::Link, Fault::tooManyRequests(1), 1, h.outletId(0));
            h.server->faults().failNext(FaultRoute::Link, Fault::httpError(503), 1, h.outletId(1));
            h.server->faults().failNext(FaultRoute::Link, Fault::httpError(409), 1, h.outletId(2));
            h.server->faults().failNext(FaultRoute::Link, Fault::httpError(401), 1, h.outletId(3));
        };
        QVERIFY(runCustomerSteps(h, h.server->baseUrl(), token, &customer, faults));
        // The run saw every fault: a 409 is final, the others were retried.
        QVERIFY(h.server->isLinked(h.outletId(0), u"gofood"_s));
        QVERIFY(h.server->isLinked(h.outletId(1), u"gofood"_s));
        QVERIFY(!h.server->isLinked(h.outletId(2), u"gofood"_s));
        QVERIFY(h.server->isLinked(h.outletId(3), u"gofood"_s));
        QVERIFY2(customer.counts.contains(u"Failed: 1"_s), qPrintable(customer.counts));

        // Exported the way a support agent asks for it: Support ▸ Export HAR….
        auto *exportHar = h.wizard->findChild<QAction *>(u"exportHarAction"_s);
        QVERIFY(exportHar);
        QSignalSpy saved(h.controller->support(), &SupportDesk::harSaved);
        Prompt::setNextSaveFile(harPath);
        exportHar->trigger();
        QVERIFY(saved.wait(10000));
        QVERIFY2(saved.first().at(1).toString().isEmpty(), qPrintable(saved.first().at(1).toString()));
    }
    const QByteArray har = fileBytes(harPath);
    QVERIFY(har.contains("\"status\": 429"));
    QVERIFY(har.contains("\"status\": 503"));
    QVERIFY(har.contains("\"status\": 409"));
    QVERIFY(har.contains("\"status\": 401"));
    QVERIFY(!har.contains(token.toUtf8()));

    // 2. The agent replays it with the real gobiz-sandbox.
    SandboxProcess replay;
    QString error;
    QVERIFY2(replay.start({u"--replay"_s, harPath, u"--latency"_s, u"0"_s}, &error, false), qPrintable(error));

    // 3. The same steps against the replay: the same screen.
    Observed replayed;
    {
        WizardHarness h;
        QVERIFY(runCustomerSteps(h, replay.baseUrl(), token, &replayed));
    }
    QCOMPARE(replayed.table, customer.table);
    QCOMPARE(replayed.summary, customer.summary);
    QCOMPARE(replayed.counts, customer.counts);

    // Every request was answered from the recording.
    QNetworkAccessManager network;
    QNetworkReply *state = network.get(QNetworkRequest(replay.baseUrl().resolved(QUrl(u"_sandbox/replay"_s))));
    QSignalSpy stateDone(state, &QNetworkReply::finished);
    QVERIFY(stateDone.wait(5000));
    const QJsonObject answer = QJsonDocument::fromJson(state->readAll()).object();
    QVERIFY2(answer.value(u"unmatched"_s).toArray().isEmpty(), QJsonDocument(answer).toJson().constData());
    QVERIFY(answer.value(u"served"_s).toInt() > 6);
    state->deleteLater();
}

// What the support tools hand out holds no token: the HAR, Copy as cURL (clipboard), the
// bundle (opened again with libarchive) and the log window's Copy rows.
void TestSupportRoundTrip::supportOutputsHoldNoSecret()
{
    WizardHarness h;
    const QString token = DemoTokens::owner();
    QVERIFY(h.goToTokenPage());
    QVERIFY(h.signIn(token));
    h.fillAllExternalIds();
    h.server->faults().failNext(FaultRoute::Link, Fault::httpError(503), 1, h.outletId(1));
    FIND_CHILD(QPushButton, linkPayment, h.outlets(), "linkPaymentButton");
    QVERIFY(h.selectRows({0, 1, 2}));
    QTest::mouseClick(linkPayment, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.idle(), 10000);

    // The log window from the shortcut, on whatever page.
    QTest::keySequence(h.wizard.get(), OutletWizard::networkLogShortcut());
    NetworkLogWindow *window = h.wizard->networkLogWindow();
    QTRY_VERIFY(window->isVisible());
    FIND_CHILD(QTableView, table, window, "networkLogTable");
    FIND_CHILD(QPlainTextEdit, details, window, "networkLogDetails");
    FIND_CHILD(QPushButton, copyCurl, window, "copyCurlButton");
    FIND_CHILD(QPushButton, copyRows, window, "copyRowsButton");
    FIND_CHILD(QComboBox, show, window, "networkLogShow");
    QTRY_COMPARE(table->model()->rowCount(), 5); // token-info, four links (one 503, its retry)
    h.screenshot(u"network-log"_s, window);

    // Problems only: the 503.
    show->setCurrentIndex(show->findData(int(NetworkLogFilter::Show::Problems)));
    QCOMPARE(table->model()->rowCount(), 1);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
        table->visualRect(table->model()->index(0, NetworkLog::Path)).center());
    QVERIFY2(details->toPlainText().contains(u"503"_s), qPrintable(details->toPlainText()));
    QVERIFY(details->toPlainText().contains(u"Authorization: [redacted]"_s));
    QTest::mouseClick(copyCurl, Qt::LeftButton);
    const QString curl = QGuiApplication::clipboard()->text();
    QVERIFY2(curl.startsWith(u"curl -X PUT '"_s) && curl.contains(u"$GOBIZ_TOKEN"_s), qPrintable(curl));
    QVERIFY(curl.contains(h.outletId(1)));
    QVERIFY(SecretScan::scanBytes(curl.toUtf8(), token, u"clipboard (cURL)"_s).isEmpty());
    FIND_CHILD(QPushButton, copyCurlCmd, window, "copyCurlCmdButton");
    QTest::mouseClick(copyCurlCmd, Qt::LeftButton);
    const QString curlCmd = QGuiApplication::clipboard()->text();
    QVERIFY2(curlCmd.startsWith(u"curl -X PUT ^\""_s) && curlCmd.contains(u"%GOBIZ_TOKEN%"_s), qPrintable(curlCmd));
    QVERIFY(SecretScan::scanBytes(curlCmd.toUtf8(), token, u"clipboard (cURL for cmd)"_s).isEmpty());

    show->setCurrentIndex(0);
    table->selectAll();
    QTest::mouseClick(copyRows, Qt::LeftButton);
    const QString rows = QGuiApplication::clipboard()->text();
    QCOMPARE(rows.count(u'\n'), 5); // a header line and five rows
    QVERIFY(SecretScan::scanBytes(rows.toUtf8(), token, u"clipboard (rows)"_s).isEmpty());
    QVERIFY(SecretScan::scanBytes(details->toPlainText().toUtf8(), token, u"details"_s).isEmpty());

    // The bundle: previewed, saved, opened again.
    QTemporaryDir folder;
    const QString bundlePath = folder.filePath(u"bundle.zip"_s);
    FIND_CHILD(QPushButton, bundleButton, window, "diagnosticsBundleButton");
    QTest::mouseClick(bundleButton, Qt::LeftButton);
    auto *preview = window->findChild<BundlePreviewDialog *>();
    QVERIFY(preview);
    FIND_CHILD(QListWidget, files, preview, "bundleFiles");
    FIND_CHILD(QPushButton, save, preview, "saveBundleButton");
    QTRY_VERIFY_WITH_TIMEOUT(files->count() == 6 && save->isEnabled(), 10000);
    h.screenshot(u"diagnostics-bundle"_s, preview);
    QSignalSpy saved(h.controller->support(), &SupportDesk::bundleSaved);
    Prompt::setNextSaveFile(bundlePath);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QVERIFY2(saved.first().at(1).toString().isEmpty(), qPrintable(saved.first().at(1).toString()));
    const QByteArray zip = fileBytes(bundlePath);
    QString error;
    const QList<ZipArchive::File> contents = gobiz::test::unzip(zip, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList names;
    for (const ZipArchive::File &file : contents) {
        names << file.name;
        QVERIFY2(SecretScan::scanBytes(file.bytes, token, file.name).isEmpty(), qPrintable(file.name));
    }
    QCOMPARE(names, QStringList({u"README.txt"_s, u"about.txt"_s, u"settings.txt"_s, u"journal.csv"_s,
                                 u"session.har"_s, u"log.txt"_s}));
    // This merchant's journal rows are in it: three links.
    const QByteArray journal = contents[3].bytes;
    QCOMPARE(journal.count("\r\n"), 4);
    QVERIFY(journal.contains(h.outletId(1).toUtf8()));
    QVERIFY(contents[4].bytes.contains("\"status\": 503"));
    QVERIFY(SecretScan::scanBytes(zip, token, u"bundle.zip"_s).isEmpty());

    // Closing the wizard closes the support windows too: nothing keeps the program running.
    QVERIFY(preview->isVisible());
    Prompt::setNextAnswer(OutletWizard::CloseWithoutReport);
    QTest::mouseClick(h.wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QTRY_VERIFY(!h.wizard->isVisible());
    QVERIFY(!window->isVisible());
    QVERIFY(!preview->isVisible());
}

QTEST_MAIN(TestSupportRoundTrip)
#include "tst_supportroundtrip.moc"
