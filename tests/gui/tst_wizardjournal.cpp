// The link journal in the product: the real wizard, a sandbox on port 0 and a journal in a
// temporary folder. Cells come back from an earlier run's journal, interrupted changes are
// offered for resuming or discarding, a journal that cannot be written stops changes before they
// are sent, a damaged one is set aside, and the summary says what the journal says.
#include "WizardTestSupport.h"

#include "api/ApiReply.h"
#include "api/GoBizClient.h"
#include "session/LinkRun.h"
#include "store/JournalService.h"
#include "store/LinkJournal.h"
#include "store/RecoveryPlan.h"
#include "text/DateTimeText.h"

#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>

using namespace gobiz;
using namespace gobiz::testing;

namespace {

QString environmentOf(const WizardHarness &h)
{
    return LinkJournal::environmentLabel(Environment::custom(h.server->baseUrl()));
}

LinkRequest request(const QString &outletId, Product product, LinkAction action,
                    const QString &externalId = {})
{
    LinkRequest r;
    r.outletId = outletId;
    r.product = product;
    r.action = action;
    r.externalOutletId = action == LinkAction::Link
        ? (externalId.isEmpty() ? u"POS-"_qs + outletId : externalId)
        : QString();
    return r;
}

// An earlier session of the wizard's core, before the wizard under test starts: its own client,
// engine and journal instance (so another run id) on the harness's journal file, with the
// context the wizard writes (environment label, primary outlet id as merchant key, roles).
// Each request runs to its end before the next is sent.
struct PreviousRun
{
    QNetworkAccessManager network;
    GoBizClient client{&network};
    QList<Outlet> outlets;
    TokenInfo info;
    JournalContext context;

    bool signIn(WizardHarness &h)
    {
        client.setBaseUrl(h.server->baseUrl());
        client.setToken(DemoTokens::owner());
        ApiReply *info = client.tokenInfo();
        if (!QTest::qWaitFor([info] { return info->isFinished(); }, 5000) || info->error().isError())
            return false;
        outlets = info->tokenInfo().outlets;
        this->info = info->tokenInfo();
        info->deleteLater();
        context.environment = environmentOf(h);
        context.merchant = outlets.first().id;
        context.gobizUser = u"owner"_qs;
        return true;
    }

    bool run(WizardHarness &h, const QList<LinkRequest> &requests)
    {
        // The product's core as the earlier session ran it: its own run, journal thread and model.
        JournalService journal;
        QSignalSpy opened(&journal, &JournalService::opened);
        journal.open(h.journalPath);
        if (!opened.wait(5000) || !opened.first().first().toBool())
            return false;
        OutletModel model;
        model.setOutlets(outlets);
        LinkEngine engine(&client);
        LinkRun run(&engine, &journal, &model);
        run.begin(Account::fromTokenInfo(Environment::custom(h.server->baseUrl()), info));
        run.gate().confirmAutoAccept();
        ChangeGate::Answers confirmed;
        confirmed.unlinkConfirmed = true;
        for (const LinkRequest &r : requests) {
            const int done = run.progress().done;
            if (!run.request({r}, confirmed).mayProceed())
                return false;
            if (!QTest::qWaitFor([&] { return !run.isBusy() && journal.isIdle(); }, 5000))
                return false;
            if (run.progress().done != done + 1)
                return false;
        }
        LinkJournal reader;
        return reader.open(h.journalPath) && reader.unfinishedPlan().isEmpty();
    }

    // Started and never answered: the program was killed while these were in flight.
    bool interrupt(WizardHarness &h, const QList<LinkRequest> &requests,
                   const JournalContext &where)
    {
        LinkJournal journal;
        if (!journal.open(h.journalPath))
            return false;
        quint64 id = 0;
        for (const LinkRequest &r : requests) {
            LinkOperation op;
            op.id = ++id;
            op.request = r;
            op.queuedAt = QDateTime::currentDateTimeUtc();
            if (!journal.recordStarted(op, where).isEmpty())
                return false;
        }
        return true;
    }
};

// The journal file as another reader sees it, once everything given to it is written.
bool journalIdle(const WizardHarness &h)
{
    return QTest::qWaitFor([&] { return h.controller->isJournalIdle(); }, 5000);
}

OutletModel::ProductCell cellOf(const WizardHarness &h, int row, Product product)
{
    return h.model()->cell(row, product);
}

} // namespace

