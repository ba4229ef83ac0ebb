#pragma once
// Internal to app/store: the journal's file, which LinkJournal owns one of.

#include "LinkJournal.h"

#include <QLockFile>
#include <QSqlDatabase>
#include <QString>
#include <chrono>
#include <memory>

namespace gobiz {

// The SQLite file behind a LinkJournal: the process lock that keeps a second wizard out, opening
// (folder, connection, pragmas, integrity check, migrations to JournalSchema::currentVersion),
// setting a damaged file aside, and what an SQLite error means for the person (problem() and a
// sentence). It reads and writes no records.
class JournalFile
{
public:
    using Problem = LinkJournal::Problem;

    JournalFile();
    ~JournalFile();
    JournalFile(const JournalFile &) = delete;
    JournalFile &operator=(const JournalFile &) = delete;

    // Opens path (creating its folder; a damaged file is set aside and a new one started, then
    // setAsidePath() says where the old one is). True when it can be written.
    bool open(const QString &path, std::chrono::milliseconds busyTimeout);
    void close();
    bool isOpen() const;
    // The records are at the version this program reads (also when writing is refused).
    bool isCurrent() const;
    QSqlDatabase database() const;

    // A damaged file found while writing: set it aside (false: it could not be moved)...
    bool setAside();
    // ...and start a new one at the same path.
    bool reopen();
    // Whether a write would succeed now (takes and releases the write lock).
    bool probeWritable();

    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    int schemaVersion() const { return m_schemaVersion; }
    QString setAsidePath() const { return m_setAsidePath; }

    Problem problem() const { return m_problem; }
    QString problemMessage() const { return m_problemMessage; }
    // Classifies a failed statement by its SQLite code; problemMessage() says it to a person.
    void fail(int sqliteCode, const QString &nativeError);
    // A write was asked of a journal that is not open.
    void failNotOpen();
    void clearProblem();

private:
    bool createFolder();
    bool takeOwnership();
    bool openConnection();
    bool prepare(); // pragmas, integrity, migrations
    bool migrate(int from);
    void closeConnection();

    QString m_path;
    QString m_connectionName;
    // A lock held by another program (a second wizard) may stall a write this long at most.
    std::chrono::milliseconds m_busyTimeout {250};
    int m_schemaVersion = 0;
    Problem m_problem = Problem::NotOpen;
    QString m_problemMessage;
    QString m_setAsidePath;
    // Held while open: two windows on one journal would each take the other's in-flight rows
    // for interrupted ones and offer to resume them.
    std::shared_ptr<QLockFile> m_ownership;
};

} // namespace gobiz
