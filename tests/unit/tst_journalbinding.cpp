// The journal bound to a real engine and client against the in-process sandbox: every operation
// is written before it is sent, a journal that cannot be written stops operations unsent, the
// model is restored from the journal, and recovery resumes or discards interrupted rows.
#include "api/GoBizClient.h"
#include "model/OutletModel.h"
#include "ops/LinkEngine.h"
#include "sandbox/FixtureGenerator.h"
#include "sandbox/SandboxServer.h"
#include "store/JournalBinding.h"
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

class TestJournalBinding : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyOperationIsWrittenBeforeItIsSent();
    void unwritableJournalStopsOperationsUnsent();
    void modelIsRestoredFromTheJournal();
    void interruptedOperationsAreResumed();
    void cancelledResumptionIsDiscarded();

private:
    LinkRequest link(int i, Product product = Product::GoFood) const
    {
        return LinkRequest {
            m_outlets.at(i), product, LinkAction::Link, QStringLiteral("POS-%1").arg(i)};
    }
    void waitIdle()
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), LinkEngine::State::Idle, 20000);
        QTest::qWait(0); // queued slots (the binding's pause) run
    }
    int linkRequestsSeen(int i) const
    {
        return m_server->counters().outlet(m_outlets.at(i), u"gofood"_qs, "PUT").requests;
    }

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<GoBizClient> m_client;
    std::unique_ptr<LinkEngine> m_engine;
    std::unique_ptr<LinkJournal> m_journal;
    std::unique_ptr<JournalBinding> m_binding;
    QStringList m_outlets;
    QString m_environment;
};

void TestJournalBinding::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestJournalBinding::init()
{
    m_dir = new QTemporaryDir;
    m_server = std::make_unique<SandboxServer>(FixtureGenerator::fixture(10, 3));
    QVERIFY(m_server->start());
    m_outlets.clear();
    for (const FixtureOutlet &outlet : m_server->fixture().merchants.first().outlets)
        m_outlets.append(outlet.id);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<GoBizClient>(m_network.get());
    QCOMPARE(m_client->setBaseUrl(m_server->baseUrl()), QString());
    m_client->setToken(DemoTokens::owner());
    m_engine = std::make_unique<LinkEngine>(m_client.get());
    RetryPolicy policy;
    policy.timeScale = 0.001;
    m_engine->setPolicy(policy);
    m_journal = std::make_unique<LinkJournal>();
    QVERIFY(m_journal->open(m_dir->filePath(u"journal.sqlite"_qs)));
    m_binding = std::make_unique<JournalBinding>(m_journal.get(), m_engine.get());
    m_environment = LinkJournal::environmentLabel(Environment::custom(m_server->baseUrl()));
    m_binding->setContext(JournalContext {m_environment, u"Test merchant"_qs, u"owner"_qs});
}

void TestJournalBinding::cleanup()
{
    m_binding.reset();
    m_engine.reset();
    m_journal.reset();
    m_client.reset();
    m_network.reset();
    m_server.reset();
    delete m_dir;
}