class TestWizardJournal : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void restoresConfirmedStates();
    void resumesInterruptedChanges();
    void discardsInterruptedChanges();
    void unwritableJournalRefusesChanges_data();
    void unwritableJournalRefusesChanges();
    void damagedJournalIsSetAside();
    void summaryAgreesWithJournalAndGoBiz();
};

void TestWizardJournal::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    qRegisterMetaType<LinkOperation>();
}

void TestWizardJournal::restoresConfirmedStates()
{
    PreviousRun previous;
    bool prepared = false;
    WizardHarness h([&](WizardHarness &harness) {
        const auto &o = [&](int row) { return previous.outlets.at(row).id; };
        prepared = previous.signIn(harness)
            && previous.run(harness,
                            {request(o(0), Product::GoFood, LinkAction::Link, u"POS-A"_qs),
                             request(o(1), Product::Payment, LinkAction::Link),
                             request(o(2), Product::GoFood, LinkAction::Link),
                             request(o(2), Product::GoFood, LinkAction::Unlink)});
        harness.server->resetCounters();
    });
    QVERIFY(prepared);
    QVERIFY(h.goToTokenPage());
    QVERIFY(h.signIn(DemoTokens::owner()));
    QCOMPARE(h.controller->journalContext().merchant, previous.outlets.first().id);
    QCOMPARE(h.controller->journalContext().environment, previous.context.environment);

    // Linked, as confirmed on this computer, with the time; the external id came back too.
    const OutletModel::ProductCell linked = cellOf(h, 0, Product::GoFood);
    QCOMPARE(linked.state, gobiz::LinkState::Linked);
    QVERIFY2(linked.note.startsWith(u"Confirmed "_qs) && linked.note.contains(u"on this computer"_qs),
             qPrintable(linked.note));
    QVERIFY(linked.linkedAt.isValid());
    QCOMPARE(linked.linkedAt.toSecsSinceEpoch(),
             h.server->link(h.outletId(0), u"gofood"_qs)->linkedAt.toSecsSinceEpoch());
    QCOMPARE(h.model()->externalOutletId(0), u"POS-A"_qs);
    QCOMPARE(h.cellText(1, Product::Payment), OutletModel::stateText(gobiz::LinkState::Linked));
    // Unlinked later: not linked, confirmed.
    QCOMPARE(cellOf(h, 2, Product::GoFood).state, gobiz::LinkState::NotLinked);
    QVERIFY(cellOf(h, 2, Product::GoFood).note.startsWith(u"Confirmed "_qs));
    // Never touched from here: unknown, and says so.
    const OutletModel::ProductCell unknown = cellOf(h, 3, Product::GoFood);
    QCOMPARE(unknown.state, gobiz::LinkState::Unknown);
    QCOMPARE(unknown.note, u"Never changed from this computer."_qs);

    // The note reaches the person: the tooltip and the details of the current row.
    const QString tooltip = h.model()->index(0, OutletModel::GoFoodColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tooltip.contains(linked.note), qPrintable(tooltip));
    QCOMPARE(h.model()->index(3, OutletModel::GoFoodColumn).data(Qt::ToolTipRole).toString(),
             unknown.note);
    OutletsPage *page = h.outlets();
    FIND_CHILD(QTableView, table, page, "outletTable");
    FIND_CHILD(QLabel, details, page, "detailsLabel");
    FIND_CHILD(InlineMessage, recoveryBanner, page, "recoveryBanner");
    FIND_CHILD(InlineMessage, journalBanner, page, "journalBanner");
    table->setCurrentIndex(h.proxyIndex(0, OutletModel::NameColumn));
    QVERIFY2(details->text().contains(linked.note), qPrintable(details->text()));
    h.screenshot(u"outlets-restored"_qs);

    // The table agrees with the server for every cell the journal knows.
    for (int row = 0; row < h.model()->rowCount(); ++row) {
        for (Product product : allProducts) {
            const auto state = cellOf(h, row, product).state;
            const bool onServer = h.server->isLinked(h.outletId(row), productKey(product));
            if (state == gobiz::LinkState::Linked || state == gobiz::LinkState::NotLinked)
                QCOMPARE(onServer, state == gobiz::LinkState::Linked);
            else
                QVERIFY(!onServer);
        }
    }
    QVERIFY(recoveryBanner->text().isEmpty()); // nothing was interrupted
    QVERIFY(!journalBanner->isVisible());
    QCOMPARE(h.server->counters().total(), 1); // token-info only: restoring asks GoBiz nothing
}

