#pragma once

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QString>
#include <QVariant>

namespace gobiz::testing {

// A view's cells as it shows them (sorted and filtered by its proxy, if it has one).
inline QVariant cellData(
    const QAbstractItemView *view, int row, int column, int role = Qt::DisplayRole)
{
    return view->model()->index(row, column).data(role);
}

inline QString cellText(const QAbstractItemView *view, int row, int column)
{
    return cellData(view, row, column).toString();
}

inline int shownRows(const QAbstractItemView *view)
{
    return view->model()->rowCount();
}

} // namespace gobiz::testing
