#include "OutletsPage.h"

#include "ExternalIdFillDialog.h"
#include "InlineMessage.h"
#include "OutletTableProxy.h"
#include "Prompt.h"
#include "model/OutletModel.h"
#include "ops/LinkEngine.h"
#include "session/TokenAdvice.h"
#include "session/WizardController.h"
#include "store/LinkJournal.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QKeyEvent>
#include <QStyle>
#include <QTableView>

#include <functional>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWizard>

namespace gobiz::ui {

namespace {
const QString headerKey = QStringLiteral("outlets/header");

QString productName(Product product)
{
    return product == Product::GoFood ? OutletsPage::tr("GoFood") : OutletsPage::tr("Payment");
}

// Calls onReturn for Return/Enter in the watched widget and stops the key there.
class ReturnKeyCatcher : public QObject
{
public:
    ReturnKeyCatcher(std::function<void()> onReturn, QObject *parent)
        : QObject(parent), m_onReturn(std::move(onReturn))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                m_onReturn();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onReturn;
};

// The widgets that take focus, in the order the layout shows them (into messages and panels).
void collectInLayoutOrder(const QLayout *layout, QList<QWidget *> &widgets)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->layout()) {
            collectInLayoutOrder(item->layout(), widgets);
        } else if (QWidget *widget = item->widget()) {
            if (widget->focusPolicy() != Qt::NoFocus)
                widgets.append(widget);
            else if (widget->layout())
                collectInLayoutOrder(widget->layout(), widgets);
        }
    }
}
} // namespace

