#include "LinkJournal.h"

#include "JournalFile.h"
#include "JournalQueries.h"
#include "JournalRecords.h"
#include "JournalSql.h"
#include "diagnostics/Logging.h"

#include <QDir>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

namespace gobiz {

using JournalSql::Statements;

LinkJournal::LinkJournal(QObject *parent)
    : QObject(parent)
    , m_file(std::make_unique<JournalFile>())
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
}

QString LinkJournal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/link-journal.sqlite");
}

QString LinkJournal::environmentLabel(const Environment &environment)
{
    // The demo's port is new each start: its records belong to "demo", not to an address.
    if (environment.kind() != Environment::Kind::Custom || environment.isDemo())
        return environment.key();
    const QUrl url = environment.baseUrl();
    return QStringLiteral("custom:")
        + url.adjusted(
                 QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
              .toString(QUrl::FullyEncoded);
}

// --- the file ---

bool LinkJournal::open(const QString &path)
{
    close();
    const bool opened
        = m_file->open(QDir::cleanPath(path.isEmpty() ? defaultPath() : path), m_busyTimeout);
    if (opened && !m_file->setAsidePath().isEmpty())
        emit journalSetAside(m_file->setAsidePath(), setAsideMessage());
    return opened;
}

void LinkJournal::close()
{
    m_file->close();
    m_rowByOperation.clear();
}

bool LinkJournal::isOpen() const
{
    return m_file->isOpen();
}

QString LinkJournal::path() const
{
    return m_file->path();
}

QString LinkJournal::connectionName() const
{
    return m_file->connectionName();
}

int LinkJournal::schemaVersion() const
{
    return m_file->schemaVersion();
}

LinkJournal::Problem LinkJournal::problem() const
{
    return m_file->problem();
}

QString LinkJournal::problemMessage() const
{
    return m_file->problemMessage();
}

QString LinkJournal::setAsidePath() const
{
    return m_file->setAsidePath();
}

QString LinkJournal::setAsideMessage() const
{
    if (setAsidePath().isEmpty())
        return {};
    return tr("The link journal was damaged, so it was set aside as %1 (kept, not deleted) and a "
              "new journal was started. Link states confirmed before now show as unknown until "
              "they are changed again.")
        .arg(QDir::toNativeSeparators(setAsidePath()));
}

QString LinkJournal::now() const
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString LinkJournal::refusal() const
{
    return problemMessage().isEmpty()
        ? tr("The link journal cannot record this change, so it was not sent.")
        : problemMessage();
}

qint64 LinkJournal::rowFor(const LinkOperation &operation) const
{
    return operation.request.planRow > 0 ? operation.request.planRow
                                         : m_rowByOperation.value(operation.id);
}

// --- writing: one transaction per record, deferred and retried when it fails ---

bool LinkJournal::commitOne(const Write &write)
{
    Statements sql {m_file->database()};
    const bool ok = sql.exec(QStringLiteral("BEGIN IMMEDIATE")) && write(sql)
        && sql.exec(QStringLiteral("COMMIT"));
    if (ok)
        return true;
    QSqlQuery(sql.db).exec(QStringLiteral("ROLLBACK"));
    m_file->fail(sql.code, sql.nativeError);
    return false;
}

bool LinkJournal::runWrite(const Write &write, bool deferOnFailure)
{
    if (m_group) {
        // Inside a group: statements only. A failure spoils the group; the caller rolls it
        // back and writes again one by one, where failures are deferred and reported.
        if (!m_groupOk)
            return false;
        Statements sql {m_file->database()};
        m_groupOk = write(sql);
        return m_groupOk;
    }
    const auto defer = [&](bool retryLater) {
        if (!deferOnFailure)
            return;
        m_deferred.append(write);
        if (retryLater)
            m_retryTimer->start();
    };
    if (!isOpen()) {
        m_file->failNotOpen();
        defer(false);
        return false;
    }
    if (problem() == Problem::NewerVersion) {
        defer(false);
        return false;
    }
    if (!flushDeferred()) {
        defer(true);
        return false;
    }
    for (int round = 0; round < 2; ++round) {
        if (commitOne(write)) {
            if (problem() != Problem::None)
                m_file->clearProblem();
            return true;
        }
        if (problem() == Problem::Corrupt && round == 0 && !m_recovering) {
            // Damaged while running: set it aside, start a new journal, write again there.
            m_recovering = true;
            bool reopened = false;
            if (m_file->setAside()) {
                m_rowByOperation.clear(); // rows of the old file
                reopened = m_file->reopen();
            }
            m_recovering = false;
            if (reopened) {
                emit journalSetAside(setAsidePath(), setAsideMessage());
                continue;
            }
        }
        break;
    }
    emit problemOccurred(problem(), problemMessage());
    defer(true);
    return false;
}

bool LinkJournal::flushDeferred()
{
    if (m_deferred.isEmpty())
        return true;
    while (!m_deferred.isEmpty()) {
        if (!commitOne(m_deferred.first())) {
            emit problemOccurred(problem(), problemMessage());
            return false;
        }
        m_deferred.removeFirst();
    }
    m_file->clearProblem();
    qCInfo(lcStore) << "journal: deferred records written";
    return true;
}

bool LinkJournal::flush()
{
    if (!isOpen())
        return m_deferred.isEmpty();
    return flushDeferred();
}

bool LinkJournal::probeWritable()
{
    if (!isOpen() || problem() == Problem::NewerVersion || !m_file->probeWritable())
        return false;
    if (m_deferred.isEmpty())
        m_file->clearProblem();
    return true;
}

bool LinkJournal::beginGroup()
{
    if (m_group || !isOpen() || problem() != Problem::None || !m_deferred.isEmpty())
        return false; // write one by one: that path reports the problem and defers
    QSqlQuery begin(m_file->database());
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
    if (m_groupOk && QSqlQuery(m_file->database()).exec(QStringLiteral("COMMIT"))) {
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
    QSqlQuery(m_file->database()).exec(QStringLiteral("ROLLBACK"));
    m_group = false;
    m_groupOk = false;
}

// --- the records ---

QString LinkJournal::recordStarted(
    const LinkOperation &operation, const JournalContext &context, const QList<qint64> &resumes)
{
    if (m_rowByOperation.contains(operation.id)) {
        // Started again after a pause (e.g. a new token): same row, still unfinished.
        return {};
    }
    if (operation.request.planRow > 0)
        return recordStartedRow(operation.request.planRow) ? QString() : refusal();
    const LinkOperation op = operation;
    const QString started = now();
    const Write write = [this, op, context, resumes, started](Statements &sql) {
        const qint64 row = JournalRecords::insertOperation(sql, m_runId, op, context, started);
        if (row == 0
            || !JournalRecords::resolve(
                sql, resumes, JournalEntry::Resolution::Resumed, started, row))
            return false;
        m_rowByOperation.insert(op.id, row);
        return true;
    };
    if (runWrite(write, false))
        return {};
    m_rowByOperation.remove(op.id);
    return refusal();
}

bool LinkJournal::recordAttempt(const LinkOperation &operation)
{
    if (operation.isFinal() || operation.attempts <= 0
        || (operation.request.planRow <= 0 && !m_rowByOperation.contains(operation.id)))
        return true;
    const LinkOperation op = operation;
    const QString when = now();
    const Write write = [this, op, when](Statements &sql) {
        const qint64 row = rowFor(op);
        if (row == 0)
            return true; // the journal was set aside since; the finish record carries it all
        return JournalRecords::attempt(sql, row, op, when);
    };
    return runWrite(write, true);
}

bool LinkJournal::recordFinished(const LinkOperation &operation, const JournalContext &context)
{
    if (!operation.isFinal())
        return recordAttempt(operation);
    const LinkOperation op = operation;
    const QString finished = JournalSql::timeValue(
        op.finishedAt.isValid() ? op.finishedAt : QDateTime::currentDateTimeUtc())
                                 .toString();
    const bool wasStarted = m_rowByOperation.contains(op.id) || op.request.planRow > 0;
    const Write write = [this, op, context, finished, wasStarted](Statements &sql) {
        qint64 row = rowFor(op);
        if (row == 0) {
            // Never started (refused or cancelled unsent), or started in a journal that was set
            // aside since: one complete row.
            const QDateTime started = wasStarted || op.attempts > 0
                ? (op.startedAt.isValid() ? op.startedAt : op.queuedAt)
                : QDateTime();
            row = JournalRecords::insertOperation(
                sql, m_runId, op, context, JournalSql::timeValue(started));
            if (row == 0)
                return false;
            m_rowByOperation.insert(op.id, row);
        }
        return JournalRecords::finished(sql, row, op, finished);
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
    const Write write = [ids, resolution, by, when](Statements &sql) {
        return JournalRecords::resolve(sql, ids, resolution, when, by);
    };
    return runWrite(write, false);
}

// --- the plan ---

QList<qint64> LinkJournal::recordPlanned(
    const QList<PlannedChange> &changes, const JournalContext &context)
{
    if (changes.isEmpty())
        return {};
    QList<qint64> rows;
    const QString queued = now();
    const Write write = [this, &changes, &context, &rows, queued](Statements &sql) {
        rows.clear();
        rows.reserve(changes.size());
        return JournalRecords::planned(sql, m_runId, changes, context, queued, &rows);
    };
    // Not deferred: a change that cannot be recorded is not queued (the caller says so).
    if (!runWrite(write, false))
        return {};
    return rows;
}

bool LinkJournal::recordStartedRow(qint64 row)
{
    const QString started = now();
    const Write write
        = [row, started](Statements &sql) { return JournalRecords::startedRow(sql, row, started); };
    return runWrite(write, false);
}

bool LinkJournal::recordUnsent(qint64 row)
{
    const Write write = [row](Statements &sql) { return JournalRecords::unsent(sql, row); };
    return runWrite(write, true);
}

bool LinkJournal::recordSettled(qint64 row, RequestSettlement settlement, qint64 byRow)
{
    if (row <= 0)
        return true;
    const QString when = now();
    const bool cancelled = settlement == RequestSettlement::Cancelled;
    const Write write = [row, byRow, when, cancelled](Statements &sql) {
        return cancelled ? JournalRecords::cancelledUnsent(sql, row, when)
                         : JournalRecords::resolve(
                             sql, {row}, JournalEntry::Resolution::Superseded, when, byRow);
    };
    return runWrite(write, true);
}

bool LinkJournal::saveExternalIds(const QString &environment, const QString &merchant,
    const QHash<QString, QString> &externalIdByOutlet)
{
    if (externalIdByOutlet.isEmpty())
        return true;
    const QString when = now();
    const Write write = [environment, merchant, externalIdByOutlet, when](Statements &sql) {
        return JournalRecords::externalIds(sql, environment, merchant, externalIdByOutlet, when);
    };
    // Kept and written again later when it fails: what a person typed is not dropped.
    return runWrite(write, true);
}

// --- reading ---

QList<JournalEntry> LinkJournal::unfinishedOperations(bool includeCurrentRun) const
{
    if (!m_file->isCurrent())
        return {};
    return JournalQueries::unfinished(m_file->database(), m_runId, includeCurrentRun);
}

QList<JournalEntry> LinkJournal::unfinishedPlan(const QString &exceptSession) const
{
    if (!m_file->isCurrent())
        return {};
    return JournalQueries::unfinishedPlan(m_file->database(), exceptSession);
}

QHash<QString, QString> LinkJournal::externalIds(
    const QString &environment, const QString &merchant) const
{
    if (!m_file->isCurrent())
        return {};
    return JournalQueries::externalIds(m_file->database(), environment, merchant);
}

QList<JournalEntry> LinkJournal::entries(const JournalFilter &filter) const
{
    if (!m_file->isCurrent())
        return {};
    return JournalQueries::entries(m_file->database(), filter);
}

std::optional<JournalEntry> LinkJournal::entry(qint64 id) const
{
    if (!m_file->isCurrent())
        return std::nullopt;
    return JournalQueries::entry(m_file->database(), id);
}

QList<JournalState> LinkJournal::latestStates(
    const QString &environment, const QString &merchant) const
{
    JournalFilter filter;
    filter.environment = environment;
    filter.merchant = merchant;
    return JournalState::fromEntries(entries(filter));
}

} // namespace gobiz
