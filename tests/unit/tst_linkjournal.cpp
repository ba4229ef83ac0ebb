#include "TestFiles.h"
#include "diagnostics/Redactor.h"
#include "store/JournalSchema.h"
#include "store/LinkJournal.h"
#include "store/RecoveryPlan.h"
#include "text/DateTimeText.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <sched.h>
#include <sys/mount.h>
#endif

using namespace gobiz;
using namespace std::chrono_literals;

namespace {

LinkOperation makeOperation(quint64 id, const QString &outlet, Product product = Product::GoFood,
    LinkAction action = LinkAction::Link, const QString &externalId = QStringLiteral("POS-1"))
{
    LinkOperation op;
    op.id = id;
    op.request.outletId = outlet;
    op.request.product = product;
    op.request.action = action;
    op.request.externalOutletId = action == LinkAction::Link ? externalId : QString();
    op.queuedAt = QDateTime::currentDateTimeUtc();
    return op;
}

void inFlight(LinkOperation &op, const QString &requestId)
{
    op.phase = LinkOperation::Phase::InFlight;
    ++op.attempts;
    op.requestId = requestId;
    if (!op.startedAt.isValid())
        op.startedAt = QDateTime::currentDateTimeUtc();
}

void succeed(LinkOperation &op, const QDateTime &at = QDateTime::currentDateTimeUtc())
{
    op.phase = LinkOperation::Phase::Succeeded;
    op.lastError = {};
    op.finishedAt = at;
    if (op.request.action == LinkAction::Link) {
        op.confirmation.outletId = op.request.outletId;
        op.confirmation.externalOutletId = op.request.externalOutletId;
        op.confirmation.linkedAt = at.addSecs(-1);
    }
}

void failWith(LinkOperation &op, ApiError::Kind kind, int status)
{
    op.phase = LinkOperation::Phase::Failed;
    op.lastError = ApiError(kind);
    op.lastError.httpStatus = status;
    op.finishedAt = QDateTime::currentDateTimeUtc();
}

const JournalContext context {
    QStringLiteral("sandbox"), QStringLiteral("Warung A"), QStringLiteral("manager")};

// Runs statements on a connection of our own (not the journal's).
struct RawConnection
{
    QString name;
    QSqlDatabase db;
    explicit RawConnection(const QString &path, const QString &options = {})
        : name(QStringLiteral("raw-%1").arg(QRandomGenerator::global()->generate()))
    {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        db.open();
    }
    ~RawConnection()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery query(db);
        const bool ok = query.exec(sql);
        if (!ok)
            qWarning() << sql << query.lastError().text();
        return ok;
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery query(db);
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }
};

QVariant journalValue(const LinkJournal &journal, const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(journal.connectionName(), false));
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

bool journalExec(const LinkJournal &journal, const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(journal.connectionName(), false));
    return query.exec(sql);
}

} // namespace

class TestLinkJournal : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void roundTrip();
    void reopenKeepsEverything();
    void namedConnectionPerInstance();
    void journalsOfOneProcessShareItsLock();
    void unsentOperationGetsACompleteRow();
    void latestStatesAndNotes();
    void filters();
    void migrationFromVersion1();
    void newerSchemaIsRefused();
    void unfinishedDetection();
    void recoveryPlanGroupsAndSupersedes();
    void resumeResolvesInTheSameTransaction();
    void discardResolvesRows();
    void folderUnusable();
    void readOnlyFolder();
    void readOnlyFileSystemUnderAnExistingJournal();
    void becomesReadOnlyWhileOpen();
    void diskFullSimulated();
    void diskFullRealFileSystem();
    void lockedByAnotherConnection();
    void lockedAtOpenIsNotMistakenForCorrupt();
    void corruptFileIsSetAside_data();
    void corruptFileIsSetAside();
    void corruptWhileRunningIsSetAside();
    void neverStoresTheToken();
    void environmentLabel();

private:
    bool mountTmpfs(const QString &where, const QString &options);
    void unmount(const QString &where);

    QTemporaryDir *m_dir = nullptr;
    QString m_path;
    bool m_privateMounts = false;
    QStringList m_mounts;
};

void TestLinkJournal::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
#ifdef Q_OS_LINUX
    // Real read-only and full file systems: tiny tmpfs mounts in a mount namespace of this
    // process only (they vanish with it). Needs CAP_SYS_ADMIN; without it those rows skip.
    m_privateMounts = ::unshare(CLONE_NEWNS) == 0
        && ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0;
#endif
    qInfo() << "private mount namespace:"
            << (m_privateMounts ? "yes" : "no (real-filesystem rows skip)");
}

void TestLinkJournal::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("journal.sqlite"));
}

void TestLinkJournal::cleanup()
{
    for (const QString &where : std::as_const(m_mounts))
        unmount(where);
    m_mounts.clear();
    delete m_dir;
    m_dir = nullptr;
}

bool TestLinkJournal::mountTmpfs(const QString &where, const QString &options)
{
#ifdef Q_OS_LINUX
    if (!m_privateMounts)
        return false;
    QDir().mkpath(where);
    const QByteArray target = QFile::encodeName(where);
    const QByteArray data = options.toLatin1();
    const bool readOnly = options.contains(u"ro");
    if (::mount("tmpfs", target.constData(), "tmpfs", readOnly ? MS_RDONLY : 0, data.constData())
        != 0)
        return false;
    m_mounts.append(where);
    return true;
#else
    Q_UNUSED(where);
    Q_UNUSED(options);
    return false;
#endif
}

void TestLinkJournal::unmount(const QString &where)
{
#ifdef Q_OS_LINUX
    ::umount2(QFile::encodeName(where).constData(), MNT_DETACH);
#else
    Q_UNUSED(where);
#endif
}

