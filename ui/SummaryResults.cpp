#include "SummaryResults.h"

#include "InlineMessage.h"
#include "Layouts.h"
#include "ReadOnlyTable.h"
#include "text/DateTimeText.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTableWidget>

#include <algorithm>
#include <iterator>

namespace gobiz::ui {

namespace {

using RunSummary::Result;

// The results a person must look at first: the sort order of the result column, and the filter's.
constexpr Result byUrgency[]
    = {Result::Failed, Result::Unknown, Result::NotSent, Result::Linked, Result::Unlinked};

int urgency(Result result)
{
    return int(
        std::find(std::begin(byUrgency), std::end(byUrgency), result) - std::begin(byUrgency));
}

QString iconFor(Result result)
{
    switch (result) {
    case Result::Linked:
        return QStringLiteral("linked");
    case Result::Unlinked:
        return QStringLiteral("not-linked");
    case Result::Failed:
        return QStringLiteral("failed");
    case Result::Unknown:
    case Result::NotSent:
        return QStringLiteral("unknown");
    }
    return {};
}

constexpr int sortRole = Qt::UserRole + 1;

// Sorts by sortRole when it is set (result by urgency, times by the moment), else by text.
class SortedItem : public QTableWidgetItem
{
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem &other) const override
    {
        const QVariant mine = data(sortRole);
        const QVariant theirs = other.data(sortRole);
        if (mine.isValid() && theirs.isValid())
            return mine.toLongLong() < theirs.toLongLong();
        return QTableWidgetItem::operator<(other);
    }
};

// As readOnlyItem() makes them (plain text, not editable), sortable by sortRole.
QTableWidgetItem *item(const QString &text)
{
    auto *cell = new SortedItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return cell;
}

QTableWidgetItem *timeItem(const QDateTime &when, const QTimeZone &zone)
{
    QTableWidgetItem *cell
        = item(DateTimeText::format(when, DateTimeText::Precision::Minutes, QLocale(), zone));
    cell->setData(sortRole, when.isValid() ? when.toMSecsSinceEpoch() : 0);
    return cell;
}

QTableWidgetItem *wrappedItem(const QString &text)
{
    QTableWidgetItem *cell = item(text);
    if (!text.isEmpty())
        cell->setToolTip(QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()));
    return cell;
}

} // namespace

SummaryResults::SummaryResults(QWidget *parent)
    : QWidget(parent)
    , m_filter(named(new QComboBox(this), "summaryFilter"))
    , m_table(named(readOnlyTable({tr("Outlet"), tr("Outlet ID"), tr("Product"), tr("Result"),
                                      tr("External outlet ID"), tr("Linked at (GoBiz)"),
                                      tr("Auto Accept"), tr("Earlier in this run"), tr("Reason")},
                        tr("Changes in this session"), this),
          "summaryTable"))
{
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents); // "Semua hasil (12)" in full
    m_filter->setAccessibleName(tr("Show results"));
    m_filter->setToolTip(tr("Show only the outlets with one result, e.g. the failed ones."));
    QLabel *label = buddyLabel(tr("Sho&w:"), m_filter);
    column({row({label, m_filter, LayoutItem::stretch()}), growing(m_table)}, this)
        ->setContentsMargins(0, 0, 0, 0);
    m_table->setSortingEnabled(true);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &SummaryResults::applyFilter);
}

void SummaryResults::clear()
{
    m_table->setRowCount(0);
    m_filter->clear();
}

void SummaryResults::setReport(const RunSummary::Report &report)
{
    const QStringList onAutoAccept = report.autoAcceptOutlets();
    const QSet<QString> autoAcceptOutlets(onAutoAccept.cbegin(), onAutoAccept.cend());
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(report.entries.size()));
    for (qsizetype i = 0; i < report.entries.size(); ++i) {
        const RunSummary::Entry &e = report.entries.at(i);
        const int r = int(i);
        m_table->setItem(r, OutletColumn, item(e.outletName));
        m_table->setItem(r, OutletIdColumn, item(e.outletId));
        m_table->setItem(
            r, ProductColumn, item(e.product == Product::GoFood ? tr("GoFood") : tr("Payment")));
        QTableWidgetItem *result = item(RunSummary::resultWithAction(e));
        result->setIcon(themeIcon(iconFor(e.result)));
        result->setData(Qt::UserRole, RunSummary::resultKey(e.result));
        result->setData(sortRole, urgency(e.result));
        m_table->setItem(r, ResultColumn, result);
        m_table->setItem(r, ExternalIdColumn, item(e.externalOutletId));
        m_table->setItem(r, LinkedAtColumn, timeItem(e.linkedAt, report.timeZone));
        QTableWidgetItem *autoAccept
            = wrappedItem(RunSummary::autoAcceptText(e, autoAcceptOutlets.contains(e.outletId)));
        if (!autoAccept->text().isEmpty())
            autoAccept->setIcon(themeIcon(QStringLiteral("warning")));
        m_table->setItem(r, AutoAcceptColumn, autoAccept);
        m_table->setItem(r, EarlierColumn, wrappedItem(RunSummary::earlierText(report, e)));
        m_table->setItem(r, ReasonColumn, wrappedItem(e.errorMessage));
    }
    fitColumns(m_table, 240);
    // The rows to look at first on top; the indicator says so (and a click sorts otherwise).
    m_table->horizontalHeader()->setSortIndicator(ResultColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    const QSignalBlocker quiet(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("All results (%L1)").arg(report.entries.size()));
    for (Result result : byUrgency) {
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
    const QString key
        = wanted.isValid() ? RunSummary::resultKey(Result(wanted.toInt())) : QString();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem *result = m_table->item(r, ResultColumn);
        m_table->setRowHidden(
            r, !key.isEmpty() && result && result->data(Qt::UserRole).toString() != key);
    }
}

} // namespace gobiz::ui
