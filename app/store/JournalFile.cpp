#include "JournalFile.h"

#include "JournalSchema.h"
#include "JournalSql.h"
#include "diagnostics/Logging.h"
#include "diagnostics/Redactor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace gobiz {

using namespace JournalSql;

JournalFile::JournalFile()
    : m_connectionName(
        QStringLiteral("gobiz-journal-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
{ }

JournalFile::~JournalFile()
{
    closeConnection();
}

bool JournalFile::open(const QString &path, std::chrono::milliseconds busyTimeout)
{
    close();
    m_path = path;
    m_busyTimeout = busyTimeout;
    m_setAsidePath.clear();
    if (!createFolder() || !takeOwnership() || !openConnection())
        return false;
    if (prepare())
        return true;
    // Keep a damaged file for support, start a new journal.
    return m_problem == Problem::Corrupt && setAside() && reopen();
}

bool JournalFile::reopen()
{
    return openConnection() && prepare();
}

void JournalFile::close()
{
    closeConnection();
    m_ownership.reset();
    m_problem = Problem::NotOpen;
    m_problemMessage.clear();
    m_schemaVersion = 0;
}

bool JournalFile::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName)
        && QSqlDatabase::database(m_connectionName, false).isOpen();
}

bool JournalFile::isCurrent() const
{
    return isOpen() && m_schemaVersion == JournalSchema::currentVersion;
}

QSqlDatabase JournalFile::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void JournalFile::clearProblem()
{
    m_problem = Problem::None;
    m_problemMessage.clear();
}

void JournalFile::failNotOpen()
{
    if (m_problem != Problem::None && m_problem != Problem::NotOpen)
        return; // the reason it is not open says more
    m_problem = Problem::NotOpen;
    m_problemMessage = LinkJournal::tr("The link journal is not open. Nothing was sent, because "
                                       "every change must be recorded first.");
}

bool JournalFile::createFolder()
{
    const QFileInfo info(m_path);
    if (QDir().mkpath(info.absolutePath()))
        return true;
    // Why not: the nearest existing ancestor is read-only, or is a file.
    QFileInfo ancestor(info.absolutePath());
    while (!ancestor.exists() && !ancestor.isRoot())
        ancestor = QFileInfo(ancestor.absolutePath());
    m_problem
        = ancestor.isDir() && !ancestor.isWritable() ? Problem::ReadOnly : Problem::CannotOpen;
    m_problemMessage = LinkJournal::tr("The folder for the link journal, %1, cannot be created. "
                                       "Nothing can be sent until every change can be recorded; "
                                       "choose another location or fix the folder.")
                           .arg(QDir::toNativeSeparators(info.absolutePath()));
    qCWarning(lcStore).noquote() << "journal folder cannot be created:" << info.absolutePath();
    return false;
}

bool JournalFile::takeOwnership()
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
    // The lock file names the program holding it (QCoreApplication::applicationName): the
    // wizard and the command line gobiz-outlets refuse each other, each saying who has it.
    qint64 pid = 0;
    QString host;
    QString holder;
    lock->getLockInfo(&pid, &host, &holder);
    const bool cliHolds = holder == u"gobiz-outlets";
    const bool weAreCli = QCoreApplication::applicationName() == u"gobiz-outlets";
    if (cliHolds)
        m_problemMessage
            = LinkJournal::tr("gobiz-outlets is running on this computer (process %1) with the "
                              "same link journal. Wait until it ends, or stop it with Ctrl-C: "
                              "two programs would mix their records, so this one sends nothing.")
                  .arg(pid);
    else if (weAreCli)
        m_problemMessage
            = LinkJournal::tr("The wizard is open on this computer (process %1) with the same "
                              "link journal. Close it first: two programs would mix their "
                              "records, so this one sends nothing.")
                  .arg(pid);
    else
        m_problemMessage
            = LinkJournal::tr("The wizard is already open in another window on this computer, using "
                              "the same link journal. Use that window: two windows would mix their "
                              "records, so this one sends nothing.");
    qCWarning(lcStore).noquote() << "journal in use by another process:" << m_path;
    return false;
}

void JournalFile::closeConnection()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool JournalFile::openConnection()
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

