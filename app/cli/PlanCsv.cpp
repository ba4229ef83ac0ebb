#include "PlanCsv.h"

#include "session/ExternalIds.h"

#include <QSet>

namespace gobiz::cli {

namespace {

QString header(const QString &cell)
{
    QString h = cell.trimmed().toLower();
    h.replace(u' ', u'_');
    h.replace(u'-', u'_');
    return h;
}

QString productText(Product product)
{
    return product == Product::GoFood ? QStringLiteral("GoFood") : QStringLiteral("Payment");
}

} // namespace

Plan readPlan(const QByteArray &bytes)
{
    Plan plan;
    const ExternalIds::CsvRecords read = ExternalIds::readRecords(bytes);
    if (!read.error.isEmpty()) {
        plan.problems.append({0, read.error});
        return plan;
    }
    const QList<ExternalIds::CsvRecord> &records = read.records;
    int outletColumn = -1;
    int productColumn = -1;
    int actionColumn = -1;
    int externalColumn = -1;
    const ExternalIds::CsvRecord &first = records.first();
    for (int i = 0; i < first.fields.size(); ++i) {
        const QString h = header(first.fields.at(i));
        if (h == u"outlet_id")
            outletColumn = i;
        else if (h == u"product")
            productColumn = i;
        else if (h == u"action")
            actionColumn = i;
        else if (h == u"external_outlet_id")
            externalColumn = i;
    }
    if (outletColumn < 0 || productColumn < 0 || actionColumn < 0) {
        plan.problems.append(
            {first.line, PlanTr::tr("The first row must be the header "
                                    "outlet_id,product,action,external_outlet_id.")});
        return plan;
    }
    if (records.size() == 1) {
        plan.problems.append({0, PlanTr::tr("The file has a header but no rows.")});
        return plan;
    }

    QHash<QPair<QString, int>, int> lineOfCell;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const ExternalIds::CsvRecord &record = records.at(r);
        PlanRow row;
        row.line = record.line;
        row.outletId = record.fields.value(outletColumn).trimmed();
        const QString product = record.fields.value(productColumn).trimmed().toLower();
        const QString action = record.fields.value(actionColumn).trimmed().toLower();
        row.externalId = externalColumn >= 0 ? record.fields.value(externalColumn).trimmed()
                                             : QString();
        if (row.outletId.isEmpty()) {
            plan.problems.append({row.line, PlanTr::tr("The outlet id is blank.")});
            continue;
        }
        const auto parsedProduct = productFromKey(product);
        if (!parsedProduct) {
            plan.problems.append(
                {row.line, PlanTr::tr("Unknown product \"%1\": use gofood or payment.")
                               .arg(record.fields.value(productColumn).trimmed())});
            continue;
        }
        row.product = *parsedProduct;
        if (action == u"link")
            row.action = LinkAction::Link;
        else if (action == u"unlink")
            row.action = LinkAction::Unlink;
        else {
            plan.problems.append(
                {row.line, PlanTr::tr("Unknown action \"%1\": use link or unlink.")
                               .arg(record.fields.value(actionColumn).trimmed())});
            continue;
        }
        const QPair<QString, int> cell{row.outletId, int(row.product)};
        if (const int earlier = lineOfCell.value(cell); earlier > 0) {
            plan.problems.append(
                {row.line, PlanTr::tr("Outlet %1 %2 is already on line %3: one change per outlet "
                                      "and product.")
                               .arg(row.outletId, productText(row.product))
                               .arg(earlier)});
            continue;
        }
        lineOfCell.insert(cell, row.line);
        plan.rows.append(row);
    }
    return plan;
}

Plan checkPlan(const Plan &plan, const QList<Outlet> &outlets,
               const QHash<QString, QString> &knownExternalIds)
{
    QSet<QString> ids;
    for (const Outlet &outlet : outlets)
        ids.insert(outlet.id);
    Plan checked;
    checked.problems = plan.problems;
    for (const PlanRow &row : plan.rows) {
        if (!ids.contains(row.outletId)) {
            checked.problems.append(
                {row.line, PlanTr::tr("Outlet %1 is not one of this merchant's outlets.")
                               .arg(row.outletId)});
            continue;
        }
        if (row.action == LinkAction::Link && row.externalId.isEmpty()
            && knownExternalIds.value(row.outletId).isEmpty()) {
            checked.problems.append(
                {row.line, PlanTr::tr("A link needs the partner's external outlet id: fill in "
                                      "external_outlet_id.")});
            continue;
        }
        checked.rows.append(row);
    }
    std::stable_sort(checked.problems.begin(), checked.problems.end(),
                     [](const PlanProblem &a, const PlanProblem &b) { return a.line < b.line; });
    return checked;
}

QString describeProblem(const QString &file, const PlanProblem &problem)
{
    return problem.line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(problem.line).arg(problem.message)
                            : QStringLiteral("%1: %2").arg(file, problem.message);
}

} // namespace gobiz::cli
