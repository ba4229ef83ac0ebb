#include "TokenPage.h"

#include "InlineMessage.h"
#include "api/AccessToken.h"
#include "session/TokenAdvice.h"
#include "session/WizardController.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWizard>

namespace gobiz::ui {

TokenPage::TokenPage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent),
      m_controller(controller),
      m_tokenEdit(new QLineEdit(this)),
      m_showAction(new QAction(this)),
      m_showButton(new QToolButton(this)),
      m_pasteButton(new QPushButton(tr("&Paste"), this)),
      m_demoButton(new QPushButton(tr("Use &demo token"), this)),
      m_feedback(new InlineMessage(this)),
      m_remember(new QCheckBox(tr("&Remember on this computer"), this)),
      m_rememberNote(new QLabel(this)),
      m_savedBox(new QGroupBox(tr("Remembered tokens"), this)),
      m_savedCombo(new QComboBox(this)),
      m_useSaved(new QPushButton(tr("&Use"), this)),
      m_forget(new QPushButton(tr("&Forget"), this)),
      m_busyPanel(new QWidget(this)),
      m_busyLabel(new QLabel(this)),
      m_busyBar(new QProgressBar(this)),
      m_cancelCheck(new QPushButton(tr("Cancel chec&k"), this)),
      m_result(new InlineMessage(this))
{
    m_tokenEdit->setObjectName(QStringLiteral("tokenEdit"));
    m_showAction->setObjectName(QStringLiteral("showTokenAction"));
    m_showButton->setObjectName(QStringLiteral("showTokenButton"));
    m_pasteButton->setObjectName(QStringLiteral("pasteButton"));
    m_demoButton->setObjectName(QStringLiteral("demoButton"));
    m_feedback->setObjectName(QStringLiteral("tokenFeedback"));
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_savedBox->setObjectName(QStringLiteral("savedTokensBox"));
    m_savedCombo->setObjectName(QStringLiteral("savedCombo"));
    m_useSaved->setObjectName(QStringLiteral("useSavedButton"));
    m_forget->setObjectName(QStringLiteral("forgetButton"));
    m_busyPanel->setObjectName(QStringLiteral("checkingPanel"));
    m_cancelCheck->setObjectName(QStringLiteral("cancelCheckButton"));
    m_result->setObjectName(QStringLiteral("checkResult"));
    setTitle(tr("Access token"));
    setSubTitle(tr("Step 3 of 5: paste the merchant's access token. It stays in memory, and in "
                   "the system keychain only if you ask for it."));

    auto *tokenLabel = new QLabel(tr("Access &token:"), this);
    tokenLabel->setBuddy(m_tokenEdit);
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setPlaceholderText(tr("Paste the token here"));
    m_tokenEdit->setAccessibleName(tr("Access token"));
    m_tokenEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText
                                     | Qt::ImhSensitiveData | Qt::ImhNoAutoUppercase);
    m_tokenEdit->setClearButtonEnabled(true);

    m_showAction->setCheckable(true);
    m_showAction->setText(tr("S&how token"));
    m_showAction->setIconText(m_showAction->text()); // the button shows this: keep its Alt+H
    m_showAction->setToolTip(tr("Show or hide the token"));
    m_showAction->setIcon(themeIcon(QStringLiteral("eye")));
    m_showButton->setDefaultAction(m_showAction);
    m_showButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_showButton->setFocusPolicy(Qt::StrongFocus);
    connect(m_showAction, &QAction::toggled, this, [this](bool shown) {
        m_tokenEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showAction->setIcon(themeIcon(shown ? QStringLiteral("eye-off") : QStringLiteral("eye")));
        m_showAction->setText(shown ? tr("&Hide token") : tr("S&how token"));
        m_showAction->setIconText(m_showAction->text());
    });
    m_pasteButton->setToolTip(tr("Paste the token from the clipboard"));
    connect(m_pasteButton, &QPushButton::clicked, this, [this] {
        m_tokenEdit->setText(QGuiApplication::clipboard()->text());
        m_tokenEdit->setFocus();
    });
    m_demoButton->setVisible(controller->isDemo());
    connect(m_demoButton, &QPushButton::clicked, this,
            [this] { m_tokenEdit->setText(m_controller->demoToken()); });

    auto *fieldRow = new QHBoxLayout;
    fieldRow->addWidget(m_tokenEdit, 1);
    fieldRow->addWidget(m_showButton);
    fieldRow->addWidget(m_pasteButton);
    fieldRow->addWidget(m_demoButton);

    m_rememberNote->setWordWrap(true);
    m_remember->setChecked(false);

    auto *savedLabel = new QLabel(tr("&Account:"), m_savedBox);
    savedLabel->setBuddy(m_savedCombo);
    m_savedCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_useSaved->setToolTip(tr("Check the remembered token for this account and continue"));
    m_forget->setToolTip(tr("Remove the remembered token for this account from this computer"));
    auto *savedLayout = new QHBoxLayout(m_savedBox);
    savedLayout->addWidget(savedLabel);
    savedLayout->addWidget(m_savedCombo, 1);
    savedLayout->addWidget(m_useSaved);
    savedLayout->addWidget(m_forget);

    m_busyBar->setRange(0, 0); // busy indicator
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(200);
    m_busyBar->setAccessibleName(tr("Checking the token"));
    auto *busyLayout = new QHBoxLayout(m_busyPanel);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(m_busyBar);
    busyLayout->addWidget(m_busyLabel, 1);
    busyLayout->addWidget(m_cancelCheck);
    m_busyPanel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tokenLabel);
    layout->addLayout(fieldRow);
    layout->addWidget(m_feedback);
    layout->addWidget(m_remember);
    layout->addWidget(m_rememberNote);
    layout->addWidget(m_savedBox);
    layout->addWidget(m_busyPanel);
    layout->addWidget(m_result);
    layout->addStretch();

    connect(m_tokenEdit, &QLineEdit::textChanged, this, [this] {
        // A new token makes a running check meaningless.
        if (m_controller->isCheckingToken() && !m_saving) {
            m_controller->cancelTokenCheck();
            setBusy(false);
        }
        m_result->clear();
        updateFeedback();
        emit completeChanged();
    });
    connect(m_cancelCheck, &QPushButton::clicked, this, [this] {
        m_controller->cancelTokenCheck();
        setBusy(false);
        m_result->showMessage(InlineMessage::Type::Info, tr("Check cancelled."));
    });
    connect(m_useSaved, &QPushButton::clicked, this, [this] {
        const QString key = m_savedCombo->currentData().toString();
        if (key.isEmpty())
            return;
        m_result->clear();
        m_controller->checkSavedToken(key);
        setBusy(true, tr("Reading the remembered token and checking it with GoBiz…"));
    });
    connect(m_forget, &QPushButton::clicked, this, [this] {
        const QString key = m_savedCombo->currentData().toString();
        if (!key.isEmpty())
            m_controller->forgetSavedToken(key);
    });
    connect(controller, &WizardController::tokenCheckFinished, this, &TokenPage::onCheckFinished);
    connect(controller, &WizardController::savedTokenFailed, this, [this](const QString &message) {
        setBusy(false);
        m_result->showMessage(InlineMessage::Type::Warning, message);
        updateSaved();
    });
    connect(controller, &WizardController::rememberFinished, this, &TokenPage::onRememberFinished);
    connect(controller, &WizardController::forgetFinished, this,
            [this](bool ok, const QString &message) {
                if (ok)
                    m_result->showMessage(InlineMessage::Type::Positive,
                                          tr("The remembered token was removed from this computer."));
                else
                    m_result->showMessage(InlineMessage::Type::Warning, message);
                updateSaved();
            });
    connect(controller, &WizardController::savedTokensChanged, this, &TokenPage::updateSaved);
    updateFeedback();
    updateSaved();
}

