#include "OutletTablePanel.h"

#include "Layouts.h"
#include "OutletItemDelegate.h"
#include "OutletTableProxy.h"
#include "SavedLayout.h"
#include "TableSorting.h"
#include "model/OutletModel.h"
#include "session/WizardController.h"
#include "text/DateTimeText.h"

#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <QToolButton>

#include <algorithm>

namespace gobiz::ui {

OutletTablePanel::OutletTablePanel(WizardController *controller, QWidget *parent)
    : QWidget(parent),
      m_controller(controller),
      m_proxy(named(new OutletTableProxy(this), "outletProxy")),
      m_search(named(new QLineEdit(this), "searchEdit")),
      m_filter(named(new QComboBox(this), "stateFilterCombo")),
      m_count(named(new QLabel(this), "outletCountLabel")),
      m_table(named(new QTableView(this), "outletTable")),
      m_linkGoFood(named(new QPushButton(tr("Link to &GoFood"), this), "linkGoFoodButton")),
      m_linkPayment(named(new QPushButton(tr("Link to Pa&yment"), this), "linkPaymentButton")),
      m_unlink(named(new QToolButton(this), "unlinkButton")),
      m_fill(named(new QPushButton(tr("&Fill external IDs…"), this), "fillButton")),
      m_import(named(new QPushButton(tr("&Import CSV…"), this), "importButton"))
{
    setObjectName(QStringLiteral("outletTablePanel"));

    m_search->setPlaceholderText(tr("Name, outlet ID, address or external ID"));
    m_search->setClearButtonEnabled(true);
    m_count->setTextFormat(Qt::PlainText);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateCounts();
    });
    // Which outlets show, by what their cells say: failures one choice away.
    using Filter = OutletTableProxy::StateFilter;
    for (const auto &[text, filter] :
         {std::pair{tr("All outlets"), Filter::All}, std::pair{tr("Failed"), Filter::Failed},
          std::pair{tr("Not sent"), Filter::NotSent}, std::pair{tr("In progress"), Filter::InProgress}, std::pair{tr("Linked"), Filter::Linked},
          std::pair{tr("Not linked"), Filter::NotLinked}, std::pair{tr("Unknown"), Filter::Unknown},
          std::pair{tr("Without an external ID"), Filter::NoExternalId}})
        m_filter->addItem(text, QVariant::fromValue(filter));
    m_filter->setToolTip(tr("Show only the outlets whose GoFood or Payment cell is in this state"));
    connect(m_filter, &QComboBox::currentIndexChanged, this, &OutletTablePanel::applyStateFilter);

    m_proxy->setSourceModel(controller->model());
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new OutletItemDelegate(m_table));
    m_table->setAccessibleName(tr("Outlets"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setSortIndicator(-1, Qt::AscendingOrder); // GoBiz's order (primary first) until asked
    m_table->setSortingEnabled(true);
    m_sorting = new TableSorting(m_table);
    connect(m_sorting, &TableSorting::sortChanged, this, &OutletTablePanel::updateCounts);
    // Product columns fit their longest state text in this language ("Tidak diketahui" is
    // twice "Unknown"), beside the check box and the state icon.
    int stateTextWidth = 0;
    for (LinkState state : {LinkState::Unknown, LinkState::NotLinked, LinkState::Linking,
                            LinkState::Linked, LinkState::Unlinking, LinkState::Failed,
                            LinkState::NotSent})
        stateTextWidth = qMax(stateTextWidth,
                              m_table->fontMetrics().horizontalAdvance(OutletModel::stateText(state)));
    const int productWidth = qMax(120, stateTextWidth + style()->pixelMetric(QStyle::PM_IndicatorWidth)
                                          + style()->pixelMetric(QStyle::PM_SmallIconSize) + 24);
    // The address (elided, full text in its tooltip) gives up what the state columns need.
    const int addressWidth = qMax(120, 230 - 2 * (productWidth - 120));
    // The name is what tells outlets apart: it gets the most room (and keeps its branch part
    // when elided, OutletItemDelegate); the widths a person sets are kept (saveHeaderState).
    const int widths[] = {260, 110, addressWidth, 80, 150, productWidth, productWidth};
    for (int column = 0; column < OutletModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column]);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &OutletTablePanel::updateDetails);
    connect(controller->model(), &QAbstractItemModel::dataChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    connect(controller->model(), &QAbstractItemModel::modelReset, this, [this] {
        updateCounts();
        updateDetails();
        updateActions();
    });
    connect(m_proxy, &OutletTableProxy::checkRequested, this,
            [this](int row, Product product, LinkAction action) {
                emit changeRequested({row}, product, action);
            });

    // Bulk actions on the selected rows.
    m_linkGoFood->setToolTip(tr("Link the selected outlets to GoFood"));
    m_linkPayment->setToolTip(tr("Link the selected outlets to Payment"));
    m_unlink->setText(tr("&Unlink…"));
    m_unlink->setToolTip(tr("Unlink the selected outlets"));
    m_unlink->setPopupMode(QToolButton::InstantPopup);
    m_unlink->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_unlink->setFocusPolicy(Qt::StrongFocus);
    auto *unlinkMenu = new QMenu(m_unlink);
    unlinkMenu->addAction(tr("Unlink selected from &GoFood"), this, [this] {
        emit changeRequested(selectedSourceRows(), Product::GoFood, LinkAction::Unlink);
    });
    unlinkMenu->addAction(tr("Unlink selected from &Payment"), this, [this] {
        emit changeRequested(selectedSourceRows(), Product::Payment, LinkAction::Unlink);
    });
    m_unlink->setMenu(unlinkMenu);
    m_fill->setToolTip(tr("Fill the external outlet IDs of the selected outlets from a pattern "
                           "such as POS-{n:03}"));
    m_import->setToolTip(tr("Import external outlet IDs from a CSV file of outlet ID, external "
                             "ID"));
    connect(m_linkGoFood, &QPushButton::clicked, this, [this] {
        emit changeRequested(selectedSourceRows(), Product::GoFood, LinkAction::Link);
    });
    connect(m_linkPayment, &QPushButton::clicked, this, [this] {
        emit changeRequested(selectedSourceRows(), Product::Payment, LinkAction::Link);
    });
    connect(m_fill, &QPushButton::clicked, this, [this] { emit fillRequested(false); });
    connect(m_import, &QPushButton::clicked, this, [this] { emit fillRequested(true); });
    for (QPushButton *button : {m_linkGoFood, m_linkPayment, m_fill, m_import})
        button->setAutoDefault(false); // Enter goes forward, Space presses the button

    QLabel *filterLabel = buddyLabel(tr("Sho&w:"), m_filter);
    flush(column({labelledRow(tr("&Search:"), m_search,
                              {LayoutItem::gap(12), filterLabel, m_filter, m_count}),
                  growing(m_table),
                  row({new QLabel(tr("Selected outlets:"), this), m_linkGoFood, m_linkPayment,
                       m_unlink, LayoutItem::gap(12), m_fill, m_import, LayoutItem::stretch()})},
                 this));
    updateActions();
}

