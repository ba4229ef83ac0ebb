// gobiz-screenshot-tour: the demo (what `gobiz-outlet-wizard --demo` shows), driven page by page
// like a person would, with every page and dialog saved as a PNG. scripts/screenshots.sh runs it
// under Xvfb at 1366x768, once per language, into docs/screenshots/<lang>/.
//
//   gobiz-screenshot-tour --lang en|id --out DIR
//
// The run: Welcome, Network settings, Signing in, Access token (the demo token pasted, masked),
// Outlets as loaded, Fill external IDs, the Auto Accept question, Outlets after linking (one
// outlet refused by the sandbox with 409 so a failed cell and its reason show), Summary, the
// network log with the refused request, the diagnostics bundle's preview.
#include "ApplicationStyle.h"
#include "BundlePreviewDialog.h"
#include "ExternalIdFillDialog.h"
#include "NetworkLogWindow.h"
#include "NetworkSettingsDialog.h"
#include "OutletTableProxy.h"
#include "OutletWizard.h"
#include "OutletsPage.h"
#include "SummaryPage.h"
#include "TokenPage.h"
#include "Translations.h"
#include "WelcomePage.h"
#include "model/OutletModel.h"
#include "sandbox/FixtureGenerator.h"
#include "sandbox/SandboxServer.h"
#include "session/WizardController.h"
#include "signin/PartnerProfile.h"
#include "store/MemoryTokenStore.h"
#include "support/NetworkLog.h"
#include "support/NetworkLogFilter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDesktopServices>
#include <QDir>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QMenu>

#include <cstdio>

using namespace gobiz;
using namespace gobiz::sandbox;
using namespace gobiz::ui;

namespace {

class Tour
{
public:
    Tour(const QString &outDir) : m_dir(outDir) { QDir().mkpath(outDir); }

    bool failed() const { return m_failed; }

    // Lets layouts, fonts and the sandbox settle, then saves the widget (window or dialog).
    void shot(QWidget *widget, const QString &name)
    {
        QTest::qWait(250);
        QCoreApplication::processEvents();
        const QString path = m_dir.filePath(
            QStringLiteral("%1-%2.png").arg(++m_count, 2, 10, QChar(u'0')).arg(name));
        if (!widget->grab().save(path))
            fail(QStringLiteral("could not save %1").arg(path));
        else
            std::printf("%s (%dx%d)\n", qPrintable(path), widget->width(), widget->height());
    }

    bool expect(bool condition, const char *what)
    {
        if (!condition)
            fail(QString::fromLatin1(what));
        return condition;
    }

    template<typename Predicate>
    bool waitFor(Predicate predicate, const char *what, int timeoutMs = 10000)
    {
        return expect(QTest::qWaitFor(predicate, timeoutMs), what);
    }

    // The control called name under root, found by its object name as the GUI tests do; a
    // missing one fails the tour, naming it.
    template<typename T>
    T *child(const QObject *root, const QString &name)
    {
        T *found = root->findChild<T *>(name);
        if (!found)
            fail(QStringLiteral("no %1 named \"%2\"")
                     .arg(QString::fromLatin1(T::staticMetaObject.className()), name));
        return found;
    }

private:
    void fail(const QString &message)
    {
        std::fprintf(stderr, "gobiz-screenshot-tour: %s\n", qPrintable(message));
        m_failed = true;
    }

    QDir m_dir;
    int m_count = 0;
    bool m_failed = false;
};

template<typename T>
T *visibleChild(QWidget *parent)
{
    for (T *child : parent->findChildren<T *>()) {
        if (child->isVisible())
            return child;
    }
    return nullptr;
}

void click(QAbstractButton *button)
{
    if (button)
        QTest::mouseClick(button, Qt::LeftButton);
}

// Makes the first row current (the details under the table follow it) and selects them all.
void selectRows(Tour &tour, OutletsPage *page, OutletModel *model, const QList<int> &sourceRows)
{
    auto *table = tour.child<QTableView>(page, QStringLiteral("outletTable"));
    auto *proxy = tour.child<OutletTableProxy>(page, QStringLiteral("outletProxy"));
    if (!table || !proxy)
        return;
    table->setCurrentIndex(
        proxy->mapFromSource(model->index(sourceRows.first(), OutletModel::NameColumn)));
    QItemSelection selection;
    for (int row : sourceRows) {
        const QModelIndex index = proxy->mapFromSource(model->index(row, 0));
        if (index.isValid())
            selection.select(index, index);
    }
    table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect
                                                   | QItemSelectionModel::Rows);
}

// The system browser, for the tour: the sign-in link is kept, and the sandbox's seam plays the
// person signing in (no browser opens on the machine that renders the pictures).
class BrowserStandIn : public QObject
{
    Q_OBJECT
public:
    BrowserStandIn() { QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "open"); }
    ~BrowserStandIn() override { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); }
    QUrl opened;

