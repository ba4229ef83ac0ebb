#pragma once

#include "api/ApiTypes.h"
#include "api/Product.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// What a run changed, per outlet and product, and the reports made from it. Pure functions: the
// journal's rows of a run go in, rows and bytes come out. A report never holds the access token
// (there is no field for it).
namespace gobiz {
struct JournalEntry;
}

namespace gobiz::RunSummary {

enum class Result {
    Linked,   // server confirmed a link
    Unlinked, // server confirmed an unlink
    Failed,   // the last operation failed; error says why
    Unknown,  // cancelled after the request was sent: GoBiz may or may not have done it
};

QString resultKey(Result result);  // "linked", "unlinked", "failed", "unknown"
QString resultText(Result result); // translated

struct Entry
{
    QString outletId;
    QString outletName;
    Product product = Product::GoFood;
    LinkAction action = LinkAction::Link;
    Result result = Result::Failed;
    QString externalOutletId;
    QDateTime linkedAt; // GoBiz's linked_at, for links
    QDateTime finishedAt;
    int attempts = 0;
    QString errorKind;    // ApiError::kindKey, empty on success
    QString errorMessage; // ApiError::userMessage, empty on success
    QString requestId;
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
    QList<Entry> entries;
    bool fromJournal = false; // entries built from the journal's rows (set by ReportWriter)

    int count(Result result) const;
    // GoFood links switch order acceptance to Auto Accept (gobiz-api.md §2).
    bool gofoodLinked() const;
};

// One entry per (outlet, product) from the journal's rows (in id order, e.g.
// LinkJournal::entries() of one run): the last operation that reached GoBiz wins, with GoBiz's
// linked_at, request ids and error sentences as recorded. Operations that were superseded or
// cancelled before being sent changed nothing and are left out, as are rows without an outcome
// (in flight, or interrupted and resolved later). Outlets no longer listed keep their id as name.
QList<Entry> buildFromJournal(const QList<JournalEntry> &rowsInOrder, const QList<Outlet> &outlets);

QByteArray toCsv(const Report &report);
QByteArray toJson(const Report &report);
QString toText(const Report &report); // for the clipboard: tab-separated, with a heading

// Spreadsheets run cells starting with = + - @ as formulas: outlet names come from a server.
QString csvCell(const QString &value);

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunSummary)
};

} // namespace gobiz::RunSummary
