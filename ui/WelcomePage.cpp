#include "WelcomePage.h"

#include "FirstFrame.h"
#include "InlineMessage.h"
#include "Layouts.h"
#include "NetworkSettingsDialog.h"
#include "api/BaseUrlInput.h"
#include "release/Release.h"
#include "session/WizardController.h"
#include "store/RecoveryPlan.h"

#include <QAction>
#include <QButtonGroup>
#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>

namespace gobiz::ui {

WelcomePage::WelcomePage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent),
      m_controller(controller),
      m_environments(new QButtonGroup(this)),
      m_production(named(new QRadioButton(this), "productionButton")),
      m_sandbox(named(new QRadioButton(this), "sandboxButton")),
      m_custom(named(new QRadioButton(tr("C&ustom address:"), this), "customButton")),
      m_customUrl(named(new QLineEdit(this), "customUrlEdit")),
      m_urlMessage(named(new InlineMessage(this), "urlMessage")),
      m_demoNote(named(new InlineMessage(this), "demoNote")),
      m_partnerNote(named(new InlineMessage(this), "partnerNote")),
      // The link journal: set aside (with the new path) or not writable.
      m_journalMessage(named(new InlineMessage(this), "journalMessage")),
      // Changes interrupted in an earlier run, for any account, and where they will be offered.
      m_interruptedNote(named(new InlineMessage(this), "interruptedNote"))
{
    setTitle(tr("Link GoBiz outlets to your integration"));
    setSubTitle(tr("Step 1 of 5: choose where GoBiz is."));

    auto *intro = paragraph(
        tr("This wizard links a merchant's GoBiz outlets to your partner integration, for "
           "GoFood and for Payment, outlet by outlet. You sign in with the merchant's access "
           "token, choose the outlets, and see for each one what GoBiz confirmed."),
        this);

    m_production->setText(tr("&Production (%1)")
                              .arg(Environment::production().baseUrl().host()));
    m_sandbox->setText(tr("&Sandbox for testing (%1)").arg(Environment::sandbox().baseUrl().host()));
    // Each button's id is the kind of environment it chooses.
    m_environments->addButton(m_production, int(Environment::Kind::Production));
    m_environments->addButton(m_sandbox, int(Environment::Kind::Sandbox));
    m_environments->addButton(m_custom, int(Environment::Kind::Custom));
    m_production->setChecked(true);
    m_customUrl->setPlaceholderText(tr("https://api.example.com"));
    m_customUrl->setAccessibleName(tr("Custom API address"));
    // Its clear button comes once the page is on screen (below).

    auto *environmentBox = new QGroupBox(tr("Environment"), this);
    auto *grid = new QGridLayout(environmentBox);
    grid->addWidget(m_production, 0, 0, 1, 2);
    grid->addWidget(m_sandbox, 1, 0, 1, 2);
    grid->addWidget(m_custom, 2, 0);
    grid->addWidget(m_customUrl, 2, 1);
    grid->addWidget(m_urlMessage, 3, 0, 1, 2);
    grid->setColumnStretch(1, 1);

    auto *facilitator = new InlineMessage(this);
    // Fixed wording, nothing to copy; and with no selectable text on it, the first frame lays
    // out and paints no text document (with the version line's, 1.7 ms of the start).
    facilitator->setTextSelectable(false);
    facilitator->showMessage(
        InlineMessage::Type::Info,
        tr("This is for partners using GoBiz facilitator integration, where the partner links "
           "each merchant's outlets. With direct integration no linking is needed, and you do "
           "not need this wizard."));

    auto *networkButton = named(new QPushButton(tr("Net&work settings…"), this), "networkButton");
    connect(networkButton, &QPushButton::clicked, this, &WelcomePage::openNetworkSettings);

    // Which build this is, where an About box would say it: the window's name, the version and
    // the licence's SPDX id, which read the same in every language. For support it is copied
    // whole, from its context menu; not selected: a selectable or focusable label is a text
    // document, which the first frame would lay out and paint. Not a stop for Tab.
    const QString version
        = QCoreApplication::translate("gobiz::ui::OutletWizard", "GoBiz Outlet Link Wizard")
        + u' ' + QString::fromLatin1(release::version) + QStringLiteral(" \u00b7 ")
        + QString::fromLatin1(release::licenceId);
    auto *versionLine = named(paragraph(version, this), "versionLabel");
    // Not Qt::ActionsContextMenu, which runs the menu in a nested event loop (QMenu::exec).
    versionLine->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(versionLine, &QWidget::customContextMenuRequested, this,
            [this, versionLine, version](const QPoint &at) {
                auto *menu = named(new QMenu(versionLine), "versionMenu");
                menu->setAttribute(Qt::WA_DeleteOnClose);
                QAction *copy = menu->addAction(tr("&Copy version"), menu, [version] {
                    QGuiApplication::clipboard()->setText(version);
                });
                named(copy, "copyVersionAction");
                menu->popup(versionLine->mapToGlobal(at));
            });

    column({intro, m_demoNote, m_partnerNote, m_journalMessage, m_interruptedNote, environmentBox, facilitator,
            LayoutItem::stretch(),
            row({growing(paragraph(tr("Behind a shop or office proxy? Set it here."), this)),
                 networkButton}),
            versionLine},
           this);

    const auto changed = [this] {
        m_customUrl->setEnabled(m_custom->isChecked());
        updateUrlFeedback();
        emit completeChanged();
    };
    connect(m_environments, &QButtonGroup::buttonToggled, this, changed);
    connect(m_customUrl, &QLineEdit::textChanged, this, changed);
    // A second window may have taken the journal, or let it go: Next follows. Not told when
    // neither Next nor a message changed: the journal opening with nothing to say, on every
    // start, right after the first frame (QWizard would lay the whole page out again).
    const auto journalChanged = [this] {
        if (updateJournalMessages() || completeNow() != m_toldComplete)
            emit completeChanged();
    };
    connect(controller, &WizardController::journalChanged, this, journalChanged);
    connect(controller, &WizardController::interruptedChanged, this, journalChanged);
    loadFromController();
    // The clear button's icon is looked up in the icon theme, and the first look-up reads the
    // theme's index and loads image plugins: a few ms that would delay the first window.
    // Added once the first frame is on screen, before anyone can type (it shows only with text).
    whenFirstFrameShown(this, [edit = m_customUrl] { edit->setClearButtonEnabled(true); });
}