namespace {

// Outlet 1 GoFood and outlet 3 Payment linked for real; then a run killed with four changes in
// flight for this merchant (link 0, 1 and 2 to GoFood, unlink 3 from Payment) and one for
// another merchant in another environment.
bool prepareInterrupted(PreviousRun &previous, WizardHarness &h)
{
    if (!previous.signIn(h))
        return false;
    const auto &o = [&](int row) { return previous.outlets.at(row).id; };
    if (!previous.run(h, {request(o(1), Product::GoFood, LinkAction::Link),
                          request(o(3), Product::Payment, LinkAction::Link)}))
        return false;
    if (!previous.interrupt(h,
                            {request(o(0), Product::GoFood, LinkAction::Link),
                             request(o(1), Product::GoFood, LinkAction::Link),
                             request(o(2), Product::GoFood, LinkAction::Link),
                             request(o(3), Product::Payment, LinkAction::Unlink)},
                            previous.context))
        return false;
    const JournalContext elsewhere{u"sandbox"_qs, u"G900000001"_qs, u"owner"_qs, {}};
    if (!previous.interrupt(h, {request(u"G900000001"_qs, Product::Payment, LinkAction::Link)},
                            elsewhere))
        return false;
    h.server->resetCounters();
    return true;
}

void verifyOffer(WizardHarness &h)
{
    // The first page counts every interrupted change, for any account.
    FIND_CHILD(InlineMessage, interruptedNote, h.welcome(), "interruptedNote");
    QTRY_VERIFY(interruptedNote->isVisible()); // read from the journal on its own thread
    const QString welcome = interruptedNote->text();
    QVERIFY2(welcome.contains(u"5 change(s) were interrupted"_qs), qPrintable(welcome));
    QVERIFY2(welcome.contains(u"4 link(s)"_qs) && welcome.contains(u"1 unlink(s)"_qs),
             qPrintable(welcome));
    QVERIFY(interruptedNote->detail().contains(u"4 change(s)"_qs));
    QVERIFY(interruptedNote->detail().contains(u"G900000001"_qs));
    h.screenshot(u"welcome-interrupted"_qs);

    QVERIFY(h.goToTokenPage());
    QVERIFY(h.signIn(DemoTokens::owner()));
    OutletsPage *page = h.outlets();
    FIND_CHILD(InlineMessage, recoveryBanner, page, "recoveryBanner");
    QVERIFY(recoveryBanner->isVisible());
    const QString offer = recoveryBanner->text();
    QVERIFY2(offer.contains(u"An earlier run left 4 change(s) unfinished"_qs),
             qPrintable(offer));
    QVERIFY2(offer.contains(u"3 link(s)"_qs) && offer.contains(u"1 unlink(s)"_qs),
             qPrintable(offer));
    QVERIFY(recoveryBanner->detail().contains(h.outletId(2)));
    FIND_CHILD(QPushButton, resume, recoveryBanner, "resumeInterruptedButton");
    FIND_CHILD(QPushButton, discard, recoveryBanner, "discardInterruptedButton");
    QVERIFY(resume->isVisible());
    QVERIFY(discard->isVisible());
    h.screenshot(u"outlets-recovery-offer"_qs);
    // Until the person decides, those cells say the outcome is unknown, and why.
    for (const auto &[row, product] : {std::pair{0, Product::GoFood}, {1, Product::GoFood},
                                      {2, Product::GoFood}, {3, Product::Payment}}) {
        const OutletModel::ProductCell cell = cellOf(h, row, product);
        QCOMPARE(cell.state, gobiz::LinkState::Unknown);
        QVERIFY2(cell.note.contains(u"interrupted"_qs), qPrintable(cell.note));
    }
    QCOMPARE(h.server->counters().total(), 1); // nothing sent without a decision
}

} // namespace

