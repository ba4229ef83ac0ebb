#include "SummaryTableModel.h"

#include "InlineMessage.h" // themeIcon
#include "SummaryResults.h" // the columns

#include <algorithm>

namespace gobiz::ui {

namespace {

using RunSummary::Result;

QString iconName(Result result)
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

// The columns whose texts may be long sentences: their tooltips show them whole, wrapped.
bool isSentenceColumn(int column)
{
    return column == SummaryResults::AutoAcceptColumn || column == SummaryResults::EarlierColumn
        || column == SummaryResults::ReasonColumn;
}

} // namespace

SummaryTableModel::SummaryTableModel(QStringList headers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers))
{
    for (Result result : byUrgency())
        m_resultIcons[size_t(result)] = themeIcon(iconName(result));
    m_warningIcon = themeIcon(QStringLiteral("warning"));
}

const std::array<RunSummary::Result, 5> &SummaryTableModel::byUrgency()
{
    static constexpr std::array<Result, 5> order
        = {Result::Failed, Result::Unknown, Result::NotSent, Result::Linked, Result::Unlinked};
    return order;
}

int SummaryTableModel::urgency(RunSummary::Result result)
{
    const auto &order = byUrgency();
    return int(std::find(order.cbegin(), order.cend(), result) - order.cbegin());
}

void SummaryTableModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int SummaryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SummaryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant SummaryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    const QString text = row.texts.value(column);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text;
    case Qt::DecorationRole:
        if (column == SummaryResults::ResultColumn)
            return m_resultIcons[size_t(row.result)];
        if (column == SummaryResults::AutoAcceptColumn && !text.isEmpty())
            return m_warningIcon;
        return {};
    case Qt::ToolTipRole:
        if (isSentenceColumn(column) && !text.isEmpty())
            return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()); // rich text wraps
        return {};
    case ResultKeyRole:
        if (column == SummaryResults::ResultColumn)
            return RunSummary::resultKey(row.result);
        return {};
    case SortRole:
        if (column == SummaryResults::ResultColumn)
            return urgency(row.result);
        if (column == SummaryResults::LinkedAtColumn)
            return row.linkedAt.isValid() ? row.linkedAt.toMSecsSinceEpoch() : qint64(0);
        return text;
    default:
        return {};
    }
}

QVariant SummaryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
        && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags SummaryTableModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

} // namespace gobiz::ui
