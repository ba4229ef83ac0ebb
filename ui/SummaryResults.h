#pragma once

#include "session/RunSummary.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QSortFilterProxyModel;
class QTableView;

namespace gobiz::ui {

class SummaryTableModel;

// The summary's table, one row per outlet and product with its final result, what happened to
// it earlier in this run and whether its GoFood orders are left on Auto Accept; and a "Show"
// filter by result, so that the failed (or not sent) ones are one choice away. The rows that need
// a look (failed, unknown, not sent) come first. A model and a view, not a table of items: a run
// of 20,000 changes is shown, sorted and filtered without the window stalling.
class SummaryResults : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        OutletColumn,
        OutletIdColumn,
        ProductColumn,
        ResultColumn,
        ExternalIdColumn,
        LinkedAtColumn,
        AutoAcceptColumn,
        EarlierColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit SummaryResults(QWidget *parent = nullptr);

    void clear();
    void setReport(const RunSummary::Report &report);
    // Only the rows with that result (nullopt: all). The filter offers only results present.
    void showOnly(std::optional<RunSummary::Result> result);

private:
    void applyFilter();

    QComboBox *m_filter;
    SummaryTableModel *m_model;
    QSortFilterProxyModel *m_shown;
    QTableView *m_table;
};

} // namespace gobiz::ui
