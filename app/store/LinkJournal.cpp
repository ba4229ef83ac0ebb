#include "LinkJournal.h"

#include "JournalSchema.h"
#include "JournalSql.h"
#include "diagnostics/Logging.h"
#include "diagnostics/Redactor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

namespace gobiz {

namespace {

using namespace JournalSql;

JournalEntry::Result resultOf(const LinkOperation &operation)
{
    switch (operation.phase) {
    case LinkOperation::Phase::Succeeded:
        return JournalEntry::Result::Succeeded;
    case LinkOperation::Phase::Failed:
        return JournalEntry::Result::Failed;
    case LinkOperation::Phase::Cancelled:
        return JournalEntry::Result::Cancelled;
    default:
        return JournalEntry::Result::Unfinished;
    }
}

// The row of one operation, as written before its first request (or, for one never sent, with
// startedAt null). Returns the row id, 0 on failure (the error is in sql).
qint64 insertOperationRow(Statements &sql, const QString &runId, const LinkOperation &op,
                          const JournalContext &context, const QVariant &startedAt)
{
    QSqlQuery insert(sql.db);
    if (!sql.prepare(insert,
            QStringLiteral("INSERT INTO operations (run_id, session_id, engine_op_id, environment,"
                           " merchant, gobiz_user, outlet_id, product, action, external_outlet_id,"
                           " queued_at, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return 0;
    insert.addBindValue(runId);
    insert.addBindValue(clean(context.session));
    insert.addBindValue(op.id);
    insert.addBindValue(clean(context.environment));
    insert.addBindValue(clean(context.merchant));
    insert.addBindValue(clean(context.gobizUser));
    insert.addBindValue(clean(op.request.outletId));
    insert.addBindValue(productKey(op.request.product));
    insert.addBindValue(actionKey(op.request.action));
    insert.addBindValue(clean(op.request.externalOutletId));
    insert.addBindValue(timeValue(op.queuedAt));
    insert.addBindValue(startedAt);
    if (!sql.exec(insert))
        return 0;
    return insert.lastInsertId().toLongLong();
}

} // namespace

// --- JournalEntry / JournalState ---

QString JournalEntry::resultKey(Result result)
{
    switch (result) {
    case Result::Unfinished:
        return {};
    case Result::Succeeded:
        return QStringLiteral("succeeded");
    case Result::Failed:
        return QStringLiteral("failed");
    case Result::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

JournalEntry::Result JournalEntry::resultFromKey(QStringView key)
{
    if (key == u"succeeded" || key == u"ok")
        return Result::Succeeded;
    if (key == u"failed")
        return Result::Failed;
    if (key == u"cancelled")
        return Result::Cancelled;
    return Result::Unfinished;
}

QString JournalEntry::resolutionKey(Resolution resolution)
{
    switch (resolution) {
    case Resolution::None:
        return {};
    case Resolution::Resumed:
        return QStringLiteral("resumed");
    case Resolution::Discarded:
        return QStringLiteral("discarded");
    case Resolution::Superseded:
        return QStringLiteral("superseded");
    }
    return {};
}

JournalEntry::Resolution JournalEntry::resolutionFromKey(QStringView key)
{
    if (key == u"resumed")
        return Resolution::Resumed;
    if (key == u"discarded")
        return Resolution::Discarded;
    if (key == u"superseded")
        return Resolution::Superseded;
    return Resolution::None;
}

bool JournalState::outcomeUncertain() const
{
    if (!later || !later->wasSent())
        return false;
    switch (later->result) {
    case JournalEntry::Result::Unfinished: // killed in flight, or discarded at the next start
        return true;
    case JournalEntry::Result::Cancelled:
        return later->abortedInFlight;
    case JournalEntry::Result::Failed: {
        // Given up after transport trouble or 5xx: GoBiz may have applied it.
        const auto kind = ApiError::kindFromKey(later->errorKind);
        if (!kind)
            return true;
        ApiError error(*kind);
        return error.isTransient() || *kind == ApiError::Kind::Cancelled;
    }
    case JournalEntry::Result::Succeeded:
        return false;
    }
    return false;
}

QString JournalState::note() const
{
    const QLocale locale;
    const auto when = [&locale](const QDateTime &utc) {
        const QDateTime local = utc.toLocalTime();
        const bool thisYear = local.date().year() == QDate::currentDate().year();
        return locale.toString(
            local, thisYear ? QStringLiteral("d MMM HH:mm") : QStringLiteral("d MMM yyyy HH:mm"));
    };
    QString text = confirmed == ConfirmedState::Unknown
        ? LinkJournal::tr("never changed from this computer")
        : LinkJournal::tr("confirmed %1 on this computer").arg(when(confirmedAt));
    if (later && later->wasSent()) {
        const bool isLink = later->request.action == LinkAction::Link;
        if (outcomeUncertain()) {
            text += isLink
                ? LinkJournal::tr(
                    "; a later link was interrupted, GoBiz may or may not have applied it")
                : LinkJournal::tr(
                    "; a later unlink was interrupted, GoBiz may or may not have applied it");
        } else if (later->result == JournalEntry::Result::Failed) {
            text += (isLink ? LinkJournal::tr("; a later link was refused: %1")
                            : LinkJournal::tr("; a later unlink was refused: %1"))
                        .arg(later->errorMessage);
        }
    }
    return text;
}

QString JournalState::describe() const
{
    QString state;
    switch (confirmed) {
    case ConfirmedState::Linked:
        state = LinkJournal::tr("linked");
        break;
    case ConfirmedState::NotLinked:
        state = LinkJournal::tr("not linked");
        break;
    case ConfirmedState::Unknown:
        state = LinkJournal::tr("unknown");
        break;
    }
    return LinkJournal::tr("%1 (%2)").arg(state, note());
}

// --- LinkJournal ---

LinkJournal::LinkJournal(QObject *parent)
    : QObject(parent)
    , m_connectionName(
          QStringLiteral("gobiz-journal-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
    , m_runId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setInterval(2000);
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        if (!flush() && !m_deferred.isEmpty())
            m_retryTimer->start();
    });
}

LinkJournal::~LinkJournal()
{
    if (!m_deferred.isEmpty())
        flush();
    if (!m_deferred.isEmpty())
        qCWarning(lcStore) << m_deferred.size() << "journal records could not be written";
    closeConnection();
}

QString LinkJournal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/link-journal.sqlite");
}

QString LinkJournal::environmentLabel(const Environment &environment)
{
    if (environment.kind() != Environment::Kind::Custom)
        return environment.key();
    const QUrl url = environment.baseUrl();
    return QStringLiteral("custom:")
        + url.adjusted(
                 QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
              .toString(QUrl::FullyEncoded);
}

bool LinkJournal::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName)
        && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QString LinkJournal::setAsideMessage() const
{
    if (m_setAsidePath.isEmpty())
        return {};
    return tr("The link journal was damaged, so it was set aside as %1 (kept, not deleted) and a "
              "new journal was started. Link states confirmed before now show as unknown until "
              "they are changed again.")
        .arg(QDir::toNativeSeparators(m_setAsidePath));
}

QString LinkJournal::now() const
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

void LinkJournal::clearProblem()
{
    m_problem = Problem::None;
    m_problemMessage.clear();
}

bool LinkJournal::open(const QString &path)
{
    close();
    m_path = QDir::cleanPath(path.isEmpty() ? defaultPath() : path);
    m_setAsidePath.clear();
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        // Why not: the nearest existing ancestor is read-only, or is a file.
        QFileInfo ancestor(info.absolutePath());
        while (!ancestor.exists() && !ancestor.isRoot())
            ancestor = QFileInfo(ancestor.absolutePath());
        m_problem
            = ancestor.isDir() && !ancestor.isWritable() ? Problem::ReadOnly : Problem::CannotOpen;
        m_problemMessage = tr("The folder for the link journal, %1, cannot be created. Nothing "
                              "can be sent until every change can be recorded; choose another "
                              "location or fix the folder.")
                               .arg(QDir::toNativeSeparators(info.absolutePath()));
        qCWarning(lcStore).noquote() << "journal folder cannot be created:" << info.absolutePath();
        return false;
    }
    if (!takeOwnership())
        return false;
    if (!openConnection())
        return false;
    if (prepare())
        return true;
    if (m_problem == Problem::Corrupt) {
        // Keep the damaged file for support, start a new journal.
        if (!setAside())
            return false;
        if (!openConnection() || !prepare())
            return false;
        emit journalSetAside(m_setAsidePath, setAsideMessage());
        return true;
    }
    return false;
}

bool LinkJournal::takeOwnership()
{
    // The danger is another process; journals of one process share its lock (the recovery
    // code and its tests read "a previous run" through a second instance).
    static QMutex mutex;
    static QHash<QString, std::weak_ptr<QLockFile>> heldByThisProcess;
    QMutexLocker locker(&mutex);
    if (auto held = heldByThisProcess.value(m_path).lock()) {
        m_ownership = std::move(held);
        return true;
    }
    auto lock = std::make_shared<QLockFile>(m_path + QStringLiteral(".lock"));
    // Stale only when the holder's process is gone (a crash or kill), never because of age: a
    // wizard may stay open all day.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        heldByThisProcess.insert(m_path, lock);
        m_ownership = std::move(lock);
        return true;
    }
    if (lock->error() != QLockFile::LockFailedError)
        return true; // cannot create a lock file here: opening the journal says why
    m_problem = Problem::InUse;
    m_problemMessage = tr("The wizard is already open in another window on this computer, using "
                          "the same link journal. Use that window: two windows would mix their "
                          "records, so this one sends nothing.");
    qCWarning(lcStore).noquote() << "journal in use by another process:" << m_path;
    return false;
}

void LinkJournal::close()
{
    closeConnection();
    m_ownership.reset();
    m_problem = Problem::NotOpen;
    m_problemMessage.clear();
    m_rowByOperation.clear();
    m_schemaVersion = 0;
}

void LinkJournal::closeConnection()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool LinkJournal::openConnection()
{
    closeConnection();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeout.count()));
    if (!db.open()) {
        fail(sqliteCode(db.lastError()), db.lastError().text());
        return false;
    }
    clearProblem();
    return true;
}