void TestJournalBinding::everyOperationIsWrittenBeforeItIsSent()
{
    // At the moment each request reaches the server, its row must already be in the file:
    // checked from another connection, as a crash right then would leave it.
    QSqlDatabase observer = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"observer"_qs);
    observer.setDatabaseName(m_dir->filePath(u"journal.sqlite"_qs));
    QVERIFY(observer.open());
    int missing = 0;
    int seen = 0;
    connect(
        m_server.get(), &SandboxServer::requestFinished, this, [&](const RequestLogEntry &entry) {
            if (entry.method != "PUT" && entry.method != "DELETE")
                return;
            ++seen;
            QSqlQuery query(observer);
            query.prepare(
                u"SELECT count(*) FROM operations o JOIN attempts a ON a.operation_id = o.id"
                " WHERE a.request_id = ?"_qs);
            query.addBindValue(QString::fromLatin1(entry.requestId));
            if (!query.exec() || !query.next() || query.value(0).toInt() != 1) {
                // The attempt row comes with the InFlight update; the started row must exist
                // anyway.
                QSqlQuery started(observer);
                started.exec(u"SELECT count(*) FROM operations WHERE started_at IS NOT NULL"_qs);
                started.next();
                if (started.value(0).toInt() < seen)
                    ++missing;
            }
        });
    for (int i = 0; i < 8; ++i)
        m_engine->submit(link(i));
    LinkRequest unlink {m_outlets.at(9), Product::Payment, LinkAction::Unlink, {}};
    m_engine->submit(unlink);
    waitIdle();
    QCOMPARE(seen, 9);
    QCOMPARE(missing, 0);
    observer.close();
    observer = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"observer"_qs);

    const QList<JournalEntry> entries = m_journal->entries();
    QCOMPARE(entries.size(), 9);
    for (const JournalEntry &e : entries) {
        QCOMPARE(e.result, JournalEntry::Result::Succeeded);
        QCOMPARE(e.environment, m_environment);
        QCOMPARE(e.merchant, u"Test merchant"_qs);
        QCOMPARE(e.attempts, 1);
        QCOMPARE(e.requestIds.size(), 1);
        QVERIFY(e.startedAt.isValid() && e.finishedAt >= e.startedAt);
        if (e.request.action == LinkAction::Link) {
            QVERIFY(e.linkedAt.isValid());
            QCOMPARE(m_server->link(e.request.outletId, u"gofood"_qs)->externalOutletId,
                e.request.externalOutletId);
        }
    }
    const QList<JournalState> states = m_journal->latestStates(m_environment);
    QCOMPARE(states.size(), 9);
}

void TestJournalBinding::unwritableJournalStopsOperationsUnsent()
{
    QSignalSpy problems(m_binding.get(), &JournalBinding::journalProblem);
    QSqlQuery(QSqlDatabase::database(m_journal->connectionName(), false))
        .exec(u"PRAGMA query_only = 1"_qs);
    QList<LinkOperation> finished;
    connect(m_engine.get(), &LinkEngine::operationFinished, this,
        [&](const LinkOperation &op) { finished.append(op); });
    for (int i = 0; i < 6; ++i)
        m_engine->submit(link(i));
    QTRY_VERIFY_WITH_TIMEOUT(!problems.isEmpty(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), LinkEngine::State::Paused, 5000);
    // Nothing reached GoBiz: every refused operation failed unsent, with the journal's sentence.
    QCOMPARE(m_server->counters().total(), 0);
    QVERIFY(!finished.isEmpty());
    for (const LinkOperation &op : finished) {
        QCOMPARE(op.phase, LinkOperation::Phase::Failed);
        QCOMPARE(op.attempts, 0);
        QVERIFY2(op.lastError.userMessage().contains(u"read-only"_qs),
            qPrintable(op.lastError.userMessage()));
    }
    QVERIFY(problems.first().first().toString().contains(u"Nothing was sent"_qs));
    const int refused = int(finished.size());
    qInfo() << refused << "of 6 refused before the engine paused; the rest stay pending";
    QCOMPARE(refused, 1);

    // Writable again: the rest go through and are journaled.
    QSqlQuery(QSqlDatabase::database(m_journal->connectionName(), false))
        .exec(u"PRAGMA query_only = 0"_qs);
    m_engine->resume();
    waitIdle();
    int succeeded = 0;
    for (const LinkOperation &op : finished)
        succeeded += op.phase == LinkOperation::Phase::Succeeded;
    QCOMPARE(succeeded, 6 - refused);
    QCOMPARE(m_server->counters().total(), 6 - refused);
    // Refused ones are recorded too once the journal works (as never sent).
    int unsentRows = 0;
    for (const JournalEntry &e : m_journal->entries())
        unsentRows += !e.wasSent();
    QCOMPARE(unsentRows, refused);
}