void TestLinkJournal::roundTrip()
{
    LinkJournal journal;
    QVERIFY2(journal.open(m_path), qPrintable(journal.problemMessage()));
    QCOMPARE(journal.problem(), LinkJournal::Problem::None);
    QCOMPARE(journal.schemaVersion(), JournalSchema::currentVersion);
    QCOMPARE(journalValue(journal, QStringLiteral("PRAGMA journal_mode")).toString(), u"wal"_qs);
    QCOMPARE(journalValue(journal, QStringLiteral("PRAGMA user_version")).toInt(),
        JournalSchema::currentVersion);

    LinkOperation op = makeOperation(7, QStringLiteral("G000012345"));
    QCOMPARE(journal.recordStarted(op, context), QString());
    QVERIFY(journal.rowOf(7) > 0);
    inFlight(op, QStringLiteral("req-1"));
    QVERIFY(journal.recordAttempt(op));
    op.phase = LinkOperation::Phase::Waiting;
    op.lastError = ApiError(ApiError::Kind::Server);
    op.lastError.httpStatus = 503;
    QVERIFY(journal.recordAttempt(op));
    inFlight(op, QStringLiteral("req-2"));
    QVERIFY(journal.recordAttempt(op));
    const QDateTime finished = QDateTime::currentDateTimeUtc();
    succeed(op, finished);
    QVERIFY(journal.recordFinished(op, context));

    const QList<JournalEntry> all = journal.entries();
    QCOMPARE(all.size(), 1);
    const JournalEntry &e = all.first();
    QCOMPARE(e.runId, journal.runId());
    QCOMPARE(e.engineOperationId, quint64(7));
    QCOMPARE(e.environment, u"sandbox"_qs);
    QCOMPARE(e.merchant, u"Warung A"_qs);
    QCOMPARE(e.gobizUser, u"manager"_qs);
    QCOMPARE(e.request.outletId, u"G000012345"_qs);
    QCOMPARE(e.request.product, Product::GoFood);
    QCOMPARE(e.request.action, LinkAction::Link);
    QCOMPARE(e.request.externalOutletId, u"POS-1"_qs);
    QVERIFY(e.startedAt.isValid());
    QCOMPARE(e.finishedAt, finished);
    QCOMPARE(e.attempts, 2);
    QCOMPARE(e.requestId, u"req-2"_qs);
    QCOMPARE(e.requestIds, (QStringList {u"req-1"_qs, u"req-2"_qs}));
    QCOMPARE(e.result, JournalEntry::Result::Succeeded);
    QCOMPARE(e.linkedAt, op.confirmation.linkedAt);
    QVERIFY(e.errorKind.isEmpty());
    QVERIFY(!e.isUnfinished());
    QCOMPARE(journalValue(journal, QStringLiteral("SELECT outcome FROM attempts WHERE number = 1"))
                 .toString(),
        u"server"_qs);
    QCOMPARE(
        journalValue(journal, QStringLiteral("SELECT http_status FROM attempts WHERE number = 1"))
            .toInt(),
        503);
    QCOMPARE(journalValue(journal, QStringLiteral("SELECT outcome FROM attempts WHERE number = 2"))
                 .toString(),
        u"succeeded"_qs);

    // A failure keeps its kind, status and a sentence.
    LinkOperation refused
        = makeOperation(8, QStringLiteral("G2"), Product::Payment, LinkAction::Unlink);
    QCOMPARE(journal.recordStarted(refused, context), QString());
    inFlight(refused, QStringLiteral("req-3"));
    QVERIFY(journal.recordAttempt(refused));
    failWith(refused, ApiError::Kind::Forbidden, 403);
    QVERIFY(journal.recordFinished(refused, context));
    const auto f = journal.entry(journal.rowOf(8));
    QVERIFY(f);
    QCOMPARE(f->result, JournalEntry::Result::Failed);
    QCOMPARE(f->errorKind, u"forbidden"_qs);
    QCOMPARE(f->httpStatus, 403);
    QCOMPARE(f->errorMessage, ApiError(ApiError::Kind::Forbidden).userMessage());
    QCOMPARE(f->request.product, Product::Payment);
    QCOMPARE(f->request.action, LinkAction::Unlink);
}

void TestLinkJournal::reopenKeepsEverything()
{
    QString runId;
    {
        LinkJournal journal;
        QVERIFY(journal.open(m_path));
        runId = journal.runId();
        for (quint64 id = 1; id <= 20; ++id) {
            LinkOperation op = makeOperation(id, QStringLiteral("G%1").arg(id));
            QCOMPARE(journal.recordStarted(op, context), QString());
            inFlight(op, QStringLiteral("r%1").arg(id));
            journal.recordAttempt(op);
            succeed(op);
            QVERIFY(journal.recordFinished(op, context));
        }
    }
    LinkJournal again;
    QVERIFY(again.open(m_path));
    QVERIFY(again.runId() != runId);
    const QList<JournalEntry> all = again.entries();
    QCOMPARE(all.size(), 20);
    for (const JournalEntry &e : all)
        QCOMPARE(e.result, JournalEntry::Result::Succeeded);
    QVERIFY(again.unfinishedOperations().isEmpty());
}

void TestLinkJournal::namedConnectionPerInstance()
{
    LinkJournal a;
    LinkJournal b;
    QVERIFY(a.connectionName() != b.connectionName());
    QVERIFY(a.open(m_path));
    QVERIFY(b.open(m_dir->filePath(QStringLiteral("other.sqlite"))));
    QVERIFY(QSqlDatabase::contains(a.connectionName()));
    QVERIFY(QSqlDatabase::contains(b.connectionName()));
    a.close();
    QVERIFY(!QSqlDatabase::contains(a.connectionName()));
    QVERIFY(QSqlDatabase::contains(b.connectionName()));
}

void TestLinkJournal::journalsOfOneProcessShareItsLock()
{
    // Another process is refused (durability/tst_killrecovery proves it with a real one); within
    // one process a second instance shares the lock, and it is released with the last one.
    const QString lockPath = m_path + QStringLiteral(".lock");
    auto first = std::make_unique<LinkJournal>();
    QVERIFY(first->open(m_path));
    QVERIFY(QFileInfo::exists(lockPath));
    LinkJournal second;
    QVERIFY(second.open(m_path));
    first.reset();
    QVERIFY(QFileInfo::exists(lockPath));
    second.close();
    QVERIFY(!QFileInfo::exists(lockPath));
}