OutletsPage::OutletsPage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent),
      m_controller(controller),
      m_proxy(new OutletTableProxy(this)),
      m_account(new QLabel(this)),
      m_rolesWarning(new InlineMessage(this)),
      m_search(new QLineEdit(this)),
      m_count(new QLabel(this)),
      m_table(new QTableView(this)),
      m_linkGoFood(new QPushButton(tr("Link to &GoFood"), this)),
      m_linkPayment(new QPushButton(tr("Link to Pa&yment"), this)),
      m_unlink(new QToolButton(this)),
      m_fill(new QPushButton(tr("&Fill external IDs…"), this)),
      m_import(new QPushButton(tr("&Import CSV…"), this)),
      m_retry(new QPushButton(tr("&Retry failed"), this)),
      m_progress(new QProgressBar(this)),
      m_progressLabel(new QLabel(this)),
      m_stop(new QPushButton(tr("S&top"), this)),
      m_pauseBanner(new InlineMessage(this)),
      m_journalBanner(new InlineMessage(this)),
      m_recoveryBanner(new InlineMessage(this)),
      m_tokenPanel(new QWidget(this)),
      m_newToken(new QLineEdit(this)),
      m_useNewToken(new QPushButton(tr("C&ontinue with this token"), this)),
      m_newTokenMessage(new InlineMessage(this)),
      m_notice(new InlineMessage(this)),
      m_details(new QLabel(this))
{
    // Object names: how tests (and people debugging) find the controls.
    m_proxy->setObjectName(QStringLiteral("outletProxy"));
    m_account->setObjectName(QStringLiteral("accountLabel"));
    m_rolesWarning->setObjectName(QStringLiteral("rolesWarning"));
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_count->setObjectName(QStringLiteral("outletCountLabel"));
    m_table->setObjectName(QStringLiteral("outletTable"));
    m_linkGoFood->setObjectName(QStringLiteral("linkGoFoodButton"));
    m_linkPayment->setObjectName(QStringLiteral("linkPaymentButton"));
    m_unlink->setObjectName(QStringLiteral("unlinkButton"));
    m_fill->setObjectName(QStringLiteral("fillButton"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_pauseBanner->setObjectName(QStringLiteral("pauseBanner"));
    m_journalBanner->setObjectName(QStringLiteral("journalBanner"));
    m_recoveryBanner->setObjectName(QStringLiteral("recoveryBanner"));
    m_tokenPanel->setObjectName(QStringLiteral("reauthPanel"));
    m_newToken->setObjectName(QStringLiteral("newTokenEdit"));
    m_useNewToken->setObjectName(QStringLiteral("newTokenButton"));
    m_newTokenMessage->setObjectName(QStringLiteral("newTokenMessage"));
    m_notice->setObjectName(QStringLiteral("notice"));
    m_details->setObjectName(QStringLiteral("detailsLabel"));
    setTitle(tr("Outlets"));
    setSubTitle(tr("Step 4 of 5: check GoFood or Payment to link an outlet, uncheck to unlink. "
                   "Each cell shows what GoBiz confirmed."));

    m_account->setTextFormat(Qt::PlainText);
    m_account->setWordWrap(true);

    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_search->setPlaceholderText(tr("Name, outlet ID, address or external ID"));
    m_search->setClearButtonEnabled(true);
    m_count->setTextFormat(Qt::PlainText);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateCounts();
    });

    m_proxy->setSourceModel(controller->model());
    m_table->setModel(m_proxy);
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
    // Product columns fit their longest state text in this language ("Tidak diketahui" is
    // twice "Unknown"), beside the check box and the state icon.
    int stateTextWidth = 0;
    for (LinkState state : {LinkState::Unknown, LinkState::NotLinked, LinkState::Linking,
                            LinkState::Linked, LinkState::Unlinking, LinkState::Failed})
        stateTextWidth = qMax(stateTextWidth,
                              m_table->fontMetrics().horizontalAdvance(OutletModel::stateText(state)));
    const int productWidth = qMax(120, stateTextWidth + style()->pixelMetric(QStyle::PM_IndicatorWidth)
                                          + style()->pixelMetric(QStyle::PM_SmallIconSize) + 24);
    // The address (elided, full text in its tooltip) gives up what the state columns need.
    const int addressWidth = qMax(120, 230 - 2 * (productWidth - 120));
    const int widths[] = {200, 110, addressWidth, 80, 150, productWidth, productWidth};
    for (int column = 0; column < OutletModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column]);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        updateButtons();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &OutletsPage::updateDetails);
    connect(controller->model(), &QAbstractItemModel::dataChanged, this, [this] {
        updateDetails();
        updateButtons();
    });
    connect(controller->model(), &QAbstractItemModel::modelReset, this, [this] {
        updateCounts();
        updateDetails();
    });
    connect(m_proxy, &OutletTableProxy::checkRequested, this,
            [this](int row, Product product, LinkAction action) {
                requestChange({row}, product, action);
            });
    connect(controller->model(), &OutletModel::changeRefused, this,
            [this](int, Product, const QString &) {
                if (m_submitting)
                    ++m_refusedDuringSubmit;
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
        requestChange(selectedSourceRows(), Product::GoFood, LinkAction::Unlink);
    });
    unlinkMenu->addAction(tr("Unlink selected from &Payment"), this, [this] {
        requestChange(selectedSourceRows(), Product::Payment, LinkAction::Unlink);
    });
    m_unlink->setMenu(unlinkMenu);
    m_fill->setToolTip(tr("Fill the external outlet IDs of the selected outlets from a pattern "
                          "such as POS-{n:03}"));
    m_import->setToolTip(tr("Import external outlet IDs from a CSV file of outlet ID, external "
                            "ID"));
    m_retry->setToolTip(tr("Send again every request that failed"));
    connect(m_linkGoFood, &QPushButton::clicked, this,
            [this] { requestChange(selectedSourceRows(), Product::GoFood, LinkAction::Link); });
    connect(m_linkPayment, &QPushButton::clicked, this,
            [this] { requestChange(selectedSourceRows(), Product::Payment, LinkAction::Link); });
    connect(m_fill, &QPushButton::clicked, this, [this] { openFillDialog(false); });
    connect(m_import, &QPushButton::clicked, this, [this] { openFillDialog(true); });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        const int sent = m_controller->retryFailed();
        m_notice->showMessage(InlineMessage::Type::Info,
                              tr("Sending %n failed request(s) again.", nullptr, sent));
    });
    auto *actionsLabel = new QLabel(tr("Selected outlets:"), this);
    auto *actions = new QHBoxLayout;
    actions->addWidget(actionsLabel);
    actions->addWidget(m_linkGoFood);
    actions->addWidget(m_linkPayment);
    actions->addWidget(m_unlink);
    actions->addSpacing(12);
    actions->addWidget(m_fill);
    actions->addWidget(m_import);
    actions->addStretch();
    actions->addWidget(m_retry);

    // Progress of the run.
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setAccessibleName(tr("Progress of the link operations"));
    m_progressLabel->setTextFormat(Qt::PlainText);
    m_stop->setToolTip(tr("Cancel every request that has not finished"));
    m_stop->setEnabled(false);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_controller->cancelAll();
        m_notice->showMessage(InlineMessage::Type::Info,
                              tr("Cancelled. Outlets whose request was already sent show "
                                 "\"Unknown\": GoBiz may or may not have applied it."));
    });
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_progressLabel);
    progressRow->addWidget(m_stop);

    // A fresh token after a 401 in the middle of a run.
    auto *tokenLayout = new QVBoxLayout(m_tokenPanel);
    tokenLayout->setContentsMargins(0, 0, 0, 0);
    auto *tokenIntro = new InlineMessage(m_tokenPanel);
    tokenIntro->showMessage(InlineMessage::Type::Warning,
                            tr("GoBiz no longer accepts the access token (it expired or was "
                               "revoked). Everything not yet sent is kept: paste a new token for "
                               "the same merchant and the run continues."));
    auto *newTokenLabel = new QLabel(tr("New access to&ken:"), m_tokenPanel);
    newTokenLabel->setBuddy(m_newToken);
    m_newToken->setEchoMode(QLineEdit::Password);
    m_newToken->setAccessibleName(tr("New access token"));
    m_newToken->setClearButtonEnabled(true);
    m_newToken->setParent(m_tokenPanel);
    m_useNewToken->setParent(m_tokenPanel);
    m_newTokenMessage->setParent(m_tokenPanel);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(newTokenLabel);
    tokenRow->addWidget(m_newToken, 1);
    tokenRow->addWidget(m_useNewToken);
    tokenLayout->addWidget(tokenIntro);
    tokenLayout->addLayout(tokenRow);
    tokenLayout->addWidget(m_newTokenMessage);
    m_tokenPanel->hide();
    // The panel goes once the token is taken. Its focus goes back to the table first: left to
    // itself it would move on to Stop, which the Return that gave the token would then press.
    const auto hideTokenPanel = [this] {
        if (m_tokenPanel->isAncestorOf(QApplication::focusWidget()))
            m_table->setFocus();
        m_tokenPanel->hide();
    };
    const auto useNewToken = [this] {
        if (m_controller->isCheckingNewToken())
            return;
        const QString problem = m_controller->provideToken(m_newToken->text());
        if (!problem.isEmpty()) {
            m_newTokenMessage->showMessage(InlineMessage::Type::Error, problem);
            return;
        }
        m_useNewToken->setEnabled(false);
        m_newTokenMessage->showMessage(InlineMessage::Type::Info,
                                       tr("Checking the new token with GoBiz…"));
    };
    connect(controller, &WizardController::newTokenAccepted, this, [this, hideTokenPanel] {
        m_useNewToken->setEnabled(true);
        m_newToken->clear();
        m_newTokenMessage->clear();
        hideTokenPanel();
        m_notice->showMessage(InlineMessage::Type::Info, tr("Continuing with the new token."));
    });
    connect(controller, &WizardController::newTokenRefused, this, [this](const QString &message) {
        m_useNewToken->setEnabled(true);
        m_newTokenMessage->showMessage(InlineMessage::Type::Error, message);
    });
    connect(m_useNewToken, &QPushButton::clicked, this, useNewToken);
    // Return in the field gives the token and ends there: QLineEdit passes the key on after
    // returnPressed(), and the wizard would press a button with it (Stop, cancelling the run).
    m_newToken->installEventFilter(new ReturnKeyCatcher(useNewToken, m_newToken));

    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setAccessibleName(tr("Details of the current outlet"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_account);
    layout->addWidget(m_rolesWarning);
    layout->addWidget(m_journalBanner);
    layout->addWidget(m_recoveryBanner);
    layout->addLayout(searchRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_tokenPanel);
    layout->addWidget(m_pauseBanner);
    layout->addWidget(m_notice);
    layout->addLayout(progressRow);
    layout->addWidget(m_details);
    // Tab follows this layout (the widgets were created in another order): the banners above
    // the table first, the token panel under the actions, the progress row last.
    QList<QWidget *> focusOrder;
    collectInLayoutOrder(layout, focusOrder);
    for (qsizetype i = 1; i < focusOrder.size(); ++i)
        QWidget::setTabOrder(focusOrder.at(i - 1), focusOrder.at(i));

    LinkEngine *engine = controller->engine();
    connect(engine, &LinkEngine::progressChanged, this, &OutletsPage::onProgress);
    connect(engine, &LinkEngine::paused, this,
            [this](LinkEngine::PauseReason reason, const QString &message) {
                if (reason == LinkEngine::PauseReason::Token)
                    return;
                m_pauseBanner->showMessage(InlineMessage::Type::Warning, message);
                QPushButton *resume = m_pauseBanner->addButton(tr("R&esume"));
                resume->setObjectName(QStringLiteral("resumeButton"));
                connect(resume, &QPushButton::clicked, this, [this] {
                    m_pauseBanner->clear();
                    m_controller->resume();
                });
            });
    connect(engine, &LinkEngine::tokenRequired, this, [this] {
        m_tokenPanel->show();
        m_newToken->setFocus();
    });
    connect(engine, &LinkEngine::stateChanged, this, [this, hideTokenPanel](LinkEngine::State state) {
        if (state == LinkEngine::State::Running || state == LinkEngine::State::Idle)
            m_pauseBanner->clear();
        if (state != LinkEngine::State::WaitingForToken)
            hideTokenPanel();
    });
    connect(controller, &WizardController::busyChanged, this, &OutletsPage::onBusyChanged);
    connect(controller, &WizardController::notice, this, [this](const QString &message) {
        m_notice->showMessage(InlineMessage::Type::Warning, message);
    });
    connect(controller, &WizardController::journalProblemOccurred, this,
            &OutletsPage::showJournalProblem);
    connect(controller, &WizardController::interruptedChanged, this, &OutletsPage::updateRecovery);
    connect(engine, &LinkEngine::operationUpdated, this, [this](const LinkOperation &operation) {
        // A request went out, so the journal recorded it: its problem is over.
        if (operation.phase == LinkOperation::Phase::InFlight && !m_journalBanner->text().isEmpty()
            && m_controller->journalProblemMessage().isEmpty())
            m_journalBanner->clear();
    });
    updateButtons();
}