void TokenPage::initializePage()
{
    m_demoButton->setVisible(m_controller->isDemo());
    m_result->clear();
    updateSaved();
    updateFeedback();
    if (m_controller->isDemo() && m_tokenEdit->text().isEmpty())
        m_demoButton->setFocus();
    else
        m_tokenEdit->setFocus();
}

void TokenPage::cleanupPage()
{
    // Back: a check in progress is cancelled; what was typed stays.
    m_controller->cancelTokenCheck();
    m_saving = false;
    setBusy(false);
    m_result->clear();
}

bool TokenPage::isChecking() const
{
    return m_controller->isCheckingToken() || m_saving;
}

bool TokenPage::isComplete() const
{
    return !isChecking() && AccessToken::normalize(m_tokenEdit->text()).isValid();
}

void TokenPage::updateFeedback()
{
    const QString text = m_tokenEdit->text();
    if (text.isEmpty()) {
        m_feedback->clear();
        return;
    }
    const TokenCheck check = AccessToken::normalize(text);
    QString message = check.message();
    if (check.isValid() && check.token.size() != text.size())
        message = tr("Spaces, quotes or a \"Bearer\" prefix around the token were removed.") + u' '
            + message;
    m_feedback->showMessage(check.isValid() ? InlineMessage::Type::Positive
                                            : InlineMessage::Type::Warning,
                            message);
}