void TestLinkJournal::unsentOperationGetsACompleteRow()
{
    LinkJournal journal;
    QVERIFY(journal.open(m_path));
    LinkOperation op
        = makeOperation(3, QStringLiteral("G3"), Product::GoFood, LinkAction::Link, QString());
    op.phase = LinkOperation::Phase::Failed;
    op.lastError = ApiError(ApiError::Kind::BadRequest);
    op.lastError.detail = QStringLiteral("Enter the partner's external outlet ID before linking");
    op.finishedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(journal.recordFinished(op, context));
    const QList<JournalEntry> all = journal.entries();
    QCOMPARE(all.size(), 1);
    QVERIFY(!all.first().wasSent());
    QCOMPARE(all.first().result, JournalEntry::Result::Failed);
    QCOMPARE(all.first().errorKind, u"bad_request"_qs);
    QVERIFY(journal.unfinishedOperations(true).isEmpty());
    QVERIFY(journal.latestStates(u"sandbox"_qs).isEmpty()); // it never reached GoBiz
}

void TestLinkJournal::latestStatesAndNotes()
{
    LinkJournal journal;
    QVERIFY(journal.open(m_path));
    const int year = QDate::currentDate().year();
    const QDateTime march12 = QDateTime(QDate(year, 3, 12), QTime(14, 2), Qt::LocalTime).toUTC();

    // G1 gofood: linked, then an unlink refused with 403 -> still linked, reason shown.
    LinkOperation a = makeOperation(1, u"G1"_qs);
    journal.recordStarted(a, context);
    inFlight(a, u"r1"_qs);
    succeed(a, march12);
    QVERIFY(journal.recordFinished(a, context));
    LinkOperation b = makeOperation(2, u"G1"_qs, Product::GoFood, LinkAction::Unlink);
    journal.recordStarted(b, context);
    inFlight(b, u"r2"_qs);
    failWith(b, ApiError::Kind::Forbidden, 403);
    QVERIFY(journal.recordFinished(b, context));
    // G1 payment: linked then unlinked -> not linked.
    LinkOperation c = makeOperation(3, u"G1"_qs, Product::Payment);
    journal.recordStarted(c, context);
    inFlight(c, u"r3"_qs);
    succeed(c, march12);
    journal.recordFinished(c, context);
    LinkOperation d = makeOperation(4, u"G1"_qs, Product::Payment, LinkAction::Unlink);
    journal.recordStarted(d, context);
    inFlight(d, u"r4"_qs);
    succeed(d, march12.addSecs(60));
    journal.recordFinished(d, context);
    // G2 gofood: started and never finished (a crash) -> unknown, interrupted.
    LinkOperation e = makeOperation(5, u"G2"_qs);
    journal.recordStarted(e, context);
    // Another environment is not mixed in.
    LinkOperation other = makeOperation(6, u"G9"_qs);
    journal.recordStarted(other, JournalContext {u"production"_qs, {}, {}});
    succeed(other);
    journal.recordFinished(other, JournalContext {u"production"_qs, {}, {}});

    const QList<JournalState> states = journal.latestStates(u"sandbox"_qs);
    QCOMPARE(states.size(), 3);
    QHash<QString, JournalState> byKey;
    for (const JournalState &s : states)
        byKey.insert(s.outletId + u'/' + productKey(s.product), s);

    const JournalState g1food = byKey.value(u"G1/gofood"_qs);
    QCOMPARE(g1food.confirmed, ConfirmedState::Linked);
    QCOMPARE(g1food.confirmedAt, march12);
    QCOMPARE(g1food.externalOutletId, u"POS-1"_qs);
    QCOMPARE(g1food.requestId, u"r1"_qs);
    QVERIFY(g1food.later);
    QVERIFY(!g1food.outcomeUncertain());
    QVERIFY2(g1food.describe().startsWith(
                 u"linked (confirmed %1 on this computer; a later unlink was refused"_qs.arg(
                     DateTimeText::format(march12))),
        qPrintable(g1food.describe()));

    const JournalState g1pay = byKey.value(u"G1/payment"_qs);
    QCOMPARE(g1pay.confirmed, ConfirmedState::NotLinked);
    // The one format: day month year, 24 h, the zone (issue 8, item 12).
    QVERIFY(DateTimeText::format(march12).startsWith(u"12 Mar %1 14:02 "_qs.arg(year)));
    QCOMPARE(g1pay.describe(),
        u"not linked (confirmed %1 on this computer)"_qs.arg(DateTimeText::format(march12.addSecs(60))));

    const JournalState g2 = byKey.value(u"G2/gofood"_qs);
    QCOMPARE(g2.confirmed, ConfirmedState::Unknown);
    QVERIFY(g2.outcomeUncertain());
    QVERIFY2(g2.describe().startsWith(
                 u"unknown (never changed from this computer; a later link was interrupted"_qs),
        qPrintable(g2.describe()));

    JournalState never;
    QCOMPARE(never.describe(), u"unknown (never changed from this computer)"_qs);

    // The merchant filter narrows; production has its own states.
    QCOMPARE(journal.latestStates(u"sandbox"_qs, u"Warung A"_qs).size(), 3);
    QCOMPARE(journal.latestStates(u"sandbox"_qs, u"Other"_qs).size(), 0);
    QCOMPARE(journal.latestStates(u"production"_qs).size(), 1);
}

void TestLinkJournal::filters()
{
    LinkJournal journal;
    QVERIFY(journal.open(m_path));
    for (quint64 id = 1; id <= 10; ++id) {
        LinkOperation op = makeOperation(id, QStringLiteral("G%1").arg(id % 4),
            id % 2 ? Product::GoFood : Product::Payment,
            id % 3 ? LinkAction::Link : LinkAction::Unlink);
        journal.recordStarted(op, context);
        inFlight(op, QStringLiteral("r%1").arg(id));
        if (id <= 6)
            succeed(op);
        else if (id <= 8)
            failWith(op, ApiError::Kind::Conflict, 409);
        else if (id == 9)
            op.phase = LinkOperation::Phase::Cancelled;
        if (id != 10)
            journal.recordFinished(op, context);
    }
    JournalFilter all;
    QCOMPARE(journal.entries(all).size(), 10);
    JournalFilter filter;
    filter.outletId = u"G1"_qs;
    QCOMPARE(journal.entries(filter).size(), 3); // ids 1, 5, 9
    filter = {};
    filter.limit = 3;
    const QList<JournalEntry> newest = journal.entries(filter);
    QCOMPARE(newest.size(), 3);
    QCOMPARE(newest.first().engineOperationId, quint64(8)); // oldest first within the newest 3
    filter = {};
    filter.runId = u"nope"_qs;
    QVERIFY(journal.entries(filter).isEmpty());
}

