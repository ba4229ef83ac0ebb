// Accessibility of the real wizard, page by page and dialog by dialog, in the states a person
// meets them (a check running, a failure with "Try again", a paused run, a question asked):
// - every control has a name assistive technology reads (its text, a QLabel buddy, or an
//   accessible name) — a field or combo box must have a label of its own, not just its value;
// - every control is reachable with Tab (radio buttons: one of their group, then arrows), and
//   Tab visits the controls in reading order;
// - no two mnemonics (&X) of one window use the same letter, and none is lost on the way to
//   the screen (a tool button showing its action's text without the &);
// - no label's text is cut off by the height the layout gave it;
// - a table cell's link state is text for assistive technology, not an icon or colour alone.
// With a dark palette: no hard-coded colour in any style sheet, palette or rich text, and the
// messages' text and icons, and the state icons, keep their contrast (screenshots in
// /tmp/dark-*.png). And the window fits a 1366x768 screen at 100% and 150%.
// Every failure names the widget (class, object name, text, where) so it can be fixed.
// checksCanFail() shows each check catches what it is for, on a window built to be wrong.
#include "BundlePreviewDialog.h"
#include "NetworkLogWindow.h"
#include "WizardTestSupport.h"
#include "SignInWizardSupport.h"

#include <QAccessible>
#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPainter>
#include <QProgressBar>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWizardPage>

using namespace gobiz;
using namespace gobiz::testing;

namespace {

// --- what a control is, and how to name it in a failure -----------------------------------

bool isControl(const QWidget *w)
{
    if (qobject_cast<const QScrollBar *>(w))
        return false;
    if (auto *box = qobject_cast<const QGroupBox *>(w))
        return box->isCheckable();
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTextEdit *>(w)
        || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QTabBar *>(w)
        || qobject_cast<const QAbstractSlider *>(w);
}

// A control that holds a value: its accessible name must not be just that value.
bool holdsValue(const QWidget *w)
{
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QTextEdit *>(w)
        || qobject_cast<const QPlainTextEdit *>(w);
}

// Parts of a composite control (a line edit's clear button, a spin box's line edit, a view's
// cell editor or corner button, a tab bar's scroll buttons): the composite is checked instead.
bool isPartOfControl(const QWidget *w, const QWidget *window)
{
    if (qobject_cast<const QHeaderView *>(w))
        return true;
    for (const QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p)
            || qobject_cast<const QLineEdit *>(p) || qobject_cast<const QAbstractItemView *>(p)
            || qobject_cast<const QTabBar *>(p))
            return true;
    }
    return false;
}

QString shownText(const QWidget *w)
{
    QString text;
    if (auto *button = qobject_cast<const QAbstractButton *>(w))
        text = button->text();
    else if (auto *label = qobject_cast<const QLabel *>(w))
        text = label->text();
    else if (auto *box = qobject_cast<const QGroupBox *>(w))
        text = box->title();
    if (text.isEmpty())
        text = w->accessibleName();
    if (text.isEmpty()) {
        if (auto *edit = qobject_cast<const QLineEdit *>(w))
            text = edit->placeholderText().isEmpty() ? QString() : u"placeholder: "_qs + edit->placeholderText();
    }
    text.replace(u'\n', u' ');
    return text.size() > 50 ? text.left(47) + u"…"_qs : text;
}

// "QLineEdit #name "text" in TokenPage > QGroupBox "Remembered tokens"".
QString describe(const QWidget *w)
{
    QString where;
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        const bool worthNaming = qobject_cast<const QWizardPage *>(p) || qobject_cast<const QDialog *>(p)
            || qobject_cast<const QGroupBox *>(p) || qobject_cast<const InlineMessage *>(p)
            || qobject_cast<const QTabWidget *>(p) || p->isWindow();
        if (!worthNaming)
            continue;
        QString part = QString::fromLatin1(p->metaObject()->className()).section(u"::"_qs, -1);
        if (auto *box = qobject_cast<const QGroupBox *>(p))
            part += u" \""_qs + box->title() + u'"';
        where = where.isEmpty() ? part : part + u" > "_qs + where;
        if (p->isWindow() || qobject_cast<const QWizardPage *>(p))
            break;
    }
    QString text = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        text += u" #"_qs + w->objectName();
    const QString shown = shownText(w);
    if (!shown.isEmpty())
        text += u" \""_qs + shown + u'"';
    return where.isEmpty() ? text : text + u" in "_qs + where;
}

// The visible controls of one window (dialogs and message boxes are windows of their own).
QList<QWidget *> controlsOf(QWidget *window)
{
    QList<QWidget *> controls;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() == window && w->isVisibleTo(window) && isControl(w)
            && !isPartOfControl(w, window))
            controls.append(w);
    }
    return controls;
}

QLabel *buddyLabelOf(const QWidget *w, QWidget *window)
{
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->buddy() == w)
            return label;
    }
    return nullptr;
}

// --- 1. names --------------------------------------------------------------------------------

QStringList unnamedControls(QWidget *window)
{
    QStringList problems;
    for (QWidget *w : controlsOf(window)) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (holdsValue(w) && w->accessibleName().trimmed().isEmpty() && !buddyLabelOf(w, window)) {
            problems << describe(w)
                    + u": no label — neither a QLabel buddy nor an accessible name"_qs
                    + (name.isEmpty() ? QString() : u" (a screen reader would read only \""_qs + name + u"\")"_qs);
        } else if (name.isEmpty()) {
            problems << describe(w) + u": assistive technology reads no name"_qs
                    + (buddyLabelOf(w, window) ? u" (its buddy label is not its sibling)"_qs : QString());
        }
        if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->tabText(i).trimmed().isEmpty())
                    problems << describe(w) + u": tab %1 has no text"_qs.arg(i);
            }
        }
    }
    return problems;
}

// --- 2. mnemonics -----------------------------------------------------------------------------

QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

// Every mnemonic a visible widget of the window registers (buttons, labels with a buddy, group
// box titles, tabs) must be unique in it, and none may be lost on the way to the screen.
// Standard dialog buttons get one from the desktop theme, not from us: GNOME's and KDE's say
// "&OK" and "&Cancel", so those count too, whatever this platform shows.
QStringList mnemonicProblems(QWidget *window)
{
    QHash<QChar, QStringList> byLetter;
    QStringList lost;
    const auto add = [&byLetter](const QString &text, const QString &who) {
        const QChar letter = mnemonicOf(text);
        if (!letter.isNull())
            byLetter[letter] << who;
    };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window || !w->isVisibleTo(window))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            QString text = button->text();
            // A tool button shows its action's icon text, which QAction strips of the mnemonic
            // unless it was set on its own: the action's &X then does nothing.
            auto *tool = qobject_cast<QToolButton *>(button);
            if (tool && tool->defaultAction() && !mnemonicOf(tool->defaultAction()->text()).isNull()
                && mnemonicOf(text).isNull())
                lost << describe(button) + u": its action's mnemonic (\""_qs + tool->defaultAction()->text()
                        + u"\") is not on the button"_qs;
            auto *box = qobject_cast<QDialogButtonBox *>(button->parentWidget());
            if (box && box->standardButton(button) != QDialogButtonBox::NoButton
                && !text.contains(u'&') && !text.isEmpty()) {
                text.prepend(u'&');
                add(text, describe(button) + u" (as GNOME/KDE label it: \""_qs + text + u"\")"_qs);
                continue;
            }
            add(text, describe(button));
        } else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy()) {
            add(label->text(), describe(label));
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            add(box->title(), describe(box));
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i), describe(tabs) + u" tab \""_qs + tabs->tabText(i) + u'"');
        }
    }
    QStringList clashes;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
        if (it.value().size() > 1)
            clashes << u"mnemonic '%1' used %2 times: "_qs.arg(it.key()).arg(it.value().size())
                    + it.value().join(u" / "_qs);
    }
    clashes.sort();
    return lost + clashes;
}