void TokenPage::updateSaved()
{
    TokenStore *store = m_controller->tokenStore();
    m_remember->setEnabled(store != nullptr);
    m_rememberNote->setText(store ? tr("The token is kept in this computer's keychain, under a "
                                       "label with the primary outlet's name. Leave this off on a "
                                       "shared computer.")
                                  : tr("This computer has no keychain the wizard can use, so the "
                                       "token cannot be remembered."));
    const QString current = m_savedCombo->currentData().toString();
    m_savedCombo->clear();
    for (const SavedToken &entry : m_controller->savedTokens())
        m_savedCombo->addItem(entry.label, entry.key);
    const int index = m_savedCombo->findData(current);
    if (index >= 0)
        m_savedCombo->setCurrentIndex(index);
    m_savedBox->setVisible(m_savedCombo->count() > 0);
}

void TokenPage::setBusy(bool busy, const QString &text)
{
    m_busyLabel->setText(text);
    m_busyPanel->setVisible(busy);
    m_cancelCheck->setVisible(busy && !m_saving);
    m_useSaved->setEnabled(!busy);
    m_forget->setEnabled(!busy);
    emit completeChanged();
}

void TokenPage::startCheck(const QString &normalizedToken)
{
    m_result->clear();
    m_controller->checkToken(normalizedToken);
    setBusy(true, tr("Checking the token with %1…").arg(m_controller->environment().displayName()));
}

bool TokenPage::validatePage()
{
    if (m_proceed) {
        m_proceed = false;
        return true;
    }
    if (isChecking())
        return false;
    const TokenCheck check = AccessToken::normalize(m_tokenEdit->text());
    if (!check.isValid()) {
        updateFeedback();
        return false;
    }
    if (m_controller->isAcceptedToken(check.token)
        && (!m_remember->isChecked() || m_controller->isRemembered())) {
        return true; // already checked in this environment: nothing to ask GoBiz again
    }
    startCheck(check.token);
    return false;
}

void TokenPage::onCheckFinished(const ApiError &error)
{
    if (wizard() && wizard()->currentPage() != this)
        return;
    setBusy(false);
    if (error.isError()) {
        const TokenAdvice advice = TokenAdvice::forError(error, m_controller->environment(),
                                                         m_controller->connectionDescription());
        m_result->showMessage(advice.category == TokenAdvice::Category::Network
                                      || advice.category == TokenAdvice::Category::Server
                                  ? InlineMessage::Type::Warning
                                  : InlineMessage::Type::Error,
                              advice.message + u'\n' + advice.nextStep, advice.detail);
        if (advice.canRetry) {
            QPushButton *retry = m_result->addButton(tr("Tr&y again"));
            connect(retry, &QPushButton::clicked, this, [this] {
                if (wizard())
                    wizard()->next();
            });
        }
        return;
    }
    if (m_remember->isChecked() && m_controller->tokenStore() && !m_controller->isRemembered()) {
        m_saving = true;
        setBusy(true, tr("Saving the token in this computer's keychain…"));
        m_controller->rememberAcceptedToken();
        return;
    }
    proceed();
}

void TokenPage::onRememberFinished(bool ok, const QString &message)
{
    if (!m_saving)
        return;
    m_saving = false;
    setBusy(false);
    if (ok) {
        proceed();
        return;
    }
    m_result->showMessage(InlineMessage::Type::Warning,
                          message + u'\n'
                              + tr("GoBiz accepted the token; if you continue, it is forgotten "
                                   "when the wizard closes."));
    QPushButton *sessionOnly = m_result->addButton(tr("Continue for this &session only"));
    connect(sessionOnly, &QPushButton::clicked, this, [this] {
        m_result->clear();
        proceed();
    });
    QPushButton *retry = m_result->addButton(tr("Try sa&ving again"));
    connect(retry, &QPushButton::clicked, this, [this] {
        m_result->clear();
        m_saving = true;
        setBusy(true, tr("Saving the token in this computer's keychain…"));
        m_controller->rememberAcceptedToken();
    });
    sessionOnly->setFocus();
}

void TokenPage::proceed()
{
    if (!wizard() || wizard()->currentPage() != this)
        return;
    m_proceed = true;
    wizard()->next();
    m_proceed = false;
}

} // namespace gobiz::ui
