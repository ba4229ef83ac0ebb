// The whole wizard, driven like a person drives it, against a sandbox on port 0 over loopback.
#include "WizardTestSupport.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>

using namespace gobiz;
using namespace gobiz::testing;

class TestWizardFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void throughEveryPage();
    void tokenCheckCanBeCancelledByBack();
    void csvImportPreview();
    void patternFill();
    void closeWhileBusyCancelsHonestly();
    void networkSettingsDialog();
};

void TestWizardFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void TestWizardFlow::throughEveryPage()
{
    WizardHarness h;
    QVERIFY(h.goToTokenPage());
    TokenPage *tokenPage = h.tokenPage();
    FIND_CHILD(QPushButton, paste, tokenPage, "pasteButton");
    FIND_CHILD(InlineMessage, feedback, tokenPage, "tokenFeedback");
    FIND_CHILD(QLineEdit, tokenEdit, tokenPage, "tokenEdit");
    FIND_CHILD(QAction, showToken, tokenPage, "showTokenAction");
    FIND_CHILD(QCheckBox, remember, tokenPage, "rememberCheck");
    FIND_CHILD(QWidget, checking, tokenPage, "checkingPanel");

    // Pasted with stray whitespace and a "Bearer " prefix, through the Paste button.
    QGuiApplication::clipboard()->setText(u"  \n Bearer "_qs + DemoTokens::owner() + u" \t"_qs);
    QTest::mouseClick(paste, Qt::LeftButton);
    QVERIFY(feedback->isVisible());
    QCOMPARE(feedback->type(), InlineMessage::Type::Positive);
    QVERIFY(feedback->text().contains(u"removed"_qs));
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);
    showToken->trigger();
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Normal);
    showToken->trigger();
    QVERIFY(!remember->isChecked()); // off by default
    h.screenshot(u"token"_qs);

    // Two-step validatePage: the first Next starts the check and stays; the answer moves on.
    h.server->faults().failNext(FaultRoute::TokenInfo, Fault::latency(300));
    h.clickNext();
    QCOMPARE(h.wizard->currentId(), int(OutletWizard::TokenPageId));
    QVERIFY(tokenPage->isChecking());
    QVERIFY(!tokenPage->isComplete());
    QVERIFY(checking->isVisible());
    QVERIFY(tokenEdit->isEnabled()); // the page stays usable
    h.screenshot(u"token-checking"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(h.wizard->currentId(), int(OutletWizard::OutletsPageId), 5000);
    QCOMPARE(h.server->counters().total(), 1);

    OutletsPage *page = h.outlets();
    FIND_CHILD(QLabel, account, page, "accountLabel");
    FIND_CHILD(InlineMessage, rolesWarning, page, "rolesWarning");
    FIND_CHILD(QLineEdit, search, page, "searchEdit");
    FIND_CHILD(OutletTableProxy, proxy, page, "outletProxy");
    FIND_CHILD(QTableView, table, page, "outletTable");
    FIND_CHILD(InlineMessage, notice, page, "notice");
    FIND_CHILD(QPushButton, linkGoFood, page, "linkGoFoodButton");
    FIND_CHILD(QPushButton, linkPayment, page, "linkPaymentButton");
    FIND_CHILD(QToolButton, unlinkButton, page, "unlinkButton");
    FIND_CHILD(QProgressBar, progress, page, "progressBar");
    FIND_CHILD(QLabel, details, page, "detailsLabel");
    QCOMPARE(h.model()->rowCount(), 12);
    QVERIFY(account->text().contains(u"owner"_qs));
    QVERIFY(!rolesWarning->isVisible());
    QVERIFY(h.model()->index(0, OutletModel::PrimaryColumn).data().toString().size() > 0);

    // Search filters on name, id and address.
    QTest::keyClicks(search, h.outletId(3));
    QCOMPARE(proxy->rowCount(), 1);
    search->clear();
    QCOMPARE(proxy->rowCount(), 12);

    // Linking without an external id asks for it first; cancelled, nothing is sent and the cell
    // stays as it was (nothing failed).
    Prompt::setNextAnswer(ChangeConfirmations::Decline);
    h.clickCheck(0, Product::Payment);
    QTRY_VERIFY(Prompt::asked().contains(QString::fromLatin1(Prompt::missingExternalIdsId)));
    QTRY_VERIFY(notice->text().contains(u"Nothing was sent"_qs));
    QCOMPARE(h.cellText(0, Product::Payment), OutletModel::stateText(gobiz::LinkState::Unknown));
    QCOMPARE(h.server->links().size(), 0);

    // Type an external id with the keyboard (F2, text, Return).
    table->setFocus();
    table->setCurrentIndex(h.proxyIndex(0, OutletModel::ExternalIdColumn));
    QTest::keyClick(table, Qt::Key_F2);
    QLineEdit *editor = nullptr;
    QTRY_VERIFY((editor = table->viewport()->findChild<QLineEdit *>()));
    QTest::keyClicks(editor, u"POS-MAIN"_qs);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(h.model()->externalOutletId(0), u"POS-MAIN"_qs);
    h.fillAllExternalIds();
    h.controller->applyExternalIds({{h.outletId(0), u"POS-MAIN"_qs}});

    // First GoFood link of the session: the Auto Accept question, answered in the real,
    // non-blocking dialog. Nothing is sent before the answer.
    h.clickCheck(0, Product::GoFood);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = page->findChild<QMessageBox *>()) && box->isVisible());
    QVERIFY(box->text().contains(u"Auto Accept"_qs));
    QCOMPARE(h.server->counters().total(), 1); // still only the token-info
    h.screenshot(u"auto-accept-question"_qs, box);
    QAbstractButton *confirm = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            confirm = button;
    }
    QVERIFY(confirm);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.server->isLinked(h.outletId(0), u"gofood"_qs), 5000);
    QTRY_COMPARE(h.cellText(0, Product::GoFood), OutletModel::stateText(gobiz::LinkState::Linked));
    QCOMPARE(h.server->link(h.outletId(0), u"gofood"_qs)->externalOutletId, u"POS-MAIN"_qs);

    // Keyboard: Space on a GoFood cell links it; no second Auto Accept question.
    h.spaceOnCell(1, Product::GoFood);
    QTRY_VERIFY_WITH_TIMEOUT(h.server->isLinked(h.outletId(1), u"gofood"_qs), 5000);

    // Bulk: rows 2..5 to GoFood and Payment.
    QVERIFY(h.selectRows({2, 3, 4, 5}));
    QVERIFY(linkGoFood->isEnabled());
    QTest::mouseClick(linkGoFood, Qt::LeftButton);
    QTest::mouseClick(linkPayment, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.idle(), 5000);
    for (int row : {2, 3, 4, 5}) {
        QVERIFY(h.server->isLinked(h.outletId(row), u"gofood"_qs));
        QVERIFY(h.server->isLinked(h.outletId(row), u"payment"_qs));
        QCOMPARE(h.cellText(row, Product::Payment), OutletModel::stateText(gobiz::LinkState::Linked));
    }
    QCOMPARE(Prompt::asked().count(QString::fromLatin1(Prompt::autoAcceptId)), 1);
    QCOMPARE(progress->value(), progress->maximum());
    h.screenshot(u"outlets-linked"_qs);

    // Unlink: a check cell (mouse) and the bulk menu, each confirmed.
    Prompt::setNextAnswer(ChangeConfirmations::Confirm);
    h.clickCheck(1, Product::GoFood);
    QTRY_VERIFY_WITH_TIMEOUT(!h.server->isLinked(h.outletId(1), u"gofood"_qs), 5000);
    QTRY_COMPARE(h.cellText(1, Product::GoFood), OutletModel::stateText(gobiz::LinkState::NotLinked));
    QVERIFY(h.selectRows({4, 5}));
    QAction *unlinkPayment = unlinkButton->menu()->actions().at(1);
    Prompt::setNextAnswer(ChangeConfirmations::Confirm);
    unlinkPayment->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!h.server->isLinked(h.outletId(5), u"payment"_qs) && h.idle(), 5000);
    QVERIFY(!h.server->isLinked(h.outletId(4), u"payment"_qs));
    QVERIFY(!h.server->isLinked(h.outletId(5), u"payment"_qs));
    QVERIFY(h.server->isLinked(h.outletId(4), u"gofood"_qs));

    // Details of the current row.
    table->setCurrentIndex(h.proxyIndex(2, OutletModel::NameColumn));
    QVERIFY(details->text().contains(h.outletId(2)));
    QVERIFY(details->text().contains(u"linked at"_qs));

    // The table agrees with the server, cell by cell.
    for (int row = 0; row < h.model()->rowCount(); ++row) {
        for (Product product : allProducts) {
            const auto state = gobiz::LinkState(h.model()->index(row, OutletModel::columnOf(product))
                                             .data(OutletModel::LinkStateRole).toInt());
            const bool linked = h.server->isLinked(h.outletId(row), productKey(product));
            if (state == gobiz::LinkState::Linked)
                QVERIFY(linked);
            if (linked)
                QCOMPARE(state, gobiz::LinkState::Linked);
        }
    }

    // Summary.
    h.clickNext();
    QCOMPARE(h.wizard->currentId(), int(OutletWizard::SummaryPageId));
    QTRY_VERIFY(h.summary()->isReady()); // read from the journal
    SummaryPage *summary = h.summary();
    FIND_CHILD(InlineMessage, reminder, summary, "autoAcceptReminder");
    FIND_CHILD(QLabel, counts, summary, "countsLabel");
    FIND_CHILD(QTableView, summaryTable, summary, "summaryTable");
    FIND_CHILD(QPushButton, saveButton, summary, "saveButton");
    FIND_CHILD(QPushButton, copyButton, summary, "copyButton");
    FIND_CHILD(InlineMessage, status, summary, "summaryStatus");
    QVERIFY(reminder->isVisible());
    QVERIFY(counts->text().contains(u"Linked: 7"_qs)); // GoFood 0,2-5; Payment 2,3
    QVERIFY(counts->text().contains(u"Unlinked: 3"_qs));
    QVERIFY(counts->text().contains(u"Failed: 0"_qs));
    // The Payment link without an external id was asked about and cancelled: never a change.
    QVERIFY2(!counts->text().contains(u"Not sent: 1"_qs), qPrintable(counts->text()));
    QCOMPARE(summaryTable->model()->rowCount(), 10);
    h.screenshot(u"summary"_qs);

    QTemporaryDir dir;
    const QString csvPath = dir.filePath(u"report.csv"_qs);
    Prompt::setNextSaveFile(csvPath); // the file dialog's answer
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QTRY_VERIFY(QFile::exists(csvPath));
    QTRY_VERIFY(status->text().contains(u"no access token"_qs)); // the answer follows the file
    QSignalSpy saved(summary, &SummaryPage::reportSaveFinished);
    summary->saveReportTo(dir.filePath(u"report.json"_qs));
    QVERIFY(saved.wait(5000));
    QVERIFY(saved.first().first().toBool());
    for (const QString &name : {u"report.csv"_qs, u"report.json"_qs}) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(DemoTokens::owner().toUtf8()), qPrintable(name));
        QVERIFY(bytes.contains(h.outletId(0).toUtf8()));
    }
    QFile json(dir.filePath(u"report.json"_qs));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(report.value(u"counts"_qs).toObject().value(u"linked"_qs).toInt(), 7);
    QCOMPARE(report.value(u"entries"_qs).toArray().size(), 10);
    QTest::mouseClick(copyButton, Qt::LeftButton);
    QVERIFY(QGuiApplication::clipboard()->text().contains(h.outletId(3)));
    QVERIFY(!QGuiApplication::clipboard()->text().contains(DemoTokens::owner()));

    QTest::mouseClick(h.wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(!h.wizard->isVisible());
}