bool JournalFile::prepare()
{
    Statements sql {database()};
    // A pragma that answers with a value; on failure the problem is set.
    const auto pragma = [this, &sql](const QString &statement) -> std::optional<QVariant> {
        QSqlQuery query(sql.db);
        if (!query.exec(statement) || !query.next()) {
            sql.capture(query.lastError());
            fail(sql.code, sql.nativeError);
            return std::nullopt;
        }
        return query.value(0);
    };
    const std::optional<QVariant> userVersion = pragma(QStringLiteral("PRAGMA user_version"));
    if (!userVersion)
        return false;
    const int version = userVersion->toInt();
    m_schemaVersion = version; // reading works at the current version even when writing does not
    if (version > JournalSchema::currentVersion) {
        m_problem = Problem::NewerVersion;
        m_problemMessage = LinkJournal::tr("The link journal %1 was written by a newer version of "
                                           "this wizard (schema %2; this version knows up to %3). "
                                           "Update the wizard: nothing can be sent until every "
                                           "change can be recorded.")
                               .arg(QDir::toNativeSeparators(m_path))
                               .arg(version)
                               .arg(JournalSchema::currentVersion);
        qCWarning(lcStore).noquote()
            << "journal schema" << version << "is newer than" << JournalSchema::currentVersion;
        return false;
    }
    // Only now change the file: a newer version's journal is left exactly as it was.
    const std::optional<QVariant> mode = pragma(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!mode)
        return false;
    if (mode->toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
        // A read-only file or file system cannot switch to WAL.
        fail(SqliteReadOnly, QStringLiteral("journal_mode is %1").arg(mode->toString()));
        return false;
    }
    if (!sql.exec(QStringLiteral("PRAGMA synchronous=FULL"))
        || !sql.exec(QStringLiteral("PRAGMA foreign_keys=ON"))) {
        fail(sql.code, sql.nativeError);
        return false;
    }
    const std::optional<QVariant> verdict = pragma(QStringLiteral("PRAGMA quick_check(1)"));
    if (!verdict)
        return false;
    if (verdict->toString() != u"ok") {
        fail(SqliteCorrupt, verdict->toString());
        return false;
    }
    if (version < JournalSchema::currentVersion && !migrate(version))
        return false;
    m_schemaVersion = JournalSchema::currentVersion;
    // Writable? A read-only file opens fine and only fails at the first write.
    if (!probeWritable())
        return false;
    clearProblem();
    qCInfo(lcStore).noquote() << "journal open:" << QDir::toNativeSeparators(m_path) << "schema"
                              << m_schemaVersion;
    return true;
}

bool JournalFile::migrate(int from)
{
    for (int version = from + 1; version <= JournalSchema::currentVersion; ++version) {
        Statements sql {database()};
        bool ok = sql.exec(QStringLiteral("BEGIN IMMEDIATE"));
        const QStringList statements = JournalSchema::migration(version);
        for (qsizetype i = 0; ok && i < statements.size(); ++i)
            ok = sql.exec(statements.at(i));
        ok = ok && sql.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        ok = ok && sql.exec(QStringLiteral("COMMIT"));
        if (!ok) {
            QSqlQuery(sql.db).exec(QStringLiteral("ROLLBACK"));
            qCWarning(lcStore).noquote()
                << "journal migration to schema" << version << "failed:" << sql.nativeError;
            fail(sql.code, sql.nativeError);
            return false;
        }
        qCInfo(lcStore) << "journal migrated to schema" << version;
    }
    return true;
}

namespace {

struct Classified
{
    JournalFile::Problem problem;
    QString message;
};

// What a failed statement's SQLite code means for the person, for the journal at path.
Classified classify(int code, const QString &path)
{
    using Problem = JournalFile::Problem;
    const QString where = QDir::toNativeSeparators(path);
    switch (code) {
    case SqliteBusy:
    case SqliteLocked:
        return {Problem::Locked,
            LinkJournal::tr("The link journal %1 is locked by another program, probably another "
                            "window of this wizard. Close it and try again; nothing was sent.")
                .arg(where)};
    case SqliteFull:
        return {Problem::DiskFull,
            LinkJournal::tr("The disk that holds the link journal (%1) is full. Nothing was "
                            "sent, because every change must be recorded first: free some "
                            "space and try again.")
                .arg(where)};
    case SqliteCorrupt:
    case SqliteNotADb:
        return {Problem::Corrupt,
            LinkJournal::tr("The link journal %1 is damaged. Nothing was sent; restart the "
                            "wizard to set it aside and start a new one.")
                .arg(where)};
    case SqliteReadOnly:
    case SqlitePerm:
    case SqliteCantOpen: {
        const QFileInfo file(path);
        const QFileInfo folder(file.absolutePath());
        const bool folderReadOnly = folder.exists() && !folder.isWritable();
        const bool fileReadOnly = file.exists() && !file.isWritable();
        if (code != SqliteCantOpen || folderReadOnly || fileReadOnly)
            return {Problem::ReadOnly,
                LinkJournal::tr("The link journal %1 cannot be written: the file or its folder "
                                "is read-only. Nothing was sent, because every change must be "
                                "recorded first: make the folder writable or choose another "
                                "location.")
                    .arg(where)};
        return {Problem::CannotOpen,
            LinkJournal::tr("The link journal %1 cannot be opened. Nothing was sent, because "
                            "every change must be recorded first: check that the folder "
                            "exists and is writable.")
                .arg(where)};
    }
    default:
        return {Problem::Other,
            LinkJournal::tr("The link journal %1 cannot be written (SQLite error %2). Nothing "
                            "was sent, because every change must be recorded first.")
                .arg(where)
                .arg(code)};
    }
}

} // namespace

void JournalFile::fail(int code, const QString &nativeError)
{
    Classified classified = classify(code, m_path);
    m_problem = classified.problem;
    m_problemMessage = std::move(classified.message);
    qCWarning(lcStore).noquote() << "journal problem" << code << Redactor::redact(nativeError);
}

bool JournalFile::setAside()
{
    closeConnection();
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = m_path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + QStringLiteral(".corrupt-%1-%2").arg(stamp).arg(n);
    if (!QFile::rename(m_path, target)) {
        m_problem = Problem::Corrupt;
        m_problemMessage
            = LinkJournal::tr("The link journal %1 is damaged and could not be set aside. Nothing "
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
    qCWarning(lcStore).noquote() << "damaged journal set aside as" << target;
    return true;
}

bool JournalFile::probeWritable()
{
    Statements sql {database()};
    if (!sql.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        fail(sql.code, sql.nativeError);
        return false;
    }
    sql.exec(QStringLiteral("ROLLBACK"));
    return true;
}

} // namespace gobiz