bool LinkJournal::prepare()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QString nativeError;
    int code = 0;
    Statements sql {db, &nativeError, &code};
    int version = 0;
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
            sql.capture(query.lastError());
            fail(code, nativeError);
            return false;
        }
        version = query.value(0).toInt();
    }
    m_schemaVersion = version; // reading works at the current version even when writing does not
    if (version > JournalSchema::currentVersion) {
        m_problem = Problem::NewerVersion;
        m_problemMessage = tr("The link journal %1 was written by a newer version of this wizard "
                              "(schema %2; this version knows up to %3). Update the wizard: "
                              "nothing can be sent until every change can be recorded.")
                               .arg(QDir::toNativeSeparators(m_path))
                               .arg(version)
                               .arg(JournalSchema::currentVersion);
        qCWarning(lcStore).noquote()
            << "journal schema" << version << "is newer than" << JournalSchema::currentVersion;
        return false;
    }
    // Only now change the file: a newer version's journal is left exactly as it was.
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next()) {
            sql.capture(query.lastError());
            fail(code, nativeError);
            return false;
        }
        if (query.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
            // A read-only file or file system cannot switch to WAL.
            fail(SqliteReadOnly,
                QStringLiteral("journal_mode is %1").arg(query.value(0).toString()));
            return false;
        }
    }
    if (!sql.exec(QStringLiteral("PRAGMA synchronous=FULL"))
        || !sql.exec(QStringLiteral("PRAGMA foreign_keys=ON"))) {
        fail(code, nativeError);
        return false;
    }
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")) || !query.next()) {
            sql.capture(query.lastError());
            fail(code, nativeError);
            return false;
        }
        const QString verdict = query.value(0).toString();
        if (verdict != u"ok") {
            fail(SqliteCorrupt, verdict);
            return false;
        }
    }
    if (version < JournalSchema::currentVersion && !migrate(version))
        return false;
    m_schemaVersion = JournalSchema::currentVersion;
    // Writable? A read-only file opens fine and only fails at the first write.
    if (!sql.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        fail(code, nativeError);
        return false;
    }
    sql.exec(QStringLiteral("ROLLBACK"));
    clearProblem();
    qCInfo(lcStore).noquote() << "journal open:" << QDir::toNativeSeparators(m_path) << "schema"
                              << m_schemaVersion;
    return true;
}