void TestWizardFlow::tokenCheckCanBeCancelledByBack()
{
    WizardHarness h;
    QVERIFY(h.goToTokenPage());
    h.typeToken(DemoTokens::owner());
    h.server->faults().failNext(FaultRoute::TokenInfo, Fault::latency(800));
    h.clickNext();
    QVERIFY(h.tokenPage()->isChecking());
    QTest::mouseClick(h.wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(h.wizard->currentId(), int(OutletWizard::SignInHelpPageId));
    QVERIFY(!h.controller->isCheckingToken());
    QTest::qWait(1000); // the late answer (if any) must not move the wizard
    QCOMPARE(h.wizard->currentId(), int(OutletWizard::SignInHelpPageId));
    QVERIFY(!h.controller->hasAcceptedToken());
}

void TestWizardFlow::csvImportPreview()
{
    WizardHarness h;
    QVERIFY(h.goToTokenPage());
    QVERIFY(h.signIn(DemoTokens::owner()));
    h.controller->applyExternalIds({{h.outletId(4), u"KEEP-4"_qs}});
    FIND_CHILD(QPushButton, importCsv, h.outlets(), "importButton");
    QTest::mouseClick(importCsv, Qt::LeftButton);
    ExternalIdFillDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = h.outlets()->findChild<ExternalIdFillDialog *>()) && dialog->isVisible());
    FIND_CHILD(QTabWidget, tabs, dialog, "fillTabs");
    FIND_CHILD(QPushButton, apply, dialog, "applyButton");
    FIND_CHILD(QPushButton, chooseFile, dialog, "chooseFileButton");
    FIND_CHILD(QTableWidget, preview, dialog, "csvPreview");
    FIND_CHILD(InlineMessage, csvMessage, dialog, "csvMessage");
    QCOMPARE(tabs->currentIndex(), 1);
    QVERIFY(!apply->isEnabled());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"ids.csv"_qs);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QString csv = u"outlet_id;external_outlet_id\n"_qs        //
        + h.outletId(0) + u";POS-A\n"_qs                            // fine
        + u"G000000000;POS-X\n"_qs                                  // unknown outlet
        + h.outletId(1) + u";\n"_qs                                 // blank external id
        + h.outletId(2) + u";POS-C\n"_qs + h.outletId(2) + u";POS-D\n"_qs // duplicate outlet
        + h.outletId(3) + u";POS-SAME\n"_qs + h.outletId(5) + u";POS-SAME\n"_qs // duplicate ext
        + h.outletId(4) + u";POS-E\n"_qs;                           // replaces KEEP-4
    file.write(csv.toUtf8());
    file.close();
    Prompt::setNextSaveFile(path); // answers the open dialog too
    QTest::mouseClick(chooseFile, Qt::LeftButton);
    QTRY_COMPARE(preview->rowCount(), 8);
    h.screenshot(u"csv-preview"_qs, dialog);
    QStringList results;
    for (int row = 0; row < 8; ++row)
        results << preview->item(row, 5)->data(Qt::UserRole).toString();
    QCOMPARE(results, (QStringList{u"ok"_qs, u"unknown_outlet"_qs, u"blank_external_id"_qs,
                                   u"duplicate_outlet"_qs, u"duplicate_outlet"_qs,
                                   u"duplicate_external_id"_qs, u"duplicate_external_id"_qs,
                                   u"ok"_qs}));
    QVERIFY(csvMessage->text().contains(u"2 row(s) will be filled"_qs));
    QCOMPARE(preview->item(7, 4)->text(), u"KEEP-4"_qs); // current id shown
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(h.model()->externalOutletId(0), u"POS-A"_qs);
    QCOMPARE(h.model()->externalOutletId(4), u"POS-E"_qs);
    QVERIFY(h.model()->externalOutletId(1).isEmpty());
    QVERIFY(h.model()->externalOutletId(2).isEmpty());
    QVERIFY(h.model()->externalOutletId(3).isEmpty());
    QCOMPARE(h.server->counters().total(), 1); // nothing sent: only token-info
}

