// One merchant's run (LinkRun) with its real parts: the engine and client against the in-process
// sandbox over loopback, the journal on its own thread (JournalService) in a real file, the
// model. Every change is planned in the journal before the engine sees it and started before its
// request leaves; a journal that cannot be written stops changes unsent; the table is restored
// from the journal; an earlier run's plan is completed; the gate holds every path.
#include "api/GoBizClient.h"
#include "model/OutletModel.h"
#include "ops/LinkEngine.h"
#include "sandbox/FixtureGenerator.h"
#include "sandbox/SandboxServer.h"
#include "session/JournalCells.h"
#include "session/LinkRun.h"
#include "store/JournalService.h"
#include "store/LinkJournal.h"
#include "store/RecoveryPlan.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gobiz;
using namespace gobiz::sandbox;

class TestLinkRun : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyChangeIsPlannedBeforeItIsQueuedAndStartedBeforeItIsSent();
    void unwritableJournalStopsChangesUnsent();
    void modelIsRestoredFromTheJournal();
    void externalIdsAreKeptPerMerchant();
    void earlierPlanIsCompleted();
    void resumedThenStoppedIsSettled();
    void stopLeavesNothingQueued();
    void nextMerchantKeepsThePreviousPlan();
    void gateHoldsEveryPath_data();
    void gateHoldsEveryPath();
    void manyChangesShareCommits();

private:
    // The unlink question answered, as a person confirming it does.
    static ChangeGate::Answers unlinkConfirmed()
    {
        ChangeGate::Answers answers;
        answers.unlinkConfirmed = true;
        return answers;
    }
    LinkRequest link(int i, Product product = Product::GoFood) const
    {
        return LinkRequest {m_outlets.at(i), product, LinkAction::Link,
            QStringLiteral("POS-%1").arg(i)};
    }
    void waitIdle()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_run->isBusy() && m_journal->isIdle(), 20000);
    }
    QString path() const { return m_dir->filePath(u"journal.sqlite"_qs); }
    Account account(const QString &merchantKey = {}) const;
    // What an earlier run of the same merchant wrote with its rows.
    JournalContext earlierRun() const
    {
        JournalContext earlier = m_run->account().journalContext();
        earlier.session = u"an earlier run"_qs;
        return earlier;
    }
    // A merchant of count outlets on the server and in the table.
    QList<Outlet> useOutlets(int count);
    int linkRequestsSeen(int i) const
    {
        return m_server->counters().outlet(m_outlets.at(i), u"gofood"_qs, "PUT").requests;
    }

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<GoBizClient> m_client;
    std::unique_ptr<LinkEngine> m_engine;
    std::unique_ptr<OutletModel> m_model;
    std::unique_ptr<JournalService> m_journal;
    std::unique_ptr<LinkRun> m_run;
    QStringList m_outlets;
    QString m_environment;
};

void TestLinkRun::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

Account TestLinkRun::account(const QString &merchantKey) const
{
    TokenInfo info;
    info.roles = {u"owner"_qs};
    info.outlets = m_model->outlets();
    Account account = Account::fromTokenInfo(Environment::custom(m_server->baseUrl()), info);
    if (!merchantKey.isEmpty())
        account.merchantKey = merchantKey;
    return account;
}

QList<Outlet> TestLinkRun::useOutlets(int count)
{
    m_server->setFixture(FixtureGenerator::fixture(count, 3));
    m_outlets.clear();
    QList<Outlet> outlets;
    for (const FixtureOutlet &outlet : m_server->fixture().merchants.first().outlets) {
        m_outlets.append(outlet.id);
        outlets.append(Outlet {outlet.id, u"Outlet "_qs + outlet.id, u"Address"_qs,
            outlets.isEmpty()});
    }
    m_model->setOutlets(outlets);
    return outlets;
}

