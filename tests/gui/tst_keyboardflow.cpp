// The whole wizard with the keyboard alone, against a sandbox on port 0: every key goes to the
// widget that has the focus, as it would for a person (Tab, Alt+mnemonics, Return, Space, arrows,
// F2, Ctrl+V, Escape). No mouse click and no slot call moves the flow forward; the test only
// looks at the widgets, and at the sandbox's server-side state at the end.
#include "WizardTestSupport.h"

#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableView>

using namespace gobiz;
using namespace gobiz::testing;

namespace {

QString describeFocus()
{
    QWidget *w = QApplication::focusWidget();
    if (!w)
        return u"nothing"_qs;
    QString text = QString::fromLatin1(w->metaObject()->className());
    if (auto *button = qobject_cast<QAbstractButton *>(w))
        text += u" \""_qs + button->text() + u'"';
    else if (!w->accessibleName().isEmpty())
        text += u" \""_qs + w->accessibleName() + u'"';
    return text + u" in "_qs + QString::fromLatin1(w->window()->metaObject()->className());
}

// A key pressed on the widget that has the focus (false when nothing has it).
bool press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus)
        return false;
    QTest::keyClick(focus, key, modifiers);
    return true;
}

bool type(const QString &text)
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus)
        return false;
    QTest::keyClicks(focus, text);
    return true;
}

// Tab until target has the focus; the widgets passed on the way, for the failure message.
bool tabTo(QWidget *target, QString *path, int maxPresses = 30)
{
    QStringList passed;
    for (int i = 0; i < maxPresses; ++i) {
        if (QApplication::focusWidget() == target)
            return true;
        passed << describeFocus();
        if (!press(Qt::Key_Tab))
            break;
    }
    *path = passed.join(u" → "_qs);
    return QApplication::focusWidget() == target;
}

// When a dialog closes, the window manager activates the window it belonged to, and Qt gives
// the focus back to the widget that had it there. The offscreen platform has no window manager:
// do its part (only that; the focus itself must come back by Qt's own rules).
bool windowManagerReactivates(QWidget *window)
{
    if (!QApplication::activeWindow())
        window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

} // namespace

class TestKeyboardFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void wholeFlowByKeyboard();
    void newTokenMidRunByKeyboard();

private:
    void signInByKeyboard(WizardHarness &h, const QString &token);
};

void TestKeyboardFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void TestKeyboardFlow::wholeFlowByKeyboard()
{
    WizardHarness h;
    QWizard *wizard = h.wizard.get();
    QVERIFY(QTest::qWaitForWindowActive(wizard));
    QString path;
    FIND_CHILD(QRadioButton, custom, h.welcome(), "customButton");
    FIND_CHILD(QLineEdit, customUrl, h.welcome(), "customUrlEdit");
    FIND_CHILD(QLineEdit, tokenEdit, h.tokenPage(), "tokenEdit");
    FIND_CHILD(InlineMessage, feedback, h.tokenPage(), "tokenFeedback");

    // --- Welcome: Alt+U chooses the custom address, Tab goes to its field, Alt+N is Next.
    QTRY_VERIFY2(QApplication::focusWidget(), "the wizard opens with nothing focused");
    QVERIFY(press(Qt::Key_U, Qt::AltModifier));
    QTRY_VERIFY(custom->isChecked());
    QVERIFY(customUrl->isEnabled());
    QVERIFY2(tabTo(customUrl, &path), qPrintable(path));
    QVERIFY(press(Qt::Key_A, Qt::ControlModifier));
    QVERIFY(type(h.server->baseUrl().toString()));
    QCOMPARE(customUrl->text(), h.server->baseUrl().toString());
    QVERIFY(press(Qt::Key_N, Qt::AltModifier));
    QTRY_COMPARE(wizard->currentId(), int(OutletWizard::SignInHelpPageId));
    QCOMPARE(h.controller->environment().baseUrl(), h.server->baseUrl());

    // --- Signing in: Alt+N again. (Return would press the focused "Open in browser".)
    QVERIFY(press(Qt::Key_N, Qt::AltModifier));
    QTRY_COMPARE(wizard->currentId(), int(OutletWizard::TokenPageId));

    // --- Access token: the field has the focus; Ctrl+V pastes (stray spaces and a "Bearer "
    // prefix are normalised away), Alt+H shows and hides it, Return checks it and moves on.
    QTRY_COMPARE(QApplication::focusWidget(), tokenEdit);
    QGuiApplication::clipboard()->setText(u"  Bearer "_qs + DemoTokens::owner() + u" \n"_qs);
    QVERIFY(press(Qt::Key_V, Qt::ControlModifier));
    QVERIFY(tokenEdit->text().contains(DemoTokens::owner()));
    QCOMPARE(feedback->type(), InlineMessage::Type::Positive);
    QVERIFY(press(Qt::Key_H, Qt::AltModifier));
    QTRY_COMPARE(tokenEdit->echoMode(), QLineEdit::Normal);
    QVERIFY(press(Qt::Key_H, Qt::AltModifier));
    QTRY_COMPARE(tokenEdit->echoMode(), QLineEdit::Password);
    QVERIFY2(tabTo(tokenEdit, &path), qPrintable(path));
    QVERIFY(press(Qt::Key_Return));
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(OutletWizard::OutletsPageId), 5000);

    // --- Outlets: the search field has the focus (QWizard gives it to the page's first
    // control); Tab goes to the Show filter beside it, Tab again to the table. Down to the second outlet, Right to its external ID, F2
    // to edit it, Return to keep it.
    OutletsPage *page = h.outlets();
    FIND_CHILD(QTableView, table, page, "outletTable");
    FIND_CHILD(QLineEdit, search, page, "searchEdit");
    FIND_CHILD(OutletTableProxy, proxy, page, "outletProxy");
    FIND_CHILD(InlineMessage, notice, page, "notice");
    FIND_CHILD(QComboBox, showFilter, page, "stateFilterCombo");
    QTRY_VERIFY2(QApplication::focusWidget() == search, qPrintable(describeFocus()));
    QVERIFY(press(Qt::Key_Tab));
    QVERIFY2(QApplication::focusWidget() == showFilter, qPrintable(describeFocus()));
    QVERIFY(press(Qt::Key_Tab));
    QVERIFY2(QApplication::focusWidget() == table, qPrintable(describeFocus()));
    QVERIFY(table->currentIndex().isValid());
    QVERIFY(press(Qt::Key_Down));
    QCOMPARE(table->currentIndex().row(), 1);
    const int row = proxy->mapToSource(table->currentIndex()).row();
    const QString outletId = h.outletId(row);
    const auto column = [table] { return table->currentIndex().column(); };
    for (int i = 0; i < OutletModel::ColumnCount && column() != OutletModel::ExternalIdColumn; ++i)
        QVERIFY(press(Qt::Key_Right));
    QCOMPARE(column(), int(OutletModel::ExternalIdColumn));
    QVERIFY(press(Qt::Key_F2));
    QTRY_VERIFY2(qobject_cast<QLineEdit *>(QApplication::focusWidget()), qPrintable(describeFocus()));
    QVERIFY(type(u"POS-KB-1"_qs));
    QVERIFY(press(Qt::Key_Return));
    QTRY_COMPARE(h.model()->externalOutletId(row), u"POS-KB-1"_qs);
    QTRY_COMPARE(QApplication::focusWidget(), table);

    // Right to GoFood, Space: the Auto Accept question, a real message box. Escape declines it
    // and nothing is sent; Space again, and Alt+L answers "Link and use Auto Accept".
    QVERIFY(press(Qt::Key_Right));
    QCOMPARE(column(), int(OutletModel::GoFoodColumn));
    QVERIFY(press(Qt::Key_Space));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = page->findChild<QMessageBox *>()) && box->isVisible());
    QVERIFY(box->text().contains(u"Auto Accept"_qs));
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(box));
    QVERIFY2(box->isAncestorOf(QApplication::focusWidget()), qPrintable(describeFocus()));
    QVERIFY(press(Qt::Key_Escape));
    QTRY_VERIFY(!page->findChild<QMessageBox *>());
    QVERIFY(windowManagerReactivates(wizard));
    QVERIFY(notice->text().contains(u"Nothing was linked"_qs));
    QCOMPARE(h.server->links().size(), 0);
    QTRY_COMPARE(QApplication::focusWidget(), table); // back where the person was
    QCOMPARE(table->currentIndex(), h.proxyIndex(row, OutletModel::GoFoodColumn));

    QVERIFY(press(Qt::Key_Space));
    QTRY_VERIFY((box = page->findChild<QMessageBox *>()) && box->isVisible());
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(box));
    QVERIFY(press(Qt::Key_L, Qt::AltModifier));
    QTRY_VERIFY(!page->findChild<QMessageBox *>());
    QVERIFY(windowManagerReactivates(wizard));
    QTRY_VERIFY_WITH_TIMEOUT(h.server->isLinked(outletId, u"gofood"_qs), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(h.cellText(row, Product::GoFood),
                              OutletModel::stateText(gobiz::LinkState::Linked), 5000);
    QTRY_VERIFY(h.idle());
    QTRY_COMPARE(QApplication::focusWidget(), table);

    // --- Summary: Alt+N, then Alt+F finishes.
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(press(Qt::Key_N, Qt::AltModifier));
    QTRY_COMPARE(wizard->currentId(), int(OutletWizard::SummaryPageId));
    QTRY_VERIFY(h.summary()->isReady()); // read from the journal
    FIND_CHILD(QLabel, counts, h.summary(), "countsLabel");
    QVERIFY2(counts->text().contains(u"Linked: 1 "_qs), qPrintable(counts->text()));

    // What GoBiz (the sandbox) holds: exactly that outlet, linked to GoFood, with the external
    // ID typed in the table.
    QCOMPARE(h.server->links().size(), 1);
    QVERIFY(h.server->isLinked(outletId, u"gofood"_qs));
    QVERIFY(!h.server->isLinked(outletId, u"payment"_qs));
    QCOMPARE(h.server->link(outletId, u"gofood"_qs)->externalOutletId, u"POS-KB-1"_qs);

    // The report was not saved: Finish asks first (answered: finish without one).
    Prompt::setNextAnswer(OutletWizard::CloseWithoutReport);
    QVERIFY(press(Qt::Key_F, Qt::AltModifier));
    QTRY_VERIFY(!wizard->isVisible());
    QVERIFY(Prompt::asked().contains(QString::fromLatin1(Prompt::closeUnsavedId)));
}