public slots:
    void open(const QUrl &url) { opened = url; }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    gobiz::ui::installApplicationStyle(); // as main() does: the style a person sees
    QCoreApplication::setOrganizationName(QStringLiteral("gobiz-outlet-wizard"));
    QCoreApplication::setApplicationName(QStringLiteral("gobiz-screenshot-tour"));
    QStandardPaths::setTestModeEnabled(true); // no settings or journal of a real user

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Saves every page of the demo as PNG."));
    parser.addHelpOption();
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("en or id"),
                                        QStringLiteral("language"), QStringLiteral("en"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Output folder"),
                                       QStringLiteral("dir"));
    parser.addOptions({langOption, outOption});
    parser.process(app);
    if (!parser.isSet(outOption))
        parser.showHelp(2);

    installTranslations(parser.value(langOption));
    Tour tour(parser.value(outOption));

    SandboxServer server(FixtureGenerator::demoFixture());
    // A fixed port when free, so the address on the pictures stays the same from run to run.
    if (!server.start(QHostAddress::LocalHost, 47474) && !server.start()) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    MemoryTokenStore store;
    WizardController controller;
    controller.setDemo(server.baseUrl(), DemoTokens::owner());
    controller.setPartnerProfile(PartnerProfile::demo(server.baseUrl())); // as main.cpp does
    BrowserStandIn browser;
    controller.setTokenStore(&store);
    // A fresh journal each run, so no earlier run's link states show (main.cpp opens the default
    // one; the demo's is a file of its own there).
    QTemporaryDir journalDir;
    bool journalWritable = false;
    bool journalAnswered = false;
    QObject::connect(&controller, &WizardController::journalOpened, &controller,
                     [&](bool writable) {
                         journalAnswered = true;
                         journalWritable = writable;
                     });
    controller.openJournal(journalDir.filePath(QStringLiteral("link-journal.sqlite")));
    tour.waitFor([&] { return journalAnswered; }, "the link journal did not answer");
    tour.expect(journalWritable, "the link journal did not open");
    OutletWizard wizard(&controller);
    wizard.show();
    tour.expect(QTest::qWaitForWindowExposed(&wizard), "the wizard did not show");

    // 1. Welcome, and the Network settings dialog it opens.
    tour.shot(&wizard, QStringLiteral("welcome"));
    click(tour.child<QPushButton>(wizard.page(OutletWizard::WelcomePageId),
                                  QStringLiteral("networkButton")));
    NetworkSettingsDialog *network = nullptr;
    if (tour.waitFor([&] { return (network = visibleChild<NetworkSettingsDialog>(&wizard)); },
                     "the Network settings dialog did not open")) {
        tour.shot(network, QStringLiteral("network-settings"));
        network->reject();
    }

    // 2. Signing in to GoBiz.
    click(wizard.button(QWizard::NextButton));
    tour.expect(wizard.currentId() == OutletWizard::SignInHelpPageId, "no sign-in help page");
    tour.shot(&wizard, QStringLiteral("sign-in-help"));

    // 3. Sign in with GoBiz; pasting instead (the demo token, masked); waiting for the browser.
    click(wizard.button(QWizard::NextButton));
    tour.expect(wizard.currentId() == OutletWizard::TokenPageId, "no token page");
    QWizardPage *tokenPage = wizard.page(OutletWizard::TokenPageId);
    tour.shot(&wizard, QStringLiteral("sign-in"));
    auto *pasteInstead = tour.child<QPushButton>(tokenPage, QStringLiteral("pasteInsteadButton"));
    click(pasteInstead);
    click(tour.child<QPushButton>(tokenPage, QStringLiteral("demoButton")));
    tour.shot(&wizard, QStringLiteral("token"));
    tour.child<QLineEdit>(tokenPage, QStringLiteral("tokenEdit"))->clear();
    click(pasteInstead);
    click(tour.child<QPushButton>(tokenPage, QStringLiteral("signInButton")));
    tour.waitFor([&] { return browser.opened.isValid(); }, "the sign-in link did not come");
    auto *pairingCode = tour.child<QLabel>(tokenPage, QStringLiteral("pairingCode"));
    tour.waitFor([&] { return pairingCode && pairingCode->isVisible(); }, "no pairing code");
    tour.shot(&wizard, QStringLiteral("sign-in-waiting"));
    tour.expect(server.approveSignIn(browser.opened, DemoPhones::owner(), true).isValid(),
                "the sandbox did not sign the owner in");

    // 4. Outlets, as GoBiz lists them.
    tour.waitFor([&] { return wizard.currentId() == OutletWizard::OutletsPageId; },
                 "the token check did not reach the outlets page");
    auto *outlets = qobject_cast<OutletsPage *>(wizard.page(OutletWizard::OutletsPageId));
    OutletModel *model = controller.model();
    tour.expect(model->rowCount() > 6, "the demo merchant has too few outlets");
    tour.shot(&wizard, QStringLiteral("outlets"));

    // 5. Fill external IDs for the first six outlets from a pattern.
    const QList<int> rows = {0, 1, 2, 3, 4, 5};
    selectRows(tour, outlets, model, rows);
    click(tour.child<QPushButton>(outlets, QStringLiteral("fillButton")));
    ExternalIdFillDialog *fill = nullptr;
    if (tour.waitFor([&] { return (fill = visibleChild<ExternalIdFillDialog>(&wizard)); },
                     "the Fill external IDs dialog did not open")) {
        tour.shot(fill, QStringLiteral("fill-external-ids"));
        click(tour.child<QPushButton>(fill, QStringLiteral("applyButton")));
    }
    tour.waitFor([&] { return !model->externalOutletId(5).isEmpty(); },
                 "the external IDs were not filled");

    // 6. Link four outlets to GoFood (the sandbox refuses the third: 409) and two to Payment.
    server.faults().failNext(FaultRoute::Link, Fault::httpError(409), 1, model->outlets().at(2).id);
    selectRows(tour, outlets, model, {0, 1, 2, 3});
    click(tour.child<QPushButton>(outlets, QStringLiteral("linkGoFoodButton")));
    QMessageBox *question = nullptr;
    if (tour.waitFor([&] { return (question = visibleChild<QMessageBox>(&wizard)); },
                     "no Auto Accept question")) {
        tour.shot(question, QStringLiteral("auto-accept"));
        for (QAbstractButton *button : question->buttons()) {
            if (question->buttonRole(button) == QMessageBox::AcceptRole) {
                click(button);
                break;
            }
        }
    }
    tour.waitFor([&] { return !controller.isBusy() && controller.runProgress().done + controller.runProgress().failed >= 4; },
                 "the GoFood links did not finish");
    selectRows(tour, outlets, model, {4, 5});
    click(tour.child<QPushButton>(outlets, QStringLiteral("linkPaymentButton")));
    tour.waitFor([&] { return !controller.isBusy() && controller.runProgress().done + controller.runProgress().failed >= 6; },
                 "the Payment links did not finish");
    tour.expect(controller.unfinishedCount(LinkRun::FailedChanges) == 1, "expected exactly one failed cell");
    selectRows(tour, outlets, model, {2}); // the refused one: its reason shows under the table
    tour.shot(&wizard, QStringLiteral("outlets-linked"));

    // 7. An unlink asks first, naming how many outlets and that Auto Accept stays on; cancelled.
    selectRows(tour, outlets, model, {0, 1});
    auto *unlink = tour.child<QToolButton>(outlets, QStringLiteral("unlinkButton"));
    if (unlink && unlink->menu())
        unlink->menu()->actions().at(0)->trigger();
    QMessageBox *unlinkQuestion = nullptr;
    if (tour.waitFor([&] { return (unlinkQuestion = visibleChild<QMessageBox>(&wizard)); },
                     "no unlink question")) {
        tour.shot(unlinkQuestion, QStringLiteral("unlink-question"));
        for (QAbstractButton *button : unlinkQuestion->buttons()) {
            if (unlinkQuestion->buttonRole(button) == QMessageBox::RejectRole) {
                click(button);
                break;
            }
        }
    }
    tour.waitFor([&] { return !visibleChild<QMessageBox>(&wizard); }, "the unlink question stayed");

    // 8. Summary.
    click(wizard.button(QWizard::NextButton));
    tour.expect(wizard.currentId() == OutletWizard::SummaryPageId, "no summary page");
    auto *summary = qobject_cast<SummaryPage *>(wizard.page(OutletWizard::SummaryPageId));
    tour.waitFor([&] { return summary && summary->isReady(); }, "the summary was not read");
    tour.shot(&wizard, QStringLiteral("summary"));

    // 9. Support: the network log (Ctrl+Shift+L) with the refused request selected, and the
    // diagnostics bundle's preview.
    // From the Support menu's action (Xvfb has no window manager to make the wizard the
    // active window, which a shortcut needs).
    if (auto *action = wizard.findChild<QAction *>(QStringLiteral("networkLogAction")))
        action->trigger();
    NetworkLogWindow *log = wizard.networkLogWindow();
    tour.waitFor([&] { return log->isVisible(); }, "the network log did not open");
    controller.support()->networkLog()->flush();
    log->resize(1200, 640);
    if (auto *show = tour.child<QComboBox>(log, QStringLiteral("networkLogShow"))) {
        show->setCurrentIndex(show->findData(int(NetworkLogFilter::Show::Problems)));
        if (auto *table = tour.child<QTableView>(log, QStringLiteral("networkLogTable")))
            table->selectRow(0);
    }
    tour.shot(log, QStringLiteral("network-log"));
    click(tour.child<QPushButton>(log, QStringLiteral("diagnosticsBundleButton")));
    auto *preview = log->findChild<BundlePreviewDialog *>();
    tour.waitFor([&] {
        auto *save = preview ? preview->findChild<QPushButton *>(QStringLiteral("saveBundleButton")) : nullptr;
        return save && save->isEnabled();
    }, "the bundle was not gathered");
    if (preview) {
        if (auto *files = tour.child<QListWidget>(preview, QStringLiteral("bundleFiles")))
            files->setCurrentRow(2); // settings.txt: what a customer checks first
        tour.shot(preview, QStringLiteral("diagnostics-bundle"));
        preview->reject();
    }
    log->close();

    wizard.hide();
    return tour.failed() ? 1 : 0;
}

#include "screenshot_tour.moc"