// --- 3. keyboard reach and order ---------------------------------------------------------------

// Tab from the focused widget until the focus comes back: the widgets visited, in order.
QList<QWidget *> tabCycle(QWidget *window)
{
    QList<QWidget *> visited;
    if (!QApplication::focusWidget() || QApplication::focusWidget()->window() != window)
        QTest::keyClick(window, Qt::Key_Tab); // a window with no focus yet: Tab gives it some
    QWidget *first = QApplication::focusWidget();
    for (int i = 0; first && i < 300; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus || (i > 0 && focus == first))
            break;
        visited.append(focus);
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    return visited;
}

bool sameRadioGroup(const QAbstractButton *a, const QAbstractButton *b)
{
    if (!qobject_cast<const QRadioButton *>(a) || !qobject_cast<const QRadioButton *>(b))
        return false;
    if (a->group())
        return a->group() == b->group();
    return a->autoExclusive() && b->autoExclusive() && a->parentWidget() == b->parentWidget();
}

// "B is before A when reading": B lies wholly above A, or on A's line and to its left.
bool readsBefore(const QRect &b, const QRect &a)
{
    if (b.bottom() < a.top())
        return true;
    const bool sameLine = b.top() <= a.bottom() && a.top() <= b.bottom();
    return sameLine && b.right() < a.left() && b.top() >= a.top() - 4 && b.top() <= a.top() + 4;
}

QStringList keyboardProblems(QWidget *window)
{
    QStringList problems;
    const QList<QWidget *> cycle = tabCycle(window);
    for (QWidget *w : controlsOf(window)) {
        if (!w->isEnabled())
            continue; // not reachable and not meant to be, until enabled
        // A radio button of an exclusive group: Tab reaches the group's checked one (Qt takes Tab
        // focus from the others on purpose), the arrow keys the rest.
        const auto *button = qobject_cast<const QAbstractButton *>(w);
        const bool viaGroup = std::any_of(cycle.cbegin(), cycle.cend(), [button](QWidget *v) {
            auto *other = qobject_cast<const QAbstractButton *>(v);
            return button && other && other != button && sameRadioGroup(button, other);
        });
        if (cycle.contains(w) || viaGroup)
            continue;
        if ((w->focusPolicy() & Qt::TabFocus) != Qt::TabFocus)
            problems << describe(w) + u": cannot take focus with Tab (focus policy %1)"_qs.arg(int(w->focusPolicy()));
        else
            problems << describe(w) + u": not reached by Tab"_qs;
    }
    // Reading order. Tab starts where the window's focus chain starts (in a wizard: after its
    // Back/Next/... buttons, which come last); from there no widget may read before the one
    // Tab left.
    if (cycle.size() > 1) {
        const auto rectOf = [window](QWidget *w) {
            return QRect(w->mapTo(window, QPoint(0, 0)), w->size());
        };
        QList<QWidget *> wizardButtons;
        if (auto *wizard = qobject_cast<QWizard *>(window)) {
            for (auto which : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                               QWizard::FinishButton, QWizard::CancelButton, QWizard::HelpButton,
                               QWizard::CustomButton1, QWizard::CustomButton2, QWizard::CustomButton3})
                wizardButtons << wizard->button(which);
        }
        qsizetype start = 0;
        for (QWidget *w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain()) {
            if (cycle.contains(w) && !wizardButtons.contains(w)) {
                start = cycle.indexOf(w);
                break;
            }
        }
        for (qsizetype k = 1; k < cycle.size(); ++k) {
            QWidget *a = cycle.at((start + k - 1) % cycle.size());
            QWidget *b = cycle.at((start + k) % cycle.size());
            if (readsBefore(rectOf(b), rectOf(a)))
                problems << u"Tab order goes back up the window: "_qs + describe(a) + u" → "_qs + describe(b);
        }
    }
    if (!problems.isEmpty()) {
        QStringList visits;
        for (QWidget *w : cycle)
            visits << describe(w);
        problems << u"(Tab visits: "_qs + visits.join(u" → "_qs) + u')';
    }
    return problems;
}

// --- reaching each state ---------------------------------------------------------------------

template <typename T>
T *waitForChild(QObject *parent)
{
    T *child = nullptr;
    (void)QTest::qWaitFor([&] {
        child = parent->findChild<T *>();
        return child && child->isVisible();
    }, 5000);
    return child && child->isVisible() ? child : nullptr;
}

QMessageBox *waitForQuestion(QObject *parent)
{
    return waitForChild<QMessageBox>(parent);
}

QPushButton *buttonIn(QWidget *parent, const QString &textPart)
{
    for (QPushButton *button : parent->findChildren<QPushButton *>()) {
        if (button->isVisible() && button->text().remove(u'&').contains(textPart))
            return button;
    }
    return nullptr;
}

bool signedIn(WizardHarness &h, const QString &token = DemoTokens::owner())
{
    return h.goToTokenPage() && h.signIn(token);
}