bool LinkJournal::migrate(int from)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    for (int version = from + 1; version <= JournalSchema::currentVersion; ++version) {
        QString nativeError;
        int code = 0;
        Statements sql {db, &nativeError, &code};
        bool ok = sql.exec(QStringLiteral("BEGIN IMMEDIATE"));
        const QStringList statements = JournalSchema::migration(version);
        for (qsizetype i = 0; ok && i < statements.size(); ++i)
            ok = sql.exec(statements.at(i));
        ok = ok && sql.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        ok = ok && sql.exec(QStringLiteral("COMMIT"));
        if (!ok) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            qCWarning(lcStore).noquote()
                << "journal migration to schema" << version << "failed:" << nativeError;
            fail(code, nativeError);
            return false;
        }
        qCInfo(lcStore) << "journal migrated to schema" << version;
    }
    return true;
}

void LinkJournal::fail(int code, const QString &nativeError)
{
    const QString where = QDir::toNativeSeparators(m_path);
    const QFileInfo file(m_path);
    const QFileInfo folder(file.absolutePath());
    const bool folderReadOnly = folder.exists() && !folder.isWritable();
    const bool fileReadOnly = file.exists() && !file.isWritable();
    switch (code) {
    case SqliteBusy:
    case SqliteLocked:
        m_problem = Problem::Locked;
        m_problemMessage = tr("The link journal %1 is locked by another program, probably another "
                              "window of this wizard. Close it and try again; nothing was sent.")
                               .arg(where);
        break;
    case SqliteFull:
        m_problem = Problem::DiskFull;
        m_problemMessage = tr("The disk that holds the link journal (%1) is full. Nothing was "
                              "sent, because every change must be recorded first: free some "
                              "space and try again.")
                               .arg(where);
        break;
    case SqliteCorrupt:
    case SqliteNotADb:
        m_problem = Problem::Corrupt;
        m_problemMessage = tr("The link journal %1 is damaged. Nothing was sent; restart the "
                              "wizard to set it aside and start a new one.")
                               .arg(where);
        break;
    case SqliteReadOnly:
    case SqlitePerm:
    case SqliteCantOpen:
        if (code != SqliteCantOpen || folderReadOnly || fileReadOnly) {
            m_problem = Problem::ReadOnly;
            m_problemMessage = tr("The link journal %1 cannot be written: the file or its folder "
                                  "is read-only. Nothing was sent, because every change must be "
                                  "recorded first: make the folder writable or choose another "
                                  "location.")
                                   .arg(where);
        } else {
            m_problem = Problem::CannotOpen;
            m_problemMessage = tr("The link journal %1 cannot be opened. Nothing was sent, because "
                                  "every change must be recorded first: check that the folder "
                                  "exists and is writable.")
                                   .arg(where);
        }
        break;
    default:
        m_problem = Problem::Other;
        m_problemMessage = tr("The link journal %1 cannot be written (SQLite error %2). Nothing "
                              "was sent, because every change must be recorded first.")
                               .arg(where)
                               .arg(code);
        break;
    }
    qCWarning(lcStore).noquote() << "journal problem" << code << Redactor::redact(nativeError);
}