void TestLinkRun::init()
{
    m_dir = new QTemporaryDir;
    m_server = std::make_unique<SandboxServer>(FixtureGenerator::fixture(10, 3));
    QVERIFY(m_server->start());
    m_outlets.clear();
    QList<Outlet> outlets;
    for (const FixtureOutlet &outlet : m_server->fixture().merchants.first().outlets) {
        m_outlets.append(outlet.id);
        outlets.append(Outlet {outlet.id, u"Outlet "_qs + outlet.id, u"Address"_qs,
            outlets.isEmpty()});
    }
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<GoBizClient>(m_network.get());
    QCOMPARE(m_client->setBaseUrl(m_server->baseUrl()), QString());
    m_client->setToken(DemoTokens::owner());
    m_engine = std::make_unique<LinkEngine>(m_client.get());
    RetryPolicy policy;
    policy.timeScale = 0.001;
    m_engine->setPolicy(policy);
    m_model = std::make_unique<OutletModel>();
    m_model->setOutlets(outlets);
    m_journal = std::make_unique<JournalService>();
    QSignalSpy opened(m_journal.get(), &JournalService::opened);
    m_journal->open(path());
    QVERIFY(opened.wait(5000));
    QVERIFY(opened.first().first().toBool());
    m_run = std::make_unique<LinkRun>(m_engine.get(), m_journal.get(), m_model.get());
    m_run->begin(account());
    m_run->gate().confirmAutoAccept();
    m_environment = LinkJournal::environmentLabel(Environment::custom(m_server->baseUrl()));
}

void TestLinkRun::cleanup()
{
    m_run.reset();
    m_engine.reset();
    m_journal.reset();
    m_model.reset();
    m_client.reset();
    m_network.reset();
    m_server.reset();
    delete m_dir;
}

void TestLinkRun::everyChangeIsPlannedBeforeItIsQueuedAndStartedBeforeItIsSent()
{
    // Checked from another connection, as a crash at that moment would leave the file.
    QSqlDatabase observer = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"observer"_qs);
    observer.setDatabaseName(path());
    QVERIFY(observer.open());
    const auto rowState = [&](qint64 row) {
        QSqlQuery query(observer);
        query.prepare(u"SELECT started_at IS NOT NULL FROM operations WHERE id = ?"_qs);
        query.addBindValue(row);
        if (!query.exec() || !query.next())
            return -1; // no row
        return query.value(0).toInt();
    };
    int notPlanned = 0;
    int queued = 0;
    connect(m_engine.get(), &LinkEngine::operationUpdated, this, [&](const LinkOperation &op) {
        if (op.phase != LinkOperation::Phase::Queued || op.attempts > 0)
            return;
        ++queued;
        if (op.request.planRow <= 0 || rowState(op.request.planRow) < 0)
            ++notPlanned;
    });
    int notStarted = 0;
    int seen = 0;
    QHash<QString, qint64> rowByOutlet;
    connect(m_engine.get(), &LinkEngine::operationUpdated, this, [&](const LinkOperation &op) {
        rowByOutlet.insert(op.request.outletId + productKey(op.request.product), op.request.planRow);
    });
    connect(m_server.get(), &SandboxServer::requestFinished, this,
        [&](const RequestLogEntry &entry) {
            if (entry.method != "PUT" && entry.method != "DELETE")
                return;
            ++seen;
            QSqlQuery started(observer);
            started.exec(u"SELECT count(*) FROM operations WHERE started_at IS NOT NULL"_qs);
            started.next();
            if (started.value(0).toInt() < seen)
                ++notStarted;
        });
    QList<LinkRequest> requests;
    for (int i = 0; i < 8; ++i)
        requests.append(link(i));
    requests.append(LinkRequest {m_outlets.at(9), Product::Payment, LinkAction::Unlink, {}});
    const ChangeGate::Verdict verdict = m_run->request(requests, unlinkConfirmed());
    QVERIFY(verdict.mayProceed());
    QCOMPARE(verdict.allowed.size(), 9);
    QCOMPARE(m_run->progress().remaining, 9);
    QCOMPARE(m_engine->pendingOperations().size(), 0); // not queued before it is recorded
    waitIdle();
    QCOMPARE(queued, 9);
    QCOMPARE(notPlanned, 0);
    QCOMPARE(seen, 9);
    QCOMPARE(notStarted, 0);
    QCOMPARE(m_run->progress().done, 9);
    QCOMPARE(m_run->progress().remaining, 0);
    for (auto it = rowByOutlet.cbegin(); it != rowByOutlet.cend(); ++it)
        QCOMPARE(rowState(*it), 1);
    observer.close();
    observer = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"observer"_qs);

    LinkJournal reader;
    QVERIFY(reader.open(path()));
    const QList<JournalEntry> entries = reader.entries();
    QCOMPARE(entries.size(), 9);
    for (const JournalEntry &e : entries) {
        QCOMPARE(e.result, JournalEntry::Result::Succeeded);
        QCOMPARE(e.environment, m_environment);
        QCOMPARE(e.merchant, m_run->account().merchantKey);
        QCOMPARE(e.sessionId, m_run->account().session);
        QCOMPARE(e.attempts, 1);
        QCOMPARE(e.requestIds.size(), 1);
        QVERIFY(e.queuedAt.isValid() && e.startedAt >= e.queuedAt);
        QVERIFY(e.finishedAt >= e.startedAt);
        if (e.request.action == LinkAction::Link) {
            QVERIFY(e.linkedAt.isValid());
            QCOMPARE(m_server->link(e.request.outletId, u"gofood"_qs)->externalOutletId,
                e.request.externalOutletId);
        }
    }
    QCOMPARE(reader.latestStates(m_environment).size(), 9);
}

