#pragma once

#include "api/Product.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QTableView;
class QToolButton;

namespace gobiz {
class WizardController;
}

namespace gobiz::ui {

class OutletTableProxy;
class TableSorting;

// The outlets table and what acts on its rows: the search field and the count, the table
// (sortable, columns movable, their order and widths kept between runs) behind an
// OutletTableProxy, and the bulk actions on the selected outlets. A change leaves as
// changeRequested(), from a check cell and a button alike, for the page to confirm; nothing here
// reaches the engine.
class OutletTablePanel : public QWidget
{
    Q_OBJECT
public:
    explicit OutletTablePanel(WizardController *controller, QWidget *parent = nullptr);

    QList<int> selectedSourceRows() const;

    // The column layout saved by saveHeaderState, the first time only (later pages keep what
    // the person arranged since).
    void restoreHeaderStateOnce();
    void saveHeaderState(QSettings &settings) const;

    // The page is entered: counts, details and actions anew, the focus in the table, and the
    // first outlet current when none is (so the details show one).
    void enter();
    void focusTable();
    // Which actions apply: a selection for the bulk actions.
    void updateActions();
    // Places widget (the page's messages) between the search row and the table, where what it
    // shows moves no control: the table gives the room.
    void insertAboveTable(QWidget *widget);
    // The details of the current outlet, sent as detailsChanged().
    void updateDetails();

    // "GoFood" or "Payment", as the outlets page names a product.
    static QString productName(Product product);

public slots:
    // Only the outlets with a failed request, the search cleared, the first one current and the
    // focus in the table: what a "Show failed" banner calls.
    void showOnlyFailed();

signals:
    void changeRequested(const QList<int> &sourceRows, gobiz::Product product,
                         gobiz::LinkAction action);
    void fillRequested(bool fromCsv);
    void detailsChanged(const QString &details);

private:
    void updateCounts();
    QString describeCurrent() const;
    void applyStateFilter();

    WizardController *m_controller;
    OutletTableProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_filter;
    QLabel *m_count;
    QTableView *m_table;
    QPushButton *m_linkGoFood;
    QPushButton *m_linkPayment;
    QToolButton *m_unlink;
    QPushButton *m_fill;
    QPushButton *m_import;
    TableSorting *m_sorting;
    bool m_headerRestored = false;
};

} // namespace gobiz::ui
