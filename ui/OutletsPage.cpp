#include "OutletsPage.h"

#include "ExternalIdFillDialog.h"
#include "InlineMessage.h"
#include "JournalBanners.h"
#include "Layouts.h"
#include "OutletTablePanel.h"
#include "Prompt.h"
#include "ReauthPanel.h"
#include "RunStatusPanel.h"
#include "TabOrder.h"
#include "model/OutletModel.h"
#include "session/TokenAdvice.h"
#include "session/WizardController.h"
#include "store/RecoveryPlan.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QWizard>

#include <algorithm>

namespace gobiz::ui {

OutletsPage::OutletsPage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent),
      m_controller(controller),
      m_account(named(new QLabel(this), "accountLabel")),
      m_rolesWarning(named(new InlineMessage(this), "rolesWarning")),
      m_journal(new JournalBanners(controller, this)),
      m_table(new OutletTablePanel(controller, this)),
      m_reauth(new ReauthPanel(controller, this)),
      m_status(new RunStatusPanel(controller, this))
{
    setTitle(tr("Outlets"));
    setSubTitle(tr("Step 4 of 5: check GoFood or Payment to link an outlet, uncheck to unlink. "
                   "Each cell shows what GoBiz confirmed."));
    m_account->setTextFormat(Qt::PlainText);
    m_account->setWordWrap(true);

    QVBoxLayout *layout = column(
        {m_account, m_rolesWarning, m_journal, growing(m_table), m_reauth, m_status}, this);
    // Tab follows this layout (the widgets were created in another order): the banners above
    // the table first, the token panel under the actions, the progress row last.
    setTabOrderFromLayout(layout);

    // What the panels ask for.
    const auto notice = [this](InlineMessage::Type type, const QString &text) {
        m_status->showNotice(type, text);
    };
    connect(m_table, &OutletTablePanel::changeRequested, this, &OutletsPage::requestChange);
    connect(m_table, &OutletTablePanel::fillRequested, this, &OutletsPage::openFillDialog);
    connect(m_table, &OutletTablePanel::retryFailedRequested, m_status,
            &RunStatusPanel::retryFailed);
    connect(m_table, &OutletTablePanel::detailsChanged, m_status, &RunStatusPanel::setDetails);
    connect(m_journal, &JournalBanners::resumeRequested, this, &OutletsPage::resumeInterrupted);
    connect(m_journal, &JournalBanners::discarded, m_table, &OutletTablePanel::updateDetails);
    connect(m_journal, &JournalBanners::notice, this, notice);
    connect(m_reauth, &ReauthPanel::tokenAccepted, this, [this] {
        hideReauth();
        m_status->showNotice(InlineMessage::Type::Info, tr("Continuing with the new token."));
    });

    // What the core reports.
    connect(controller, &WizardController::runProgressChanged, m_table,
            &OutletTablePanel::updateActions);
    connect(controller, &WizardController::tokenRequired, m_reauth, &ReauthPanel::ask);
    connect(controller, &WizardController::runStateChanged, this, [this] {
        if (m_controller->runState() != WizardController::RunState::WaitingForToken)
            hideReauth();
    });
    connect(controller, &WizardController::busyChanged, this, &OutletsPage::onBusyChanged);
    connect(controller, &WizardController::notice, this, [this](const QString &message) {
        m_status->showNotice(InlineMessage::Type::Warning, message);
    });
    connect(controller->model(), &OutletModel::changeRefused, this,
            [this](int, Product, const QString &) {
                if (m_submitting)
                    ++m_refusedDuringSubmit;
            });
}

void OutletsPage::initializePage()
{
    const QStringList roles = m_controller->roles();
    const int outlets = m_controller->model()->rowCount();
    const QString roleList = roles.isEmpty() ? tr("none") : QLocale().createSeparatedList(roles);
    m_account->setText(tr("%1 · GoBiz roles: %2 · %n outlet(s) · primary outlet: %3", nullptr,
                          outlets)
                           .arg(m_controller->environment().displayName(), roleList,
                                m_controller->primaryOutletName()));
    if (m_controller->mayLink())
        m_rolesWarning->clear();
    else
        m_rolesWarning->showMessage(InlineMessage::Type::Warning,
                                    TokenAdvice::rolesWarning(roles));
    if (outlets == 0)
        m_status->showNotice(InlineMessage::Type::Info,
                             tr("GoBiz lists no outlets for this user. Sign in as a user who has "
                                "access to the outlets."));
    else
        m_status->clearNotice();
    m_journal->refresh();
    m_table->restoreHeaderStateOnce();
    m_table->enter();
}

bool OutletsPage::isComplete() const
{
    return !m_controller->isBusy();
}

// The token panel goes once the token is taken. Its focus goes back to the table first: left to
// itself it would move on to Stop, which the Return that gave the token would then press.
void OutletsPage::hideReauth()
{
    if (m_reauth->isAncestorOf(QApplication::focusWidget()))
        m_table->focusTable();
    m_reauth->hide();
}

void OutletsPage::onBusyChanged(bool busy)
{
    emit completeChanged();
    // QWizard re-enables Back on completeChanged; a run in progress keeps the person here.
    if (wizard() && wizard()->currentPage() == this)
        wizard()->button(QWizard::BackButton)->setEnabled(!busy);
    m_table->updateActions();
}

void OutletsPage::saveTableState(QSettings &settings) const
{
    m_table->saveHeaderState(settings);
}

void OutletsPage::showClosingWhenIdle()
{
    m_status->showNotice(InlineMessage::Type::Info,
                         tr("The wizard closes when the running requests have finished."));
}

