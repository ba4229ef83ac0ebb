#include "OutletWizard.h"

#include "FirstFrame.h"
#include "InlineMessage.h"
#include "NetworkLogWindow.h"
#include "OutletsPage.h"
#include "Prompt.h"
#include "SavedLayout.h"
#include "SignInHelpPage.h"
#include "SummaryPage.h"
#include "TokenPage.h"
#include "WelcomePage.h"
#include "diagnostics/Logging.h"
#include "session/WizardController.h"

#include <QApplication>
#include <QComboBox>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTimer>

namespace gobiz::ui {

OutletWizard::OutletWizard(WizardController *controller, QWidget *parent)
    : QWizard(parent),
      m_controller(controller)
{
    setWindowTitle(tr("GoBiz Outlet Link Wizard"));
    // The window icon follows the first frame (below).
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    placePage(WelcomePageId, new WelcomePage(controller));
    setStartId(WelcomePageId);
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("&Close"));
    addSupportMenu();
    restoreWindowState();
    // Once the first frame is on screen, the rest can follow.
    whenFirstFrameShown(this, [this] {
        // On X11 setting it renders the SVG at four sizes for the window manager (≈1 ms).
        setWindowIcon(themeIcon(QStringLiteral("gobiz-outlet-wizard")));
        makePagesLater();
    });

    connect(controller, &WizardController::busyChanged, this, [this](bool busy) {
        if (!busy && m_closeWhenIdle) {
            qCInfo(lcUi) << "operations finished: closing as asked";
            QWizard::reject();
        }
    });
}

OutletWizard::~OutletWizard() = default;

QKeySequence OutletWizard::networkLogShortcut()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
}

void OutletWizard::addSupportMenu()
{
    // The Help button, on every page; a menu, so it adds one button. Last in the row, where
    // Tab reaches it last (Tab follows the row from left to right).
    setOption(QWizard::HaveHelpButton);
    setButtonLayout({QWizard::Stretch, QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                     QWizard::FinishButton, QWizard::CancelButton, QWizard::HelpButton});
    setButtonText(QWizard::HelpButton, tr("Support"));
    auto *button = qobject_cast<QPushButton *>(this->button(QWizard::HelpButton));
    button->setObjectName(QStringLiteral("supportButton"));
    button->setAutoDefault(false);
    auto *menu = new QMenu(button);
    menu->setObjectName(QStringLiteral("supportMenu"));
    QAction *log = menu->addAction(tr("&Network log"), this, [this] { networkLogWindow()->present(); });
    log->setObjectName(QStringLiteral("networkLogAction"));
    log->setShortcut(networkLogShortcut());
    QAction *har = menu->addAction(tr("&Export HAR…"), this, [this] { networkLogWindow()->exportHar(); });
    har->setObjectName(QStringLiteral("exportHarAction"));
    QAction *bundle = menu->addAction(tr("&Diagnostics bundle…"), this,
        [this] { networkLogWindow()->showBundlePreview(); });
    bundle->setObjectName(QStringLiteral("diagnosticsBundleAction"));
    button->setMenu(menu);
    button->setToolTip(tr("The network log (%1), a HAR file of this session and the diagnostics "
                          "bundle for support.").arg(networkLogShortcut().toString(QKeySequence::NativeText)));
    // Also the window's: the shortcut works on every page, whatever has the focus.
    log->setShortcutContext(Qt::WindowShortcut);
    addAction(log);
}

NetworkLogWindow *OutletWizard::networkLogWindow()
{
    // Made the first time it is asked for: the first page shows sooner without it.
    if (!m_networkLog)
        m_networkLog = new NetworkLogWindow(m_controller->support(), this);
    return m_networkLog;
}

void OutletWizard::placePage(int id, QWizardPage *page)
{
    setPage(id, page);
    // Enter goes forward (the wizard's default button: Next, or Finish) wherever the focus is;
    // Space presses the focused button. Buttons made later (InlineMessage) do the same.
    for (QPushButton *button : page->findChildren<QPushButton *>())
        button->setAutoDefault(false);
}