void OutletsPage::showJournalProblem(const QString &message)
{
    m_journalBanner->showMessage(InlineMessage::Type::Error, message);
    QPushButton *retry = m_journalBanner->addButton(tr("Check the &journal again"));
    retry->setObjectName(QStringLiteral("retryJournalButton"));
    retry->setToolTip(tr("After freeing space or fixing the folder: write what is waiting and "
                         "continue sending"));
    connect(retry, &QPushButton::clicked, this, [this] {
        m_journalBanner->clear();
        const bool writable = m_controller->retryJournal();
        const QString problem = m_controller->journalProblemMessage();
        if (!writable && !problem.isEmpty())
            showJournalProblem(problem);
        else
            m_notice->showMessage(InlineMessage::Type::Info,
                                  tr("The link journal is checked again: changes waiting to be "
                                     "sent continue, and each is recorded first."));
    });
}

void OutletsPage::updateRecovery()
{
    const RecoveryPlan &plan = m_controller->interrupted();
    if (plan.isEmpty()) {
        m_recoveryBanner->clear();
        return;
    }
    QStringList lines{plan.summary()};
    const int shown = qMin(plan.size(), 10);
    for (int i = 0; i < shown; ++i)
        lines << plan.items().at(i).describe();
    if (plan.size() > shown)
        lines << tr("…and %n more.", nullptr, plan.size() - shown);
    m_recoveryBanner->showMessage(
        InlineMessage::Type::Warning,
        tr("%n change(s) were interrupted when the wizard last stopped: %1. Resume them, or "
           "discard them?",
           nullptr, plan.size())
            .arg(WizardController::describeChanges(plan)),
        lines.join(u'\n'));
    m_resumeInterrupted = m_recoveryBanner->addButton(tr("Resu&me"));
    m_resumeInterrupted->setObjectName(QStringLiteral("resumeInterruptedButton"));
    m_resumeInterrupted->setToolTip(tr("Send the interrupted changes again: safe, since GoBiz "
                                       "applies a link or unlink only once"));
    m_discardInterrupted = m_recoveryBanner->addButton(tr("&Discard"));
    m_discardInterrupted->setObjectName(QStringLiteral("discardInterruptedButton"));
    m_discardInterrupted->setToolTip(tr("Send nothing; those outlets show Unknown until they are "
                                        "changed again. The records stay in the journal."));
    connect(m_resumeInterrupted, &QPushButton::clicked, this, &OutletsPage::resumeInterrupted);
    connect(m_discardInterrupted, &QPushButton::clicked, this, &OutletsPage::discardInterrupted);
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

void OutletsPage::discardInterrupted()
{
    const int count = m_controller->interrupted().size();
    const QString problem = m_controller->discardInterrupted();
    if (!problem.isEmpty()) {
        showJournalProblem(problem);
        return;
    }
    m_notice->showMessage(InlineMessage::Type::Info,
                          tr("%n interrupted change(s) discarded: nothing was sent. Those outlets "
                             "show Unknown until they are changed again; the records stay in "
                             "the journal.",
                             nullptr, count));
    updateDetails();
}

bool OutletsPage::linksGoFood(const Pending &pending) const
{
    return goFoodLinkCount(pending) > 0;
}

int OutletsPage::goFoodLinkCount(const Pending &pending) const
{
    if (!pending.resume)
        return pending.product == Product::GoFood && pending.action == LinkAction::Link
            ? int(pending.rows.size())
            : 0;
    int count = 0;
    for (const RecoveryItem &item : m_controller->interrupted().items()) {
        count += item.entry.request.product == Product::GoFood
                && item.entry.request.action == LinkAction::Link
            ? 1
            : 0;
    }
    return count;
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
        m_notice->showMessage(InlineMessage::Type::Info,
                              tr("GoBiz lists no outlets for this user. Sign in as a user who "
                                 "has access to the outlets."));
    else
        m_notice->clear();
    const QString journalProblem = m_controller->journalProblemMessage();
    if (!journalProblem.isEmpty())
        showJournalProblem(journalProblem);
    else
        m_journalBanner->clear();
    updateRecovery();
    if (!m_headerRestored) {
        m_headerRestored = true;
        if (QSettings *settings = m_controller->settings()) {
            const QByteArray state = settings->value(headerKey).toByteArray();
            if (!state.isEmpty())
                m_table->horizontalHeader()->restoreState(state);
        }
    }
    updateCounts();
    updateDetails();
    updateButtons();
    m_table->setFocus();
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, OutletModel::NameColumn));
}

