#include "TableSorting.h"

#include <QAccessible>
#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>

namespace gobiz::ui {

TableSorting::TableSorting(QTableView *table, OwnOrder ownOrder)
    : QObject(table), m_table(table), m_ownOrder(ownOrder)
{
    auto *sort = new QAction(tr("Sort by the current column"), table);
    sort->setObjectName(QStringLiteral("sortAction"));
    sort->setShortcut(shortcut());
    sort->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(sort, &QAction::triggered, this, &TableSorting::sortByCurrentColumn);
    table->addAction(sort);

    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        // A right click made its cell current; the Menu key uses the current cell.
        const QModelIndex current = m_table->currentIndex();
        const int column = current.isValid() ? current.column() : m_table->columnAt(pos.x());
        QPoint at = pos;
        if (current.isValid() && !m_table->visualRect(current).contains(pos))
            at = m_table->visualRect(current).bottomLeft();
        showMenu(column, m_table->viewport()->mapToGlobal(at));
    });
    QHeaderView *header = table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        showMenu(header->logicalIndexAt(pos), header->mapToGlobal(pos));
    });
    connect(header, &QHeaderView::sortIndicatorChanged, this, &TableSorting::announce);
}

QKeySequence TableSorting::shortcut()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
}

void TableSorting::sortBy(int column, Qt::SortOrder order)
{
    QHeaderView *header = m_table->horizontalHeader();
    if (header->sortIndicatorSection() == column && header->sortIndicatorOrder() == order)
        return;
    m_table->sortByColumn(column, order); // the indicator follows, and announces it
}

void TableSorting::sortByCurrentColumn()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QHeaderView *header = m_table->horizontalHeader();
    const bool again = header->sortIndicatorSection() == current.column()
        && header->sortIndicatorOrder() == Qt::AscendingOrder;
    sortBy(current.column(), again ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_table->scrollTo(m_table->currentIndex()); // the cell it was on stays in view
}

void TableSorting::restoreOriginalOrder()
{
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
}

QString TableSorting::columnName(int column) const
{
    return m_table->model() ? m_table->model()->headerData(column, Qt::Horizontal).toString()
                            : QString();
}

QString TableSorting::description() const
{
    const QHeaderView *header = m_table->horizontalHeader();
    const int column = header->sortIndicatorSection();
    if (column < 0 || !m_table->model() || column >= m_table->model()->columnCount())
        return {};
    return header->sortIndicatorOrder() == Qt::AscendingOrder
        ? tr("Sorted by %1, ascending").arg(columnName(column))
        : tr("Sorted by %1, descending").arg(columnName(column));
}

void TableSorting::announce()
{
    const QString text = description();
    const QString ownOrder
        = m_ownOrder == OwnOrder::GoBiz ? tr("In GoBiz's order.") : tr("In the order asked.");
    m_table->setAccessibleDescription(
        (text.isEmpty() ? ownOrder : text + u'.') + u' '
        + tr("%1 sorts by the current column.").arg(shortcut().toString(QKeySequence::NativeText)));
    QAccessibleEvent event(m_table, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
    emit sortChanged(text);
}

void TableSorting::showMenu(int column, const QPoint &globalPos)
{
    auto *menu = new QMenu(m_table);
    menu->setObjectName(QStringLiteral("sortMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (column >= 0) {
        const QString name = columnName(column);
        menu->addAction(tr("Sort by %1, &ascending").arg(name), this,
                        [this, column] { sortBy(column, Qt::AscendingOrder); });
        menu->addAction(tr("Sort by %1, &descending").arg(name), this,
                        [this, column] { sortBy(column, Qt::DescendingOrder); });
    }
    QAction *original = menu->addAction(
        m_ownOrder == OwnOrder::GoBiz ? tr("&GoBiz's order") : tr("&Order asked"), this,
        &TableSorting::restoreOriginalOrder);
    original->setEnabled(m_table->horizontalHeader()->sortIndicatorSection() >= 0);
    menu->popup(globalPos); // not exec(): no nested event loop
}

} // namespace gobiz::ui
