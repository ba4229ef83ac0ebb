// The outlets table as a person meets it (issue 8): names that keep their branch part, outlets
// with no name, the CSV preview's reasons and repeated rows, sorting from the keyboard, the focused
// cell and the grey state icons on a selected row in light and dark palettes, the phone drawings
// of page 2 on a dark window, and the Show filter (failures one click away). Driven through the
// real wizard against a sandbox on port 0.
#include "OutletItemDelegate.h"
#include "OutletTablePanel.h"
#include "WizardTestSupport.h"

#include <QCollator>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QStandardPaths>
#include <QTableWidget>

#include <cmath>

using namespace gobiz;
using namespace gobiz::testing;

namespace {

// WCAG contrast ratio of two colours (1 = the same, 21 = black on white).
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

// Fusion's light palette and a dark one as dark desktop themes make it.
QPalette lightPalette()
{
    return QApplication::style()->standardPalette();
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::WindowText, Qt::white);
    p.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::AlternateBase, QColor(0x42, 0x42, 0x42));
    p.setColor(QPalette::Text, Qt::white);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    return p;
}

Fixture fixtureWithNames(const QStringList &names)
{
    Fixture fixture = FixtureGenerator::fixture(int(names.size()), 8);
    for (qsizetype i = 0; i < names.size(); ++i)
        fixture.merchants[0].outlets[i].name = names.at(i);
    return fixture;
}

} // namespace

class TestOutletTable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void elideName_data();
    void elideName();
    void longNamesKeepTheirBranch();
    void namelessOutlet();
    void csvPreviewReasonsAndRepeatedRows();
    void sortFromTheKeyboard();
    void focusedCellIsUnmistakable_data();
    void focusedCellIsUnmistakable();
    void greyIconsShowOnASelectedRow_data();
    void greyIconsShowOnASelectedRow();
    void phoneOutlinesShowOnADarkWindow();
    void filterMatches_data();
    void filterMatches();
    void showFailed();

private:
    // The wizard on the outlets page, or a failed test.
    static bool openOutlets(WizardHarness &h)
    {
        h.wizard->resize(1366, 768); // every column in view, as on a laptop
        return h.goToTokenPage() && h.signIn(DemoTokens::owner());
    }
};

void TestOutletTable::elideName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("width");
    QTest::addColumn<QString>("mustEndWith");

    QTest::newRow("fits") << u"Seblak Teh Nenden"_qs << 1000 << u"Seblak Teh Nenden"_qs;
    QTest::newRow("em dash branch")
        << u"Seblak Teh Nenden — Cabang Dago Atas"_qs << 190 << u" — Cabang Dago Atas"_qs;
    QTest::newRow("en dash branch")
        << u"Ayam Geprek Juara – Cabang Kemang"_qs << 170 << u" – Cabang Kemang"_qs;
    QTest::newRow("hyphen branch")
        << u"Kopi Kenangan Senja - Cabang Buah Batu 2"_qs << 190 << u" - Cabang Buah Batu 2"_qs;
    QTest::newRow("no dash: the end stays") << u"Seblak Teh Nenden Kemang Raya 12"_qs << 150
                                             << u"12"_qs;
}

void TestOutletTable::elideName()
{
    QFETCH(QString, name);
    QFETCH(int, width);
    QFETCH(QString, mustEndWith);
    const QFontMetrics metrics(QApplication::font());
    const QString shown = OutletItemDelegate::elideName(name, metrics, width);
    QVERIFY2(shown.endsWith(mustEndWith), qPrintable(shown));
    QVERIFY2(metrics.horizontalAdvance(shown) <= width, qPrintable(shown));
    if (shown != name) // the start of the name stays too
        QVERIFY2(shown.startsWith(name.left(2)), qPrintable(shown));
}