bool LinkJournal::setAside()
{
    closeConnection();
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = m_path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + QStringLiteral(".corrupt-%1-%2").arg(stamp).arg(n);
    if (!QFile::rename(m_path, target)) {
        m_problem = Problem::Corrupt;
        m_problemMessage = tr("The link journal %1 is damaged and could not be set aside. Nothing "
                              "can be sent until every change can be recorded: move the file "
                              "away and restart the wizard.")
                               .arg(QDir::toNativeSeparators(m_path));
        qCWarning(lcStore).noquote() << "damaged journal could not be renamed:" << m_path;
        return false;
    }
    // The WAL and shared-memory files belong to the damaged file; keep them beside it.
    for (const auto *suffix : {"-wal", "-shm"}) {
        const QString from = m_path + QLatin1String(suffix);
        if (QFileInfo::exists(from))
            QFile::rename(from, target + QLatin1String(suffix));
    }
    m_setAsidePath = target;
    m_rowByOperation.clear();
    qCWarning(lcStore).noquote() << "damaged journal set aside as" << target;
    return true;
}

bool LinkJournal::runWrite(const Write &write, bool deferOnFailure)
{
    if (m_group) {
        // Inside a group: statements only. A failure spoils the group; the caller rolls it
        // back and writes again one by one, where failures are deferred and reported.
        if (!m_groupOk)
            return false;
        QString nativeError;
        int code = 0;
        m_groupOk = write(&nativeError, &code);
        return m_groupOk;
    }
    if (!isOpen()) {
        if (m_problem == Problem::None || m_problem == Problem::NotOpen) {
            m_problem = Problem::NotOpen;
            m_problemMessage = tr("The link journal is not open. Nothing was sent, because every "
                                  "change must be recorded first.");
        }
        if (deferOnFailure)
            m_deferred.append(write);
        return false;
    }
    if (m_problem == Problem::NewerVersion) {
        if (deferOnFailure)
            m_deferred.append(write);
        return false;
    }
    if (!flushDeferred()) {
        if (deferOnFailure) {
            m_deferred.append(write);
            m_retryTimer->start();
        }
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    for (int round = 0; round < 2; ++round) {
        QString nativeError;
        int code = 0;
        Statements sql {db, &nativeError, &code};
        bool ok = sql.exec(QStringLiteral("BEGIN IMMEDIATE"));
        ok = ok && write(&nativeError, &code);
        ok = ok && sql.exec(QStringLiteral("COMMIT"));
        if (ok) {
            if (m_problem != Problem::None)
                clearProblem();
            return true;
        }
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        fail(code, nativeError);
        const bool corrupt = m_problem == Problem::Corrupt;
        if (corrupt && round == 0 && !m_recovering) {
            // Damaged while running: set it aside, start a new journal, write again there.
            m_recovering = true;
            const bool reopened = setAside() && openConnection() && prepare();
            m_recovering = false;
            if (reopened) {
                emit journalSetAside(m_setAsidePath, setAsideMessage());
                db = QSqlDatabase::database(m_connectionName, false);
                continue;
            }
        }
        break;
    }
    emit problemOccurred(m_problem, m_problemMessage);
    if (deferOnFailure) {
        m_deferred.append(write);
        m_retryTimer->start();
    }
    return false;
}

bool LinkJournal::flushDeferred()
{
    if (m_deferred.isEmpty())
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    while (!m_deferred.isEmpty()) {
        QString nativeError;
        int code = 0;
        Statements sql {db, &nativeError, &code};
        bool ok = sql.exec(QStringLiteral("BEGIN IMMEDIATE"));
        ok = ok && m_deferred.first()(&nativeError, &code);
        ok = ok && sql.exec(QStringLiteral("COMMIT"));
        if (!ok) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            fail(code, nativeError);
            emit problemOccurred(m_problem, m_problemMessage);
            return false;
        }
        m_deferred.removeFirst();
    }
    clearProblem();
    qCInfo(lcStore) << "journal: deferred records written";
    return true;
}

