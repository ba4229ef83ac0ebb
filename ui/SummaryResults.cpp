#include "SummaryResults.h"

#include "Layouts.h"
#include "ReadOnlyTable.h"
#include "SummaryTableModel.h"
#include "TableSorting.h"
#include "text/DateTimeText.h"

#include <QComboBox>
#include <QLabel>
#include <QRegularExpression>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace gobiz::ui {

using RunSummary::Result;

SummaryResults::SummaryResults(QWidget *parent)
    : QWidget(parent)
    , m_filter(named(new QComboBox(this), "summaryFilter"))
    , m_model(new SummaryTableModel({tr("Outlet"), tr("Outlet ID"), tr("Product"), tr("Result"),
                                        tr("External outlet ID"), tr("Linked at (GoBiz)"),
                                        tr("Auto Accept"), tr("Earlier in this run"),
                                        tr("Reason")},
                                    this))
    , m_shown(new QSortFilterProxyModel(this))
    , m_table(named(readOnlyView(m_shown, tr("Changes in this session"), this), "summaryTable"))
{
    m_shown->setSourceModel(m_model);
    m_shown->setSortRole(SummaryTableModel::SortRole);
    m_shown->setFilterRole(SummaryTableModel::ResultKeyRole);
    m_shown->setFilterKeyColumn(ResultColumn);
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents); // "Semua hasil (12)" in full
    m_filter->setAccessibleName(tr("Show results"));
    m_filter->setToolTip(tr("Show only the outlets with one result, e.g. the failed ones."));
    QLabel *label = buddyLabel(tr("Sho&w:"), m_filter);
    column({row({label, m_filter, LayoutItem::stretch()}), growing(m_table)}, this)
        ->setContentsMargins(0, 0, 0, 0);
    // The rows to look at first on top; the indicator says so (and a click, Ctrl+Shift+S or the
    // context menu sorts otherwise).
    new TableSorting(m_table, TableSorting::OwnOrder::Asked);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ResultColumn, Qt::AscendingOrder);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &SummaryResults::applyFilter);
}

void SummaryResults::clear()
{
    m_model->setRows({});
    m_filter->clear();
}

void SummaryResults::setReport(const RunSummary::Report &report)
{
    const QStringList onAutoAccept = report.autoAcceptOutlets();
    const QSet<QString> autoAcceptOutlets(onAutoAccept.cbegin(), onAutoAccept.cend());
    const QLocale locale;
    const QString gofood = tr("GoFood");
    const QString payment = tr("Payment");
    QList<SummaryTableModel::Row> rows;
    rows.reserve(report.entries.size());
    for (const RunSummary::Entry &e : report.entries) {
        SummaryTableModel::Row row;
        row.result = e.result;
        row.linkedAt = e.linkedAt;
        row.texts.resize(ColumnCount);
        row.texts[OutletColumn] = e.outletName;
        row.texts[OutletIdColumn] = e.outletId;
        row.texts[ProductColumn] = e.product == Product::GoFood ? gofood : payment;
        row.texts[ResultColumn] = RunSummary::resultWithAction(e);
        row.texts[ExternalIdColumn] = e.externalOutletId;
        row.texts[LinkedAtColumn] = DateTimeText::format(
            e.linkedAt, DateTimeText::Precision::Minutes, locale, report.timeZone);
        row.texts[AutoAcceptColumn]
            = RunSummary::autoAcceptText(e, autoAcceptOutlets.contains(e.outletId));
        row.texts[EarlierColumn] = RunSummary::earlierText(report, e);
        row.texts[ReasonColumn] = e.errorMessage;
        rows.append(std::move(row));
    }
    m_model->setRows(std::move(rows)); // sorted as the header says, the result column first
    fitColumns(m_table, 240);

    const QSignalBlocker quiet(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("All results (%L1)").arg(report.entries.size()));
    for (Result result : SummaryTableModel::byUrgency()) {
        if (const int n = report.count(result))
            m_filter->addItem(
                tr("%1 (%L2)").arg(RunSummary::resultText(result)).arg(n), int(result));
    }
    m_filter->setEnabled(m_filter->count() > 2); // one result alone needs no filter
    applyFilter();
}

void SummaryResults::showOnly(std::optional<RunSummary::Result> result)
{
    const int index = result ? m_filter->findData(int(*result)) : 0;
    m_filter->setCurrentIndex(index < 0 ? 0 : index);
    applyFilter();
}

void SummaryResults::applyFilter()
{
    const QVariant wanted = m_filter->currentData();
    // The whole key: "linked" must not also show "unlinked".
    m_shown->setFilterRegularExpression(
        wanted.isValid() ? QRegularExpression(
            QRegularExpression::anchoredPattern(QRegularExpression::escape(
                RunSummary::resultKey(Result(wanted.toInt())))))
                         : QRegularExpression());
}

} // namespace gobiz::ui
