#include "OutletWizard.h"

#include "InlineMessage.h"
#include "OutletsPage.h"
#include "Prompt.h"
#include "SavedLayout.h"
#include "SignInHelpPage.h"
#include "SummaryPage.h"
#include "TokenPage.h"
#include "WelcomePage.h"
#include "diagnostics/Logging.h"
#include "session/WizardController.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>

namespace gobiz::ui {

OutletWizard::OutletWizard(WizardController *controller, QWidget *parent)
    : QWizard(parent),
      m_controller(controller)
{
    setWindowTitle(tr("GoBiz Outlet Link Wizard"));
    setWindowIcon(themeIcon(QStringLiteral("gobiz-outlet-wizard")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(WelcomePageId, new WelcomePage(controller));
    setPage(SignInHelpPageId, new SignInHelpPage);
    setPage(TokenPageId, new TokenPage(controller));
    setPage(OutletsPageId, new OutletsPage(controller));
    setPage(SummaryPageId, new SummaryPage(controller));
    setStartId(WelcomePageId);
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("&Close"));
    restoreWindowState();

    connect(controller, &WizardController::busyChanged, this, [this](bool busy) {
        if (!busy && m_closeWhenIdle) {
            qCInfo(lcUi) << "operations finished: closing as asked";
            QWizard::reject();
        }
    });
}

OutletWizard::~OutletWizard() = default;

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
        outletsPage()->saveTableState(*settings);
    }
}

void OutletWizard::done(int result)
{
    saveWindowState();
    QWizard::done(result);
}

void OutletWizard::reject()
{
    if (!m_controller->isBusy()) {
        QWizard::reject();
        return;
    }
    if (m_asking)
        return;
    m_asking = true;
    Prompt::ask(this, Prompt::closeWhileBusyId, QMessageBox::Question,
                tr("Operations are still running"),
                tr("Some link or unlink requests have not finished yet. Wait for them, or cancel "
                   "them and close? Requests already sent may still be carried out by GoBiz; the "
                   "table then shows those outlets as unknown."),
                {{WaitThenClose, tr("&Wait, then close"), QMessageBox::AcceptRole},
                 {CancelAndClose, tr("&Cancel them and close"), QMessageBox::DestructiveRole},
                 {KeepWorking, tr("&Keep working"), QMessageBox::RejectRole}},
                [this](int answer) {
                    m_asking = false;
                    switch (answer) {
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

} // namespace gobiz::ui