bool LinkJournal::probeWritable()
{
    if (!isOpen() || m_problem == Problem::NewerVersion)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        fail(sqliteCode(begin.lastError()), begin.lastError().text());
        return false;
    }
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    if (m_deferred.isEmpty())
        clearProblem();
    return true;
}

bool LinkJournal::beginGroup()
{
    if (m_group || !isOpen() || m_problem != Problem::None || !m_deferred.isEmpty())
        return false; // write one by one: that path reports the problem and defers
    QSqlQuery begin(QSqlDatabase::database(m_connectionName, false));
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    m_group = true;
    m_groupOk = true;
    return true;
}

bool LinkJournal::commitGroup()
{
    if (!m_group)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (m_groupOk && QSqlQuery(db).exec(QStringLiteral("COMMIT"))) {
        m_group = false;
        return true;
    }
    rollbackGroup();
    return false;
}

void LinkJournal::rollbackGroup()
{
    if (!m_group)
        return;
    QSqlQuery(QSqlDatabase::database(m_connectionName, false)).exec(QStringLiteral("ROLLBACK"));
    m_group = false;
    m_groupOk = false;
}

bool LinkJournal::flush()
{
    if (!isOpen())
        return m_deferred.isEmpty();
    return flushDeferred();
}

QString LinkJournal::recordStarted(
    const LinkOperation &operation, const JournalContext &context, const QList<qint64> &resumes)
{
    if (m_rowByOperation.contains(operation.id)) {
        // Started again after a pause (e.g. a new token): same row, still unfinished.
        return {};
    }
    if (operation.request.planRow > 0) {
        if (recordStartedRow(operation.request.planRow))
            return {};
        return m_problemMessage.isEmpty()
            ? tr("The link journal cannot record this change, so it was not sent.")
            : m_problemMessage;
    }
    const LinkOperation op = operation;
    const QString started = now();
    const Write write = [this, op, context, resumes, started](QString *nativeError, int *code) {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        Statements sql {db, nativeError, code};
        const qint64 row = insertOperationRow(sql, m_runId, op, context, started);
        if (row == 0)
            return false;
        if (!resumes.isEmpty()) {
            QSqlQuery resolve(db);
            if (!sql.prepare(resolve,
                    QStringLiteral("UPDATE operations SET resolution = 'resumed', resolved_at = ?, "
                                   "resolved_by = ?"
                                   " WHERE result IS NULL AND resolution IS NULL AND id IN (%1)")
                        .arg(placeholders(resumes.size()))))
                return false;
            resolve.addBindValue(started);
            resolve.addBindValue(row);
            for (qint64 id : resumes)
                resolve.addBindValue(id);
            if (!sql.exec(resolve))
                return false;
        }
        m_rowByOperation.insert(op.id, row);
        return true;
    };
    if (runWrite(write, false))
        return {};
    m_rowByOperation.remove(op.id);
    return m_problemMessage.isEmpty()
        ? tr("The link journal cannot record this change, so it was not sent.")
        : m_problemMessage;
}