void TestWizardJournal::resumesInterruptedChanges()
{
    PreviousRun previous;
    bool prepared = false;
    WizardHarness h([&](WizardHarness &harness) { prepared = prepareInterrupted(previous, harness); });
    QVERIFY(prepared);
    verifyOffer(h);
    if (QTest::currentTestFailed())
        return;
    OutletsPage *page = h.outlets();
    FIND_CHILD(InlineMessage, recoveryBanner, page, "recoveryBanner");
    FIND_CHILD(InlineMessage, notice, page, "notice");
    const RecoveryPlan plan = h.controller->interrupted();
    QCOMPARE(plan.size(), 4);
    QCOMPARE(plan.sentWithoutAnswerCount(), 4); // started, never answered

    // Resuming GoFood links asks the Auto Accept question first; declined, nothing is sent and
    // the offer stays.
    Prompt::setNextAnswer(ChangeConfirmations::Decline);
    FIND_CHILD(QPushButton, resume, recoveryBanner, "resumeInterruptedButton");
    QTest::mouseClick(resume, Qt::LeftButton);
    QTRY_COMPARE(Prompt::asked().count(QString::fromLatin1(Prompt::autoAcceptId)), 1);
    QTRY_VERIFY(notice->text().contains(u"Nothing was linked"_qs));
    QVERIFY(recoveryBanner->isVisible());
    QCOMPARE(h.server->counters().total(), 1);

    Prompt::setNextAnswer(ChangeConfirmations::Confirm);
    FIND_CHILD(QPushButton, resumeAgain, recoveryBanner, "resumeInterruptedButton");
    QTest::mouseClick(resumeAgain, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.server->isLinked(h.outletId(2), u"gofood"_qs), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(h.idle(), 5000);

    // GoBiz ends as intended.
    for (int row : {0, 1, 2}) {
        QVERIFY(h.server->isLinked(h.outletId(row), u"gofood"_qs));
        QCOMPARE(h.server->link(h.outletId(row), u"gofood"_qs)->externalOutletId,
                 u"POS-"_qs + h.outletId(row));
        QCOMPARE(h.cellText(row, Product::GoFood), OutletModel::stateText(gobiz::LinkState::Linked));
    }
    QVERIFY(!h.server->isLinked(h.outletId(3), u"payment"_qs));
    QCOMPARE(h.cellText(3, Product::Payment), OutletModel::stateText(gobiz::LinkState::NotLinked));
    QCOMPARE(h.server->counters().total(), 1 + 4);
    QVERIFY(recoveryBanner->text().isEmpty());

    // The journal agrees: each interrupted row resumed by a row of this run that succeeded.
    QVERIFY(journalIdle(h));
    LinkJournal reader;
    QVERIFY(reader.open(h.journalPath));
    LinkJournal *journal = &reader;
    for (qint64 row : plan.rows()) {
        const auto old = journal->entry(row);
        QVERIFY(old);
        QCOMPARE(old->resolution, JournalEntry::Resolution::Resumed);
        const auto by = journal->entry(old->resolvedBy);
        QVERIFY(by);
        QCOMPARE(by->sessionId, h.controller->account().session);
        QCOMPARE(by->result, JournalEntry::Result::Succeeded);
        QCOMPARE(by->request.outletId, old->request.outletId);
        QCOMPARE(by->request.action, old->request.action);
    }
    const QList<JournalState> states = journal->latestStates(h.controller->journalContext().environment);
    for (const JournalState &state : states) {
        QCOMPARE(state.confirmed == gobiz::ConfirmedState::Linked,
                 h.server->isLinked(state.outletId, productKey(state.product)));
        QVERIFY(!state.outcomeUncertain());
    }
    // The other merchant's change stays in the journal, unfinished, for when it is opened.
    const QList<JournalEntry> left = journal->unfinishedPlan();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().merchant, u"G900000001"_qs);

    // The summary shows the resumed changes.
    h.clickNext();
    QCOMPARE(h.wizard->currentId(), int(OutletWizard::SummaryPageId));
    QTRY_VERIFY(h.summary()->isReady()); // read from the journal
    QVERIFY(h.controller->report().fromJournal);
    FIND_CHILD(QTableView, summaryTable, h.summary(), "summaryTable");
    FIND_CHILD(QLabel, counts, h.summary(), "countsLabel");
    QCOMPARE(summaryTable->model()->rowCount(), 4);
    QVERIFY(counts->text().contains(u"Linked: 3"_qs));
    QVERIFY(counts->text().contains(u"Unlinked: 1"_qs));
}

