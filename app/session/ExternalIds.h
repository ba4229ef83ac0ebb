#pragma once

#include "api/ApiTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Filling the partner's external outlet ids in bulk: from a pattern ("POS-{n:03}", "{id}") or
// from a CSV of outlet id -> external id. Pure functions, no I/O: the dialog reads the file.
namespace gobiz::ExternalIds {

struct CsvRow
{
    int line = 0; // 1-based line in the file, for messages
    QString outletId;
    QString externalId;
};

struct CsvParse
{
    QList<CsvRow> rows;
    QString error;    // the whole file could not be read (empty when rows are usable)
    bool hadHeader = false;
    QChar delimiter = u',';
};

// One record of a CSV file: its fields (unquoted fields trimmed) and the 1-based line it starts on.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

struct CsvRecords
{
    QList<CsvRecord> records; // blank lines left out
    QChar delimiter = u',';
    QString error; // the file cannot be read as CSV (a sentence); records is then empty
};

// The reading both CSV imports share (the wizard's external ids, gobiz-outlets' plans): UTF-8
// with or without a BOM, ',' ';' or tab (whichever the first line uses), RFC 4180 quotes and
// doubled quotes, CRLF or LF.
CsvRecords readRecords(const QByteArray &bytes);

// RFC 4180 CSV (quotes, doubled quotes, CRLF), a UTF-8 BOM, ',' ';' or tab as delimiter
// (whichever the first line uses), an optional header row naming the columns. The first two
// columns are used unless the header names "outlet_id"/"external_outlet_id" columns.
CsvParse parseCsv(const QByteArray &bytes);

enum class Issue {
    None,
    UnknownOutlet,       // the outlet id is not one of this user's outlets
    DuplicateOutlet,     // the same outlet id appears on more than one row
    DuplicateExternalId, // two different outlets would get the same external id
    BlankOutletId,
    BlankExternalId,
    // The same outlet id and external id as an earlier row (a report of this wizard, imported
    // again, has a row per product): that earlier row fills it in; not a problem.
    RepeatedRow,
};

QString issueKey(Issue issue);  // "unknown_outlet", ...
QString issueText(Issue issue); // translated sentence

struct PreviewRow
{
    int line = 0;
    QString outletId;
    QString outletName;        // empty for unknown outlets
    QString externalId;
    QString currentExternalId; // what the table holds now
    Issue issue = Issue::None;
    bool willApply() const { return issue == Issue::None; }
    bool isProblem() const { return issue != Issue::None && issue != Issue::RepeatedRow; }
};

struct Preview
{
    QList<PreviewRow> rows;
    int applicable() const;
    int withIssues() const; // rows with a problem (a repeated row is none)
};

// currentExternalIds is parallel to outlets. Rows with an issue are never applied; rows that
// repeat an earlier row exactly are applied once, through the first of them.
Preview preview(const QList<CsvRow> &rows, const QList<Outlet> &outlets,
                const QStringList &currentExternalIds);

// A pattern: literal text with placeholders {n} (running number), {n:03} (zero-padded to 3
// digits), {id} (GoBiz outlet id), {{ and }} for literal braces.
struct PatternResult
{
    QStringList values; // one per outlet given
    QString error;      // a sentence when the pattern cannot be used
    bool ok() const { return error.isEmpty(); }
};

QString validatePattern(const QString &pattern);
PatternResult fillPattern(const QString &pattern, const QList<Outlet> &outlets, int firstNumber = 1);

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExternalIds)
};

} // namespace gobiz::ExternalIds