bool LinkJournal::recordAttempt(const LinkOperation &operation)
{
    if (operation.isFinal() || operation.attempts <= 0
        || (operation.request.planRow <= 0 && !m_rowByOperation.contains(operation.id)))
        return true;
    const LinkOperation op = operation;
    const QString when = now();
    const Write write = [this, op, when](QString *nativeError, int *code) {
        const qint64 row
            = op.request.planRow > 0 ? op.request.planRow : m_rowByOperation.value(op.id);
        if (row == 0)
            return true; // the journal was set aside since; the finish record carries it all
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        Statements sql {db, nativeError, code};
        if (op.phase == LinkOperation::Phase::InFlight) {
            QSqlQuery attempt(db);
            if (!sql.prepare(attempt,
                    QStringLiteral("INSERT OR REPLACE INTO attempts (operation_id, number, "
                                   "request_id, sent_at)"
                                   " VALUES (?, ?, ?, ?)")))
                return false;
            attempt.addBindValue(row);
            attempt.addBindValue(op.attempts);
            attempt.addBindValue(clean(op.requestId));
            attempt.addBindValue(when);
            if (!sql.exec(attempt))
                return false;
        } else {
            QSqlQuery attempt(db);
            if (!sql.prepare(attempt,
                    QStringLiteral(
                        "UPDATE attempts SET finished_at = ?, outcome = ?, http_status = ?"
                        " WHERE operation_id = ? AND number = ? AND outcome IS NULL")))
                return false;
            attempt.addBindValue(when);
            attempt.addBindValue(ApiError::kindKey(op.lastError.kind));
            attempt.addBindValue(op.lastError.httpStatus);
            attempt.addBindValue(row);
            attempt.addBindValue(op.attempts);
            if (!sql.exec(attempt))
                return false;
        }
        QSqlQuery update(db);
        if (!sql.prepare(update,
                QStringLiteral(
                    "UPDATE operations SET attempts = ?, request_id = ?, external_outlet_id = ?"
                    " WHERE id = ?")))
            return false;
        update.addBindValue(op.attempts);
        update.addBindValue(clean(op.requestId));
        update.addBindValue(clean(op.request.externalOutletId));
        update.addBindValue(row);
        return sql.exec(update);
    };
    return runWrite(write, true);
}

