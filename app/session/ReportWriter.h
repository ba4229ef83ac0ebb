#pragma once

#include "session/Account.h"
#include "session/RunSummary.h"

#include <QObject>
#include <functional>

namespace gobiz::ReportWriter {

// The report of one merchant's run from its journal rows: exactly that merchant's outlets, named
// as its token-info names them, with the changes refused before the journal recorded them.
// Never the token (a report has no field for it).
RunSummary::Report build(const Account &account, const QList<JournalEntry> &rowsInOrder,
    const QList<RunSummary::Refusal> &refusals = {});

// build() on a worker thread: for a run of 10,000 changes it takes 30-40 ms, which a window
// would stall for. done(report) follows on context's thread; not called once context is gone.
void buildLater(const Account &account, const QList<JournalEntry> &rowsInOrder,
    const QList<RunSummary::Refusal> &refusals, QObject *context,
    std::function<void(const RunSummary::Report &report)> done);

// Makes the bytes (makeBytes()) and writes them to path on a worker thread: neither a large
// report's formatting (half a second for 10,000 operations as JSON) nor the disk is waited for
// on the caller's thread. done(problem) follows on context's thread: empty on success, otherwise
// a sentence saying why the file could not be written. Not called once context is gone.
// describe(fileName, error) makes that sentence; by default it names a report.
// makeBytes may also fail: *problem set (a sentence) and nothing written.
void write(const QString &path, std::function<QByteArray(QString *problem)> makeBytes,
    QObject *context, std::function<void(const QString &problem)> done,
    std::function<QString(const QString &fileName, const QString &error)> describe = {});

} // namespace gobiz::ReportWriter
