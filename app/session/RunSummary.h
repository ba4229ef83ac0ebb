#pragma once

#include "api/ApiTypes.h"
#include "api/Product.h"
#include "ops/LinkOperation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

// What a run changed and the reports made from it. Pure functions: the journal's rows of a run
// (and the changes refused before they were recorded) go in, rows and bytes come out. A report
// never holds the access token (there is no field for it).
namespace gobiz {
struct JournalEntry;
}

namespace gobiz::RunSummary {

enum class Result {
    Linked,   // server confirmed a link
    Unlinked, // server confirmed an unlink
    Failed,   // GoBiz was asked and refused, or never answered; error says why
    Unknown,  // cancelled after the request was sent: GoBiz may or may not have done it
    NotSent,  // never sent (stopped, or refused before sending); error says why. Not a failure:
              // nothing changed in GoBiz
};

QString resultKey(Result result);  // "linked", "unlinked", "failed", "unknown", "not_sent"
QString resultText(Result result); // translated

// An earlier operation of the same (outlet, product) in this run.
struct Step
{
    LinkAction action = LinkAction::Link;
    Result result = Result::Failed;
    QDateTime at;
};

struct Entry
{
    QString outletId;
    QString outletName;
    Product product = Product::GoFood;
    LinkAction action = LinkAction::Link;
    Result result = Result::Failed;
    QString externalOutletId;
    QDateTime linkedAt; // GoBiz's linked_at, for links
    QDateTime askedAt;  // when the person asked for it
    QDateTime finishedAt;
    int attempts = 0;
    QString errorKind;    // ApiError::kindKey, "stopped", ...; empty on success
    QString errorMessage; // ApiError::userMessage or why it was not sent; empty on success
    QString requestId;
    // In Report::entries (one per cell): the cell's earlier operations in this run, in order.
    QList<Step> earlier;

    // The moment a person reads for this operation: when it ended, else when it was asked for.
    QDateTime moment() const { return finishedAt.isValid() ? finishedAt : askedAt; }
};

// A change refused before the journal recorded it (e.g. a link without the partner's external
// outlet ID, or a journal that could not be written): never sent, and the summary says why.
struct Refusal
{
    LinkRequest request;
    QString kind;   // stable key, e.g. "missing_external_id", "journal"
    QString reason; // the sentence the cell showed
    QDateTime at;
};

struct Report
{
    QString environmentKey;  // "production", "sandbox", "custom"
    QString environmentName; // translated display name
    QUrl baseUrl;
    QStringList roles;
    QString merchantKey; // the primary outlet's id: which merchant this report is about
    QString primaryOutletName;
    QDateTime generatedAt;
    QString applicationVersion;
    QTimeZone timeZone = QTimeZone::systemTimeZone(); // of the times written in it
    QList<Entry> operations; // every operation of the run, in the order they were asked for
    QList<Entry> entries; // one per (outlet, product): its final result, earlier ones in .earlier
    bool fromJournal = false; // built from the journal's rows (set by ReportWriter)

    int count(Result result) const; // of entries (final results)
    // Outlets linked to GoFood at any point of this run (or perhaps linked: an unknown outcome),
    // in order. GoBiz switches their GoFood orders to Auto Accept (gobiz-api.md §2), and
    // unlinking does not switch it back.
    QStringList autoAcceptOutlets() const;
    bool gofoodLinked() const { return !autoAcceptOutlets().isEmpty(); }
};

// Every operation of a run from the journal's rows (in id order, e.g. LinkJournal::entries() of
// one run) and the refusals (in time order), merged in the order they were asked for. An
// operation that reached GoBiz carries its answer (request ids, linked_at, error sentences as
// recorded). Not sent: one stopped before sending, unless a later operation of the same cell
// carries it on (a retry, or a newer intent that replaced it: then it changed nothing and is left
// out), and one refused before sending, with why. Rows without an outcome (in flight, or
// interrupted and resolved later) and superseded rows are left out. Outlets no longer listed
// keep their id as name.
QList<Entry> operationsFromJournal(const QList<JournalEntry> &rowsInOrder,
    const QList<Outlet> &outlets, const QList<Refusal> &refusals = {});
// One entry per (outlet, product) in order of first appearance: its last operation, with the
// earlier ones as steps.
QList<Entry> finalResults(const QList<Entry> &operations);
// finalResults(operationsFromJournal(rows, outlets)).
QList<Entry> buildFromJournal(const QList<JournalEntry> &rowsInOrder, const QList<Outlet> &outlets);

// --- text for people (the summary page and the clipboard use the same)
// "Linked", "Failed (link)", "Not sent (unlink)": the action where the result does not say it.
QString resultWithAction(const Entry &entry);
// "Linked 1 Dec 2026 08:40 WIB; Failed (unlink) 1 Dec 2026 08:41 WIB"; empty without earlier.
QString earlierText(const Report &report, const Entry &entry);
// For a GoFood entry of an outlet in autoAcceptOutlets() (onAutoAccept): "On", "Still on …",
// "May be on"; empty otherwise. Callers look the outlet up once per report, not per row.
QString autoAcceptText(const Entry &entry, bool onAutoAccept);
// "Linked: 3 · Unlinked: 1 · Failed: 0 · Unknown: 0 · Not sent: 1,659" (locale's digits).
QString countsText(const Report &report);
// The Auto Accept reminder naming how many outlets (empty when none).
QString autoAcceptReminder(const Report &report);

// --- files
// For Excel: UTF-8 with a byte order mark (Excel reads a file without one as the Windows code
// page and garbles "—"), CRLF line ends, and the separator Excel expects from the regional
// settings: ';' where the decimal separator is ',' (Indonesia, most of Europe), ',' elsewhere.
// One row per operation, in order. Header names are stable keys (scripts and the external id
// import read them); result_text, time and error_message are for people, in the UI language.
QByteArray toCsv(const Report &report, QChar separator = u',');
QByteArray toJson(const Report &report);
QString toText(const Report &report); // for the clipboard: tab-separated, with a heading

// Spreadsheets run cells starting with = + - @ as formulas: outlet names come from a server.
// Quotes a value holding either separator, a quote or a line break.
QString csvCell(const QString &value);

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunSummary)
};

} // namespace gobiz::RunSummary