// The window showing the named state, or nullptr (and why).
QWidget *reach(const QString &state, WizardHarness &h, QString *why)
{
    const auto fail = [why](const QString &reason) -> QWidget * {
        *why = reason;
        return nullptr;
    };
    QWizard *wizard = h.wizard.get();
    // The controls each state needs, by object name (a missing one fails the test by name).
    const auto missing = [&fail] { return fail(u"a control is missing (see the failure above)"_qs); };
    auto *customButton = CHILD_OR_FAIL(QRadioButton, h.welcome(), "customButton");
    auto *customUrl = CHILD_OR_FAIL(QLineEdit, h.welcome(), "customUrlEdit");
    auto *urlMessage = CHILD_OR_FAIL(InlineMessage, h.welcome(), "urlMessage");
    auto *networkButton = CHILD_OR_FAIL(QPushButton, h.welcome(), "networkButton");
    auto *checking = CHILD_OR_FAIL(QWidget, h.tokenPage(), "checkingPanel");
    auto *remember = CHILD_OR_FAIL(QCheckBox, h.tokenPage(), "rememberCheck");
    auto *result = CHILD_OR_FAIL(InlineMessage, h.tokenPage(), "checkResult");
    auto *savedCombo = CHILD_OR_FAIL(QComboBox, h.tokenPage(), "savedCombo");
    auto *journalBanner = CHILD_OR_FAIL(InlineMessage, h.outlets(), "journalBanner");
    auto *pauseBanner = CHILD_OR_FAIL(InlineMessage, h.outlets(), "pauseBanner");
    auto *reauth = CHILD_OR_FAIL(QWidget, h.outlets(), "reauthPanel");
    auto *linkGoFood = CHILD_OR_FAIL(QPushButton, h.outlets(), "linkGoFoodButton");
    auto *linkPayment = CHILD_OR_FAIL(QPushButton, h.outlets(), "linkPaymentButton");
    auto *fillButton = CHILD_OR_FAIL(QPushButton, h.outlets(), "fillButton");
    auto *importButton = CHILD_OR_FAIL(QPushButton, h.outlets(), "importButton");
    if (!customButton || !customUrl || !urlMessage || !networkButton || !checking || !remember
        || !result || !savedCombo || !journalBanner || !pauseBanner || !reauth || !linkGoFood
        || !linkPayment || !fillButton || !importButton)
        return missing();
    if (state == u"welcome") {
        QTest::mouseClick(customButton, Qt::LeftButton);
        customUrl->setText(u"http://example.com"_qs); // not loopback: a warning shows
        return urlMessage->isVisible() ? wizard : fail(u"no URL warning"_qs);
    }
    if (state == u"network settings") {
        QTest::mouseClick(networkButton, Qt::LeftButton);
        auto *dialog = waitForChild<NetworkSettingsDialog>(h.welcome());
        if (!dialog)
            return fail(u"no dialog"_qs);
        auto *http = CHILD_OR_FAIL(QRadioButton, dialog, "httpButton");
        auto *message = CHILD_OR_FAIL(InlineMessage, dialog, "proxyMessage");
        if (!http || !message)
            return missing();
        http->setChecked(true);
        dialog->accept(); // no host: a message, the dialog stays
        return message->isVisible() ? dialog : fail(u"no message"_qs);
    }
    if (state == u"sign-in help") {
        if (!h.goToTokenPage())
            return fail(u"no token page"_qs);
        QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
        return wizard->currentId() == OutletWizard::SignInHelpPageId ? wizard : fail(u"not on the help page"_qs);
    }
    if (state == u"sign in" || state == u"sign-in waiting") {
        // The link goes to a stand-in, never to a browser on this machine.
        static BrowserStandIn browser;
        h.server->signInSettings().pollIntervalSeconds = 0.05;
        h.controller->setPartnerProfile(brokerProfile(*h.server));
        if (!h.goToTokenPage())
            return fail(u"no token page"_qs);
        if (state == u"sign in")
            return wizard;
        auto *signIn = CHILD_OR_FAIL(QPushButton, h.tokenPage(), "signInButton");
        auto *waiting = CHILD_OR_FAIL(QWidget, h.tokenPage(), "signInWaitPanel");
        if (!signIn || !waiting)
            return missing();
        QTest::mouseClick(signIn, Qt::LeftButton);
        return QTest::qWaitFor([waiting] { return waiting->isVisible(); }, 10000)
            ? wizard
            : fail(u"the sign-in did not start waiting for the browser"_qs);
    }
    if (state == u"token") {
        if (!h.goToTokenPage())
            return fail(u"no token page"_qs);
        h.typeToken(DemoTokens::owner());
        return wizard;
    }
    if (state == u"token checking") {
        if (!h.goToTokenPage())
            return fail(u"no token page"_qs);
        h.typeToken(DemoTokens::owner());
        h.server->faults().failNext(FaultRoute::TokenInfo, Fault::hang());
        h.clickNext();
        return checking->isVisible() ? wizard : fail(u"no busy panel"_qs);
    }
    if (state == u"token remembered, check failed") {
        // A remembered token (the Account box) and a failed check with "Try again", together.
        if (!h.goToTokenPage())
            return fail(u"no token page"_qs);
        h.typeToken(DemoTokens::owner());
        remember->setChecked(true);
        h.clickNext();
        if (!QTest::qWaitFor([&] { return wizard->currentId() == OutletWizard::OutletsPageId; }, 5000))
            return fail(u"not signed in"_qs);
        QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
        h.typeToken(DemoTokens::owner() + u"x"_qs);
        h.server->faults().failNext(FaultRoute::TokenInfo, Fault::httpError(503), 50);
        h.clickNext();
        if (!QTest::qWaitFor([&] { return buttonIn(result, u"again"_qs) != nullptr; }, 10000))
            return fail(u"no Try again: "_qs + result->text());
        return savedCombo->isVisible() ? wizard : fail(u"no remembered token"_qs);
    }
    if (state == u"outlets") {
        if (!signedIn(h))
            return fail(u"not signed in"_qs);
        return h.selectRows({1, 2}) ? wizard : missing();
    }
    if (state == u"outlets journal unwritable") {
        if (!signedIn(h))
            return fail(u"not signed in"_qs);
        if (!h.selectRows({1}))
            return missing();
        return buttonIn(journalBanner, u"journal"_qs) ? wizard : fail(u"no journal banner"_qs);
    }
    if (state == u"outlets paused") {
        if (!signedIn(h))
            return fail(u"not signed in"_qs);
        h.fillAllExternalIds();
        h.server->stop();
        if (!h.selectRows({0, 1, 2, 3, 4, 5}))
            return missing();
        QTest::mouseClick(linkPayment, Qt::LeftButton);
        (void)QTest::qWaitFor([&] { return pauseBanner->isVisible(); }, 15000);
        return pauseBanner->isVisible() ? wizard : fail(u"the run did not pause"_qs);
    }
    if (state == u"outlets token expired") {
        if (!signedIn(h))
            return fail(u"not signed in"_qs);
        h.fillAllExternalIds();
        h.server->faults().failNext(FaultRoute::Link, Fault::httpError(401), 5);
        Prompt::setNextAnswer(ChangeConfirmations::Confirm); // Auto Accept
        if (!h.selectRows({0, 1}))
            return missing();
        QTest::mouseClick(linkGoFood, Qt::LeftButton);
        (void)QTest::qWaitFor([&] { return reauth->isVisible(); }, 5000);
        return reauth->isVisible() ? wizard : fail(u"no token panel"_qs);
    }
    if (state == u"fill from a pattern" || state == u"fill from a CSV file") {
        if (!signedIn(h))
            return fail(u"not signed in"_qs);
        if (!h.selectRows({0, 1}))
            return missing();
        const bool csv = state.contains(u"CSV"_qs);
        QTest::mouseClick(csv ? importButton : fillButton, Qt::LeftButton);
        auto *dialog = waitForChild<ExternalIdFillDialog>(h.outlets());
        if (!dialog)
            return fail(u"no dialog"_qs);
        if (csv) {
            dialog->loadCsvBytes((h.outletId(0) + u",POS-1\nG000000000,POS-2\n"_qs + h.outletId(1) + u",\n"_qs).toUtf8(),
                                 u"ids.csv"_qs);
            auto *preview = CHILD_OR_FAIL(QTableWidget, dialog, "csvPreview");
            if (!preview)
                return missing();
            if (preview->rowCount() != 3)
                return fail(u"no CSV preview"_qs);
        }
        return dialog;
    }
    if (state == u"Auto Accept question") {
        if (!signedIn(h))
            return fail(u"not signed in"_qs);
        h.fillAllExternalIds();
        if (!h.selectRows({0}))
            return missing();
        QTest::mouseClick(linkGoFood, Qt::LeftButton);
        QMessageBox *box = waitForQuestion(h.outlets());
        return box ? static_cast<QWidget *>(box) : fail(u"no question"_qs);
    }
    if (state == u"roles question") {
        if (!signedIn(h, DemoTokens::cashier()))
            return fail(u"not signed in"_qs);
        h.fillAllExternalIds(); // a link without one is refused in its cell, never asked about
        if (!h.selectRows({0}))
            return missing();
        QTest::mouseClick(linkPayment, Qt::LeftButton);
        QMessageBox *box = waitForQuestion(h.outlets());
        return box ? static_cast<QWidget *>(box) : fail(u"no question"_qs);
    }
    if (state == u"close while busy question") {
        if (!signedIn(h))
            return fail(u"not signed in"_qs);
        h.fillAllExternalIds();
        h.server->faults().failNext(FaultRoute::Link, Fault::hang(), 1);
        Prompt::setNextAnswer(ChangeConfirmations::Confirm); // Auto Accept
        if (!h.selectRows({0}))
            return missing();
        QTest::mouseClick(linkGoFood, Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return h.server->pendingReplies() == 1; }, 5000))
            return fail(u"nothing in flight"_qs);
        wizard->close();
        QMessageBox *box = waitForQuestion(wizard);
        return box ? static_cast<QWidget *>(box) : fail(u"no question"_qs);
    }
    if (state == u"summary") {
        if (!signedIn(h))
            return fail(u"not signed in"_qs);
        h.fillAllExternalIds();
        Prompt::setNextAnswer(ChangeConfirmations::Confirm);
        if (!h.selectRows({0, 1}))
            return missing();
        QTest::mouseClick(linkGoFood, Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return h.server->links().size() == 2 && h.idle(); }, 5000))
            return fail(u"not linked"_qs);
        h.clickNext();
        if (wizard->currentId() != OutletWizard::SummaryPageId)
            return fail(u"no summary"_qs);
        // The report is read from the journal: the page is audited as the person sees it then.
        if (!QTest::qWaitFor([&] { return h.summary()->isReady(); }, 5000))
            return fail(u"summary not read"_qs);
        return wizard;
    }
    if (state == u"network log" || state == u"diagnostics bundle") {
        if (!signedIn(h))
            return fail(u"not signed in"_qs);
        QTest::keySequence(wizard, OutletWizard::networkLogShortcut());
        NetworkLogWindow *log = h.wizard->networkLogWindow();
        if (!QTest::qWaitFor([log] { return log->isVisible(); }, 5000))
            return fail(u"the network log did not open"_qs);
        log->findChild<QTableView *>(u"networkLogTable"_qs)->selectRow(0);
        if (state == u"network log")
            return log;
        auto *bundle = log->findChild<QPushButton *>(u"diagnosticsBundleButton"_qs);
        if (!bundle)
            return missing();
        QTest::mouseClick(bundle, Qt::LeftButton);
        auto *preview = log->findChild<BundlePreviewDialog *>();
        if (!preview || !QTest::qWaitFor([preview] {
                auto *save = preview->findChild<QPushButton *>(u"saveBundleButton"_qs);
                return preview->isVisible() && save && save->isEnabled();
            }, 10000))
            return fail(u"the bundle was not gathered"_qs);
        return preview;
    }
    return fail(u"unknown state "_qs + state);
}