// Tells QWizard nothing: each completeChanged() has it hide and show the page to update its
// buttons, laying out all of its wrapped text again (about 2 ms). When the page is made or
// entered, QWizard asks isComplete() itself right after; the first frame paid it twice.
// Returns whether a message came, went or says something else: the page then needs that
// layout (a message shown on a page on screen is otherwise given the height it had hidden).
bool WelcomePage::updateJournalMessages()
{
    const auto shown = [this] {
        QStringList said;
        for (const InlineMessage *message : {m_journalMessage, m_interruptedNote}) {
            said << (message->isVisibleTo(this) ? QString::number(int(message->type()))
                                                  + message->text() + u'\n' + message->detail()
                                                : QString());
        }
        return said;
    };
    const QStringList before = shown();
    showJournalMessages();
    return shown() != before;
}

void WelcomePage::showJournalMessages()
{
    const QString problem = m_controller->journalProblemMessage();
    const QString setAside = m_controller->journalSetAsideMessage();
    if (!setAside.isEmpty()) {
        m_journalMessage->showMessage(InlineMessage::Type::Warning, setAside, problem);
    } else if (!problem.isEmpty() && !m_controller->journalPath().isEmpty()) {
        m_journalMessage->showMessage(InlineMessage::Type::Error, problem);
    } else {
        m_journalMessage->clear();
    }

    // Offered after signing in to the account they belong to: resuming needs its token.
    const RecoveryPlan plan = m_controller->allInterrupted();
    if (plan.isEmpty()) {
        m_interruptedNote->clear();
        return;
    }
    QStringList where;
    QHash<QString, int> countByAccount;
    QStringList accounts;
    for (const RecoveryItem &item : plan.items()) {
        const QString account = item.entry.merchant.isEmpty()
            ? WizardController::describeJournalEnvironment(item.entry.environment)
            : tr("%1, primary outlet %2")
                  .arg(WizardController::describeJournalEnvironment(item.entry.environment),
                       item.entry.merchant);
        if (!countByAccount.contains(account))
            accounts.append(account);
        ++countByAccount[account];
    }
    for (const QString &account : std::as_const(accounts))
        where << tr("%1: %n change(s)", nullptr, countByAccount.value(account)).arg(account);
    m_interruptedNote->showMessage(
        InlineMessage::Type::Warning,
        tr("%n change(s) were interrupted when the wizard last stopped (%1), so GoBiz may or "
           "may not have applied them. They are kept: sign in to the same account and the "
           "Outlets page offers to resume or discard them.",
           nullptr, plan.size())
            .arg(WizardController::describeChanges(plan)),
        where.join(u'\n'));
}