bool OutletWizard::makeNextPage()
{
    // Each page reads the controller's state when it is entered (initializePage), so one made
    // after the journal opened or a token was remembered misses nothing.
    if (!page(SignInHelpPageId)) {
        placePage(SignInHelpPageId, new SignInHelpPage(m_controller));
    } else if (!page(TokenPageId)) {
        placePage(TokenPageId, new TokenPage(m_controller));
    } else if (!page(OutletsPageId)) {
        placePage(OutletsPageId, new OutletsPage(m_controller));
    } else if (!page(SummaryPageId)) {
        auto *summary = new SummaryPage(m_controller);
        placePage(SummaryPageId, summary);
        connect(summary, &SummaryPage::nextMerchantRequested, this, &OutletWizard::nextMerchant);
    } else {
        return false;
    }
    return true;
}

void OutletWizard::makePagesLater()
{
    // One page per turn: the event loop stays free for input and painting in between.
    QTimer::singleShot(0, this, [this] {
        if (makeNextPage() && !pagesReady())
            makePagesLater();
    });
}

void OutletWizard::ensurePages()
{
    while (makeNextPage()) { }
}

bool OutletWizard::pagesReady() const
{
    return page(SummaryPageId) != nullptr;
}

bool OutletWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    ensurePages();
    return true;
}

int OutletWizard::nextId() const
{
    if (currentId() == WelcomePageId && !page(SignInHelpPageId))
        return SignInHelpPageId;
    return QWizard::nextId();
}

OutletsPage *OutletWizard::outletsPage() const
{
    return static_cast<OutletsPage *>(page(OutletsPageId));
}

void OutletWizard::restoreWindowState()
{
    // Fits a 1366x768 laptop: at most 1100x720, never more than the screen offers with room for
    // the title bar and frame (a share of the height would leave too little at 150%).
    QSize size(1100, 720);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(16, 50));
    setMinimumSize(QSize(640, 480).boundedTo(size));
    resize(size);
    const QByteArray geometry = savedLayout(m_controller->settings(), SavedLayout::WindowGeometry);
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
}

void OutletWizard::saveWindowState()
{
    if (QSettings *settings = m_controller->settings()) {
        saveLayout(*settings, SavedLayout::WindowGeometry, saveGeometry());
        if (OutletsPage *outlets = outletsPage()) // closed before it was made: nothing to save
            outlets->saveTableState(*settings);
    }
}

void OutletWizard::done(int result)
{
    saveWindowState();
    // The network log and its bundle preview are windows of their own, which hiding the wizard
    // leaves open; the program must end with the wizard.
    if (m_networkLog) {
        for (QWidget *window : m_networkLog->findChildren<QWidget *>()) {
            if (window->isWindow())
                window->close();
        }
        m_networkLog->close();
    }
    QWizard::done(result);
}

void OutletWizard::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Cancel)) {
        QWidget *focus = QApplication::focusWidget();
        auto *field = qobject_cast<QLineEdit *>(focus);
        if (!field) {
            if (auto *combo = qobject_cast<QComboBox *>(focus); combo && combo->isEditable())
                field = combo->lineEdit();
        }
        if (field && isAncestorOf(field)) {
            // People press Escape in the search box to clear it, not to close the window.
            if (!field->isReadOnly() && !field->text().isEmpty())
                field->clear();
            event->accept();
            return;
        }
    }
    QWizard::keyPressEvent(event);
}

void OutletWizard::reject()
{
    if (m_asking)
        return;
    if (m_controller->isBusy())
        askWhileBusy();
    else if (m_controller->hasUnsavedReport())
        askBeforeClosing(false);
    else
        QWizard::reject();
}

void OutletWizard::accept()
{
    if (m_asking)
        return;
    if (m_controller->hasUnsavedReport())
        askBeforeClosing(true);
    else
        QWizard::accept();
}