// Welcome to Outlets with keys only: Alt+U, Tab, the address, Alt+N, Alt+N, the token, Return.
void TestKeyboardFlow::signInByKeyboard(WizardHarness &h, const QString &token)
{
    QVERIFY(QTest::qWaitForWindowActive(h.wizard.get()));
    FIND_CHILD(QRadioButton, custom, h.welcome(), "customButton");
    FIND_CHILD(QLineEdit, customUrl, h.welcome(), "customUrlEdit");
    FIND_CHILD(QLineEdit, tokenEdit, h.tokenPage(), "tokenEdit");
    QTRY_VERIFY(QApplication::focusWidget());
    QVERIFY(press(Qt::Key_U, Qt::AltModifier));
    QTRY_VERIFY(custom->isChecked());
    QString path;
    QVERIFY2(tabTo(customUrl, &path), qPrintable(path));
    QVERIFY(press(Qt::Key_A, Qt::ControlModifier));
    QVERIFY(type(h.server->baseUrl().toString()));
    QVERIFY(press(Qt::Key_N, Qt::AltModifier));
    QTRY_COMPARE(h.wizard->currentId(), int(OutletWizard::SignInHelpPageId));
    QVERIFY(press(Qt::Key_N, Qt::AltModifier));
    QTRY_COMPARE(h.wizard->currentId(), int(OutletWizard::TokenPageId));
    QTRY_COMPARE(QApplication::focusWidget(), tokenEdit);
    QVERIFY(type(token));
    QVERIFY(press(Qt::Key_Return));
    QTRY_COMPARE_WITH_TIMEOUT(h.wizard->currentId(), int(OutletWizard::OutletsPageId), 5000);
}

