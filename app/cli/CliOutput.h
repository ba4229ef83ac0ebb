#pragma once

#include "cli/CliCommand.h"
#include "session/LinkRun.h"
#include "session/RunSummary.h"
#include "store/RecoveryPlan.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace gobiz::cli {

// One outlet as `gobiz-outlets outlets` prints it: what token-info says and what this computer
// saw GoBiz confirm (never a guess: unknown until then).
struct OutletLine
{
    QString id;
    QString name;
    bool primary = false;
    QString externalId;
    QString goFoodKey; // LinkState key: "unknown", "linked", ...
    QString goFoodText; // translated
    QString paymentKey;
    QString paymentText;
    QString note; // "confirmed … on this computer"
};

struct OutletListing
{
    QString merchantKey;
    QString merchantName;
    QString environment;
    QStringList roles;
    QList<OutletLine> outlets;
};

// Pure formatting: bytes for stdout, UTF-8.
namespace Output {

// Columns padded to their widest cell; the header in capitals on a terminal.
QByteArray table(const QStringList &header, const QList<QStringList> &rows);
QByteArray outlets(const OutletListing &listing, OutputFormat format);
// The results of a run: one row per outlet and product (the report's entries), or the report
// itself for machines (RunSummary::toJson / toCsv).
QByteArray results(const RunSummary::Report &report, OutputFormat format);
// What apply --dry-run would send.
QByteArray plannedChanges(const QList<LinkRequest> &requests, OutputFormat format);
// An unfinished plan (status, resume), grouped per merchant.
QByteArray unfinished(const RecoveryPlan &plan, OutputFormat format);

// "[#########-----------]  45%  4,500 of 10,000 · 12 failed" for a terminal of width columns.
QString progressBar(const LinkRun::Progress &progress, int width);
// "4,500 of 10,000 done, 12 failed" for a log or a pipe.
QString progressLine(const LinkRun::Progress &progress);

} // namespace Output

} // namespace gobiz::cli
