#pragma once

#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QTableView;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace gobiz::ui {

// The tables that show what happened or would happen (the summary, the fill previews): read
// only, whole rows selected, Tab leaving them, the last column taking the room left.
QTableWidget *readOnlyTable(const QStringList &headers, const QString &accessibleName,
                            QWidget *parent);
// The same for a view over a model (the summary's, which can hold a whole run of 20,000 rows).
QTableView *readOnlyView(QAbstractItemModel *model, const QString &accessibleName,
                         QWidget *parent);
// A cell: its text is drawn as plain text, so outlet names from the server stay inert.
QTableWidgetItem *readOnlyItem(const QString &text);
// Columns as wide as their content and header, all but the last at most maxWidth, so that the
// last (a result or reason) keeps its room.
void fitColumns(QTableView *table, int maxWidth);

} // namespace gobiz::ui
