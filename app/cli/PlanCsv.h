#pragma once

#include "api/ApiTypes.h"
#include "api/Product.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace gobiz::cli {

// One change of a plan file (gobiz-outlets apply).
struct PlanRow
{
    int line = 0; // 1-based line of the file
    QString outletId;
    Product product = Product::GoFood;
    LinkAction action = LinkAction::Link;
    QString externalId; // may be empty: the one the journal keeps is used
};

// A row that cannot be used, by line (0: the whole file).
struct PlanProblem
{
    int line = 0;
    QString message; // a sentence
};

struct Plan
{
    QList<PlanRow> rows;
    QList<PlanProblem> problems;
};

// Reads a plan: header outlet_id,product,action,external_outlet_id (any order; the last column
// may be left out), the files Excel writes (ExternalIds::readRecords: BOM, ',' ';' or tab, CRLF,
// quotes). Pure; every problem is named with its line.
Plan readPlan(const QByteArray &bytes);

// The rows this merchant can use: unknown outlets and links with no external id (neither in
// the row nor kept in the journal: knownExternalIds) become problems. Pure.
Plan checkPlan(const Plan &plan, const QList<Outlet> &outlets,
               const QHash<QString, QString> &knownExternalIds);

// "plan.csv:7: message" (or "plan.csv: message" for the whole file).
QString describeProblem(const QString &file, const PlanProblem &problem);

class PlanTr
{
    Q_DECLARE_TR_FUNCTIONS(gobiz::cli::Plan)
};

} // namespace gobiz::cli