bool OutletsPage::isComplete() const
{
    return !m_controller->isBusy();
}

QList<int> OutletsPage::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void OutletsPage::requestChange(const QList<int> &sourceRows, Product product, LinkAction action)
{
    if (sourceRows.isEmpty()) {
        m_notice->showMessage(InlineMessage::Type::Info,
                              tr("Select one or more outlets in the table first."));
        return;
    }
    m_pending.append({sourceRows, product, action});
    processPending();
}

void OutletsPage::processPending()
{
    while (!m_asking && !m_pending.isEmpty()) {
        if (!m_controller->mayLink() && !m_controller->rolesWarningAcknowledged()) {
            m_asking = true;
            Prompt::ask(this, Prompt::rolesWarningId, QMessageBox::Warning,
                        tr("These roles may not link outlets"),
                        TokenAdvice::rolesWarning(m_controller->roles()),
                        {{Decline, tr("&Don't send"), QMessageBox::RejectRole},
                         {Confirm, tr("Send &anyway"), QMessageBox::AcceptRole}},
                        [this](int answer) {
                            m_asking = false;
                            if (answer == Confirm) {
                                m_controller->setRolesWarningAcknowledged(true);
                            } else {
                                m_pending.clear();
                                m_notice->showMessage(InlineMessage::Type::Info,
                                                      tr("Nothing was sent."));
                            }
                            processPending();
                        });
            return;
        }
        const Pending &next = m_pending.first();
        if (linksGoFood(next) && !m_controller->autoAcceptConfirmed()) {
            int outlets = 0;
            for (const Pending &p : std::as_const(m_pending))
                outlets += goFoodLinkCount(p);
            m_asking = true;
            Prompt::ask(
                this, Prompt::autoAcceptId, QMessageBox::Question,
                tr("GoFood orders will be accepted automatically"),
                tr("When an outlet is linked to GoFood, GoBiz switches its order acceptance to "
                   "Auto Accept: new GoFood orders are accepted without the cashier confirming "
                   "them. This applies to the %n outlet(s) you are linking now and to every "
                   "GoFood link in this session.",
                   nullptr, outlets),
                {{Confirm, tr("&Link and use Auto Accept"), QMessageBox::AcceptRole},
                 {Decline, tr("&Cancel"), QMessageBox::RejectRole}},
                [this](int answer) {
                    m_asking = false;
                    if (answer == Confirm) {
                        m_controller->setAutoAcceptConfirmed(true);
                    } else {
                        // A declined resume stays on offer: nothing interrupted is dropped.
                        m_pending.erase(std::remove_if(m_pending.begin(), m_pending.end(),
                                                       [this](const Pending &p) {
                                                           return linksGoFood(p);
                                                       }),
                                        m_pending.end());
                        m_notice->showMessage(InlineMessage::Type::Info,
                                              tr("Nothing was linked to GoFood."));
                    }
                    processPending();
                });
            return;
        }
        const Pending request = m_pending.takeFirst();
        if (request.resume) {
            const int resumed = m_controller->resumeInterrupted();
            m_notice->showMessage(InlineMessage::Type::Info,
                                  tr("Sending %n interrupted change(s) again.", nullptr, resumed));
            updateButtons();
        } else {
            submit(request.rows, request.product, request.action);
        }
    }
}