void TestLinkRun::unwritableJournalStopsChangesUnsent()
{
    // Another program holds the journal's write lock: nothing can be recorded, so nothing is sent.
    m_journal->setBusyTimeout(std::chrono::milliseconds(50));
    QSignalSpy reopened(m_journal.get(), &JournalService::opened);
    m_journal->open(path()); // the busy timeout applies from this open
    QVERIFY(reopened.wait(5000));
    QSqlDatabase locker = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"locker"_qs);
    locker.setDatabaseName(path());
    QVERIFY(locker.open());
    QVERIFY(QSqlQuery(locker).exec(u"BEGIN EXCLUSIVE"_qs));

    QSignalSpy problems(m_run.get(), &LinkRun::journalProblem);
    QSignalSpy refused(m_model.get(), &OutletModel::changeRefused);
    QList<LinkRequest> requests;
    for (int i = 0; i < 6; ++i)
        requests.append(link(i));
    QVERIFY(m_run->request(requests).mayProceed());
    QVERIFY(problems.wait(5000));
    QVERIFY2(problems.first().first().toString().contains(u"locked"_qs),
        qPrintable(problems.first().first().toString()));
    QVERIFY(problems.first().first().toString().contains(u"nothing was sent"_qs));
    QCOMPARE(m_server->counters().total(), 0);
    QCOMPARE(m_run->progress().notSent, 6);
    QCOMPARE(m_run->progress().remaining, 0);
    QCOMPARE(refused.size(), 6); // each cell says why
    QCOMPARE(m_model->cell(0, Product::GoFood).state, gobiz::LinkState::NotSent);
    QCOMPARE(m_run->unfinishedCount(), 6);

    // Writable again: asking again sends them, each recorded first.
    QVERIFY(QSqlQuery(locker).exec(u"ROLLBACK"_qs));
    locker.close();
    locker = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"locker"_qs);
    QVERIFY(m_run->retryUnfinished().mayProceed());
    waitIdle();
    QCOMPARE(m_run->progress().done, 6);
    QCOMPARE(m_server->counters().total(), 6);
    for (int i = 0; i < 6; ++i)
        QVERIFY(m_server->isLinked(m_outlets.at(i), u"gofood"_qs));
}

void TestLinkRun::modelIsRestoredFromTheJournal()
{
    m_run->request({link(0), link(1, Product::Payment),
        LinkRequest {m_outlets.at(2), Product::GoFood, LinkAction::Unlink, {}}},
        unlinkConfirmed());
    waitIdle();

    // The next start: a fresh model with the outlets from token-info, cells from the journal.
    OutletModel model;
    QAbstractItemModelTester tester(&model);
    model.setOutlets(m_model->outlets());
    LinkJournal reader;
    QVERIFY(reader.open(path()));
    QCOMPARE(JournalCells::restore(model, reader.latestStates(m_environment), {}), 3);
    QCOMPARE(model.cell(0, Product::GoFood).state, gobiz::LinkState::Linked);
    QCOMPARE(model.cell(0, Product::GoFood).lastConfirmed, gobiz::LinkState::Linked);
    QVERIFY(model.cell(0, Product::GoFood).linkedAt.isValid());
    QVERIFY2(model.cell(0, Product::GoFood).note.startsWith(u"Confirmed "_qs),
        qPrintable(model.cell(0, Product::GoFood).note));
    QVERIFY(model.cell(0, Product::GoFood).note.endsWith(u" on this computer."_qs));
    QCOMPARE(model.externalOutletId(0), u"POS-0"_qs); // filled from the confirmed link
    QCOMPARE(model.cell(1, Product::Payment).state, gobiz::LinkState::Linked);
    QCOMPARE(model.cell(2, Product::GoFood).state, gobiz::LinkState::NotLinked);
    QCOMPARE(model.cell(3, Product::GoFood).state, gobiz::LinkState::Unknown); // never changed here
    QCOMPARE(model.cell(3, Product::GoFood).note, u"Never changed from this computer."_qs);
    const QModelIndex linked = model.index(0, OutletModel::GoFoodColumn);
    QCOMPARE(model.data(linked, OutletModel::LinkStateRole).toInt(), int(gobiz::LinkState::Linked));
    QVERIFY(model.data(linked, Qt::ToolTipRole).toString().contains(u"on this computer"_qs));
    // Another environment's journal rows do not leak in.
    OutletModel other;
    other.setOutlets(m_model->outlets());
    JournalCells::restore(other, reader.latestStates(u"production"_qs), {});
    QCOMPARE(other.cell(0, Product::GoFood).state, gobiz::LinkState::Unknown);
}

