#include "ReadOnlyTable.h"

#include <QHeaderView>
#include <QTableWidget>

namespace gobiz::ui {

QTableWidget *readOnlyTable(const QStringList &headers, const QString &accessibleName,
                            QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setAccessibleName(accessibleName);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return cell;
}

void fitColumns(QTableWidget *table, int maxWidth)
{
    table->resizeColumnsToContents();
    for (int column = 0; column < table->columnCount() - 1; ++column)
        table->setColumnWidth(column, qMin(table->columnWidth(column), maxWidth));
}

} // namespace gobiz::ui