std::unique_ptr<WizardHarness> harnessFor(const QString &state)
{
    if (state == u"outlets journal unwritable") {
        return std::make_unique<WizardHarness>([](WizardHarness &h) {
            // The journal's folder would have to be created inside a regular file.
            const QString blocker = h.journalDir->filePath(u"blocker"_qs);
            QFile file(blocker);
            if (file.open(QIODevice::WriteOnly))
                file.write("not a folder");
            h.journalPath = blocker + u"/link-journal.sqlite"_qs;
        });
    }
    return std::make_unique<WizardHarness>();
}

const QStringList allStates = {
    u"welcome"_qs, u"network settings"_qs, u"sign-in help"_qs, u"sign in"_qs, u"sign-in waiting"_qs, u"token"_qs, u"token checking"_qs,
    u"token remembered, check failed"_qs, u"outlets"_qs, u"outlets journal unwritable"_qs, u"outlets paused"_qs,
    u"outlets token expired"_qs, u"fill from a pattern"_qs, u"fill from a CSV file"_qs,
    u"Auto Accept question"_qs, u"roles question"_qs, u"close while busy question"_qs,
    u"summary"_qs, u"network log"_qs, u"diagnostics bundle"_qs};

// --- colours ---------------------------------------------------------------------------------

double luminance(QColor c)
{
    const auto channel = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    c = c.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// WCAG contrast ratio, 1 to 21.
double contrast(QColor a, QColor b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The highest contrast any pixel of image in rect has against background.
double maxContrast(const QImage &image, const QRect &rect, QColor background)
{
    double best = 1.0;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            best = std::max(best, contrast(image.pixelColor(x, y), background));
    }
    return best;
}

QColor mostFrequentColor(const QImage &image, const QRect &rect)
{
    QHash<QRgb, int> counts;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb best = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return QColor::fromRgb(best);
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xbf));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x44, 0x44, 0x44));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

// Colours written into the program instead of taken from the palette: style sheets (a palette()
// reference is fine), widget palettes that differ from the application's, rich text colours.
QStringList hardCodedColours(QWidget *window)
{
    static const QRegularExpression colour(
        uR"(#[0-9a-f]{3,8}\b|\b(rgba?|hsla?|hsva?)\s*\(|\b(white|black|red|green|blue|yellow|orange|gr[ae]y|silver|navy|maroon|purple|teal|olive|lime|aqua|fuchsia|darkred|darkgreen|darkblue|lightgr[ae]y|darkgr[ae]y)\b)"_qs,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression richColour(uR"(color\s*[:=])"_qs,
                                               QRegularExpression::CaseInsensitiveOption);
    QStringList problems;
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *w : std::as_const(widgets)) {
        if (w->window() != window)
            continue;
        const QString sheet = w->styleSheet();
        if (const auto match = colour.match(sheet); match.hasMatch()) {
            problems << describe(w) + u": style sheet colour \""_qs + match.captured() + u"\" in: "_qs + sheet;
        } else if (w->testAttribute(Qt::WA_SetPalette) && sheet.isEmpty()) {
            // A palette of its own (not from a style sheet): colours that differ from the
            // application's were set in the code.
            const QPalette own = w->palette();
            const QPalette app = QApplication::palette(w);
            QStringList roles;
            for (int role = 0; role < QPalette::NColorRoles; ++role) {
                const auto r = QPalette::ColorRole(role);
                if (r == QPalette::NoRole || !(own.resolveMask() & (QPalette::ResolveMask(1) << role)))
                    continue;
                if (own.color(QPalette::Active, r) != app.color(QPalette::Active, r))
                    roles << u"%1=%2"_qs.arg(role).arg(own.color(QPalette::Active, r).name());
            }
            if (!roles.isEmpty())
                problems << describe(w) + u": a palette of its own (roles "_qs + roles.join(u", "_qs) + u')';
        }
        QStringList texts{w->toolTip()};
        if (auto *label = qobject_cast<QLabel *>(w); label && label->textFormat() != Qt::PlainText)
            texts << label->text();
        for (const QString &text : std::as_const(texts)) {
            if (Qt::mightBeRichText(text) && richColour.match(text).hasMatch())
                problems << describe(w) + u": rich text sets a colour: "_qs + text.left(80);
        }
    }
    return problems;
}

// Text and icon of each visible message keep their contrast against the message's own
// background, measured in the grabbed image.
QStringList messageContrast(QWidget *window, const QString &where, QStringList *measured)
{
    QStringList problems;
    for (InlineMessage *message : window->findChildren<InlineMessage *>()) {
        if (message->window() != window || !message->isVisibleTo(window))
            continue;
        const QImage image = message->grab().toImage();
        const QColor expected = message->palette().color(message->backgroundRole());
        const QColor background = mostFrequentColor(image, image.rect());
        if (contrast(background, expected) > 1.1)
            problems << describe(message) + u": background %1 is not the palette's %2"_qs.arg(background.name(), expected.name());
        QLabel *icon = nullptr;
        QLabel *text = nullptr;
        for (QLabel *label : message->findChildren<QLabel *>(Qt::FindDirectChildrenOnly)) {
            if (!label->pixmap().isNull())
                icon = label;
            else if (label->text() == message->text() && !label->text().isEmpty())
                text = label;
        }
        if (!icon || !text) {
            problems << describe(message) + u": no icon or text label found"_qs;
            continue;
        }
        const double textContrast = maxContrast(image, text->geometry(), background);
        const double iconContrast = maxContrast(image, icon->geometry(), background);
        *measured << u"%1: message \"%2…\": text %3:1, icon %4:1"_qs.arg(where, message->text().left(30))
                         .arg(textContrast, 0, 'f', 1).arg(iconContrast, 0, 'f', 1);
        if (textContrast < 4.5)
            problems << describe(message) + u": text contrast %1:1 < 4.5:1"_qs.arg(textContrast, 0, 'f', 1);
        if (iconContrast < 3.0)
            problems << describe(message) + u": icon contrast %1:1 < 3:1"_qs.arg(iconContrast, 0, 'f', 1);
    }
    return problems;
}