void OutletsPage::openFillDialog(bool csv)
{
    auto *dialog = new ExternalIdFillDialog(m_controller, m_table->selectedSourceRows(),
                                            csv ? ExternalIdFillDialog::Mode::Csv
                                                : ExternalIdFillDialog::Mode::Pattern,
                                            this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExternalIdFillDialog::externalIdsChosen, this,
            [this](const QHash<QString, QString> &ids) {
                const int changed = m_controller->applyExternalIds(ids);
                m_status->showNotice(InlineMessage::Type::Positive,
                                     tr("%n external outlet ID(s) filled in. Nothing is sent "
                                        "until you link.",
                                        nullptr, changed));
            });
    dialog->open();
}

// --- Confirmations before anything is sent ------------------------------------------------------
// Every change (check cells, bulk actions) and the resumption of interrupted changes pass through
// m_pending: first the roles warning (once acknowledged, for the session), then the Auto Accept
// question before the first GoFood link of the session; only then does a request reach the
// controller. Everything the flow needs is in this section, so it can move to the core as is.

void OutletsPage::requestChange(const QList<int> &sourceRows, Product product, LinkAction action)
{
    if (sourceRows.isEmpty()) {
        m_status->showNotice(InlineMessage::Type::Info,
                             tr("Select one or more outlets in the table first."));
        return;
    }
    m_pending.append({sourceRows, product, action});
    processPending();
}

void OutletsPage::resumeInterrupted()
{
    if (m_controller->interrupted().isEmpty())
        return;
    Pending resume{{}, Product::GoFood, LinkAction::Link};
    resume.resume = true;
    m_pending.append(resume);
    processPending();
}

// What the core's gate needs before this request may go (the page only asks the person).
ChangeGate::Verdict OutletsPage::verdictFor(const Pending &pending) const
{
    return pending.resume ? m_controller->checkResume()
                          : m_controller->checkChanges(pending.rows, pending.product,
                                                       pending.action);
}

void OutletsPage::processPending()
{
    while (!m_asking && !m_pending.isEmpty()) {
        const Pending &next = m_pending.first();
        const ChangeGate::Verdict verdict = verdictFor(next);
        if (verdict.question == ChangeGate::Question::RolesMayNotLink) {
            confirm(Prompt::rolesWarningId, QMessageBox::Warning,
                    tr("These roles may not link outlets"),
                    TokenAdvice::rolesWarning(m_controller->roles()),
                    {{Decline, tr("&Don't send"), QMessageBox::RejectRole},
                     {Confirm, tr("Send &anyway"), QMessageBox::AcceptRole}},
                    [this] { m_controller->setRolesWarningAcknowledged(true); },
                    [this] {
                        m_pending.clear();
                        m_status->showNotice(InlineMessage::Type::Info, tr("Nothing was sent."));
                    });
            return;
        }
        if (verdict.question == ChangeGate::Question::AutoAccept) {
            int outlets = 0;
            for (const Pending &p : std::as_const(m_pending))
                outlets += verdictFor(p).goFoodLinks;
            confirm(Prompt::autoAcceptId, QMessageBox::Question,
                    tr("GoFood orders will be accepted automatically"),
                    tr("When an outlet is linked to GoFood, GoBiz switches its order acceptance "
                       "to Auto Accept: new GoFood orders are accepted without the cashier "
                       "confirming them. This applies to the %n outlet(s) you are linking now "
                       "and to every GoFood link in this session.",
                       nullptr, outlets),
                    {{Confirm, tr("&Link and use Auto Accept"), QMessageBox::AcceptRole},
                     {Decline, tr("&Cancel"), QMessageBox::RejectRole}},
                    [this] { m_controller->setAutoAcceptConfirmed(true); },
                    [this] {
                        // A declined resume stays on offer: nothing interrupted is dropped.
                        m_pending.erase(std::remove_if(m_pending.begin(), m_pending.end(),
                                                       [this](const Pending &p) {
                                                           return verdictFor(p).goFoodLinks > 0;
                                                       }),
                                        m_pending.end());
                        m_status->showNotice(InlineMessage::Type::Info,
                                             tr("Nothing was linked to GoFood."));
                    });
            return;
        }
        const Pending request = m_pending.takeFirst();
        if (request.resume) {
            const int resumed = m_controller->resumeInterrupted();
            m_status->showNotice(InlineMessage::Type::Info,
                                 tr("Sending %n interrupted change(s) again.", nullptr, resumed));
            m_table->updateActions();
        } else {
            submit(request.rows, request.product, request.action);
        }
    }
}

void OutletsPage::confirm(const char *questionId, QMessageBox::Icon icon, const QString &title,
                          const QString &text, const QList<Prompt::Choice> &choices,
                          std::function<void()> confirmed, std::function<void()> declined)
{
    m_asking = true;
    Prompt::ask(this, questionId, icon, title, text, choices,
                [this, confirmed, declined](int answer) {
                    m_asking = false;
                    if (answer == Confirm)
                        confirmed();
                    else
                        declined();
                    processPending();
                });
}

void OutletsPage::submit(const QList<int> &sourceRows, Product product, LinkAction action)
{
    m_submitting = true;
    m_refusedDuringSubmit = 0;
    m_status->clearNotice(); // a new request makes the last notice stale
    m_controller->requestChanges(sourceRows, product, action);
    m_submitting = false;
    if (m_refusedDuringSubmit > 0) {
        m_status->showNotice(
            InlineMessage::Type::Warning,
            tr("%n outlet(s) were not sent to %1: enter their external outlet ID first (double-"
               "click the cell, or use Fill external IDs).",
               nullptr, m_refusedDuringSubmit)
                .arg(OutletTablePanel::productName(product)));
    }
    m_table->updateActions();
}

} // namespace gobiz::ui