void TestWizardJournal::discardsInterruptedChanges()
{
    PreviousRun previous;
    bool prepared = false;
    WizardHarness h([&](WizardHarness &harness) { prepared = prepareInterrupted(previous, harness); });
    QVERIFY(prepared);
    verifyOffer(h);
    if (QTest::currentTestFailed())
        return;
    OutletsPage *page = h.outlets();
    FIND_CHILD(InlineMessage, recoveryBanner, page, "recoveryBanner");
    FIND_CHILD(InlineMessage, notice, page, "notice");
    FIND_CHILD(QPushButton, discard, recoveryBanner, "discardInterruptedButton");
    const RecoveryPlan plan = h.controller->interrupted();
    QTest::mouseClick(discard, Qt::LeftButton);
    QTRY_VERIFY(recoveryBanner->text().isEmpty());
    QVERIFY(notice->text().contains(u"4 interrupted change(s) discarded"_qs));

    // Nothing was sent; the server keeps what the earlier run left (outlet 1 GoFood and outlet 3
    // Payment linked, whatever the interrupted requests did or did not do).
    QVERIFY(h.idle());
    QCOMPARE(h.controller->runProgress().total(), 0);
    QCOMPARE(h.server->counters().total(), 1);
    QVERIFY(h.server->isLinked(h.outletId(3), u"payment"_qs));
    // Rows kept and marked; cells unknown with the reason.
    QVERIFY(journalIdle(h));
    LinkJournal reader;
    QVERIFY(reader.open(h.journalPath));
    for (qint64 row : plan.rows())
        QCOMPARE(reader.entry(row)->resolution, JournalEntry::Resolution::Discarded);
    for (const auto &[row, product] : {std::pair{0, Product::GoFood}, {1, Product::GoFood},
                                      {2, Product::GoFood}, {3, Product::Payment}})
        QTRY_COMPARE(cellOf(h, row, product).state, gobiz::LinkState::Unknown);
    for (const auto &[row, product] : {std::pair{0, Product::GoFood}, {1, Product::GoFood},
                                      {2, Product::GoFood}, {3, Product::Payment}}) {
        const OutletModel::ProductCell cell = cellOf(h, row, product);
        QCOMPARE(cell.state, gobiz::LinkState::Unknown);
        QVERIFY2(cell.note.contains(u"interrupted"_qs), qPrintable(cell.note));
        QVERIFY(cell.note.contains(u"may or may not"_qs));
    }
    // The next start offers only the other merchant's change.
    LinkJournal next;
    QVERIFY(next.open(h.journalPath));
    const RecoveryPlan again = RecoveryPlan::fromJournal(next);
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.items().first().entry.merchant, u"G900000001"_qs);
    QVERIFY(again.forContext(h.controller->journalContext().environment,
                             h.controller->journalContext().merchant)
                .isEmpty());
}