void OutletsPage::submit(const QList<int> &sourceRows, Product product, LinkAction action)
{
    m_submitting = true;
    m_refusedDuringSubmit = 0;
    m_notice->clear(); // a new request makes the last notice stale
    m_controller->requestChanges(sourceRows, product, action);
    m_submitting = false;
    if (m_refusedDuringSubmit > 0) {
        m_notice->showMessage(
            InlineMessage::Type::Warning,
            tr("%n outlet(s) were not sent to %1: enter their external outlet ID first (double-"
               "click the cell, or use Fill external IDs).",
               nullptr, m_refusedDuringSubmit)
                .arg(productName(product)));
    }
    updateButtons();
}

void OutletsPage::onProgress(const EngineProgress &progress)
{
    const int total = progress.total();
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(progress.done + progress.failed);
    m_progressLabel->setText(total == 0 ? QString()
                                        : tr("%1 done, %2 failed, %3 remaining")
                                              .arg(progress.done)
                                              .arg(progress.failed)
                                              .arg(progress.remaining));
    updateButtons();
}

void OutletsPage::onBusyChanged(bool busy)
{
    emit completeChanged();
    m_stop->setEnabled(busy);
    // QWizard re-enables Back on completeChanged; a run in progress keeps the person here.
    if (wizard() && wizard()->currentPage() == this)
        wizard()->button(QWizard::BackButton)->setEnabled(!busy);
    updateButtons();
}