// Item 11: every branch of a brand showed "Seblak Teh Nenden — Cabang…".
void TestOutletTable::longNamesKeepTheirBranch()
{
    const QStringList names = {u"Seblak Teh Nenden Sejahtera — Cabang Dago Atas"_qs,
                               u"Seblak Teh Nenden Sejahtera — Cabang Buah Batu"_qs,
                               u"Seblak Teh Nenden Sejahtera — Cabang Antapani"_qs};
    WizardHarness h(fixtureWithNames(names));
    QVERIFY(openOutlets(h));
    FIND_CHILD(QTableView, table, h.outlets(), "outletTable");
    table->horizontalHeader()->resizeSection(OutletModel::NameColumn, 200);
    auto *delegate = qobject_cast<OutletItemDelegate *>(table->itemDelegate());
    QVERIFY2(delegate, "the table draws names with the style's own elision");
    QSet<QString> shown;
    for (int row = 0; row < names.size(); ++row) {
        const QModelIndex index = h.proxyIndex(row, OutletModel::NameColumn);
        QStyleOptionViewItem option;
        option.initFrom(table->viewport());
        option.widget = table;
        option.rect = table->visualRect(index);
        const QString text = delegate->shownText(option, index);
        QVERIFY2(text.endsWith(names.at(row).section(u" — "_qs, 1).prepend(u" — "_qs)),
                 qPrintable(text));
        QVERIFY2(text != names.at(row), "the column was meant to be too narrow");
        shown.insert(text);
        // The whole name on hover, however narrow the column.
        QCOMPARE(index.data(Qt::ToolTipRole).toString(), names.at(row));
    }
    QCOMPARE(shown.size(), names.size()); // three outlets, three different texts
    // The name column starts wide enough for a brand and its branch.
    QVERIFY(OutletModel::NameColumn == 0);
}

// Item 14: an outlet with an empty name showed a blank cell.
void TestOutletTable::namelessOutlet()
{
    WizardHarness h(fixtureWithNames({u"Warung Bu Sri"_qs, QString(), u"   "_qs}));
    QVERIFY(openOutlets(h));
    FIND_CHILD(OutletTablePanel, panel, h.outlets(), "outletTablePanel");
    FIND_CHILD(QTableView, table, h.outlets(), "outletTable");
    for (int row : {1, 2}) {
        const QModelIndex name = h.proxyIndex(row, OutletModel::NameColumn);
        QCOMPARE(name.data().toString(), u"(no name)"_qs);
        QVERIFY(name.data(OutletModel::NamelessRole).toBool());
        QVERIFY2(name.data(Qt::ToolTipRole).toString().contains(h.outletId(row)),
                 qPrintable(name.data(Qt::ToolTipRole).toString()));
        QCOMPARE(h.model()->displayName(row), u"(no name)"_qs);
        // Drawn as a placeholder: italic.
        QStyleOptionViewItem option;
        option.initFrom(table->viewport());
        option.widget = table;
        option.rect = table->visualRect(name);
        auto *delegate = qobject_cast<OutletItemDelegate *>(table->itemDelegate());
        QVERIFY(delegate);
        QCOMPARE(delegate->shownText(option, name), u"(no name)"_qs);
    }
    QVERIFY(!h.proxyIndex(0, OutletModel::NameColumn).data(OutletModel::NamelessRole).toBool());
    // The details name it too, with its id.
    QSignalSpy details(panel, &OutletTablePanel::detailsChanged);
    table->setFocus();
    table->setCurrentIndex(h.proxyIndex(1, OutletModel::OutletIdColumn));
    QVERIFY(!details.isEmpty());
    const QString text = details.last().first().toString();
    QVERIFY2(text.startsWith(u"(no name) (outlet ID "_qs + h.outletId(1)), qPrintable(text));
}

// Item 11: the CSV preview cut its reasons with no tooltip, and refused identical rows.
void TestOutletTable::csvPreviewReasonsAndRepeatedRows()
{
    WizardHarness h;
    QVERIFY(openOutlets(h));
    ExternalIdFillDialog dialog(h.controller.get(), {}, ExternalIdFillDialog::Mode::Csv,
                                h.wizard.get());
    dialog.show();
    // The wizard's own report, imported again: a row per product, the same pair twice.
    const QString csv = u"outlet_id,product,external_outlet_id\n"_qs
        + h.outletId(0) + u",gofood,POS-A\n"_qs + h.outletId(0) + u",payment,POS-A\n"_qs
        + h.outletId(1) + u",gofood,POS-B\n"_qs + h.outletId(2) + u",gofood,POS-C\n"_qs
        + h.outletId(2) + u",payment,POS-D\n"_qs; // a real conflict stays refused
    dialog.loadCsvBytes(csv.toUtf8(), u"report.csv"_qs);
    FIND_CHILD(QTableWidget, preview, &dialog, "csvPreview");
    QCOMPARE(preview->rowCount(), 5);
    QStringList results;
    for (int row = 0; row < preview->rowCount(); ++row) {
        const QTableWidgetItem *result = preview->item(row, 5);
        results << result->data(Qt::UserRole).toString();
        // However narrow the column, the reason is there whole.
        QCOMPARE(result->toolTip(), result->text());
    }
    QCOMPARE(results, (QStringList{u"ok"_qs, u"repeated_row"_qs, u"ok"_qs,
                                   u"duplicate_outlet"_qs, u"duplicate_outlet"_qs}));
    const QHash<QString, QString> chosen = dialog.chosenIds();
    QCOMPARE(chosen.value(h.outletId(0)), u"POS-A"_qs);
    QCOMPARE(chosen.value(h.outletId(1)), u"POS-B"_qs);
    QVERIFY(!chosen.contains(h.outletId(2)));
    FIND_CHILD(InlineMessage, message, &dialog, "csvMessage");
    QVERIFY2(message->text().contains(u"2 row(s) will be filled in"_qs), qPrintable(message->text()));
    QVERIFY2(message->text().contains(u"2 row(s) have a problem"_qs), qPrintable(message->text()));
}

