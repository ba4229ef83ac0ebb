#pragma once

#include "session/RunSummary.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>
#include <QStringList>

#include <array>

namespace gobiz::ui {

// The rows of the summary's table (SummaryResults, whose Column enum gives the columns), their
// texts made once when the rows are set: data() only looks them up, so a view paints, sorts and
// filters 20,000 rows without making a sentence per cell or per comparison.
class SummaryTableModel : public QAbstractTableModel
{
public:
    static constexpr int ResultKeyRole = Qt::UserRole; // on the result column: "linked", ...
    static constexpr int SortRole = Qt::UserRole + 1; // what a click on the header sorts by

    struct Row
    {
        QStringList texts; // one per column
        RunSummary::Result result = RunSummary::Result::Failed;
        QDateTime linkedAt; // sorts the "Linked at" column by the moment, not by its text
    };

    explicit SummaryTableModel(QStringList headers, QObject *parent = nullptr);

    void setRows(QList<Row> rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The order in which results need a look: failed, unknown, not sent, linked, unlinked. The
    // result column sorts by it, and the filter lists them so.
    static const std::array<RunSummary::Result, 5> &byUrgency();
    static int urgency(RunSummary::Result result);

private:
    QStringList m_headers;
    QList<Row> m_rows;
    // One icon of each kind for every row: an icon per row would draw its picture per row.
    std::array<QIcon, 5> m_resultIcons; // by RunSummary::Result
    QIcon m_warningIcon;
};

} // namespace gobiz::ui