void WelcomePage::loadFromController()
{
    const Environment environment = m_controller->environment();
    m_environments->button(int(environment.kind()))->setChecked(true);
    const QUrl custom = environment.kind() == Environment::Kind::Custom
        ? environment.baseUrl()
        : m_controller->lastCustomBaseUrl();
    m_customUrl->setText(custom.toString());
    m_customUrl->setEnabled(m_custom->isChecked());
    if (m_controller->isDemo())
        m_demoNote->showMessage(InlineMessage::Type::Info,
                                tr("Demo mode: a local GoBiz sandbox with a demo merchant runs "
                                   "inside this program at %1. Nothing is sent to GoBiz.")
                                    .arg(environment.baseUrl().toDisplayString()));
    else
        m_demoNote->clear();
    if (const auto &profile = m_controller->partnerProfile())
        m_partnerNote->showMessage(InlineMessage::Type::Info,
                                   tr("Partner: %1 (environment: %2). Sign in with GoBiz is "
                                      "offered on the Sign in page.")
                                       .arg(profile->partner, profile->environment.displayName()));
    else if (!m_controller->partnerProfileProblem().isEmpty())
        m_partnerNote->showMessage(InlineMessage::Type::Warning,
                                   m_controller->partnerProfileProblem());
    else
        m_partnerNote->clear();
    updateUrlFeedback();
    updateJournalMessages();
}

void WelcomePage::initializePage()
{
    loadFromController();
}

void WelcomePage::updateUrlFeedback()
{
    if (!m_custom->isChecked()) {
        m_urlMessage->clear();
        return;
    }
    const BaseUrlInput input = BaseUrlInput::parse(m_customUrl->text());
    if (!input.isAcceptable())
        m_urlMessage->showMessage(InlineMessage::Type::Warning, input.problem);
    else if (!input.note.isEmpty())
        m_urlMessage->showMessage(InlineMessage::Type::Info, input.note);
    else
        m_urlMessage->clear();
}

bool WelcomePage::isComplete() const
{
    m_toldComplete = completeNow();
    return m_toldComplete;
}

bool WelcomePage::completeNow() const
{
    // The other window is the one to use (the warning says so): this one goes nowhere.
    if (m_controller->isJournalInUseElsewhere())
        return false;
    if (!m_custom->isChecked())
        return true;
    return BaseUrlInput::parse(m_customUrl->text()).isAcceptable();
}

bool WelcomePage::validatePage()
{
    Environment environment = Environment::production();
    if (m_sandbox->isChecked())
        environment = Environment::sandbox();
    else if (m_custom->isChecked())
        environment = Environment::custom(BaseUrlInput::parse(m_customUrl->text()).url);
    const QString problem = m_controller->setEnvironment(environment);
    if (!problem.isEmpty()) {
        m_urlMessage->showMessage(InlineMessage::Type::Error, problem);
        return false;
    }
    return true;
}

void WelcomePage::openNetworkSettings()
{
    auto *dialog = new NetworkSettingsDialog(m_controller->networkSettings(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NetworkSettingsDialog::settingsAccepted, this,
            [this](const NetworkSettings &settings) {
                m_controller->setNetworkSettings(settings);
            });
    dialog->open();
}

} // namespace gobiz::ui