// Labels whose text does not fit the height the layout gave them: cut off, or drawn over the
// next widget.
QStringList squeezedLabels(QWidget *window)
{
    QStringList problems;
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->window() != window || !label->isVisibleTo(window) || label->text().isEmpty()
            || !label->pixmap().isNull())
            continue;
        const int needs = label->wordWrap() ? label->heightForWidth(label->width())
                                            : label->minimumSizeHint().height();
        if (label->height() < needs)
            problems << describe(label) + u": %1 px high, its text needs %2"_qs.arg(label->height()).arg(needs);
    }
    return problems;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void checksCanFail();
    void everyControl_data();
    void everyControl();
    void linkStateIsText();
    void darkTheme();
    void fitsLaptopScreen_data();
    void fitsLaptopScreen();
    void screenChild();
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

// A window built with one of each mistake: each check must name it, and only it.
void TestAccessibility::checksCanFail()
{
    QDialog dialog;
    auto *layout = new QVBoxLayout(&dialog);
    auto *unlabelled = new QLineEdit(&dialog);
    unlabelled->setObjectName(u"unlabelled"_qs);
    auto *combo = new QComboBox(&dialog); // named only by its value
    combo->addItems({u"First"_qs, u"Second"_qs});
    auto *labelled = new QLineEdit(&dialog);
    auto *label = new QLabel(u"&Go to:"_qs, &dialog);
    label->setBuddy(labelled);
    auto *go = new QPushButton(u"&Go"_qs, &dialog); // clashes with the label's G
    auto *mouseOnly = new QPushButton(u"Mouse &only"_qs, &dialog);
    mouseOnly->setFocusPolicy(Qt::ClickFocus);
    auto *iconOnly = new QToolButton(&dialog);
    iconOnly->setIcon(themeIcon(u"info"_qs));
    iconOnly->setFocusPolicy(Qt::StrongFocus);
    auto *red = new QLabel(u"Careful"_qs, &dialog);
    red->setStyleSheet(u"QLabel { color: #c00000; background: palette(base); }"_qs);
    auto *rich = new QLabel(u"<b style=\"color: white\">White</b>"_qs, &dialog);
    auto *zoom = new QToolButton(&dialog); // shows "Zoom": the action's &Z is lost
    zoom->setDefaultAction(new QAction(u"&Zoom"_qs, zoom));
    zoom->setFocusPolicy(Qt::StrongFocus);
    auto *bottom = new QPushButton(u"&Bottom"_qs, &dialog);
    auto *top = new QPushButton(u"&Top"_qs, &dialog); // created last, shown first
    layout->addWidget(top);
    for (QWidget *w : std::initializer_list<QWidget *>{unlabelled, combo, label, labelled, go,
                                                       mouseOnly, iconOnly, red, rich, zoom, bottom})
        layout->addWidget(w);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));

    const QStringList names = unnamedControls(&dialog);
    QCOMPARE(names.size(), 3);
    QVERIFY2(names.at(0).startsWith(u"QLineEdit #unlabelled"_qs) && names.at(0).contains(u"no label"_qs), qPrintable(names.at(0)));
    QVERIFY2(names.at(1).startsWith(u"QComboBox"_qs) && names.at(1).contains(u"only \"First\""_qs), qPrintable(names.at(1)));
    QVERIFY2(names.at(2).startsWith(u"QToolButton"_qs), qPrintable(names.at(2)));

    const QStringList clashes = mnemonicProblems(&dialog);
    QVERIFY2(clashes.size() == 2, qPrintable(clashes.join(u'\n')));
    QVERIFY2(clashes.at(0).startsWith(u"QToolButton \"Zoom\""_qs) && clashes.at(0).contains(u"not on the button"_qs),
             qPrintable(clashes.at(0)));
    QVERIFY2(clashes.at(1).startsWith(u"mnemonic 'g' used 2 times"_qs), qPrintable(clashes.at(1)));

    const QStringList keyboard = keyboardProblems(&dialog);
    QVERIFY2(keyboard.size() == 3, qPrintable(keyboard.join(u'\n')));
    QVERIFY2(keyboard.at(0).startsWith(u"QPushButton \"Mouse &only\""_qs) && keyboard.at(0).contains(u"cannot take focus"_qs),
             qPrintable(keyboard.at(0)));
    QVERIFY2(keyboard.at(1).contains(u"goes back up"_qs) && keyboard.at(1).endsWith(u"QPushButton \"&Top\" in QDialog"_qs),
             qPrintable(keyboard.at(1)));
    QVERIFY2(keyboard.at(2).startsWith(u"(Tab visits: QLineEdit #unlabelled"_qs), qPrintable(keyboard.at(2)));

    const QStringList colours = hardCodedColours(&dialog);
    QVERIFY2(colours.size() == 2, qPrintable(colours.join(u'\n')));
    QVERIFY(colours.at(0).contains(u"#c00000"_qs));
    QVERIFY(colours.at(1).contains(u"rich text"_qs));
    red->setStyleSheet(u"QLabel { color: palette(link); }"_qs);
    QCOMPARE(hardCodedColours(&dialog).size(), 1);

    // A wrapped text given one line's height.
    QVERIFY2(squeezedLabels(&dialog).isEmpty(), qPrintable(squeezedLabels(&dialog).join(u'\n')));
    auto *squeezed = new QLabel(u"A sentence long enough to need a few lines at this width."_qs, &dialog);
    squeezed->setWordWrap(true);
    squeezed->setFixedSize(120, squeezed->fontMetrics().height());
    layout->addWidget(squeezed);
    QCoreApplication::processEvents();
    const QStringList cut = squeezedLabels(&dialog);
    QVERIFY2(cut.size() == 1 && cut.at(0).startsWith(u"QLabel \"A sentence"_qs), qPrintable(cut.join(u'\n')));
    delete squeezed;

    // Contrast: grey on grey is caught.
    QCOMPARE(qRound(contrast(Qt::black, Qt::white)), 21);
    QVERIFY(contrast(QColor(0x6b, 0x6b, 0x6b), QColor(0x55, 0x55, 0x55)) < 1.5);
    auto *message = new InlineMessage(&dialog);
    QPalette dim = message->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::AlternateBase).darker(110));
    message->setPalette(dim);
    message->showMessage(InlineMessage::Type::Info, u"Hard to read"_qs);
    layout->addWidget(message);
    QCoreApplication::processEvents();
    QStringList measured;
    const QStringList low = messageContrast(&dialog, u"test"_qs, &measured);
    QVERIFY2(low.size() == 1 && low.at(0).contains(u"text contrast"_qs), qPrintable(low.join(u'\n')));
}

void TestAccessibility::everyControl_data()
{
    QTest::addColumn<QString>("state");
    for (const QString &state : allStates)
        QTest::newRow(qPrintable(state)) << state;
}