bool LinkJournal::recordFinished(const LinkOperation &operation, const JournalContext &context)
{
    if (!operation.isFinal())
        return recordAttempt(operation);
    const LinkOperation op = operation;
    const QString finished
        = timeValue(op.finishedAt.isValid() ? op.finishedAt : QDateTime::currentDateTimeUtc())
              .toString();
    const bool wasStarted = m_rowByOperation.contains(op.id) || op.request.planRow > 0;
    const Write write = [this, op, context, finished, wasStarted](QString *nativeError, int *code) {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        Statements sql {db, nativeError, code};
        qint64 row = op.request.planRow > 0 ? op.request.planRow : m_rowByOperation.value(op.id);
        const ApiError &error = op.lastError;
        if (row == 0) {
            // Never started (refused or cancelled unsent), or started in a journal that was set
            // aside since: one complete row.
            row = insertOperationRow(sql, m_runId, op, context,
                                     wasStarted || op.attempts > 0
                                         ? timeValue(op.startedAt.isValid() ? op.startedAt : op.queuedAt)
                                         : timeValue(QDateTime()));
            if (row == 0)
                return false;
            m_rowByOperation.insert(op.id, row);
        }
        if (op.attempts > 0) {
            QSqlQuery attempt(db);
            if (!sql.prepare(attempt,
                    QStringLiteral(
                        "INSERT INTO attempts (operation_id, number, request_id, sent_at, "
                        "finished_at, outcome, http_status)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?)"
                        " ON CONFLICT (operation_id, number) DO UPDATE SET"
                        "  request_id = CASE WHEN excluded.request_id <> '' THEN "
                        "excluded.request_id ELSE request_id END,"
                        "  finished_at = excluded.finished_at, outcome = excluded.outcome,"
                        "  http_status = excluded.http_status WHERE outcome IS NULL")))
                return false;
            attempt.addBindValue(row);
            attempt.addBindValue(op.attempts);
            attempt.addBindValue(clean(op.requestId));
            attempt.addBindValue(timeValue(op.startedAt));
            attempt.addBindValue(finished);
            attempt.addBindValue(
                error.isError() ? ApiError::kindKey(error.kind) : QStringLiteral("succeeded"));
            attempt.addBindValue(error.httpStatus);
            if (!sql.exec(attempt))
                return false;
        }
        QSqlQuery update(db);
        if (!sql.prepare(update,
                QStringLiteral(
                    "UPDATE operations SET finished_at = ?, result = ?, attempts = ?, request_id = "
                    "?,"
                    " external_outlet_id = ?, aborted_in_flight = ?, linked_at = ?, error_kind = ?,"
                    " http_status = ?, error_message = ?, error_detail = ?,"
                    " engine_op_id = CASE WHEN engine_op_id = 0 THEN ? ELSE engine_op_id END,"
                    // Recorded as started ahead of a free slot, but never sent: not started.
                    " started_at = CASE WHEN ? THEN started_at ELSE NULL END"
                    " WHERE id = ?")))
            return false;
        update.addBindValue(finished);
        update.addBindValue(JournalEntry::resultKey(resultOf(op)));
        update.addBindValue(op.attempts);
        update.addBindValue(clean(op.requestId));
        update.addBindValue(clean(op.request.externalOutletId));
        update.addBindValue(op.abortedInFlight ? 1 : 0);
        update.addBindValue(timeValue(
            op.phase == LinkOperation::Phase::Succeeded ? op.confirmation.linkedAt : QDateTime()));
        update.addBindValue(error.isError() ? ApiError::kindKey(error.kind) : nonNull({}));
        update.addBindValue(error.httpStatus);
        update.addBindValue(error.isError() ? clean(error.userMessage()) : nonNull({}));
        update.addBindValue(error.isError() ? clean(error.detail) : nonNull({}));
        update.addBindValue(op.id);
        // Only an op that ended unsent (cancelled or refused before any attempt) is un-started.
        const bool unsent = op.attempts == 0 && !op.abortedInFlight
            && op.phase != LinkOperation::Phase::Succeeded;
        update.addBindValue(unsent ? 0 : 1);
        update.addBindValue(row);
        return sql.exec(update);
    };
    return runWrite(write, true);
}

bool LinkJournal::markDiscarded(const QList<qint64> &ids)
{
    return markResolved(ids, JournalEntry::Resolution::Discarded);
}

bool LinkJournal::markResolved(
    const QList<qint64> &ids, JournalEntry::Resolution resolution, qint64 by)
{
    if (ids.isEmpty() || resolution == JournalEntry::Resolution::None)
        return true;
    const QString when = now();
    const Write write = [this, ids, resolution, by, when](QString *nativeError, int *code) {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        Statements sql {db, nativeError, code};
        QSqlQuery update(db);
        if (!sql.prepare(update,
                QStringLiteral(
                    "UPDATE operations SET resolution = ?, resolved_at = ?, resolved_by = ?"
                    " WHERE result IS NULL AND resolution IS NULL AND id IN (%1)")
                    .arg(placeholders(ids.size()))))
            return false;
        update.addBindValue(JournalEntry::resolutionKey(resolution));
        update.addBindValue(when);
        update.addBindValue(by > 0 ? QVariant(by) : QVariant(QMetaType::fromType<qint64>()));
        for (qint64 id : ids)
            update.addBindValue(id);
        return sql.exec(update);
    };
    return runWrite(write, false);
}

