#pragma once

#include <QKeySequence>
#include <QObject>

class QMenu;
class QPoint;
class QTableView;

namespace gobiz::ui {

// Sorting a table without a mouse, for the outlets table and the summary's. Ctrl+Shift+S sorts
// by the current cell's column (pressed again: the other way round); the table's context menu
// (the Menu key, Shift+F10 or a right click) and the header's offer each direction and the
// model's own order. A click on a header sorts as before. Every change, whichever way it came, is
// announced: sortChanged() carries a sentence for a label, and the table's accessible
// description says it.
class TableSorting : public QObject
{
    Q_OBJECT
public:
    // What the model's own order is, as the menu and the description name it.
    enum class OwnOrder {
        GoBiz, // the outlets as token-info lists them
        Asked, // the changes in the order they were asked for
    };

    explicit TableSorting(QTableView *table, OwnOrder ownOrder = OwnOrder::GoBiz);

    static QKeySequence shortcut();

    void sortBy(int column, Qt::SortOrder order);
    void sortByCurrentColumn(); // the shortcut
    void restoreOriginalOrder();
    // "Sorted by Name, ascending", or an empty string in GoBiz's own order.
    QString description() const;

signals:
    void sortChanged(const QString &description);

private:
    void showMenu(int column, const QPoint &globalPos);
    void announce();
    QString columnName(int column) const;

    QTableView *m_table;
    OwnOrder m_ownOrder;
};

} // namespace gobiz::ui