// A token that expires in the middle of a run, answered from the keyboard: the new token's
// field has the focus, Return continues the run, and nothing is lost or cancelled. On the way:
// the fill dialog, Ctrl+A in the table, Alt+G, and Return on the Auto Accept question.
void TestKeyboardFlow::newTokenMidRunByKeyboard()
{
    const QDateTime start = QDateTime::currentDateTimeUtc();
    WizardHarness h(fixtureWithShortLivedToken(start));
    QDateTime now = start;
    h.server->setClock([&now] { return now; });
    h.server->faults().setBaseLatency(30);
    signInByKeyboard(h, u"short-lived-token"_qs);
    if (QTest::currentTestFailed())
        return;
    OutletsPage *page = h.outlets();
    FIND_CHILD(QTableView, table, page, "outletTable");
    FIND_CHILD(QWidget, reauth, page, "reauthPanel");
    FIND_CHILD(QLineEdit, newToken, reauth, "newTokenEdit");
    const int outlets = h.model()->rowCount();
    QCOMPARE(outlets, 10);

    // Alt+F: fill the external IDs of all outlets that have none (the dialog's choice when
    // nothing is selected); Return is "Fill in".
    QVERIFY(press(Qt::Key_F, Qt::AltModifier));
    ExternalIdFillDialog *fill = nullptr;
    QTRY_VERIFY((fill = page->findChild<ExternalIdFillDialog *>()) && fill->isVisible());
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(fill));
    FIND_CHILD(QRadioButton, empty, fill, "emptyButton");
    QVERIFY(empty->isChecked());
    QVERIFY(press(Qt::Key_Return));
    QTRY_VERIFY(!page->findChild<ExternalIdFillDialog *>());
    QVERIFY(windowManagerReactivates(h.wizard.get()));
    for (int row = 0; row < outlets; ++row)
        QVERIFY(!h.model()->externalOutletId(row).isEmpty());

    // Tab to the table, Ctrl+A, Alt+G, Return on the question.
    QString path;
    QVERIFY2(tabTo(table, &path), qPrintable(path));
    QVERIFY(press(Qt::Key_A, Qt::ControlModifier));
    QCOMPARE(h.selectedRows().size(), outlets);
    QVERIFY(press(Qt::Key_G, Qt::AltModifier));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = page->findChild<QMessageBox *>()) && box->isVisible());
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(box));
    QVERIFY(press(Qt::Key_Return));
    QTRY_VERIFY(!page->findChild<QMessageBox *>());
    QVERIFY(windowManagerReactivates(h.wizard.get()));
    QTRY_VERIFY_WITH_TIMEOUT(h.server->links().size() >= 2, 5000);
    now = start.addSecs(7200); // the token expires in the middle of the run

    // The panel asks for a new token, with the focus in its field: type it, Return.
    QTRY_VERIFY_WITH_TIMEOUT(reauth->isVisible(), 5000);
    QTRY_COMPARE(QApplication::focusWidget(), newToken);
    QVERIFY(type(u"fresh-token"_qs));
    QVERIFY(press(Qt::Key_Return));
    QTRY_VERIFY_WITH_TIMEOUT(h.idle(), 10000);
    QVERIFY(!reauth->isVisible());
    QVERIFY2(QApplication::focusWidget() == table, qPrintable(describeFocus()));
    for (int row = 0; row < outlets; ++row) {
        QVERIFY2(h.server->isLinked(h.outletId(row), u"gofood"_qs), qPrintable(h.outletId(row)));
        QCOMPARE(h.cellText(row, Product::GoFood), OutletModel::stateText(gobiz::LinkState::Linked));
    }
    QCOMPARE(h.controller->unfinishedCount(LinkRun::AllUnfinished), 0);
}

QTEST_MAIN(TestKeyboardFlow)
#include "tst_keyboardflow.moc"