void TestAccessibility::everyControl()
{
    QFETCH(QString, state);
    const std::unique_ptr<WizardHarness> harness = harnessFor(state);
    WizardHarness &h = *harness;
    QVERIFY(QTest::qWaitForWindowActive(h.wizard.get()));
    QString why;
    QWidget *window = reach(state, h, &why);
    QVERIFY2(window, qPrintable(why));
    QVERIFY(QTest::qWaitForWindowActive(window));
    QCoreApplication::processEvents();
    QVERIFY2(controlsOf(window).size() >= 2, "nothing to check: the state was not reached");

    QStringList problems;
    for (const QString &p : unnamedControls(window))
        problems << u"[name] "_qs + p;
    for (const QString &p : mnemonicProblems(window))
        problems << u"[mnemonic] "_qs + p;
    for (const QString &p : keyboardProblems(window))
        problems << u"[keyboard] "_qs + p;
    for (const QString &p : squeezedLabels(window))
        problems << u"[layout] "_qs + p;
    QVERIFY2(problems.isEmpty(), qPrintable(state + u":\n    "_qs + problems.join(u"\n    "_qs)));
}

// The state of a product cell is text a screen reader reads (display text, accessible text,
// the accessible table cell's name), never only its icon, check mark or colour; the same holds
// for the summary's result and the CSV preview's result.
void TestAccessibility::linkStateIsText()
{
    WizardHarness h;
    QVERIFY(h.goToTokenPage());
    QVERIFY(h.signIn(DemoTokens::owner()));
    OutletsPage *page = h.outlets();
    FIND_CHILD(QTableView, table, page, "outletTable");
    FIND_CHILD(OutletTableProxy, proxy, page, "outletProxy");
    FIND_CHILD(QPushButton, linkGoFood, page, "linkGoFoodButton");
    FIND_CHILD(QPushButton, importButton, page, "importButton");
    // Row 0 fails (GoBiz refuses it), rows 1 and 2 get linked, the rest stay as GoBiz reported.
    h.controller->applyExternalIds({{h.outletId(0), u"POS-0"_qs}, {h.outletId(1), u"POS-1"_qs},
                                    {h.outletId(2), u"POS-2"_qs}});
    h.server->faults().failNext(FaultRoute::Link, Fault::httpError(403), 1);
    Prompt::setNextAnswer(ChangeConfirmations::Confirm);
    QVERIFY(h.selectRows({0, 1, 2}));
    QTest::mouseClick(linkGoFood, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.server->isLinked(h.outletId(2), u"gofood"_qs) && h.idle(), 5000);

    QAccessibleInterface *tableIface = QAccessible::queryAccessibleInterface(table);
    QVERIFY(tableIface && tableIface->tableInterface());
    QAccessibleTableInterface *cells = tableIface->tableInterface();
    QCOMPARE(cells->rowCount(), proxy->rowCount());
    QStringList problems;
    QHash<int, QString> textByState;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        for (int column = 0; column < proxy->columnCount(); ++column) {
            const QModelIndex index = proxy->index(row, column);
            const bool hasIcon = !index.data(Qt::DecorationRole).value<QIcon>().isNull();
            const QString display = index.data(Qt::DisplayRole).toString();
            QAccessibleInterface *cell = cells->cellAt(row, column);
            const QString name = cell ? cell->text(QAccessible::Name) : QString();
            const QString where = u"row %1 column %2 (%3)"_qs.arg(row).arg(column).arg(
                proxy->headerData(column, Qt::Horizontal).toString());
            if (hasIcon && display.trimmed().isEmpty())
                problems << where + u": an icon without text"_qs;
            if (!OutletModel::productOf(proxy->mapToSource(index).column()))
                continue;
            const int state = index.data(OutletModel::LinkStateRole).toInt();
            const QString stateText = OutletModel::stateText(gobiz::LinkState(state));
            if (display != stateText)
                problems << where + u": shows \""_qs + display + u"\", not the state \""_qs + stateText + u'"';
            if (index.data(Qt::AccessibleTextRole).toString() != stateText)
                problems << where + u": accessible text \""_qs + index.data(Qt::AccessibleTextRole).toString() + u'"';
            if (name != stateText)
                problems << where + u": a screen reader reads \""_qs + name + u'"';
            if (textByState.contains(state) && textByState.value(state) != name)
                problems << where + u": one state, two texts"_qs;
            textByState.insert(state, name);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // Three different states were seen (Failed, Linked, and GoBiz's own), with three texts.
    QVERIFY2(textByState.size() >= 3, qPrintable(QStringList(textByState.values()).join(u", "_qs)));
    QCOMPARE(QSet<QString>(textByState.cbegin(), textByState.cend()).size(), textByState.size());
    QCOMPARE(textByState.value(int(gobiz::LinkState::Linked)), OutletModel::stateText(gobiz::LinkState::Linked));
    QVERIFY(textByState.contains(int(gobiz::LinkState::Failed)));

    // The CSV preview's result column.
    QTest::mouseClick(importButton, Qt::LeftButton);
    ExternalIdFillDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<ExternalIdFillDialog *>()) && dialog->isVisible());
    dialog->loadCsvBytes((h.outletId(3) + u",POS-3\nG000000000,POS-X\n"_qs).toUtf8(), u"ids.csv"_qs);
    FIND_CHILD(QTableWidget, preview, dialog, "csvPreview");
    QCOMPARE(preview->rowCount(), 2);
    for (int row = 0; row < preview->rowCount(); ++row) {
        QTableWidgetItem *result = preview->item(row, preview->columnCount() - 1);
        QVERIFY(!result->icon().isNull());
        QVERIFY2(!result->text().isEmpty(), qPrintable(u"CSV preview row %1: icon only"_qs.arg(row)));
        QAccessibleInterface *cell = QAccessible::queryAccessibleInterface(preview)->tableInterface()->cellAt(row, preview->columnCount() - 1);
        QCOMPARE(cell->text(QAccessible::Name), result->text());
    }
    QVERIFY(preview->item(0, 5)->text() != preview->item(1, 5)->text());
    dialog->reject();

    // The summary's result column.
    h.clickNext();
    QCOMPARE(h.wizard->currentId(), int(OutletWizard::SummaryPageId));
    QTRY_VERIFY(h.summary()->isReady()); // read from the journal
    FIND_CHILD(QTableView, summary, h.summary(), "summaryTable");
    QVERIFY(summary->model()->rowCount() >= 2);
    QAccessibleTableInterface *summaryCells = QAccessible::queryAccessibleInterface(summary)->tableInterface();
    for (int row = 0; row < summary->model()->rowCount(); ++row) {
        const QModelIndex result = summary->model()->index(row, 3);
        QVERIFY(!result.data(Qt::DecorationRole).value<QIcon>().isNull());
        const QString text = result.data().toString();
        QVERIFY2(!text.isEmpty(), qPrintable(u"summary row %1: icon only"_qs.arg(row)));
        QCOMPARE(summaryCells->cellAt(row, 3)->text(QAccessible::Name), text);
    }
}