void OutletsPage::updateButtons()
{
    const bool selected = m_table->selectionModel()->hasSelection();
    m_linkGoFood->setEnabled(selected);
    m_linkPayment->setEnabled(selected);
    m_unlink->setEnabled(selected);
    m_retry->setEnabled(m_controller->failedCount() > 0);
}

void OutletsPage::updateCounts()
{
    const int total = m_controller->model()->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%n outlet(s)", nullptr, total)
                                    : tr("Showing %1 of %2").arg(shown).arg(total));
}

void OutletsPage::updateDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->setText(tr("Select an outlet to see its details here."));
        return;
    }
    const int row = m_proxy->mapToSource(current).row();
    OutletModel *model = m_controller->model();
    if (row < 0 || row >= model->rowCount())
        return;
    const Outlet &outlet = model->outlets().at(row);
    QStringList lines;
    lines << tr("%1 (outlet ID %2)%3")
                 .arg(outlet.name, outlet.id, outlet.primary ? tr(", primary outlet") : QString());
    const QString external = model->externalOutletId(row);
    lines << tr("External outlet ID: %1")
                 .arg(external.isEmpty() ? tr("not set (required before linking)") : external);
    for (Product product : allProducts) {
        const OutletModel::ProductCell cell = model->cell(row, product);
        QString line = tr("%1: %2").arg(productName(product), OutletModel::stateText(cell.state));
        if (cell.state == LinkState::Linked && cell.linkedAt.isValid())
            line += u' '
                + tr("(linked at %1 by GoBiz)")
                      .arg(QLocale().toString(cell.linkedAt.toLocalTime(), QLocale::ShortFormat));
        if (!cell.note.isEmpty())
            line += QStringLiteral(" — ") + cell.note;
        if (cell.error.isError())
            line += QStringLiteral(" — ") + cell.error.userMessage();
        if (!cell.requestId.isEmpty() && cell.error.isError())
            line += u' ' + tr("(request ID %1)").arg(cell.requestId);
        lines << line;
    }
    m_details->setText(lines.join(u'\n'));
}

void OutletsPage::saveTableState(QSettings &settings) const
{
    settings.setValue(headerKey, m_table->horizontalHeader()->saveState());
}

void OutletsPage::showClosingWhenIdle()
{
    m_notice->showMessage(InlineMessage::Type::Info,
                          tr("The wizard closes when the running requests have finished."));
}

void OutletsPage::openFillDialog(bool csv)
{
    auto *dialog = new ExternalIdFillDialog(m_controller, selectedSourceRows(),
                                            csv ? ExternalIdFillDialog::Mode::Csv
                                                : ExternalIdFillDialog::Mode::Pattern,
                                            this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExternalIdFillDialog::externalIdsChosen, this,
            [this](const QHash<QString, QString> &ids) {
                const int changed = m_controller->applyExternalIds(ids);
                m_notice->showMessage(InlineMessage::Type::Positive,
                                      tr("%n external outlet ID(s) filled in. Nothing is sent "
                                         "until you link.",
                                         nullptr, changed));
            });
    dialog->open();
}

} // namespace gobiz::ui
