#include "ReadOnlyTable.h"

#include <QHeaderView>
#include <QTableWidget>

namespace gobiz::ui {

namespace {

void makeReadOnly(QTableView *table, const QString &accessibleName)
{
    table->setAccessibleName(accessibleName);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    // Columns fitted to the rows in view and 100 more, not to the first 1,000: each row measured
    // lays out its text, and a column's width is capped anyway (fitColumns).
    table->horizontalHeader()->setResizeContentsPrecision(100);
}

} // namespace

QTableWidget *readOnlyTable(const QStringList &headers, const QString &accessibleName,
                            QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    makeReadOnly(table, accessibleName);
    return table;
}

QTableView *readOnlyView(QAbstractItemModel *model, const QString &accessibleName,
                         QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    makeReadOnly(table, accessibleName);
    return table;
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return cell;
}

void fitColumns(QTableView *table, int maxWidth)
{
    // Without the room a sort arrow takes: every header would ask for it, and it is drawn on
    // one; the last column keeps the room.
    QHeaderView *header = table->horizontalHeader();
    const bool arrows = header->isSortIndicatorShown();
    header->setSortIndicatorShown(false);
    table->resizeColumnsToContents();
    header->setSortIndicatorShown(arrows);
    for (int column = 0; column < table->model()->columnCount() - 1; ++column)
        table->setColumnWidth(column, qMin(table->columnWidth(column), maxWidth));
}

} // namespace gobiz::ui