// Item 16: a column could not be sorted from the keyboard.
void TestOutletTable::sortFromTheKeyboard()
{
    WizardHarness h;
    QVERIFY(openOutlets(h));
    FIND_CHILD(QTableView, table, h.outlets(), "outletTable");
    FIND_CHILD(QLabel, count, h.outlets(), "outletCountLabel");
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    table->setCurrentIndex(h.proxyIndex(3, OutletModel::NameColumn));
    const auto shownNames = [&] {
        QStringList names;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            names << table->model()->index(row, OutletModel::NameColumn).data().toString();
        return names;
    };
    QStringList ascending = shownNames();
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(ascending.begin(), ascending.end(), collator);
    QVERIFY(shownNames() != ascending); // GoBiz's order to begin with

    QTest::keyClick(table, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(OutletModel::NameColumn));
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(shownNames(), ascending);
    QVERIFY2(count->text().contains(u"Sorted by Name, ascending"_qs), qPrintable(count->text()));
    QVERIFY2(table->accessibleDescription().contains(u"Sorted by Name, ascending"_qs),
             qPrintable(table->accessibleDescription()));
    // The outlet it was on stays current.
    QCOMPARE(h.proxyIndex(3, OutletModel::NameColumn), table->currentIndex());

    QTest::keyClick(table, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(shownNames(), descending);

    // The Menu key: the context menu of the current cell offers each way and GoBiz's order.
    QMenu *menu = openSortMenu(table);
    QVERIFY(menu);
    QAction *original = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text().contains(u"GoBiz"_qs))
            original = action;
    }
    QVERIFY(original && original->isEnabled());
    original->trigger();
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), -1);
    QCOMPARE(h.proxyIndex(0, OutletModel::NameColumn).row(), 0);
    QVERIFY(!count->text().contains(u"Sorted"_qs));
}

void TestOutletTable::focusedCellIsUnmistakable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << lightPalette();
    QTest::newRow("dark") << darkPalette();
}

// Item 8: on a selected row the focused cell was nearly invisible (Space unlinked Payment where
// GoFood was meant).
void TestOutletTable::focusedCellIsUnmistakable()
{
    QFETCH(QPalette, palette);
    WizardHarness h;
    QVERIFY(openOutlets(h));
    FIND_CHILD(QTableView, table, h.outlets(), "outletTable");
    table->setPalette(palette);
    h.wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(h.wizard.get()));
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QVERIFY(h.selectRows({2}));
    const QModelIndex goFood = h.proxyIndex(2, OutletModel::GoFoodColumn);
    table->selectionModel()->setCurrentIndex(goFood, QItemSelectionModel::NoUpdate);
    const QImage image = table->viewport()->grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    const auto pixel = [&](QPoint p) { return image.pixelColor(p * ratio); };
    const QColor selection = palette.color(QPalette::Active, QPalette::Highlight);
    const QRect focused = table->visualRect(goFood);
    const QRect payment = table->visualRect(h.proxyIndex(2, OutletModel::PaymentColumn));
    QVERIFY(QRect(QPoint(), image.size() / ratio).contains(focused.united(payment)));
    // Its frame: the middle of each edge, on every side.
    for (const QPoint &edge : {QPoint(focused.center().x(), focused.top()),
                               QPoint(focused.center().x(), focused.bottom()),
                               QPoint(focused.left(), focused.center().y()),
                               QPoint(focused.right(), focused.center().y())}) {
        const double ratioToSelection = contrast(pixel(edge), selection);
        QVERIFY2(ratioToSelection >= 3.0,
                 qPrintable(u"focus frame at %1,%2 is %3, contrast %4 with the selection"_qs
                                .arg(edge.x())
                                .arg(edge.y())
                                .arg(pixel(edge).name())
                                .arg(ratioToSelection)));
    }
    // The other cells of the selected row have none: it is plain which one Space acts on.
    const QColor unfocusedEdge = pixel(QPoint(payment.center().x(), payment.top()));
    QVERIFY2(contrast(unfocusedEdge, selection) < 1.5, qPrintable(unfocusedEdge.name()));
}