void TestWizardJournal::unwritableJournalRefusesChanges_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("says");
    QTest::newRow("locked by another program") << u"locked"_qs << u"locked by another program"_qs;
    QTest::newRow("cannot be opened") << u"cannot-open"_qs << u"cannot be created"_qs;
}

void TestWizardJournal::unwritableJournalRefusesChanges()
{
    QFETCH(QString, how);
    QFETCH(QString, says);
    QString blocker;
    WizardHarness h([&](WizardHarness &harness) {
        if (how != u"cannot-open"_qs)
            return;
        // The journal's folder would have to be created inside a regular file.
        blocker = harness.journalDir->filePath(u"blocker"_qs);
        QFile file(blocker);
        if (file.open(QIODevice::WriteOnly))
            file.write("not a folder");
        harness.journalPath = blocker + u"/link-journal.sqlite"_qs;
    });
    if (how == u"cannot-open"_qs) {
        FIND_CHILD(InlineMessage, journalMessage, h.welcome(), "journalMessage");
        QVERIFY(!h.controller->isJournalOpen());
        QVERIFY(journalMessage->isVisible());
        QVERIFY(journalMessage->text().contains(says));
    }
    QVERIFY(h.goToTokenPage());
    QVERIFY(h.signIn(DemoTokens::owner()));
    OutletsPage *page = h.outlets();
    FIND_CHILD(InlineMessage, journalBanner, page, "journalBanner");
    FIND_CHILD(QPushButton, linkGoFood, page, "linkGoFoodButton");
    h.fillAllExternalIds();
    QSqlDatabase locker;
    if (how == u"locked"_qs) {
        QVERIFY(!journalBanner->isVisible());
        // Another program takes the journal's write lock and keeps it.
        locker = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"locker"_qs);
        locker.setDatabaseName(h.journalPath);
        QVERIFY(locker.open());
        QVERIFY(QSqlQuery(locker).exec(u"BEGIN EXCLUSIVE"_qs));
    } else {
        QVERIFY(journalBanner->isVisible()); // said before anything is tried
    }

    Prompt::setNextAnswer(ChangeConfirmations::Confirm); // Auto Accept
    QVERIFY(h.selectRows({0, 1}));
    QTest::mouseClick(linkGoFood, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(journalBanner->isVisible(), 5000);
    const QString message = journalBanner->text();
    QVERIFY2(message.contains(says), qPrintable(message));
    QVERIFY2(message.contains(u"nothing was sent"_qs, Qt::CaseInsensitive)
                 || message.contains(u"Nothing can be sent"_qs),
             qPrintable(message));
    // Nothing was recorded, so nothing was queued or sent; no cell claims a link, each says why.
    QTRY_VERIFY(!h.controller->isBusy()); // the refusal reaches the run after the banner
    QCOMPARE(h.controller->runState(), WizardController::RunState::Idle);
    QTRY_COMPARE(h.controller->runProgress().notSent, 2);
    QCOMPARE(h.server->counters().total(), 1); // token-info only
    QVERIFY(h.server->links().isEmpty());
    for (int row : {0, 1}) {
        QCOMPARE(cellOf(h, row, Product::GoFood).state, gobiz::LinkState::NotSent);
        QVERIFY(h.model()->index(row, OutletModel::GoFoodColumn)
                    .data(OutletModel::ErrorMessageRole).toString().contains(says));
    }
    if (how == u"locked"_qs) // read at sign-in: the other product of the outlet still says so
        QCOMPARE(cellOf(h, 0, Product::Payment).note, u"Never changed from this computer."_qs);
    else // never read: nothing is claimed
        QCOMPARE(cellOf(h, 0, Product::Payment).note, QString());
    h.screenshot(u"outlets-journal-"_qs + how);

    // Fixed: checking the journal again, then Retry failed sends them, each recorded first.
    if (how == u"locked"_qs) {
        QVERIFY(QSqlQuery(locker).exec(u"ROLLBACK"_qs));
        locker.close();
        locker = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"locker"_qs);
    } else {
        QVERIFY(QFile::remove(blocker));
    }
    FIND_CHILD(QPushButton, again, journalBanner, "retryJournalButton");
    QVERIFY(again->isVisible());
    QTest::mouseClick(again, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.controller->journalProblemMessage().isEmpty(), 5000);
    QTRY_VERIFY(h.shownButton("retryFailedButton"));
    QVERIFY(h.clickIfShown("retryFailedButton"));
    QTRY_VERIFY_WITH_TIMEOUT(h.server->isLinked(h.outletId(0), u"gofood"_qs)
                                 && h.server->isLinked(h.outletId(1), u"gofood"_qs),
                             5000);
    QTRY_VERIFY_WITH_TIMEOUT(h.idle(), 5000);
    QTRY_VERIFY(!journalBanner->isVisible());
    QVERIFY(journalIdle(h));
    LinkJournal journal;
    QVERIFY(journal.open(h.journalPath));
    const QList<JournalEntry> rows = journal.entries();
    QCOMPARE(rows.size(), 2); // the refused changes were never recorded; then the two links
    QCOMPARE(rows.at(0).result, JournalEntry::Result::Succeeded);
    QCOMPARE(rows.at(1).result, JournalEntry::Result::Succeeded);
    QCOMPARE(h.server->counters().total(), 1 + 2);
}