void TestJournalBinding::modelIsRestoredFromTheJournal()
{
    m_engine->submit(link(0));
    m_engine->submit(link(1, Product::Payment));
    m_engine->submit(LinkRequest {m_outlets.at(2), Product::GoFood, LinkAction::Unlink, {}});
    waitIdle();

    // The next start: a fresh model with the outlets from token-info, cells from the journal.
    OutletModel model;
    QAbstractItemModelTester tester(&model);
    QList<Outlet> outlets;
    for (const QString &id : std::as_const(m_outlets))
        outlets.append(Outlet {id, u"Outlet "_qs + id, u"Address"_qs, outlets.isEmpty()});
    model.setOutlets(outlets);
    QCOMPARE(restoreModelFromJournal(model, *m_journal, m_environment), 3);
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
    const QModelIndex linked = model.index(0, OutletModel::GoFoodColumn);
    QCOMPARE(model.data(linked, OutletModel::LinkStateRole).toInt(), int(gobiz::LinkState::Linked));
    QVERIFY(model.data(linked, Qt::ToolTipRole).toString().contains(u"on this computer"_qs));
    // Another environment's journal rows do not leak in.
    OutletModel other;
    other.setOutlets(outlets);
    QCOMPARE(restoreModelFromJournal(other, *m_journal, u"production"_qs), 0);
}

void TestJournalBinding::interruptedOperationsAreResumed()
{
    // A previous run wrote "started" for two links and died.
    const QString path = m_dir->filePath(u"journal.sqlite"_qs);
    {
        LinkJournal crashed;
        QVERIFY(crashed.open(path));
        for (int i = 0; i < 2; ++i) {
            LinkOperation op;
            op.id = quint64(100 + i);
            op.request = link(i);
            QCOMPARE(crashed.recordStarted(op, m_binding->context()), QString());
        }
    }
    const RecoveryPlan plan = RecoveryPlan::fromJournal(*m_journal).forContext(m_environment);
    QCOMPARE(plan.size(), 2);
    QCOMPARE(plan.resume(*m_engine, *m_binding), 2);
    waitIdle();
    QVERIFY(m_server->isLinked(m_outlets.at(0), u"gofood"_qs));
    QVERIFY(m_server->isLinked(m_outlets.at(1), u"gofood"_qs));
    QVERIFY(m_journal->unfinishedOperations().isEmpty());
    QCOMPARE(m_binding->pendingResumptions(), 0);
    for (qint64 row : plan.rows()) {
        const auto old = m_journal->entry(row);
        QCOMPARE(old->resolution, JournalEntry::Resolution::Resumed);
        const auto by = m_journal->entry(old->resolvedBy);
        QVERIFY(by);
        QCOMPARE(by->result, JournalEntry::Result::Succeeded);
        QCOMPARE(by->request.outletId, old->request.outletId);
    }
    for (const JournalState &state : m_journal->latestStates(m_environment))
        QCOMPARE(state.confirmed, gobiz::LinkState::Linked);
}

void TestJournalBinding::cancelledResumptionIsDiscarded()
{
    const QString path = m_dir->filePath(u"journal.sqlite"_qs);
    {
        LinkJournal crashed;
        QVERIFY(crashed.open(path));
        LinkOperation op;
        op.id = 1;
        op.request = link(4);
        QCOMPARE(crashed.recordStarted(op, m_binding->context()), QString());
    }
    const RecoveryPlan plan = RecoveryPlan::fromJournal(*m_journal).forContext(m_environment);
    QCOMPARE(plan.size(), 1);
    m_engine->pause(); // the person resumes, then cancels before anything is sent
    plan.resume(*m_engine, *m_binding);
    m_engine->cancelAll();
    waitIdle();
    QCOMPARE(linkRequestsSeen(4), 0);
    const auto old = m_journal->entry(plan.rows().first());
    QCOMPARE(old->resolution, JournalEntry::Resolution::Discarded);
    QVERIFY(m_journal->unfinishedOperations().isEmpty());
}

QTEST_GUILESS_MAIN(TestJournalBinding)
#include "tst_journalbinding.moc"