QString OutletTablePanel::productName(Product product)
{
    return product == Product::GoFood ? tr("GoFood") : tr("Payment");
}

QList<int> OutletTablePanel::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void OutletTablePanel::restoreHeaderStateOnce()
{
    if (m_headerRestored)
        return;
    m_headerRestored = true;
    const QByteArray state = savedLayout(m_controller->settings(), SavedLayout::OutletColumns);
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

void OutletTablePanel::saveHeaderState(QSettings &settings) const
{
    saveLayout(settings, SavedLayout::OutletColumns, m_table->horizontalHeader()->saveState());
}

void OutletTablePanel::enter()
{
    updateCounts();
    updateDetails();
    updateActions();
    m_table->setFocus();
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, OutletModel::NameColumn));
}

void OutletTablePanel::focusTable()
{
    m_table->setFocus();
}

void OutletTablePanel::updateActions()
{
    const bool selected = m_table->selectionModel()->hasSelection();
    m_linkGoFood->setEnabled(selected);
    m_linkPayment->setEnabled(selected);
    m_unlink->setEnabled(selected);
    // An account without outlets has no ids to fill.
    const bool outlets = m_controller->model()->rowCount() > 0;
    m_fill->setEnabled(outlets);
    m_import->setEnabled(outlets);
}

void OutletTablePanel::insertAboveTable(QWidget *widget)
{
    auto *box = static_cast<QBoxLayout *>(layout());
    box->insertWidget(box->indexOf(m_table), widget);
}

void OutletTablePanel::updateCounts()
{
    const int total = m_controller->model()->rowCount();
    const int shown = m_proxy->rowCount();
    QString text = shown == total ? tr("%n outlet(s)", nullptr, total)
                                  : tr("Showing %1 of %2").arg(shown).arg(total);
    const QString sorted = m_sorting->description();
    if (!sorted.isEmpty())
        text += QStringLiteral(" · ") + sorted;
    m_count->setText(text);
}

void OutletTablePanel::applyStateFilter()
{
    m_proxy->setStateFilter(m_filter->currentData().value<OutletTableProxy::StateFilter>());
    updateCounts();
    updateDetails();
}

void OutletTablePanel::showOnlyFailed()
{
    m_search->clear();
    m_filter->setCurrentIndex(m_filter->findData(QVariant::fromValue(
        OutletTableProxy::StateFilter::Failed)));
    applyStateFilter();
    m_table->setFocus();
    if (m_proxy->rowCount() > 0) {
        m_table->setCurrentIndex(m_proxy->index(0, OutletModel::NameColumn));
        m_table->scrollToTop();
    }
}

void OutletTablePanel::updateDetails()
{
    const QString details = describeCurrent();
    if (!details.isNull())
        emit detailsChanged(details);
}

// The current outlet in a few lines; a null string when the current row is not in the model
// (the details then stay as they are).
QString OutletTablePanel::describeCurrent() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return tr("Select an outlet to see its details here.");
    const int row = m_proxy->mapToSource(current).row();
    OutletModel *model = m_controller->model();
    if (row < 0 || row >= model->rowCount())
        return {};
    const Outlet &outlet = model->outlets().at(row);
    QStringList lines;
    lines << tr("%1 (outlet ID %2)%3")
                 .arg(OutletModel::displayName(outlet), outlet.id, outlet.primary ? tr(", primary outlet") : QString());
    const QString external = model->externalOutletId(row);
    lines << tr("External outlet ID: %1")
                 .arg(external.isEmpty() ? tr("not set (required before linking)") : external);
    for (Product product : allProducts) {
        const OutletModel::ProductCell cell = model->cell(row, product);
        QString line = tr("%1: %2").arg(productName(product), OutletModel::stateText(cell.state));
        if (cell.state == LinkState::Linked && cell.linkedAt.isValid())
            line += u' '
                + tr("(linked at %1 by GoBiz)")
                      .arg(DateTimeText::format(cell.linkedAt));
        if (!cell.note.isEmpty())
            line += QStringLiteral(" — ") + cell.note;
        if (cell.error.isError())
            line += QStringLiteral(" — ") + cell.error.userMessage();
        if (!cell.requestId.isEmpty() && cell.error.isError())
            line += u' ' + tr("(request ID %1)").arg(cell.requestId);
        lines << line;
    }
    return lines.join(u'\n');
}

} // namespace gobiz::ui