// Dark palette (Fusion): nothing hard-coded, messages and state icons stay visible.
void TestAccessibility::darkTheme()
{
    const QString oldStyle = QApplication::style()->name();
    const QPalette oldPalette = QApplication::palette();
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_qs));
    QApplication::setPalette(darkPalette());
    auto restore = qScopeGuard([&] {
        QApplication::setStyle(QStyleFactory::create(oldStyle));
        QApplication::setPalette(oldPalette);
    });

    QStringList problems;
    QStringList measured;
    int shots = 0;
    const auto check = [&](QWidget *window, const QString &name) {
        QCoreApplication::processEvents();
        const QImage image = window->grab().toImage();
        image.save(u"/tmp/dark-%1.png"_qs.arg(name));
        ++shots;
        // Most of the window is drawn in the dark palette's colours, not a light default.
        const QColor background = mostFrequentColor(image, image.rect());
        if (luminance(background) > 0.2)
            problems << name + u": the window is mostly light (%1)"_qs.arg(background.name());
        for (const QString &p : hardCodedColours(window))
            problems << name + u": "_qs + p;
        for (const QString &p : squeezedLabels(window))
            problems << name + u": "_qs + p;
        problems << messageContrast(window, name, &measured);
    };

    WizardHarness h;
    QVERIFY(QTest::qWaitForWindowExposed(h.wizard.get()));
    FIND_CHILD(QRadioButton, customButton, h.welcome(), "customButton");
    FIND_CHILD(QLineEdit, customUrl, h.welcome(), "customUrlEdit");
    FIND_CHILD(InlineMessage, urlMessage, h.welcome(), "urlMessage");
    FIND_CHILD(QPushButton, networkButton, h.welcome(), "networkButton");
    QTest::mouseClick(customButton, Qt::LeftButton);
    customUrl->setText(u"http://example.com"_qs);
    QVERIFY(urlMessage->isVisible());
    check(h.wizard.get(), u"1-welcome"_qs);

    QTest::mouseClick(networkButton, Qt::LeftButton);
    NetworkSettingsDialog *network = nullptr;
    QTRY_VERIFY((network = h.welcome()->findChild<NetworkSettingsDialog *>()) && network->isVisible());
    FIND_CHILD(QRadioButton, http, network, "httpButton");
    http->setChecked(true);
    network->accept();
    check(network, u"2-network-settings"_qs);
    network->reject();

    QVERIFY(h.goToTokenPage());
    QTest::mouseClick(h.wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(h.wizard->currentId(), int(OutletWizard::SignInHelpPageId));
    check(h.wizard.get(), u"3-sign-in-help"_qs);
    h.clickNext();
    h.typeToken(u"  Bearer "_qs + DemoTokens::owner());
    FIND_CHILD(InlineMessage, feedback, h.tokenPage(), "tokenFeedback");
    QVERIFY(feedback->isVisible());
    check(h.wizard.get(), u"4-token"_qs);

    h.clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(h.wizard->currentId(), int(OutletWizard::OutletsPageId), 5000);
    OutletsPage *page = h.outlets();
    FIND_CHILD(QTableView, table, page, "outletTable");
    FIND_CHILD(OutletTableProxy, proxy, page, "outletProxy");
    FIND_CHILD(QPushButton, linkGoFood, page, "linkGoFoodButton");
    FIND_CHILD(QPushButton, importButton, page, "importButton");
    h.controller->applyExternalIds({{h.outletId(0), u"POS-0"_qs}, {h.outletId(1), u"POS-1"_qs},
                                    {h.outletId(2), u"POS-2"_qs}});
    h.server->faults().failNext(FaultRoute::Link, Fault::httpError(403), 1);
    Prompt::setNextAnswer(ChangeConfirmations::Confirm);
    QVERIFY(h.selectRows({0, 1, 2}));
    QTest::mouseClick(linkGoFood, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.server->isLinked(h.outletId(2), u"gofood"_qs) && h.idle(), 5000);
    FIND_CHILD(InlineMessage, outcome, page, "outcomeBanner");
    QTRY_VERIFY(outcome->isVisible()); // row 0 was refused by GoBiz
    check(h.wizard.get(), u"5-outlets"_qs);

    // The state icons, as the table draws them: over the row colours and the selection.
    const QSize iconSize = table->iconSize().isValid() ? table->iconSize()
                                                       : QSize(16, 16);
    for (int column : {int(OutletModel::GoFoodColumn), int(OutletModel::PaymentColumn)}) {
        table->scrollTo(proxy->index(0, column));
        const QImage windowImage = h.wizard->grab().toImage();
        if (column == OutletModel::GoFoodColumn)
            windowImage.save(u"/tmp/dark-5-outlets-states.png"_qs);
        const QPoint viewportOrigin = table->viewport()->mapTo(h.wizard.get(), QPoint(0, 0));
        for (int row = 0; row < 4; ++row) {
            const QModelIndex index = proxy->index(row, column);
            QStyleOptionViewItem option;
            option.initFrom(table->viewport());
            option.rect = table->visualRect(index).translated(viewportOrigin);
            option.features = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay
                | QStyleOptionViewItem::HasDecoration;
            option.decorationSize = iconSize;
            option.text = index.data().toString();
            option.icon = index.data(Qt::DecorationRole).value<QIcon>();
            const QRect iconRect = table->style()->subElementRect(QStyle::SE_ItemViewItemDecoration, &option, table);
            const QColor cellBackground = mostFrequentColor(windowImage, option.rect);
            const double c = maxContrast(windowImage, iconRect, cellBackground);
            const bool selected = table->selectionModel()->isSelected(index);
            measured << u"outlets: \"%1\" icon in row %2%3: %4:1 on %5"_qs.arg(option.text).arg(row)
                            .arg(selected ? u" (selected)"_qs : QString()).arg(c, 0, 'f', 1).arg(cellBackground.name());
            if (!windowImage.rect().contains(option.rect))
                problems << u"outlets: row %1 column %2 is not on screen"_qs.arg(row).arg(column);
            else if (c < 3.0 && !selected)
                problems << u"outlets: the \"%1\" icon in row %2 has contrast %3:1 < 3:1 on %4"_qs
                                .arg(option.text).arg(row).arg(c, 0, 'f', 1).arg(cellBackground.name());
        }
    }
    // Every state icon over both row colours of this dark palette. Only reported: on the
    // selection colour (the cell's text turns to HighlightedText and carries the state), and in
    // Fusion's light palette, for comparison.
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_qs));
    const QList<QPalette> palettes{table->palette(), fusion->standardPalette()};
    for (qsizetype which = 0; which < palettes.size(); ++which) {
        const QPalette &palette = palettes.at(which);
        for (const QString &icon : {u"unknown"_qs, u"not-linked"_qs, u"pending"_qs, u"linked"_qs, u"failed"_qs, u"primary"_qs}) {
            for (auto role : {QPalette::Base, QPalette::AlternateBase, QPalette::Highlight}) {
                QImage drawn(iconSize, QImage::Format_ARGB32);
                drawn.fill(palette.color(role));
                QPainter painter(&drawn);
                themeIcon(icon).paint(&painter, drawn.rect());
                painter.end();
                const double c = maxContrast(drawn, drawn.rect(), palette.color(role));
                measured << u"icon %1 on %2: %3:1"_qs.arg(icon, palette.color(role).name()).arg(c, 0, 'f', 2);
                if (c < 3.0 && role != QPalette::Highlight && which == 0)
                    problems << u"icon %1 on %2 (palette role %3): contrast %4:1 < 3:1"_qs.arg(icon, palette.color(role).name())
                                    .arg(int(role)).arg(c, 0, 'f', 2);
            }
        }
    }

    QTest::mouseClick(importButton, Qt::LeftButton);
    ExternalIdFillDialog *fill = nullptr;
    QTRY_VERIFY((fill = page->findChild<ExternalIdFillDialog *>()) && fill->isVisible());
    fill->loadCsvBytes((h.outletId(3) + u",POS-3\nG000000000,POS-X\n"_qs + h.outletId(4) + u",\n"_qs).toUtf8(), u"ids.csv"_qs);
    check(fill, u"6-csv-preview"_qs);
    fill->reject();

    QVERIFY(h.selectRows({3}));
    h.controller->applyExternalIds({{h.outletId(3), u"POS-3"_qs}});
    h.controller->setAutoAcceptConfirmed(false);
    QTest::mouseClick(linkGoFood, Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = page->findChild<QMessageBox *>()) && box->isVisible());
    check(box, u"7-auto-accept"_qs);
    box->reject();
    QTRY_VERIFY(!page->findChild<QMessageBox *>());

    h.clickNext();
    QCOMPARE(h.wizard->currentId(), int(OutletWizard::SummaryPageId));
    QTRY_VERIFY(h.summary()->isReady()); // read from the journal
    FIND_CHILD(InlineMessage, reminder, h.summary(), "autoAcceptReminder");
    QVERIFY(reminder->isVisible());
    check(h.wizard.get(), u"8-summary"_qs);

    qInfo().noquote() << u"dark theme, measured contrast:\n  "_qs + measured.join(u"\n  "_qs);
    QCOMPARE(shots, 8);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// The window on a 1366x768 laptop screen, at 100% and at 150% (QT_SCALE_FACTOR=1.5): measured in