void TestWizardFlow::patternFill()
{
    WizardHarness h;
    QVERIFY(h.goToTokenPage());
    QVERIFY(h.signIn(DemoTokens::owner()));
    h.controller->applyExternalIds({{h.outletId(1), u"KEEP"_qs}});
    QVERIFY(h.selectRows({0, 1, 2}));
    FIND_CHILD(QPushButton, fill, h.outlets(), "fillButton");
    FIND_CHILD(InlineMessage, notice, h.outlets(), "notice");
    QTest::mouseClick(fill, Qt::LeftButton);
    ExternalIdFillDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = h.outlets()->findChild<ExternalIdFillDialog *>()) && dialog->isVisible());
    FIND_CHILD(QRadioButton, selected, dialog, "selectedButton");
    FIND_CHILD(QLineEdit, pattern, dialog, "patternEdit");
    FIND_CHILD(InlineMessage, patternMessage, dialog, "patternMessage");
    FIND_CHILD(QPushButton, apply, dialog, "applyButton");
    FIND_CHILD(QSpinBox, start, dialog, "startSpin");
    FIND_CHILD(QTableWidget, preview, dialog, "patternPreview");
    QVERIFY(selected->isChecked());
    pattern->clear();
    QTest::keyClicks(pattern, u"{n:"_qs);
    QVERIFY(patternMessage->isVisible());
    QVERIFY(!apply->isEnabled());
    QTest::keyClicks(pattern, u"04}-POS"_qs);
    start->setValue(7);
    QCOMPARE(preview->rowCount(), 3);
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(h.model()->externalOutletId(0), u"0007-POS"_qs);
    QCOMPARE(h.model()->externalOutletId(1), u"KEEP"_qs); // not replaced unless asked
    QCOMPARE(h.model()->externalOutletId(2), u"0009-POS"_qs);
    QVERIFY(notice->text().contains(u"2 external outlet ID"_qs));
}

