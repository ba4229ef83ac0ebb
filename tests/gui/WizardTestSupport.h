#pragma once
// Shared by the GUI tests: a sandbox on port 0, a controller with a fast retry policy and an
// in-memory token store, the real wizard, and small helpers that drive it like a person does
// (clicks and keys), never by calling page internals when a control exists. Tests reach a
// control by its object name (FIND_CHILD), the pages hand out none.

#include "ChangeConfirmations.h"
#include "ExternalIdFillDialog.h"
#include "NetworkSettingsDialog.h"
#include "InlineMessage.h"
#include "OutletTableProxy.h"
#include "OutletWizard.h"
#include "OutletsPage.h"
#include "Prompt.h"
#include "SummaryPage.h"
#include "TokenPage.h"
#include "WelcomePage.h"
#include "model/OutletModel.h"
#include "ops/LinkEngine.h"
#include "sandbox/FixtureGenerator.h"
#include "sandbox/SandboxServer.h"
#include "session/WizardController.h"
#include "store/MemoryTokenStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>
#include <functional>
#include <memory>

namespace gobiz::testing {

using namespace gobiz::ui;
using namespace gobiz::sandbox;

// The child of root of type T called name, found the way a test should find a control: by its
// object name. When there is none, the running test fails with what was looked for and where
// (at file:line), and nullptr comes back; FIND_CHILD then returns from the test, as QVERIFY does.
template <typename T>
T *childOrFail(const QObject *root, const QString &name, const char *file, int line)
{
    T *child = root ? root->findChild<T *>(name) : nullptr;
    if (!child) {
        const QString where = root ? QString::fromLatin1(root->metaObject()->className())
                                         + (root->objectName().isEmpty()
                                                ? QString()
                                                : QStringLiteral(" #") + root->objectName())
                                   : QStringLiteral("nothing (no parent to search)");
        QTest::qFail(qPrintable(QStringLiteral("no %1 named \"%2\" in %3")
                                    .arg(QString::fromLatin1(T::staticMetaObject.className()),
                                         name, where)),
                     file, line);
    }
    return child;
}

// The child of root of type Type called name (a string literal), or nullptr and a failed test
// naming it at this line. For functions that return a value; elsewhere FIND_CHILD.
#define CHILD_OR_FAIL(Type, root, name)                                                            \
    ::gobiz::testing::childOrFail<Type>((root), QStringLiteral(name), __FILE__, __LINE__)

// Declares `Type *const var`, the child of root called name (a string literal); when there is
// none the test fails, naming it, and the function returns, as after a failed QVERIFY.
#define FIND_CHILD(Type, var, root, name)                                                          \
    Type *const var = CHILD_OR_FAIL(Type, root, name);                                             \
    if (!var)                                                                                      \
    return

// A merchant user whose token expires an hour from now, and a fresh one to give instead.
inline Fixture fixtureWithShortLivedToken(const QDateTime &now)
{
    Fixture fixture = FixtureGenerator::fixture(10, 77);
    FixtureUser user;
    user.name = QStringLiteral("Rina");
    user.roles = {QStringLiteral("owner")};
    user.tokens = {FixtureToken{QStringLiteral("short-lived-token"), now.addSecs(3600),
                                TokenGrant::AuthorizationCode},
                   FixtureToken{QStringLiteral("fresh-token"), {}, TokenGrant::AuthorizationCode}};
    fixture.merchants[0].users.append(user);
    return fixture;
}

// The Menu key on a table's current cell: the sort menu TableSorting pops up for it, once shown;
// nullptr when none is shown.
inline QMenu *openSortMenu(QTableView *table)
{
    QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(4, 4),
                              table->viewport()->mapToGlobal(QPoint(4, 4)));
    QApplication::sendEvent(table->viewport(), &menuKey);
    QMenu *menu = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        menu = table->findChild<QMenu *>(QStringLiteral("sortMenu"));
        return menu && menu->isVisible();
    });
    return shown ? menu : nullptr;
}