void TestOutletTable::greyIconsShowOnASelectedRow_data()
{
    focusedCellIsUnmistakable_data();
}

// Item 16: the grey Unknown / Not linked icons vanished on a selected row.
void TestOutletTable::greyIconsShowOnASelectedRow()
{
    QFETCH(QPalette, palette);
    WizardHarness h;
    QVERIFY(openOutlets(h));
    FIND_CHILD(QTableView, table, h.outlets(), "outletTable");
    table->setPalette(palette);
    OutletModel::ProductCell notLinked;
    notLinked.state = gobiz::LinkState::NotLinked;
    h.model()->setCell(4, Product::Payment, notLinked); // GoFood stays Unknown
    h.wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(h.wizard.get()));
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QVERIFY(h.selectRows({4}));
    table->selectionModel()->setCurrentIndex(h.proxyIndex(4, OutletModel::NameColumn),
                                             QItemSelectionModel::NoUpdate);
    const QImage image = table->viewport()->grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    const QColor selection = palette.color(QPalette::Active, QPalette::Highlight);
    for (Product product : allProducts) {
        const QModelIndex index = h.proxyIndex(4, OutletModel::columnOf(product));
        QStyleOptionViewItem option;
        option.initFrom(table->viewport());
        option.widget = table;
        option.rect = table->visualRect(index);
        option.features = QStyleOptionViewItem::HasCheckIndicator
            | QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration;
        option.decorationSize = table->iconSize().isValid() ? table->iconSize() : QSize(16, 16);
        option.text = index.data().toString();
        const QRect icon = table->style()->subElementRect(QStyle::SE_ItemViewItemDecoration,
                                                          &option, table);
        QVERIFY(!icon.isEmpty());
        QVERIFY(QRect(QPoint(), image.size() / ratio).contains(icon));
        double best = 0;
        for (int y = icon.top(); y <= icon.bottom(); ++y) {
            for (int x = icon.left(); x <= icon.right(); ++x)
                best = qMax(best, contrast(image.pixelColor(QPoint(x, y) * ratio), selection));
        }
        QVERIFY2(best >= 3.0, qPrintable(u"%1 icon: best contrast %2 with the selection"_qs
                                              .arg(index.data().toString())
                                              .arg(best)));
    }
}

// Item 16: the phone outlines on page 2 were dark on dark.
void TestOutletTable::phoneOutlinesShowOnADarkWindow()
{
    WizardHarness h;
    h.wizard->setPalette(darkPalette());
    QWidget *page = h.wizard->page(OutletWizard::SignInHelpPageId);
    QVERIFY(page);
    int checked = 0;
    for (QLabel *label : page->findChildren<QLabel *>()) {
        if (label->pixmap().isNull())
            continue;
        ++checked;
        // The drawing as the page shows it: over the window colour.
        QImage shown(label->pixmap().size(), QImage::Format_ARGB32);
        const QColor window = page->palette().color(QPalette::Window);
        shown.fill(window);
        {
            QPainter painter(&shown);
            painter.drawPixmap(0, 0, label->pixmap());
        }
        // Across the phone's left edge at mid-height (its outer 5 %, short of the screen), the
        // outline must stand out from the window.
        double best = 0;
        const int y = shown.height() / 2;
        for (int x = 0; x < qMax(2, shown.width() / 20); ++x)
            best = qMax(best, contrast(shown.pixelColor(x, y), window));
        QVERIFY2(best >= 3.0, qPrintable(u"%1: outline contrast %2 with the window"_qs
                                              .arg(label->accessibleName())
                                              .arg(best)));
    }
    QCOMPARE(checked, 2);
}