void TestWizardJournal::damagedJournalIsSetAside()
{
    const QByteArray damaged = QByteArray("this is not a database\n").repeated(300);
    WizardHarness h([&](WizardHarness &harness) {
        QFile file(harness.journalPath);
        if (file.open(QIODevice::WriteOnly))
            file.write(damaged);
    });
    const QStringList corrupt = QDir(h.journalDir->path())
                                    .entryList({u"link-journal.sqlite.corrupt-*"_qs}, QDir::Files);
    QCOMPARE(corrupt.size(), 1);
    const QString setAside = h.journalDir->filePath(corrupt.first());
    QVERIFY(h.journalWritable);
    QFile kept(setAside);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), damaged); // renamed, never deleted

    // The first page says so, with the path of the set-aside file.
    FIND_CHILD(InlineMessage, message, h.welcome(), "journalMessage");
    QVERIFY(message->isVisible());
    QCOMPARE(message->type(), InlineMessage::Type::Warning);
    QVERIFY2(message->text().contains(u"set aside"_qs), qPrintable(message->text()));
    QVERIFY2(message->text().contains(QDir::toNativeSeparators(setAside)), qPrintable(message->text()));
    h.screenshot(u"welcome-journal-set-aside"_qs);

    // The new journal works.
    QVERIFY(h.goToTokenPage());
    QVERIFY(h.signIn(DemoTokens::owner()));
    FIND_CHILD(InlineMessage, journalBanner, h.outlets(), "journalBanner");
    QVERIFY(!journalBanner->isVisible());
    QCOMPARE(cellOf(h, 0, Product::GoFood).note, u"Never changed from this computer."_qs);
    h.fillAllExternalIds();
    Prompt::setNextAnswer(ChangeConfirmations::Confirm);
    h.clickCheck(0, Product::GoFood);
    QTRY_VERIFY_WITH_TIMEOUT(h.server->isLinked(h.outletId(0), u"gofood"_qs), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(h.idle(), 5000);
    QVERIFY(journalIdle(h));
    LinkJournal journal;
    QVERIFY(journal.open(h.journalPath));
    const QList<JournalEntry> rows = journal.entries();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().result, JournalEntry::Result::Succeeded);
    QCOMPARE(rows.first().request.outletId, h.outletId(0));
}