struct WizardHarness
{
    // Runs after the sandbox started and before the wizard opens its journal (at journalPath):
    // a test writes an earlier run's journal here, or damages the file.
    using BeforeWizard = std::function<void(WizardHarness &)>;

    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<QTemporaryDir> journalDir;
    QString journalPath;
    std::unique_ptr<MemoryTokenStore> store;
    std::unique_ptr<WizardController> controller;
    std::unique_ptr<OutletWizard> wizard;
    bool journalWritable = false;
    int shot = 0;

    explicit WizardHarness(const Fixture &fixture = FixtureGenerator::fixture(12, 20240312),
                           const BeforeWizard &beforeWizard = {})
    {
        Prompt::clearTestState();
        server = std::make_unique<SandboxServer>(fixture);
        if (!server->start())
            qFatal("sandbox did not start");
        journalDir = std::make_unique<QTemporaryDir>();
        journalPath = journalDir->filePath(QStringLiteral("link-journal.sqlite"));
        if (beforeWizard)
            beforeWizard(*this);
        store = std::make_unique<MemoryTokenStore>();
        controller = std::make_unique<WizardController>();
        RetryPolicy policy;
        policy.timeScale = 0.001; // backoff and Retry-After in milliseconds
        controller->setRetryPolicy(policy);
        controller->setTokenStore(store.get());
        // A journal of its own, as the app opens at start (on its own thread: the wizard waits
        // for nothing, the harness waits for the answer so each test starts from a known state).
        QSignalSpy opened(controller.get(), &WizardController::journalOpened);
        controller->openJournal(journalPath);
        if (!opened.wait(10000))
            qFatal("the journal did not answer");
        journalWritable = opened.first().first().toBool();
        wizard = std::make_unique<OutletWizard>(controller.get());
        wizard->show();
        // The pages after the first are made once the window has been painted, one per
        // event-loop turn, as at a real start: tests reach any of them from here on.
        if (!QTest::qWaitFor([this] { return wizard->pagesReady(); }, 5000))
            qFatal("the wizard's later pages were not made after its first paint");
    }

    explicit WizardHarness(const BeforeWizard &beforeWizard)
        : WizardHarness(FixtureGenerator::fixture(12, 20240312), beforeWizard)
    {
    }

    ~WizardHarness()
    {
        wizard.reset();
        controller.reset();
        server.reset();
        Prompt::clearTestState();
    }

    template <typename Page>
    Page *page(OutletWizard::PageId id) const
    {
        return qobject_cast<Page *>(wizard->page(id));
    }
    WelcomePage *welcome() const { return page<WelcomePage>(OutletWizard::WelcomePageId); }
    TokenPage *tokenPage() const { return page<TokenPage>(OutletWizard::TokenPageId); }
    OutletsPage *outlets() const { return page<OutletsPage>(OutletWizard::OutletsPageId); }
    SummaryPage *summary() const { return page<SummaryPage>(OutletWizard::SummaryPageId); }
    OutletModel *model() const { return controller->model(); }
    QString outletId(int row) const { return model()->outlets().at(row).id; }

    void clickNext() const
    {
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    }