// Nothing is lost when closing (the journal keeps every change), but the merchant's report can
// only be saved from the summary: say so before it is too late.
void OutletWizard::askBeforeClosing(bool finishing)
{
    m_asking = true;
    Prompt::ask(this, Prompt::closeUnsavedId, QMessageBox::Question,
                finishing ? tr("Finish without saving the report?")
                          : tr("Close without saving the report?"),
                tr("The changes of this session are kept in the link journal, but their report "
                   "for the merchant has not been saved. Save it on the Summary page first if "
                   "the merchant or your team needs it."),
                {{KeepWorking, tr("&Keep working"), QMessageBox::RejectRole},
                 {CloseWithoutReport, finishing ? tr("&Finish without a report")
                                                : tr("&Close without a report"),
                  QMessageBox::DestructiveRole}},
                [this, finishing](int answer) {
                    m_asking = false;
                    if (answer != CloseWithoutReport)
                        return;
                    if (finishing)
                        QWizard::accept();
                    else
                        QWizard::reject();
                });
}

void OutletWizard::askWhileBusy()
{
    // A paused run would never end by itself: waiting is offered only with Resume.
    const auto state = m_controller->runState();
    const bool paused = state == WizardController::RunState::Paused;
    const bool waitingForToken = state == WizardController::RunState::WaitingForToken;
    QList<Prompt::Choice> choices;
    if (paused)
        choices.append({ResumeThenClose, tr("&Resume, then close"), QMessageBox::AcceptRole});
    else if (!waitingForToken)
        choices.append({WaitThenClose, tr("&Wait, then close"), QMessageBox::AcceptRole});
    choices.append({CancelAndClose, tr("&Cancel them and close"), QMessageBox::DestructiveRole});
    choices.append({KeepWorking, tr("&Keep working"), QMessageBox::RejectRole});
    QString text = tr("Some link or unlink requests have not finished yet. Wait for them, or "
                      "cancel them and close? Requests already sent may still be carried out by "
                      "GoBiz; the table then shows those outlets as unknown.");
    if (paused)
        text += u' ' + tr("The run is paused, so it finishes only once it is resumed.");
    else if (waitingForToken)
        text += u' ' + tr("The run waits for a new access token, so it cannot finish by itself.");
    m_asking = true;
    Prompt::ask(this, Prompt::closeWhileBusyId, QMessageBox::Question,
                tr("Operations are still running"), text, choices, [this](int answer) {
                    m_asking = false;
                    switch (answer) {
                    case ResumeThenClose:
                        m_controller->resume();
                        [[fallthrough]];
                    case WaitThenClose:
                        m_closeWhenIdle = true;
                        outletsPage()->showClosingWhenIdle();
                        if (!m_controller->isBusy())
                            QWizard::reject();
                        break;
                    case CancelAndClose:
                        m_controller->cancelAll();
                        QWizard::reject();
                        break;
                    default:
                        break;
                    }
                });
}

void OutletWizard::nextMerchant()
{
    if (m_asking || m_controller->isBusy())
        return;
    if (!m_controller->hasUnsavedReport()) {
        goToNextMerchant();
        return;
    }
    m_asking = true;
    auto *summary = static_cast<SummaryPage *>(page(SummaryPageId));
    Prompt::ask(this, Prompt::nextMerchantId, QMessageBox::Question,
                tr("Save this merchant's report first?"),
                tr("The report of %1 has not been saved. Once you move on to the next merchant "
                   "it can no longer be saved from the Summary page (the link journal keeps the "
                   "changes).")
                    .arg(m_controller->account().merchantName),
                {{SaveReportFirst, tr("&Save the report…"), QMessageBox::AcceptRole},
                 {NextWithoutReport, tr("&Next merchant without a report"),
                  QMessageBox::DestructiveRole},
                 {KeepWorking, tr("&Cancel"), QMessageBox::RejectRole}},
                [this, summary](int answer) {
                    m_asking = false;
                    if (answer == NextWithoutReport) {
                        goToNextMerchant();
                    } else if (answer == SaveReportFirst) {
                        // Saved: on to the next merchant; not saved: stay, the summary says why.
                        summary->chooseReportFile([this](bool saved) {
                            if (saved)
                                goToNextMerchant();
                        });
                    }
                });
}

void OutletWizard::goToNextMerchant()
{
    m_controller->startNextMerchant();
    while (currentId() != TokenPageId && currentId() != -1 && currentId() > TokenPageId)
        back();
    static_cast<TokenPage *>(page(TokenPageId))->startOver();
}

} // namespace gobiz::ui
