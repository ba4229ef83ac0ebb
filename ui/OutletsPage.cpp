#include "OutletsPage.h"

#include "ChangeConfirmations.h"
#include "ExternalIdFillDialog.h"
#include "InlineMessage.h"
#include "JournalBanners.h"
#include "Layouts.h"
#include "OutletTablePanel.h"
#include "ReauthPanel.h"
#include "RunMessages.h"
#include "RunStatusPanel.h"
#include "TabOrder.h"
#include "model/OutletModel.h"
#include "session/LinkRun.h"
#include "session/TokenAdvice.h"
#include "session/WizardController.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QWizard>

#include <memory>

namespace gobiz::ui {

OutletsPage::OutletsPage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent),
      m_controller(controller),
      m_account(named(new QLabel(this), "accountLabel")),
      m_rolesWarning(named(new InlineMessage(this), "rolesWarning")),
      m_journal(new JournalBanners(controller, this)),
      m_table(new OutletTablePanel(controller, this)),
      m_reauth(new ReauthPanel(controller, this)),
      m_messages(new RunMessages(controller, this)),
      m_status(new RunStatusPanel(controller, this)),
      m_confirmations(new ChangeConfirmations(controller, this))
{
    setTitle(tr("Outlets"));
    setSubTitle(tr("Step 4 of 5: check GoFood or Payment to link an outlet, uncheck to unlink. "
                   "Each cell shows what GoBiz confirmed."));
    m_account->setTextFormat(Qt::PlainText);
    m_account->setWordWrap(true);

    // What comes and goes, above the table and below the search row: the new-token panel first
    // (its field then never moves under a message), the least changing messages next, the
    // page's notice last.
    auto *messages = named(new QWidget(this), "messageArea");
    flush(column({m_reauth, m_rolesWarning, m_journal, m_messages}, messages));
    m_table->insertAboveTable(messages);
    QVBoxLayout *layout = column({m_account, growing(m_table), m_status}, this);
    setTabOrderFromLayout(layout);

    // What the panels ask for.
    const auto notice = [this](InlineMessage::Type type, const QString &text) {
        m_messages->showNotice(type, text);
    };
    connect(m_table, &OutletTablePanel::changeRequested, m_confirmations,
            &ChangeConfirmations::requestChange);
    connect(m_table, &OutletTablePanel::fillRequested, this, [this](bool csv) {
        openFillDialog(m_table->selectedSourceRows(), csv, false);
    });
    connect(m_table, &OutletTablePanel::detailsChanged, m_status, &RunStatusPanel::setDetails);
    connect(m_journal, &JournalBanners::resumeRequested, m_confirmations,
            &ChangeConfirmations::resumeInterrupted);
    connect(m_journal, &JournalBanners::discarded, m_table, &OutletTablePanel::updateDetails);
    connect(m_journal, &JournalBanners::notice, this, notice);
    connect(m_confirmations, &ChangeConfirmations::notice, this, notice);
    connect(m_confirmations, &ChangeConfirmations::fillRequested, this,
            [this](const QList<int> &rows) { openFillDialog(rows, false, true); });
    connect(m_confirmations, &ChangeConfirmations::submitted, this, [this] {
        m_messages->clearNotice();
        m_table->updateActions();
    });
    connect(m_messages, &RunMessages::retryRequested, m_confirmations,
            &ChangeConfirmations::retryUnfinished);
    connect(m_messages, &RunMessages::showFailedRequested, m_table,
            &OutletTablePanel::showOnlyFailed);
    connect(m_status, &RunStatusPanel::stopped, this, [this] {
        m_messages->showNotice(
            InlineMessage::Type::Info,
            tr("Stopped. Changes not sent yet stay as they were and can be sent later; outlets "
               "whose request was already sent show \"Unknown\": GoBiz may or may not have "
               "applied it."));
    });
    connect(m_status, &RunStatusPanel::focusReleased, m_table, &OutletTablePanel::focusTable);
    connect(m_reauth, &ReauthPanel::tokenAccepted, this, [this] {
        hideReauth();
        m_messages->showNotice(InlineMessage::Type::Info, tr("Continuing with the new token."));
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
        m_messages->showNotice(InlineMessage::Type::Warning, message);
    });
}

void OutletsPage::initializePage()
{
    const QStringList roles = m_controller->roles();
    const int outlets = m_controller->model()->rowCount();
    const QString roleList = roles.isEmpty() ? tr("none") : QLocale().createSeparatedList(roles);
    const QString primary = m_controller->primaryOutletName();
    m_account->setText(
        primary.isEmpty()
            ? tr("%1 · GoBiz roles: %2 · %n outlet(s)", nullptr, outlets)
                  .arg(m_controller->environment().displayName(), roleList)
            : tr("%1 · GoBiz roles: %2 · %n outlet(s) · primary outlet: %3", nullptr, outlets)
                  .arg(m_controller->environment().displayName(), roleList, primary));
    if (m_controller->mayLink())
        m_rolesWarning->clear();
    else
        m_rolesWarning->showMessage(InlineMessage::Type::Warning,
                                    TokenAdvice::rolesWarning(roles));
    if (outlets == 0)
        m_messages->showNotice(InlineMessage::Type::Info,
                               tr("GoBiz lists no outlets for this user. Sign in as a user who "
                                  "has access to the outlets."));
    else
        m_messages->clearNotice();
    m_journal->refresh();
    m_table->restoreHeaderStateOnce();
    m_table->enter();
}

bool OutletsPage::isComplete() const
{
    return !m_controller->isBusy();
}

// The token panel goes once the token is taken. Its focus goes back to the table first: left to
// itself it would move on to the next control, which the Return that gave the token would press.
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
    if (wizard() && wizard()->currentPage() == this) {
        wizard()->button(QWizard::BackButton)->setEnabled(!busy);
        // A run that ends leaves the focus where Enter goes forward, never on < Back.
        if (!busy && QApplication::focusWidget() == wizard()->button(QWizard::BackButton))
            m_table->focusTable();
    }
    m_table->updateActions();
}

void OutletsPage::saveTableState(QSettings &settings) const
{
    m_table->saveHeaderState(settings);
}

void OutletsPage::showClosingWhenIdle()
{
    m_messages->showNotice(InlineMessage::Type::Info,
                           tr("The wizard closes when the running requests have finished."));
}

void OutletsPage::openFillDialog(const QList<int> &sourceRows, bool csv, bool forConfirmation)
{
    auto *dialog = new ExternalIdFillDialog(m_controller, sourceRows,
                                            csv ? ExternalIdFillDialog::Mode::Csv
                                                : ExternalIdFillDialog::Mode::Pattern,
                                            this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto filled = std::make_shared<bool>(false);
    connect(dialog, &ExternalIdFillDialog::externalIdsChosen, this,
            [this, filled, forConfirmation](const QHash<QString, QString> &ids) {
                const int changed = m_controller->applyExternalIds(ids);
                *filled = changed > 0;
                if (!forConfirmation)
                    m_messages->showNotice(InlineMessage::Type::Positive,
                                           tr("%n external outlet ID(s) filled in. Nothing is "
                                              "sent until you link.",
                                              nullptr, changed));
            });
    if (forConfirmation) {
        connect(dialog, &QDialog::finished, this,
                [this, filled] { m_confirmations->fillFinished(*filled); });
    }
    dialog->open();
}

} // namespace gobiz::ui