QList<JournalEntry> LinkJournal::unfinishedOperations(bool includeCurrentRun) const
{
    QList<JournalEntry> result;
    if (!isOpen() || m_schemaVersion != JournalSchema::currentVersion)
        return result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(
        QStringLiteral("SELECT %1 FROM operations WHERE result IS NULL AND resolution IS NULL"
                       " AND (? OR run_id <> ?) ORDER BY id")
            .arg(entryColumns));
    query.addBindValue(includeCurrentRun ? 1 : 0);
    query.addBindValue(m_runId);
    if (!query.exec()) {
        qCWarning(lcStore).noquote() << "journal read failed:" << query.lastError().text();
        return result;
    }
    while (query.next())
        result.append(readEntry(query));
    return result;
}

QList<JournalEntry> LinkJournal::entries(const JournalFilter &filter) const
{
    QList<JournalEntry> result;
    if (!isOpen() || m_schemaVersion != JournalSchema::currentVersion)
        return result;
    QStringList conditions;
    QVariantList values;
    const auto add = [&](const QString &condition, const QVariant &value) {
        conditions.append(condition);
        values.append(value);
    };
    if (!filter.environment.isEmpty())
        add(QStringLiteral("environment = ?"), filter.environment);
    if (!filter.merchant.isEmpty())
        add(QStringLiteral("merchant = ?"), filter.merchant);
    if (!filter.runId.isEmpty())
        add(QStringLiteral("run_id = ?"), filter.runId);
    if (!filter.sessionId.isEmpty())
        add(QStringLiteral("session_id = ?"), filter.sessionId);
    if (!filter.outletId.isEmpty())
        add(QStringLiteral("outlet_id = ?"), filter.outletId);
    QString sql = QStringLiteral("SELECT %1 FROM operations").arg(entryColumns);
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    if (filter.limit >= 0)
        sql = QStringLiteral("SELECT * FROM (%1 ORDER BY id DESC LIMIT %2) ORDER BY 1")
                  .arg(sql)
                  .arg(filter.limit);
    else
        sql += QStringLiteral(" ORDER BY id");
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcStore).noquote() << "journal read failed:" << query.lastError().text();
        return result;
    }
    while (query.next())
        result.append(readEntry(query));
    return result;
}

std::optional<JournalEntry> LinkJournal::entry(qint64 id) const
{
    if (!isOpen() || m_schemaVersion != JournalSchema::currentVersion)
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT %1 FROM operations WHERE id = ?").arg(entryColumns));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readEntry(query);
}

QList<JournalState> LinkJournal::latestStates(
    const QString &environment, const QString &merchant) const
{
    JournalFilter filter;
    filter.environment = environment;
    filter.merchant = merchant;
    const QList<JournalEntry> all = entries(filter);
    // Rows are in id order, which is time order per (outlet, product): the engine runs at most
    // one operation per pair, and runs follow each other.
    QHash<QPair<QString, int>, qsizetype> index;
    QList<JournalState> states;
    for (const JournalEntry &entry : all) {
        if (!entry.wasSent())
            continue; // refused or cancelled before reaching GoBiz: changes nothing
        const auto key = qMakePair(entry.request.outletId, int(entry.request.product));
        auto it = index.find(key);
        if (it == index.end()) {
            JournalState state;
            state.outletId = entry.request.outletId;
            state.product = entry.request.product;
            it = index.insert(key, states.size());
            states.append(state);
        }
        JournalState &state = states[*it];
        if (entry.result == JournalEntry::Result::Succeeded) {
            state.confirmed = entry.request.action == LinkAction::Link
                ? ConfirmedState::Linked
                : ConfirmedState::NotLinked;
            state.confirmedAt = entry.finishedAt;
            state.linkedAt
                = entry.request.action == LinkAction::Link ? entry.linkedAt : QDateTime();
            state.externalOutletId = entry.request.action == LinkAction::Link
                ? entry.request.externalOutletId
                : QString();
            state.requestId = entry.requestId;
            state.later.reset();
        } else if (entry.resolution != JournalEntry::Resolution::Resumed
            && entry.resolution != JournalEntry::Resolution::Superseded) {
            // Resumed rows are carried on by the row that resumed them.
            state.later = entry;
        }
    }
    return states;
}

} // namespace gobiz