void TestLinkRun::externalIdsAreKeptPerMerchant()
{
    // Typed, filled or imported: in the journal at once, back after any restart, per merchant.
    QHash<QString, QString> ids;
    for (int i = 0; i < 5; ++i)
        ids.insert(m_outlets.at(i), QStringLiteral("EXT-%1").arg(i));
    QCOMPARE(m_run->setExternalIds(ids), 5);
    QCOMPARE(m_run->setExternalIds(ids), 0); // nothing changes twice
    QCOMPARE(m_run->setExternalIds({{m_outlets.at(4), QString()}}), 1); // cleared
    waitIdle();
    LinkJournal reader;
    QVERIFY(reader.open(path()));
    const QHash<QString, QString> kept
        = reader.externalIds(m_environment, m_run->account().merchantKey);
    QCOMPARE(kept.size(), 4);
    QCOMPARE(kept.value(m_outlets.at(3)), u"EXT-3"_qs);
    QVERIFY(!kept.contains(m_outlets.at(4)));
    QVERIFY(reader.externalIds(m_environment, u"another merchant"_qs).isEmpty());

    OutletModel restarted;
    restarted.setOutlets(m_model->outlets());
    JournalCells::restore(restarted, {}, kept);
    QCOMPARE(restarted.externalOutletId(3), u"EXT-3"_qs);
    QCOMPARE(restarted.externalOutletId(4), QString());
}

void TestLinkRun::earlierPlanIsCompleted()
{
    // A previous run planned five links, started two of them and died.
    const JournalContext context = m_run->account().journalContext();
    {
        const JournalContext earlier = earlierRun();
        LinkJournal crashed;
        QVERIFY(crashed.open(path()));
        QList<PlannedChange> changes;
        for (int i = 0; i < 5; ++i)
            changes.append(PlannedChange {link(i), {}});
        const QList<qint64> rows = crashed.recordPlanned(changes, earlier);
        QCOMPARE(rows.size(), 5);
        QVERIFY(crashed.recordStartedRow(rows.at(0)));
        QVERIFY(crashed.recordStartedRow(rows.at(1)));
    }
    LinkJournal reader;
    QVERIFY(reader.open(path()));
    const RecoveryPlan plan
        = RecoveryPlan::fromJournal(reader, context.session).forContext(m_environment, context.merchant);
    QCOMPARE(plan.size(), 5);
    QCOMPARE(plan.notSentCount(), 3);
    QCOMPARE(plan.sentWithoutAnswerCount(), 2);
    QVERIFY2(plan.summary().contains(u"not yet sent"_qs), qPrintable(plan.summary()));
    QVERIFY(m_run->resume(plan).mayProceed());
    waitIdle();
    for (int i = 0; i < 5; ++i) {
        QVERIFY(m_server->isLinked(m_outlets.at(i), u"gofood"_qs));
        QCOMPARE(m_server->link(m_outlets.at(i), u"gofood"_qs)->externalOutletId,
            QStringLiteral("POS-%1").arg(i));
    }
    QVERIFY(reader.unfinishedPlan().isEmpty());
    for (qint64 row : plan.rows()) {
        const auto old = reader.entry(row);
        QCOMPARE(old->resolution, JournalEntry::Resolution::Resumed);
        const auto by = reader.entry(old->resolvedBy);
        QVERIFY(by);
        QCOMPARE(by->result, JournalEntry::Result::Succeeded);
        QCOMPARE(by->request.outletId, old->request.outletId);
        QCOMPARE(by->sessionId, context.session);
    }
}