void TestLinkJournal::migrationFromVersion1()
{
    {
        // A journal as version 1 wrote it (frozen copy of that schema, not JournalSchema's).
        RawConnection raw(m_path);
        QVERIFY(raw.exec(QStringLiteral(
            "CREATE TABLE operations (id INTEGER PRIMARY KEY AUTOINCREMENT, run_id TEXT NOT NULL,"
            " engine_op_id INTEGER NOT NULL, environment TEXT NOT NULL, merchant TEXT NOT NULL "
            "DEFAULT '',"
            " outlet_id TEXT NOT NULL, product TEXT NOT NULL, action TEXT NOT NULL,"
            " external_outlet_id TEXT NOT NULL DEFAULT '', started_at TEXT, finished_at TEXT,"
            " request_id TEXT NOT NULL DEFAULT '', result TEXT, linked_at TEXT,"
            " error_kind TEXT NOT NULL DEFAULT '', error_message TEXT NOT NULL DEFAULT '')")));
        QVERIFY(raw.exec(QStringLiteral(
            "CREATE UNIQUE INDEX operations_run_op ON operations(run_id, engine_op_id)")));
        QVERIFY(raw.exec(QStringLiteral(
            "CREATE INDEX operations_target ON operations(environment, outlet_id, product)")));
        QVERIFY(raw.exec(QStringLiteral(
            "INSERT INTO operations (run_id, engine_op_id, environment, merchant, outlet_id, "
            "product, action,"
            " external_outlet_id, started_at, finished_at, request_id, result, linked_at) VALUES"
            " ('old', 1, 'sandbox', 'Warung A', 'G1', 'gofood', 'link', 'POS-1',"
            "  '2024-03-12T07:02:00.000Z', '2024-03-12T07:02:01.000Z', 'req-old', 'ok', "
            "'2024-03-12T07:02:01.000Z')")));
        QVERIFY(raw.exec(QStringLiteral(
            "INSERT INTO operations (run_id, engine_op_id, environment, outlet_id, product, action,"
            " started_at, request_id) VALUES ('old', 2, 'sandbox', 'G2', 'payment', 'unlink',"
            " '2024-03-12T07:03:00.000Z', 'req-lost')")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 1")));
    }
    LinkJournal journal;
    QVERIFY2(journal.open(m_path), qPrintable(journal.problemMessage()));
    QCOMPARE(journal.schemaVersion(), JournalSchema::currentVersion);
    QCOMPARE(journalValue(journal, QStringLiteral("PRAGMA user_version")).toInt(),
             JournalSchema::currentVersion);
    const QList<JournalEntry> all = journal.entries();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).result, JournalEntry::Result::Succeeded);
    QCOMPARE(journalValue(journal, QStringLiteral("SELECT result FROM operations WHERE id = 1"))
                 .toString(),
        u"succeeded"_qs);
    QCOMPARE(all.at(0).attempts, 1);
    QCOMPARE(all.at(0).requestIds, QStringList {u"req-old"_qs});
    QCOMPARE(all.at(0).merchant, u"Warung A"_qs);
    QCOMPARE(all.at(0).linkedAt, QDateTime(QDate(2024, 3, 12), QTime(7, 2, 1), Qt::UTC));
    const QList<JournalEntry> unfinished = journal.unfinishedOperations();
    QCOMPARE(unfinished.size(), 1);
    QCOMPARE(unfinished.first().request.outletId, u"G2"_qs);
    QCOMPARE(unfinished.first().request.action, LinkAction::Unlink);
    // New rows work on the migrated file.
    LinkOperation op = makeOperation(1, u"G3"_qs);
    QCOMPARE(journal.recordStarted(op, context), QString());
    QCOMPARE(journal.entries().size(), 3);
    QCOMPARE(journal.latestStates(u"sandbox"_qs).size(), 3);
}