void TestWizardFlow::closeWhileBusyCancelsHonestly()
{
    WizardHarness h;
    QVERIFY(h.goToTokenPage());
    QVERIFY(h.signIn(DemoTokens::owner()));
    h.fillAllExternalIds();
    h.server->faults().failNext(FaultRoute::Link, Fault::hang(), 2);
    Prompt::setNextAnswer(ChangeConfirmations::Confirm); // Auto Accept
    QVERIFY(h.selectRows({0, 1}));
    FIND_CHILD(QPushButton, linkGoFood, h.outlets(), "linkGoFoodButton");
    QTest::mouseClick(linkGoFood, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(h.server->pendingReplies(), 2, 5000);
    QVERIFY(h.controller->isBusy());
    QVERIFY(!h.outlets()->isComplete());
    QVERIFY(!h.wizard->button(QWizard::BackButton)->isEnabled());

    // "Keep working" leaves everything as it is.
    Prompt::setNextAnswer(OutletWizard::KeepWorking);
    h.wizard->close();
    QTest::qWait(50);
    QVERIFY(h.wizard->isVisible());
    QVERIFY(h.controller->isBusy());

    // "Cancel them and close": cells of requests already sent say Unknown, never Linked.
    Prompt::setNextAnswer(OutletWizard::CancelAndClose);
    h.wizard->close();
    QTRY_VERIFY(!h.wizard->isVisible());
    QVERIFY(!h.controller->isBusy());
    for (int row : {0, 1})
        QCOMPARE(h.cellText(row, Product::GoFood), OutletModel::stateText(gobiz::LinkState::Unknown));
    QCOMPARE(Prompt::asked().count(QString::fromLatin1(Prompt::closeWhileBusyId)), 2);
}

void TestWizardFlow::networkSettingsDialog()
{
    WizardHarness h;
    FIND_CHILD(QPushButton, network, h.welcome(), "networkButton");
    QTest::mouseClick(network, Qt::LeftButton);
    NetworkSettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = h.welcome()->findChild<NetworkSettingsDialog *>()) && dialog->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    FIND_CHILD(QRadioButton, systemProxy, dialog, "systemButton");
    FIND_CHILD(QRadioButton, http, dialog, "httpButton");
    FIND_CHILD(QLineEdit, host, dialog, "hostEdit");
    FIND_CHILD(QSpinBox, port, dialog, "portSpin");
    FIND_CHILD(QLineEdit, user, dialog, "userEdit");
    FIND_CHILD(QLineEdit, password, dialog, "passwordEdit");
    FIND_CHILD(InlineMessage, message, dialog, "proxyMessage");
    QVERIFY(systemProxy->isChecked()); // system proxy by default
    QVERIFY(!host->isEnabled());
    QTest::mouseClick(http, Qt::LeftButton, {}, QPoint(8, http->height() / 2));
    QVERIFY2(host->isEnabled(), qPrintable(QString::number(http->isChecked())));
    dialog->accept(); // no host yet: refused with a message, stays open
    QVERIFY(dialog->isVisible());
    QVERIFY(message->text().contains(u"host"_qs));
    QTest::keyClicks(host, u"proxy.shop.local"_qs);
    port->setValue(8080);
    QTest::keyClicks(user, u"kasir"_qs);
    QTest::keyClicks(password, u"pw"_qs);
    dialog->accept();
    QTRY_VERIFY(!h.welcome()->findChild<NetworkSettingsDialog *>());
    QCOMPARE(h.controller->networkSettings().mode, NetworkSettings::Mode::Http);
    QCOMPARE(h.controller->networkSettings().host, u"proxy.shop.local"_qs);
    QCOMPARE(h.controller->networkSettings().password, u"pw"_qs); // in memory for the session
}

QTEST_MAIN(TestWizardFlow)
#include "tst_wizardflow.moc"