void TestLinkRun::resumedThenStoppedIsSettled()
{
    const JournalContext context = m_run->account().journalContext();
    {
        const JournalContext earlier = earlierRun();
        LinkJournal crashed;
        QVERIFY(crashed.open(path()));
        LinkOperation op;
        op.id = 1;
        op.request = link(4);
        QCOMPARE(crashed.recordStarted(op, earlier), QString());
    }
    LinkJournal reader;
    QVERIFY(reader.open(path()));
    const RecoveryPlan plan = RecoveryPlan::fromJournal(reader, context.session);
    QCOMPARE(plan.size(), 1);
    // The person resumes, then stops while the change is still being recorded.
    QVERIFY(m_run->resume(plan).mayProceed());
    m_run->stop();
    waitIdle();
    QCOMPARE(linkRequestsSeen(4), 0);
    // The person decided: the old row is carried by the new one, which ended unsent.
    const auto old = reader.entry(plan.rows().first());
    QCOMPARE(old->resolution, JournalEntry::Resolution::Resumed);
    const auto by = reader.entry(old->resolvedBy);
    QCOMPARE(by->result, JournalEntry::Result::Cancelled);
    QVERIFY(!by->wasSent());
    QVERIFY(reader.unfinishedPlan().isEmpty());
    QCOMPARE(m_run->progress().stopped, 1);
    QCOMPARE(m_run->unfinishedCount(LinkRun::StoppedChanges), 1);
}

void TestLinkRun::stopLeavesNothingQueued()
{
    // Stop with most of 300 changes still waiting: nothing of them stays planned as if it would
    // still be sent; each ends in the journal as sent (finished) or stopped unsent.
    const QList<Outlet> outlets = useOutlets(300);
    m_server->faults().setBaseLatency(20);
    QList<LinkRequest> requests;
    for (int i = 0; i < 300; ++i)
        requests.append(LinkRequest {outlets.at(i).id, Product::Payment, LinkAction::Unlink, {}});
    QVERIFY(m_run->request(requests, unlinkConfirmed()).mayProceed());
    QTRY_VERIFY(m_run->progress().done + m_run->progress().failed >= 4);
    m_run->stop();
    waitIdle();
    const LinkRun::Progress progress = m_run->progress();
    QCOMPARE(progress.remaining, 0);
    QCOMPARE(progress.total(), 300);
    QVERIFY(progress.stopped > 200);
    LinkJournal reader;
    QVERIFY(reader.open(path()));
    QVERIFY(reader.unfinishedPlan().isEmpty());
    int unsent = 0;
    for (const JournalEntry &e : reader.entries())
        unsent += e.result == JournalEntry::Result::Cancelled && !e.wasSent() ? 1 : 0;
    QCOMPARE(unsent, progress.stopped);
}

void TestLinkRun::nextMerchantKeepsThePreviousPlan()
{
    // Merchant A asks for 200 changes on a slow network; the field agent moves on to merchant B
    // before they are all sent. A's unsent changes stay A's plan; B's run counts only B.
    const QList<Outlet> outlets = useOutlets(200);
    m_run->begin(account(u"merchant-a"_qs));
    const QString sessionA = m_run->account().session;
    m_server->faults().setBaseLatency(30);
    QList<LinkRequest> requests;
    for (const Outlet &outlet : outlets)
        requests.append(LinkRequest {outlet.id, Product::Payment, LinkAction::Unlink, {}});
    QVERIFY(m_run->request(requests, unlinkConfirmed()).mayProceed());
    QTRY_VERIFY(m_run->progress().done >= 2);
    m_run->begin(account(u"merchant-b"_qs));
    QCOMPARE(m_run->progress().total(), 0);
    QVERIFY(!m_run->isBusy());
    waitIdle();

    LinkJournal reader;
    QVERIFY(reader.open(path()));
    const RecoveryPlan planA
        = RecoveryPlan::fromJournal(reader, m_run->account().session).forContext(m_environment, u"merchant-a"_qs);
    JournalFilter filter;
    filter.sessionId = sessionA;
    int finished = 0;
    for (const JournalEntry &e : reader.entries(filter))
        finished += e.result != JournalEntry::Result::Unfinished ? 1 : 0;
    QCOMPARE(planA.size() + finished, 200);
    QVERIFY(planA.notSentCount() > 100);
    QVERIFY(RecoveryPlan::fromJournal(reader).forContext(m_environment, u"merchant-b"_qs).isEmpty());
}