void TestLinkJournal::newerSchemaIsRefused()
{
    {
        RawConnection raw(m_path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE future (x)")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    const QByteArray before = gobiz::testing::fileBytes(m_path);
    LinkJournal journal;
    QVERIFY(!journal.open(m_path));
    QCOMPARE(journal.problem(), LinkJournal::Problem::NewerVersion);
    QVERIFY(journal.problemMessage().contains(u"newer version"_qs));
    QVERIFY(journal.setAsidePath().isEmpty()); // not damaged: left alone
    LinkOperation op = makeOperation(1, u"G1"_qs);
    QCOMPARE(journal.recordStarted(op, context), journal.problemMessage());
    journal.close();
    QCOMPARE(gobiz::testing::fileBytes(m_path), before);
}

void TestLinkJournal::unfinishedDetection()
{
    QString firstRun;
    {
        LinkJournal journal;
        QVERIFY(journal.open(m_path));
        firstRun = journal.runId();
        for (quint64 id = 1; id <= 3; ++id) {
            LinkOperation op = makeOperation(id, QStringLiteral("G%1").arg(id));
            QCOMPARE(journal.recordStarted(op, context), QString());
            inFlight(op, QStringLiteral("r%1").arg(id));
            journal.recordAttempt(op);
            if (id == 1) {
                succeed(op);
                journal.recordFinished(op, context);
            }
        }
        QVERIFY(journal.unfinishedOperations()
                    .isEmpty()); // our own in-flight rows are not "unfinished"
        QCOMPARE(journal.unfinishedOperations(true).size(), 2);
        // The program "dies" here: no finish records for 2 and 3.
    }
    LinkJournal next;
    QVERIFY(next.open(m_path));
    const QList<JournalEntry> unfinished = next.unfinishedOperations();
    QCOMPARE(unfinished.size(), 2);
    QCOMPARE(unfinished.at(0).request.outletId, u"G2"_qs);
    QCOMPARE(unfinished.at(0).runId, firstRun);
    QCOMPARE(unfinished.at(0).requestId, u"r2"_qs);
    QVERIFY(unfinished.at(0).isUnfinished());
    QVERIFY(next.markDiscarded({unfinished.at(0).id}));
    QCOMPARE(next.unfinishedOperations().size(), 1);
    QCOMPARE(next.entry(unfinished.at(0).id)->resolution, JournalEntry::Resolution::Discarded);
    QVERIFY(next.entry(unfinished.at(0).id)->resolvedAt.isValid());
}

void TestLinkJournal::recoveryPlanGroupsAndSupersedes()
{
    {
        LinkJournal crashed1;
        QVERIFY(crashed1.open(m_path));
        LinkOperation a = makeOperation(1, u"G1"_qs);
        crashed1.recordStarted(a, context);
        LinkOperation b = makeOperation(2, u"G2"_qs, Product::Payment, LinkAction::Unlink);
        crashed1.recordStarted(b, context);
        LinkOperation p = makeOperation(3, u"G7"_qs);
        crashed1.recordStarted(p, JournalContext {u"production"_qs, {}, {}});
    }
    {
        LinkJournal crashed2; // G1 again (unlink this time) and G2 settled by a later operation
        QVERIFY(crashed2.open(m_path));
        LinkOperation a = makeOperation(1, u"G1"_qs, Product::GoFood, LinkAction::Unlink);
        crashed2.recordStarted(a, context);
        LinkOperation b = makeOperation(2, u"G2"_qs, Product::Payment, LinkAction::Unlink);
        crashed2.recordStarted(b, context);
        inFlight(b, u"rb"_qs);
        succeed(b);
        crashed2.recordFinished(b, context);
    }
    LinkJournal journal;
    QVERIFY(journal.open(m_path));
    QCOMPARE(journal.unfinishedOperations().size(), 4);
    const RecoveryPlan plan = RecoveryPlan::fromJournal(journal);
    QCOMPARE(plan.size(), 2); // G1 (two rows, latest intent unlink) and G7 in production
    QCOMPARE(plan.superseded().size(), 1); // G2: a later unlink was confirmed
    QCOMPARE(plan.environments(), (QStringList {u"sandbox"_qs, u"production"_qs}));
    const RecoveryPlan mine = plan.forContext(u"sandbox"_qs);
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.items().first().rows.size(), 2);
    QCOMPARE(mine.requests().first().action, LinkAction::Unlink);
    QVERIFY(mine.items().first().describe().startsWith(u"Unlink GoFood for outlet G1"_qs));
    QVERIFY(mine.summary().contains(u"1 change"_qs));
    QVERIFY(mine.discard(journal));
    const QList<JournalEntry> left = journal.unfinishedOperations();
    QCOMPARE(left.size(), 1); // production's waits for a production session
    QCOMPARE(left.first().environment, u"production"_qs);
    int superseded = 0;
    for (const JournalEntry &e : journal.entries())
        superseded += e.resolution == JournalEntry::Resolution::Superseded;
    QCOMPARE(superseded, 1);
}

void TestLinkJournal::resumeResolvesInTheSameTransaction()
{
    qint64 lost = 0;
    {
        LinkJournal crashed;
        QVERIFY(crashed.open(m_path));
        LinkOperation a = makeOperation(1, u"G1"_qs);
        crashed.recordStarted(a, context);
        lost = crashed.rowOf(1);
    }
    LinkJournal journal;
    QVERIFY(journal.open(m_path));
    const RecoveryPlan plan = RecoveryPlan::fromJournal(journal).forContext(u"sandbox"_qs);
    QCOMPARE(plan.rows(), QList<qint64> {lost});
    // What JournalBinding's StartGuard does for a resumed operation:
    LinkOperation again = makeOperation(1, u"G1"_qs);
    QCOMPARE(journal.recordStarted(again, context, plan.rows()), QString());
    const auto old = journal.entry(lost);
    QCOMPARE(old->resolution, JournalEntry::Resolution::Resumed);
    QCOMPARE(old->resolvedBy, journal.rowOf(1));
    QVERIFY(journal.unfinishedOperations().isEmpty());
    QCOMPARE(journal.unfinishedOperations(true).size(), 1); // the new one, in flight
    inFlight(again, u"r"_qs);
    succeed(again);
    journal.recordFinished(again, context);
    QCOMPARE(journal.latestStates(u"sandbox"_qs).first().confirmed, ConfirmedState::Linked);
    QVERIFY(!journal.latestStates(u"sandbox"_qs).first().later);
}

void TestLinkJournal::discardResolvesRows()
{
    {
        LinkJournal crashed;
        QVERIFY(crashed.open(m_path));
        for (quint64 id = 1; id <= 5; ++id) {
            LinkOperation op = makeOperation(id, QStringLiteral("G%1").arg(id));
            crashed.recordStarted(op, context);
        }
    }
    LinkJournal journal;
    QVERIFY(journal.open(m_path));
    const RecoveryPlan plan = RecoveryPlan::fromJournal(journal);
    QCOMPARE(plan.size(), 5);
    QVERIFY(plan.discard(journal));
    QVERIFY(journal.unfinishedOperations().isEmpty());
    QVERIFY(RecoveryPlan::fromJournal(journal).isEmpty());
    // Discarded rows stay as history and leave the state uncertain.
    QCOMPARE(journal.entries().size(), 5);
    const QList<JournalState> states = journal.latestStates(u"sandbox"_qs);
    QCOMPARE(states.size(), 5);
    QVERIFY(states.first().outcomeUncertain());
}

void TestLinkJournal::folderUnusable()
{
    // The journal's folder would have to be created inside a regular file.
    QFile blocker(m_dir->filePath(u"not-a-folder"_qs));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    LinkJournal journal;
    QVERIFY(!journal.open(m_dir->filePath(u"not-a-folder/journal.sqlite"_qs)));
    QCOMPARE(journal.problem(), LinkJournal::Problem::CannotOpen);
    QVERIFY(journal.problemMessage().contains(u"cannot be created"_qs));
    LinkOperation op = makeOperation(1, u"G1"_qs);
    const QString refusal = journal.recordStarted(op, context);
    QVERIFY(!refusal.isEmpty());
}

void TestLinkJournal::readOnlyFolder()
{
    // Tests run as root, which ignores permission bits, so chmod proves nothing. A read-only
    // tmpfs (in this process's own mount namespace) is a real read-only folder even for root.
    const QString folder = m_dir->filePath(u"ro"_qs);
    if (!mountTmpfs(folder, u"ro,size=1m"_qs))
        QSKIP("cannot mount a read-only tmpfs here (needs CAP_SYS_ADMIN)");
    LinkJournal journal;
    QVERIFY(!journal.open(folder + u"/journal.sqlite"_qs));
    QCOMPARE(journal.problem(), LinkJournal::Problem::ReadOnly);
    QVERIFY2(
        journal.problemMessage().contains(u"read-only"_qs), qPrintable(journal.problemMessage()));
    LinkOperation op = makeOperation(1, u"G1"_qs);
    QVERIFY(!journal.recordStarted(op, context).isEmpty());
}

void TestLinkJournal::readOnlyFileSystemUnderAnExistingJournal()
{
    const QString folder = m_dir->filePath(u"fs"_qs);
    if (!mountTmpfs(folder, u"size=4m"_qs))
        QSKIP("cannot mount a tmpfs here (needs CAP_SYS_ADMIN)");
    const QString path = folder + u"/journal.sqlite"_qs;
    {
        LinkJournal journal;
        QVERIFY(journal.open(path));
        LinkOperation op = makeOperation(1, u"G1"_qs);
        journal.recordStarted(op, context);
        succeed(op);
        journal.recordFinished(op, context);
    }
#ifdef Q_OS_LINUX
    QCOMPARE(::mount(nullptr, QFile::encodeName(folder).constData(), nullptr,
                 MS_REMOUNT | MS_RDONLY, nullptr),
        0);
#endif
    const QByteArray before = gobiz::testing::fileBytes(path);
    LinkJournal journal;
    QVERIFY(!journal.open(path));
    QCOMPARE(journal.problem(), LinkJournal::Problem::ReadOnly);
    QVERIFY(journal.setAsidePath().isEmpty()); // read-only is not damage
    LinkOperation op = makeOperation(2, u"G2"_qs);
    QVERIFY(!journal.recordStarted(op, context).isEmpty());
    journal.close();
    QCOMPARE(gobiz::testing::fileBytes(path), before);
}

void TestLinkJournal::becomesReadOnlyWhileOpen()
{
    // Simulated: SQLite's query_only makes every write fail with SQLITE_READONLY, as a file
    // system remounted read-only under an open journal would.
    LinkJournal journal;
    QVERIFY(journal.open(m_path));
    LinkOperation op = makeOperation(1, u"G1"_qs);
    QCOMPARE(journal.recordStarted(op, context), QString());
    QVERIFY(journalExec(journal, u"PRAGMA query_only = 1"_qs));
    QSignalSpy problems(&journal, &LinkJournal::problemOccurred);
    LinkOperation next = makeOperation(2, u"G2"_qs);
    const QString refusal = journal.recordStarted(next, context);
    QVERIFY(!refusal.isEmpty());
    QCOMPARE(journal.problem(), LinkJournal::Problem::ReadOnly);
    QCOMPARE(problems.size(), 1);
    // The finish of the operation already sent is kept in memory, not lost...
    inFlight(op, u"r1"_qs);
    succeed(op);
    QVERIFY(!journal.recordFinished(op, context));
    QCOMPARE(journal.unsavedRecords(), 1);
    // ...and written once the journal can be written again.
    QVERIFY(journalExec(journal, u"PRAGMA query_only = 0"_qs));
    QVERIFY(journal.flush());
    QCOMPARE(journal.unsavedRecords(), 0);
    QCOMPARE(journal.entry(journal.rowOf(1))->result, JournalEntry::Result::Succeeded);
    QCOMPARE(journal.problem(), LinkJournal::Problem::None);
    QCOMPARE(journal.recordStarted(next, context), QString());
}

void TestLinkJournal::diskFullSimulated()
{
    // Simulated: max_page_count caps the file at its current size, so the next write that needs
    // a page fails with SQLITE_FULL exactly as a full disk does.
    LinkJournal journal;
    QVERIFY(journal.open(m_path));
    const int pages = journalValue(journal, u"PRAGMA page_count"_qs).toInt();
    QVERIFY(pages > 0);
    QVERIFY(journalExec(journal, QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    int started = 0;
    QString refusal;
    LinkOperation first;
    for (quint64 id = 1; id <= 5000 && refusal.isEmpty(); ++id) {
        LinkOperation op = makeOperation(
            id, QStringLiteral("G%1-with-a-long-outlet-identifier-to-fill-pages").arg(id));
        refusal = journal.recordStarted(op, context);
        if (refusal.isEmpty()) {
            ++started;
            if (started == 1)
                first = op;
        }
    }
    QVERIFY2(!refusal.isEmpty(), "the capped journal never filled up");
    QCOMPARE(journal.problem(), LinkJournal::Problem::DiskFull);
    QVERIFY2(refusal.contains(u"full"_qs), qPrintable(refusal));
    // A finish that cannot be written is kept and written when space returns.
    inFlight(first, u"r"_qs);
    succeed(first);
    journal.recordFinished(first, context);
    QVERIFY(journalExec(journal, u"PRAGMA max_page_count = 1000000"_qs));
    QVERIFY(journal.flush());
    QCOMPARE(journal.entries().size(), started);
    QCOMPARE(journal.entry(journal.rowOf(first.id))->result, JournalEntry::Result::Succeeded);
    qInfo() << "simulated disk full after" << started
            << "operations; every accepted one is recorded";
}

void TestLinkJournal::diskFullRealFileSystem()
{
    const QString folder = m_dir->filePath(u"tiny"_qs);
    if (!mountTmpfs(folder, u"size=1m"_qs))
        QSKIP("cannot mount a tmpfs here (needs CAP_SYS_ADMIN)");
    const QString path = folder + u"/journal.sqlite"_qs;
    int started = 0;
    {
        LinkJournal journal;
        QVERIFY2(journal.open(path), qPrintable(journal.problemMessage()));
        QString refusal;
        for (quint64 id = 1; id <= 20000 && refusal.isEmpty(); ++id) {
            LinkOperation op
                = makeOperation(id, QStringLiteral("G%1-%2").arg(id).arg(QString(60, u'x')));
            refusal = journal.recordStarted(op, context);
            if (refusal.isEmpty())
                ++started;
        }
        QVERIFY2(!refusal.isEmpty(), "the 1 MiB file system never filled up");
        QCOMPARE(journal.problem(), LinkJournal::Problem::DiskFull);
        qInfo() << "real tmpfs full after" << started << "operations:" << refusal;
    }
    // Every operation the journal accepted is in the file.
    LinkJournal reader;
    reader.open(path); // may not be writable (full), but it can be read
    if (reader.isOpen() && reader.schemaVersion() == JournalSchema::currentVersion) {
        QCOMPARE(reader.entries().size(), started);
    } else {
        RawConnection raw(path, u"QSQLITE_OPEN_READONLY"_qs);
        QCOMPARE(raw.value(u"SELECT count(*) FROM operations"_qs).toInt(), started);
    }
}

void TestLinkJournal::lockedByAnotherConnection()
{
    LinkJournal journal;
    journal.setBusyTimeout(150ms);
    QVERIFY(journal.open(m_path));
    LinkOperation sent = makeOperation(1, u"G1"_qs);
    QCOMPARE(journal.recordStarted(sent, context), QString());

    RawConnection other(m_path, u"QSQLITE_BUSY_TIMEOUT=0"_qs);
    QVERIFY(other.exec(u"BEGIN EXCLUSIVE"_qs));
    QElapsedTimer timer;
    timer.start();
    LinkOperation next = makeOperation(2, u"G2"_qs);
    const QString refusal = journal.recordStarted(next, context);
    QVERIFY(!refusal.isEmpty());
    QVERIFY2(timer.elapsed() < 3000, "a locked journal must refuse quickly, not hang");
    QCOMPARE(journal.problem(), LinkJournal::Problem::Locked);
    QVERIFY2(refusal.contains(u"locked"_qs), qPrintable(refusal));
    inFlight(sent, u"r1"_qs);
    succeed(sent);
    QVERIFY(!journal.recordFinished(sent, context)); // kept in memory
    QCOMPARE(journal.unsavedRecords(), 1);

    QVERIFY(other.exec(u"COMMIT"_qs));
    QCOMPARE(journal.recordStarted(next, context), QString()); // flushes the kept record first
    QCOMPARE(journal.unsavedRecords(), 0);
    QCOMPARE(journal.entry(journal.rowOf(1))->result, JournalEntry::Result::Succeeded);
}

void TestLinkJournal::lockedAtOpenIsNotMistakenForCorrupt()
{
    {
        LinkJournal journal;
        QVERIFY(journal.open(m_path));
        LinkOperation op = makeOperation(1, u"G1"_qs);
        journal.recordStarted(op, context);
    }
    RawConnection other(m_path, u"QSQLITE_BUSY_TIMEOUT=0"_qs);
    QVERIFY(other.exec(u"PRAGMA locking_mode = EXCLUSIVE"_qs));
    QVERIFY(other.exec(u"BEGIN EXCLUSIVE"_qs));
    QVERIFY(other.exec(u"INSERT INTO attempts (operation_id, number) VALUES (1, 1)"_qs));
    LinkJournal journal;
    journal.setBusyTimeout(100ms);
    QVERIFY(!journal.open(m_path));
    QCOMPARE(journal.problem(), LinkJournal::Problem::Locked);
    QVERIFY(journal.setAsidePath().isEmpty());
    QVERIFY(QFileInfo::exists(m_path));
    QCOMPARE(QDir(m_dir->path()).entryList({u"*.corrupt-*"_qs}, QDir::Files).size(), 0);
    other.exec(u"ROLLBACK"_qs);
}

void TestLinkJournal::corruptFileIsSetAside_data()
{
    QTest::addColumn<QByteArray>("garbage");
    QTest::addColumn<bool>("damageRealJournal");
    QByteArray random(8192, '\0');
    for (char &c : random)
        c = char(QRandomGenerator::global()->bounded(256));
    QTest::newRow("random bytes") << random << false;
    QTest::newRow("a few bytes") << QByteArray("hello") << false;
    QTest::newRow("text file") << QByteArray("this is not a database\n").repeated(300) << false;
    QTest::newRow("journal with a damaged page") << QByteArray() << true;
}

void TestLinkJournal::corruptFileIsSetAside()
{
    QFETCH(QByteArray, garbage);
    QFETCH(bool, damageRealJournal);
    if (damageRealJournal) {
        {
            LinkJournal journal;
            QVERIFY(journal.open(m_path));
            for (quint64 id = 1; id <= 300; ++id) {
                LinkOperation op = makeOperation(id, QStringLiteral("G%1").arg(id));
                journal.recordStarted(op, context);
            }
        } // last connection closed: the WAL is checkpointed into the file
        int root = 0;
        int pageSize = 0;
        {
            RawConnection raw(m_path);
            root = raw.value(u"SELECT rootpage FROM sqlite_master WHERE name = 'operations'"_qs)
                       .toInt();
            pageSize = raw.value(u"PRAGMA page_size"_qs).toInt();
        }
        QVERIFY(root > 1 && pageSize > 0);
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 4 * pageSize);
        file.seek(qint64(root - 1) * pageSize + 12); // the table's root page, past its header
        file.write(QByteArray(pageSize / 2, '\xA5'));
        file.close();
    } else {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
        file.close();
    }
    const QByteArray damaged = gobiz::testing::fileBytes(m_path);

    LinkJournal journal;
    QSignalSpy setAside(&journal, &LinkJournal::journalSetAside);
    QVERIFY2(journal.open(m_path), qPrintable(journal.problemMessage()));
    QCOMPARE(setAside.size(), 1);
    QVERIFY(!journal.setAsidePath().isEmpty());
    QVERIFY(journal.setAsidePath().startsWith(m_path + u".corrupt-"_qs));
    QCOMPARE(gobiz::testing::fileBytes(journal.setAsidePath()), damaged); // kept, byte for byte
    QVERIFY(journal.setAsideMessage().contains(u"set aside"_qs));
    QVERIFY(journal.setAsideMessage().contains(QDir::toNativeSeparators(journal.setAsidePath())));
    // A new, working journal in its place.
    QVERIFY(journal.entries().isEmpty());
    LinkOperation op = makeOperation(1, u"G1"_qs);
    QCOMPARE(journal.recordStarted(op, context), QString());
    QCOMPARE(journal.entries().size(), 1);
}

void TestLinkJournal::corruptWhileRunningIsSetAside()
{
    LinkJournal journal;
    QVERIFY(journal.open(m_path));
    LinkOperation op = makeOperation(1, u"G1"_qs);
    QCOMPARE(journal.recordStarted(op, context), QString());
    // Another program overwrites the file under the open journal (and its WAL).
    QVERIFY(journalExec(journal, u"PRAGMA wal_checkpoint(TRUNCATE)"_qs));
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.write(QByteArray(int(file.size()), 'Z'));
    }
    QSignalSpy setAside(&journal, &LinkJournal::journalSetAside);
    QString refusal;
    bool noticed = false;
    for (quint64 id = 2; id < 40 && !noticed; ++id) {
        LinkOperation next = makeOperation(id, QStringLiteral("G%1").arg(id));
        refusal = journal.recordStarted(next, context);
        noticed = !setAside.isEmpty() || !refusal.isEmpty();
    }
    if (!setAside.isEmpty()) {
        // Noticed while running: set aside, and the writes go on in a new journal.
        QVERIFY(QFileInfo::exists(journal.setAsidePath()));
        QCOMPARE(refusal, QString());
        inFlight(op, u"r1"_qs);
        succeed(op);
        QVERIFY(journal.recordFinished(op, context)); // a complete row in the new journal
        QVERIFY(journal.entries().size() >= 2);
        qInfo() << "damage noticed while running; set aside as" << journal.setAsidePath();
        return;
    }
    // SQLite's page cache can hide the damage from the open connection (it checks the WAL
    // index, not the file). Then the next open must deal with it: set aside, or find a file
    // the checkpoint made whole again. Either way a working journal, never a silent failure.
    qInfo() << "damage not visible to the open connection:"
            << (refusal.isEmpty() ? u"writes went on"_qs : refusal);
    journal.close();
    LinkJournal again;
    QVERIFY2(again.open(m_path), qPrintable(again.problemMessage()));
    qInfo() << "next open:"
            << (again.setAsidePath().isEmpty() ? u"file intact after checkpoint"_qs
                                               : u"set aside as "_qs + again.setAsidePath());
    LinkOperation later = makeOperation(99, u"G99"_qs);
    QCOMPARE(again.recordStarted(later, context), QString());
}

void TestLinkJournal::neverStoresTheToken()
{
    const QString token = u"gbz_tok_7f3a9c1e5b2d4a6f8e0c9b7a5d3f1e2c"_qs;
    Redactor::registerSecret(token);
    {
        LinkJournal journal;
        QVERIFY(journal.open(m_path));
        const JournalContext leaky {u"sandbox"_qs, u"Warung "_qs + token, u"user "_qs + token};
        // Everything an operation carries, with the token smuggled into every text field (a
        // hostile server echoing the Authorization header, a careless paste into a field).
        LinkOperation op
            = makeOperation(1, u"G1"_qs, Product::GoFood, LinkAction::Link, u"POS "_qs + token);
        QCOMPARE(journal.recordStarted(op, leaky), QString());
        inFlight(op, u"req "_qs + token);
        journal.recordAttempt(op);
        failWith(op, ApiError::Kind::Unauthorized, 401);
        op.lastError.serverMessage = u"Bearer "_qs + token + u" is expired"_qs;
        op.lastError.title = token;
        op.lastError.detail = u"Authorization: Bearer "_qs + token;
        QVERIFY(journal.recordFinished(op, leaky));
        LinkOperation unsent = makeOperation(2, token, Product::Payment);
        unsent.phase = LinkOperation::Phase::Cancelled;
        QVERIFY(journal.recordFinished(unsent, leaky));
        // Proof the text was stored, redacted.
        QVERIFY(journal.entries().first().errorMessage.contains(Redactor::placeholder()));
        // Scan while open (WAL and shared memory present) and after closing.
        QStringList files = QDir(m_dir->path()).entryList(QDir::Files);
        QVERIFY(files.contains(u"journal.sqlite-wal"_qs));
        for (const QString &name : files) {
            const QByteArray bytes = gobiz::testing::fileBytes(m_dir->filePath(name));
            QVERIFY2(!bytes.contains(token.toUtf8()), qPrintable(name));
            QVERIFY2(!bytes.contains(QByteArray(
                         reinterpret_cast<const char *>(token.utf16()), token.size() * 2)),
                qPrintable(name));
        }
    }
    const QStringList files = QDir(m_dir->path()).entryList(QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &name : files) {
        const QByteArray bytes = gobiz::testing::fileBytes(m_dir->filePath(name));
        QVERIFY2(!bytes.contains(token.toUtf8()), qPrintable(name));
        QVERIFY2(!bytes.contains(token.toUtf8().toBase64()), qPrintable(name));
    }
    Redactor::forgetSecret(token);
}

void TestLinkJournal::environmentLabel()
{
    QCOMPARE(LinkJournal::environmentLabel(Environment::production()), u"production"_qs);
    QCOMPARE(LinkJournal::environmentLabel(Environment::sandbox()), u"sandbox"_qs);
    const QString label = LinkJournal::environmentLabel(
        Environment::custom(QUrl(u"http://user:secret@127.0.0.1:8080/base/?q=1#f"_qs)));
    QCOMPARE(label, u"custom:http://127.0.0.1:8080"_qs);
    QCOMPARE(LinkJournal::defaultPath().section(u'/', -1), u"link-journal.sqlite"_qs);
}

QTEST_GUILESS_MAIN(TestLinkJournal)
#include "tst_linkjournal.moc"