    // Saves a PNG of the window when GOBIZ_SCREENSHOT_DIR is set (the screenshot script's hook).
    void screenshot(const QString &name, QWidget *window = nullptr)
    {
        const QString dir = qEnvironmentVariable("GOBIZ_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QCoreApplication::processEvents();
        (window ? window : static_cast<QWidget *>(wizard.get()))->grab().save(QDir(dir).filePath(
            QStringLiteral("%1-%2.png").arg(++shot, 2, 10, QChar(u'0')).arg(name)));
    }

    // Page 1 -> 3: choose the custom address of the sandbox (typed), then the help page.
    bool goToTokenPage(const QUrl &baseUrl = {})
    {
        const QUrl url = baseUrl.isEmpty() ? server->baseUrl() : baseUrl;
        auto *custom = CHILD_OR_FAIL(QRadioButton, welcome(), "customButton");
        auto *urlEdit = CHILD_OR_FAIL(QLineEdit, welcome(), "customUrlEdit");
        if (!custom || !urlEdit)
            return false;
        QTest::mouseClick(custom, Qt::LeftButton);
        urlEdit->clear();
        QTest::keyClicks(urlEdit, url.toString());
        screenshot(QStringLiteral("welcome"));
        clickNext();
        if (wizard->currentId() != OutletWizard::SignInHelpPageId)
            return false;
        screenshot(QStringLiteral("sign-in-help"));
        clickNext();
        return wizard->currentId() == OutletWizard::TokenPageId;
    }

    void typeToken(const QString &text) const
    {
        FIND_CHILD(QLineEdit, edit, tokenPage(), "tokenEdit");
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    // Types the token and presses Next; true once the outlets page shows.
    bool signIn(const QString &token)
    {
        typeToken(token);
        clickNext();
        return QTest::qWaitFor(
            [this] { return wizard->currentId() == OutletWizard::OutletsPageId; }, 5000);
    }

    QModelIndex proxyIndex(int sourceRow, int column) const
    {
        const auto *proxy = CHILD_OR_FAIL(OutletTableProxy, outlets(), "outletProxy");
        return proxy ? proxy->mapFromSource(model()->index(sourceRow, column)) : QModelIndex();
    }

    // Selects these rows of the model in the outlets table, as Ctrl+click would (the first one
    // is not made current). False, and a failed test, without the table.
    [[nodiscard]] bool selectRows(const QList<int> &sourceRows) const
    {
        auto *table = CHILD_OR_FAIL(QTableView, outlets(), "outletTable");
        if (!table)
            return false;
        QItemSelection selection;
        for (int row : sourceRows) {
            const QModelIndex index = proxyIndex(row, 0);
            if (index.isValid())
                selection.select(index, index);
        }
        table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect
                                                       | QItemSelectionModel::Rows);
        return true;
    }

    // The rows of the model selected in the outlets table, in order.
    QList<int> selectedRows() const
    {
        auto *table = CHILD_OR_FAIL(QTableView, outlets(), "outletTable");
        auto *proxy = CHILD_OR_FAIL(OutletTableProxy, outlets(), "outletProxy");
        QList<int> rows;
        if (!table || !proxy)
            return rows;
        for (const QModelIndex &index : table->selectionModel()->selectedRows())
            rows.append(proxy->mapToSource(index).row());
        std::sort(rows.begin(), rows.end());
        return rows;
    }

    // A mouse click on the check box of a product cell.
    void clickCheck(int sourceRow, Product product) const
    {
        FIND_CHILD(QTableView, table, outlets(), "outletTable");
        const QModelIndex index = proxyIndex(sourceRow, OutletModel::columnOf(product));
        table->scrollTo(index);
        QStyleOptionViewItem option;
        option.initFrom(table->viewport());
        option.rect = table->visualRect(index);
        option.features = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay
            | QStyleOptionViewItem::HasDecoration;
        option.decorationSize = table->iconSize().isValid() ? table->iconSize() : QSize(16, 16);
        const QRect check = table->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator,
                                                           &option, table);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, check.center());
    }

    // The keyboard way: make the cell current and press Space.
    void spaceOnCell(int sourceRow, Product product) const
    {
        FIND_CHILD(QTableView, table, outlets(), "outletTable");
        table->setFocus();
        table->setCurrentIndex(proxyIndex(sourceRow, OutletModel::columnOf(product)));
        QTest::keyClick(table, Qt::Key_Space);
    }

    void fillAllExternalIds() const
    {
        QHash<QString, QString> ids;
        for (const Outlet &outlet : model()->outlets())
            ids.insert(outlet.id, QStringLiteral("POS-") + outlet.id);
        controller->applyExternalIds(ids);
    }

    QString cellText(int sourceRow, Product product) const
    {
        return model()->index(sourceRow, OutletModel::columnOf(product)).data().toString();
    }

    bool idle() const { return !controller->isBusy(); }

    // The button of this name on the outlets page, when it is shown now (banner buttons come and
    // go with their message); nullptr otherwise.
    QPushButton *shownButton(const char *name) const
    {
        auto *button = outlets()->findChild<QPushButton *>(QString::fromLatin1(name));
        return button && button->isVisible() && button->isEnabled() ? button : nullptr;
    }
    // Clicks it when it is shown; says whether it was.
    bool clickIfShown(const char *name) const
    {
        QPushButton *button = shownButton(name);
        if (button)
            QTest::mouseClick(button, Qt::LeftButton);
        return button != nullptr;
    }
};

} // namespace gobiz::testing