// a child process whose offscreen screen is that size.
void TestAccessibility::fitsLaptopScreen_data()
{
    QTest::addColumn<QString>("scale");
    QTest::newRow("100%") << u"1"_qs;
    QTest::newRow("150%") << u"1.5"_qs;
}

void TestAccessibility::fitsLaptopScreen()
{
    QFETCH(QString, scale);
    QTemporaryDir dir;
    const QString config = dir.filePath(u"screen.json"_qs);
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // The screen less a desktop panel of 40 px (at that scale): what availableGeometry() gives on
    // a desktop, which the offscreen platform cannot report otherwise.
    const int height = 768 - qRound(40 * scale.toDouble());
    file.write(QStringLiteral(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": %1,
                   "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})").arg(height).toUtf8());
    file.close();
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen:configfile="_qs + config);
    env.insert(u"QT_SCALE_FACTOR"_qs, scale);
    env.remove(u"QT_SCREEN_SCALE_FACTORS"_qs);
    env.remove(u"QT_AUTO_SCREEN_SCALE_FACTOR"_qs);
    env.insert(u"GOBIZ_A11Y_SCREEN_CHILD"_qs, scale);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {u"screenChild"_qs});
    QVERIFY(child.waitForFinished(120000));
    const QString output = QString::fromLocal8Bit(child.readAll());
    QStringList report;
    for (const QString &line : output.split(u'\n')) {
        if (line.contains(u"fit:"_qs) || line.startsWith(u"FAIL"_qs) || line.contains(u"Loc:"_qs))
            report << line.trimmed();
    }
    qInfo().noquote() << u"at %1x: "_qs.arg(scale) + report.join(u"\n  "_qs);
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
}

void TestAccessibility::screenChild()
{
    const QString scale = qEnvironmentVariable("GOBIZ_A11Y_SCREEN_CHILD");
    if (scale.isEmpty())
        QSKIP("runs in the child process that fitsLaptopScreen starts");
    const double factor = scale.toDouble();
    QScreen *screen = QGuiApplication::primaryScreen();
    const QSize available = screen->availableGeometry().size();
    qInfo().noquote() << u"fit: 1366x768 at %1x, less a 40 px panel: %2x%3 logical pixels available"_qs
                             .arg(scale).arg(available.width()).arg(available.height());
    QVERIFY(qAbs(available.width() - 1366 / factor) <= 1);
    // Room for a window's contents: the available area less a title bar of 37 px (GNOME's, at the
    // same scale) and a few pixels of border.
    const QSize room(available.width() - 4, available.height() - 37 - 4);
    QStringList problems;
    const auto measure = [&](QWidget *window, const QString &what) {
        QCoreApplication::processEvents();
        if (window->layout())
            window->layout()->activate();
        // What the contents need (the layout's minimum), what the window insists on (its own
        // minimum size), and what it opens at.
        QSize needs = window->minimumSizeHint();
        if (!window->layout()) {
            // QWizard lays out its header, page and buttons in a child widget of its own.
            for (QWidget *child : window->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
                if (child->layout() && !child->isWindow())
                    needs = needs.expandedTo(child->layout()->totalMinimumSize());
            }
        }
        const QSize minimum = window->minimumSize();
        qInfo().noquote() << u"fit: %1: opens at %2x%3, contents need %4x%5, minimum size %6x%7, room %8x%9"_qs.arg(what)
                                 .arg(window->width()).arg(window->height())
                                 .arg(needs.width()).arg(needs.height())
                                 .arg(minimum.width()).arg(minimum.height())
                                 .arg(room.width()).arg(room.height());
        const auto fits = [&room](QSize s) { return s.width() <= room.width() && s.height() <= room.height(); };
        if (!fits(needs))
            problems << u"%1: its contents need %2x%3, more than the %4x%5 there is"_qs.arg(what)
                            .arg(needs.width()).arg(needs.height()).arg(room.width()).arg(room.height());
        if (!fits(minimum))
            problems << u"%1: cannot be made smaller than %2x%3, more than the %4x%5 there is"_qs.arg(what)
                            .arg(minimum.width()).arg(minimum.height()).arg(room.width()).arg(room.height());
        if (!fits(window->size()))
            problems << u"%1: opens at %2x%3, more than the %4x%5 there is"_qs.arg(what)
                            .arg(window->width()).arg(window->height()).arg(room.width()).arg(room.height());
        if (window->width() < needs.width() || window->height() < needs.height())
            problems << u"%1: opens at %2x%3, smaller than its contents need (%4x%5): they are squeezed"_qs.arg(what)
                            .arg(window->width()).arg(window->height()).arg(needs.width()).arg(needs.height());
    };
    WizardHarness h;
    QVERIFY(QTest::qWaitForWindowExposed(h.wizard.get()));
    measure(h.wizard.get(), u"welcome page"_qs);
    FIND_CHILD(QPushButton, networkButton, h.welcome(), "networkButton");
    QTest::mouseClick(networkButton, Qt::LeftButton);
    NetworkSettingsDialog *network = nullptr;
    QTRY_VERIFY((network = h.welcome()->findChild<NetworkSettingsDialog *>()) && network->isVisible());
    measure(network, u"network settings"_qs);
    network->reject();
    QVERIFY(h.goToTokenPage());
    measure(h.wizard.get(), u"token page"_qs);
    QTest::mouseClick(h.wizard->button(QWizard::BackButton), Qt::LeftButton);
    measure(h.wizard.get(), u"sign-in help page"_qs);
    h.clickNext();
    QVERIFY(h.signIn(DemoTokens::owner()));
    measure(h.wizard.get(), u"outlets page"_qs);
    FIND_CHILD(QPushButton, linkPayment, h.outlets(), "linkPaymentButton");
    FIND_CHILD(QPushButton, fillButton, h.outlets(), "fillButton");
    FIND_CHILD(InlineMessage, notice, h.outlets(), "notice");
    QVERIFY(h.selectRows({0, 1}));
    Prompt::setNextAnswer(ChangeConfirmations::Decline); // no external IDs: asked, cancelled
    QTest::mouseClick(linkPayment, Qt::LeftButton);
    QTRY_VERIFY(notice->isVisible());
    measure(h.wizard.get(), u"outlets page with a notice"_qs);
    QTest::mouseClick(fillButton, Qt::LeftButton);
    ExternalIdFillDialog *fill = nullptr;
    QTRY_VERIFY((fill = h.outlets()->findChild<ExternalIdFillDialog *>()) && fill->isVisible());
    measure(fill, u"fill external IDs"_qs);
    fill->reject();
    h.clickNext();
    QCOMPARE(h.wizard->currentId(), int(OutletWizard::SummaryPageId));
    QTRY_VERIFY(h.summary()->isReady()); // read from the journal
    measure(h.wizard.get(), u"summary page"_qs);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