void TestOutletTable::filterMatches_data()
{
    using F = OutletTableProxy::StateFilter;
    QTest::addColumn<F>("filter");
    QTest::addColumn<int>("goFood"); // gobiz::LinkState
    QTest::addColumn<int>("payment");
    QTest::addColumn<bool>("hasExternalId");
    QTest::addColumn<bool>("shown");

    QTest::newRow("all") << F::All << int(gobiz::LinkState::Unknown) << int(gobiz::LinkState::Unknown) << false << true;
    QTest::newRow("failed gofood") << F::Failed << int(gobiz::LinkState::Failed) << int(gobiz::LinkState::Linked) << true
                                   << true;
    QTest::newRow("failed payment") << F::Failed << int(gobiz::LinkState::Unknown) << int(gobiz::LinkState::Failed)
                                    << true << true;
    QTest::newRow("none failed") << F::Failed << int(gobiz::LinkState::Linked) << int(gobiz::LinkState::NotLinked)
                                 << true << false;
    QTest::newRow("in progress") << F::InProgress << int(gobiz::LinkState::Unknown) << int(gobiz::LinkState::Unlinking)
                                 << true << true;
    QTest::newRow("linked") << F::Linked << int(gobiz::LinkState::Linked) << int(gobiz::LinkState::Unknown) << true
                            << true;
    QTest::newRow("not linked") << F::NotLinked << int(gobiz::LinkState::Linked) << int(gobiz::LinkState::Linked) << true
                                << false;
    QTest::newRow("unknown") << F::Unknown << int(gobiz::LinkState::Linked) << int(gobiz::LinkState::Unknown) << true
                             << true;
    QTest::newRow("no external id") << F::NoExternalId << int(gobiz::LinkState::Linked) << int(gobiz::LinkState::Linked)
                                    << false << true;
    QTest::newRow("has external id") << F::NoExternalId << int(gobiz::LinkState::Unknown)
                                     << int(gobiz::LinkState::Unknown) << true << false;
}

void TestOutletTable::filterMatches()
{
    QFETCH(OutletTableProxy::StateFilter, filter);
    QFETCH(int, goFood);
    QFETCH(int, payment);
    QFETCH(bool, hasExternalId);
    QFETCH(bool, shown);
    QCOMPARE(OutletTableProxy::matches(filter, gobiz::LinkState(goFood), gobiz::LinkState(payment),
                                       hasExternalId),
             shown);
}

// Item 10: after a 503 run the only sign of failures was "4 failed".
void TestOutletTable::showFailed()
{
    WizardHarness h;
    QVERIFY(openOutlets(h));
    FIND_CHILD(OutletTablePanel, panel, h.outlets(), "outletTablePanel");
    FIND_CHILD(QTableView, table, h.outlets(), "outletTable");
    FIND_CHILD(QComboBox, filter, h.outlets(), "stateFilterCombo");
    FIND_CHILD(QLineEdit, search, h.outlets(), "searchEdit");
    FIND_CHILD(QLabel, count, h.outlets(), "outletCountLabel");
    h.wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(h.wizard.get()));
    OutletModel::ProductCell failed;
    failed.state = gobiz::LinkState::Failed;
    failed.error = ApiError(ApiError::Kind::Server);
    h.model()->setCell(3, Product::GoFood, failed);
    h.model()->setCell(7, Product::Payment, failed);
    QTest::keyClicks(search, h.model()->outlets().at(5).name.left(6));

    // What a "Show failed" banner calls: the search no longer hides them.
    panel->showOnlyFailed();
    QVERIFY(search->text().isEmpty());
    QCOMPARE(filter->currentText(), u"Failed"_qs);
    QCOMPARE(table->model()->rowCount(), 2);
    QVERIFY(table->hasFocus() || QApplication::focusWidget() == table);
    QCOMPARE(table->currentIndex(), h.proxyIndex(3, OutletModel::NameColumn));
    QVERIFY2(count->text().startsWith(u"Showing 2 of 12"_qs), qPrintable(count->text()));

    // A cell that stops failing leaves the list at once.
    OutletModel::ProductCell linked;
    linked.state = gobiz::LinkState::Linked;
    h.model()->setCell(7, Product::Payment, linked);
    QCOMPARE(table->model()->rowCount(), 1);

    // From the keyboard: the label's mnemonic reaches the filter, arrows choose.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_W, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), filter);
    QTest::keyClick(filter, Qt::Key_Home);
    QCOMPARE(filter->currentText(), u"All outlets"_qs);
    QCOMPARE(table->model()->rowCount(), 12);
    QVERIFY2(count->text().startsWith(u"12 outlet(s)"_qs), qPrintable(count->text()));
}

QTEST_MAIN(TestOutletTable)
#include "tst_outlettable.moc"