void TestWizardJournal::summaryAgreesWithJournalAndGoBiz()
{
    WizardHarness h;
    QVERIFY(h.goToTokenPage());
    QVERIFY(h.signIn(DemoTokens::owner()));
    h.fillAllExternalIds();
    OutletsPage *page = h.outlets();
    FIND_CHILD(QPushButton, linkGoFood, page, "linkGoFoodButton");
    FIND_CHILD(QPushButton, linkPayment, page, "linkPaymentButton");
    FIND_CHILD(QToolButton, unlinkButton, page, "unlinkButton");
    // A link refused for good (409), four links, an unlink.
    h.server->faults().failNext(FaultRoute::Link, Fault::httpError(409));
    Prompt::setNextAnswer(ChangeConfirmations::Confirm);
    QVERIFY(h.selectRows({0}));
    QTest::mouseClick(linkPayment, Qt::LeftButton); // the 409
    QTRY_VERIFY_WITH_TIMEOUT(h.idle(), 5000);
    QVERIFY(h.selectRows({1, 2, 3, 4}));
    QTest::mouseClick(linkGoFood, Qt::LeftButton); // after the Auto Accept answer
    QTRY_VERIFY_WITH_TIMEOUT(h.server->links().size() == 4 && h.idle(), 5000);
    QVERIFY(h.selectRows({2}));
        Prompt::setNextAnswer(ChangeConfirmations::Confirm); // unlink, confirmed
        unlinkButton->menu()->actions().at(0)->trigger(); // unlink GoFood
    QTRY_VERIFY_WITH_TIMEOUT(!h.server->isLinked(h.outletId(2), u"gofood"_qs) && h.idle(), 5000);
    QCOMPARE(cellOf(h, 0, Product::Payment).state, gobiz::LinkState::Failed);

    h.clickNext();
    QCOMPARE(h.wizard->currentId(), int(OutletWizard::SummaryPageId));
    QTRY_VERIFY(h.summary()->isReady()); // read from the journal
    const RunSummary::Report report = h.controller->report();
    QVERIFY(report.fromJournal);
    // The summary has one source, the journal: each entry as the journal and GoBiz hold it.
    QCOMPARE(report.entries.size(), 5);
    QCOMPARE(report.merchantKey, h.outletId(0));
    for (qsizetype i = 0; i < report.entries.size(); ++i) {
        const RunSummary::Entry &j = report.entries.at(i);
        QVERIFY(!j.requestId.isEmpty());
        QVERIFY(j.attempts >= 1);
        if (j.action == LinkAction::Link)
            QCOMPARE(j.externalOutletId, u"POS-"_qs + j.outletId);
        // ...and as GoBiz holds it.
        const auto onServer = h.server->link(j.outletId, productKey(j.product));
        switch (j.result) {
        case RunSummary::Result::Linked:
            QVERIFY(onServer && onServer->linked);
            QCOMPARE(j.linkedAt.toSecsSinceEpoch(), onServer->linkedAt.toSecsSinceEpoch());
            break;
        case RunSummary::Result::Unlinked:
            QVERIFY(onServer && !onServer->linked);
            break;
        case RunSummary::Result::Failed:
            QVERIFY(!onServer || !onServer->linked);
            QCOMPARE(j.errorKind, u"conflict"_qs);
            break;
        case RunSummary::Result::Unknown:
            QFAIL("nothing was cancelled");
        case RunSummary::Result::NotSent:
            QFAIL("everything was sent");
        }
    }
    // The page shows it: per outlet and product, with GoBiz's linked_at.
    FIND_CHILD(QTableView, table, h.summary(), "summaryTable");
    QCOMPARE(table->model()->rowCount(), 5);
    QVERIFY(journalIdle(h));
    LinkJournal reader;
    QVERIFY(reader.open(h.journalPath));
    int linkedRows = 0;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 3).data(Qt::UserRole).toString() != u"linked"_qs)
            continue;
        ++linkedRows;
        const QString outletId = table->model()->index(r, 1).data().toString();
        const auto state = reader.latestStates(h.controller->journalContext().environment);
        const auto it = std::find_if(state.cbegin(), state.cend(), [&](const JournalState &s) {
            return s.outletId == outletId && s.product == Product::GoFood;
        });
        QVERIFY(it != state.cend());
        QCOMPARE(table->model()->index(r, 5).data().toString(),
                 DateTimeText::format(it->linkedAt));
    }
    QCOMPARE(linkedRows, 3);
}

QTEST_MAIN(TestWizardJournal)
#include "tst_wizardjournal.moc"