void TestLinkRun::gateHoldsEveryPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("request") << u"request"_qs;
    QTest::newRow("checked cell") << u"cell"_qs;
    QTest::newRow("resume") << u"resume"_qs;
    QTest::newRow("retry") << u"retry"_qs;
}

void TestLinkRun::gateHoldsEveryPath()
{
    // No call sequence from the core links GoFood before Auto Accept is confirmed.
    QFETCH(QString, path);
    m_run->begin(account()); // a new run: nothing confirmed
    connect(m_model.get(), &OutletModel::changeRequested, m_run.get(),
        [this](const LinkRequest &request) { m_run->request({request}); });
    ChangeGate::Verdict verdict;
    if (path == u"request") {
        verdict = m_run->request({link(0), link(1, Product::Payment)});
    } else if (path == u"cell") {
        m_model->setExternalOutletId(0, u"POS-0"_qs);
        QVERIFY(m_model->setData(m_model->index(0, OutletModel::GoFoodColumn), Qt::Checked,
            Qt::CheckStateRole));
        verdict = m_run->gate().check({link(0)});
    } else if (path == u"resume") {
        LinkJournal crashed;
        QVERIFY(crashed.open(this->path()));
        QCOMPARE(crashed.recordPlanned({PlannedChange {link(0), {}}}, earlierRun()).size(), 1);
        verdict = m_run->resume(
            RecoveryPlan::fromJournal(crashed, m_run->account().journalContext().session));
    } else {
        m_server->faults().failNext(FaultRoute::Link, Fault::httpError(403), 1);
        m_run->gate().confirmAutoAccept();
        QVERIFY(m_run->request({link(0)}).mayProceed());
        waitIdle();
        QCOMPARE(m_run->unfinishedCount(), 1);
        m_run->begin(account()); // the next run of the same merchant asks again
        verdict = m_run->retryUnfinished();
        QCOMPARE(m_run->unfinishedCount(), 0); // a new run has nothing of the old one to retry
        verdict = m_run->request({link(0)});
    }
    QCOMPARE(verdict.question, ChangeGate::Question::AutoAccept);
    QCOMPARE(verdict.goFoodLinks, 1);
    QTest::qWait(0);
    QVERIFY(m_journal->isIdle());
    QVERIFY(!m_run->isBusy());
    QCOMPARE(m_server->counters().outlet(m_outlets.at(0), u"gofood"_qs, "PUT").requests,
        path == u"retry" ? 1 : 0);
    QVERIFY(!m_server->isLinked(m_outlets.at(0), u"gofood"_qs));
    // Confirmed, the same request goes.
    m_run->gate().confirmAutoAccept();
    QVERIFY(m_run->request({link(0)}).mayProceed());
    waitIdle();
    QVERIFY(m_server->isLinked(m_outlets.at(0), u"gofood"_qs));
}

void TestLinkRun::manyChangesShareCommits()
{
    // Group commit: 2,000 changes asked for at once are recorded in a few transactions, not
    // one per change, and the first request leaves long before the last record of the run.
    const QList<Outlet> outlets = useOutlets(2000);
    QList<LinkRequest> requests;
    for (const Outlet &outlet : outlets)
        requests.append(LinkRequest {outlet.id, Product::Payment, LinkAction::Unlink, {}});
    const int batchesBefore = m_journal->status().batches;
    QVERIFY(m_run->request(requests, unlinkConfirmed()).mayProceed());
    waitIdle();
    QCOMPARE(m_run->progress().done, 2000);
    const int batches = m_journal->status().batches - batchesBefore;
    const int records = 2000 * 4; // planned, started, attempt, finished
    qInfo() << records << "records in" << batches << "batches";
    QVERIFY2(batches * 4 < records, qPrintable(QString::number(batches)));
}

QTEST_GUILESS_MAIN(TestLinkRun)
#include "tst_linkrun.moc"
