#include "TokenPage.h"

#include "InlineMessage.h"
#include "Layouts.h"
#include "SignInPanel.h"
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
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QWizard>

namespace gobiz::ui {

TokenPage::TokenPage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent),
      m_controller(controller),
      m_signIn(named(new SignInPanel(this), "signInPanel")),
      m_pasteInstead(named(new QPushButton(tr("Paste an access token &instead"), this), "pasteInsteadButton")),
      m_pasteArea(named(new QWidget(this), "pasteArea")),
      m_tokenEdit(named(new QLineEdit(m_pasteArea), "tokenEdit")),
      m_showAction(named(new QAction(this), "showTokenAction")),
      m_showButton(named(new QToolButton(m_pasteArea), "showTokenButton")),
      m_pasteButton(named(new QPushButton(tr("&Paste"), m_pasteArea), "pasteButton")),
      m_demoButton(named(new QPushButton(tr("Use &demo token"), m_pasteArea), "demoButton")),
      m_feedback(named(new InlineMessage(m_pasteArea), "tokenFeedback")),
      m_remember(named(new QCheckBox(tr("&Remember on this computer"), this), "rememberCheck")),
      m_rememberNote(new QLabel(this)),
      m_savedBox(named(new QGroupBox(tr("Remembered tokens"), this), "savedTokensBox")),
      m_savedCombo(named(new QComboBox(this), "savedCombo")),
      m_useSaved(named(new QPushButton(tr("&Use"), this), "useSavedButton")),
      m_forget(named(new QPushButton(tr("&Forget"), this), "forgetButton")),
      m_busyPanel(named(new QWidget(this), "checkingPanel")),
      m_busyLabel(new QLabel(this)),
      m_busyBar(new QProgressBar(this)),
      m_cancelCheck(named(new QPushButton(tr("Cancel chec&k"), this), "cancelCheckButton")),
      m_result(named(new InlineMessage(this), "checkResult"))
{
    setTitle(tr("Access token"));
    setSubTitle(tr("Step 3 of 5: paste the merchant's access token. It stays in memory, and in "
                   "the system keychain only if you ask for it."));

    QLabel *tokenLabel = buddyLabel(tr("Access &token:"), m_tokenEdit);
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

    m_rememberNote->setWordWrap(true);
    m_remember->setChecked(false);

    m_savedCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_useSaved->setToolTip(tr("Check the remembered token for this account and continue"));
    m_forget->setToolTip(tr("Remove the remembered token for this account from this computer"));
    m_savedBox->setLayout(labelledRow(tr("&Account:"), m_savedCombo, {m_useSaved, m_forget}));

    m_busyBar->setRange(0, 0); // busy indicator
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(200);
    m_busyBar->setAccessibleName(tr("Checking the token"));
    flush(row({m_busyBar, growing(m_busyLabel), m_cancelCheck}, m_busyPanel));
    m_busyPanel->hide();

    flush(column({tokenLabel, row({growing(m_tokenEdit), m_showButton, m_pasteButton, m_demoButton}),
                  m_feedback},
                 m_pasteArea));
    m_pasteInstead->setToolTip(tr("For a token your partner system already gave you"));
    m_pasteInstead->setCheckable(true);
    connect(m_pasteInstead, &QPushButton::toggled, this, [this](bool shown) {
        setPasteShown(shown);
        if (shown)
            m_tokenEdit->setFocus();
    });
    column({m_signIn, LayoutItem(m_pasteInstead, 0, Qt::AlignLeft), m_pasteArea, m_remember,
            m_rememberNote, m_savedBox, m_busyPanel, m_result, LayoutItem::stretch()},
           this);

    connect(m_signIn, &SignInPanel::signInRequested, this, [this](bool anotherAccount) {
        m_result->clear();
        m_signIn->showStarting();
        m_controller->startSignIn(anotherAccount, SignInPanel::uiLocale());
        emit completeChanged();
    });
    connect(m_signIn, &SignInPanel::cancelRequested, this, [this] {
        m_controller->cancelSignIn();
        m_signIn->showIdle();
        m_result->showMessage(InlineMessage::Type::Info, tr("Sign-in cancelled."));
        m_signIn->signInButton()->setFocus();
        emit completeChanged();
    });
    connect(m_signIn, &SignInPanel::signOutRequested, this, [this] {
        m_controller->signOut();
        m_signIn->setSignedInAs({});
        emit completeChanged();
    });
    connect(controller, &WizardController::signedOut, this, [this](bool ok) {
        if (!isCurrentPage())
            return;
        m_signIn->signInButton()->setFocus();
        m_result->showMessage(ok ? InlineMessage::Type::Positive : InlineMessage::Type::Warning,
                              ok ? tr("Signed out. %1 no longer keeps this sign-in.")
                                       .arg(m_controller->partnerName())
                                 : tr("Signed out on this computer, but %1 could not be told. "
                                      "The sign-in ends there by itself when it expires.")
                                       .arg(m_controller->partnerName()));
    });
    connect(controller, &WizardController::signInWaiting, this, &TokenPage::onSignInWaiting);
    connect(controller, &WizardController::signInFailed, this, [this](const QString &message) {
        if (!isCurrentPage())
            return; // the outlets page asked (a renewal failed mid-run)
        setBusy(false);
        m_checkingSignIn = false;
        m_signIn->showFailed(message);
        emit completeChanged();
    });
    connect(controller, &WizardController::tokenCheckStarted, this, [this] {
        if (!isCurrentPage())
            return;
        if (!m_controller->isSigningIn() && !m_signIn->isWaiting())
            return;
        // Signed in: the token is checked like a pasted one.
        m_checkingSignIn = true;
        m_signIn->showSignedIn();
        setBusy(true, tr("Signed in. Checking the token with %1…")
                          .arg(m_controller->environment().displayName()));
    });

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

bool TokenPage::isCurrentPage() const
{
    return wizard() && wizard()->currentPage() == this;
}

bool TokenPage::signInOffered() const
{
    return m_controller->canSignIn();
}

void TokenPage::setPasteShown(bool shown)
{
    m_pasteArea->setVisible(shown || !signInOffered());
    m_demoButton->setVisible(m_controller->isDemo());
}

void TokenPage::initializePage()
{
    const bool signIn = signInOffered();
    setTitle(signIn ? tr("Sign in") : tr("Access token"));
    setSubTitle(signIn ? tr("Step 3 of 5: sign in to the merchant's GoBiz account, or paste an "
                            "access token. The token stays in memory, and in the system keychain "
                            "only if you ask for it.")
                       : tr("Step 3 of 5: paste the merchant's access token. It stays in memory, "
                            "and in the system keychain only if you ask for it."));
    m_signIn->setVisible(signIn);
    m_signIn->setPartnerName(m_controller->partnerName());
    if (!m_signIn->isWaiting() && !m_controller->isSigningIn())
        m_signIn->showIdle();
    m_pasteInstead->setVisible(signIn);
    m_pasteInstead->setChecked(signIn && !m_tokenEdit->text().isEmpty());
    setPasteShown(m_pasteInstead->isChecked());
    m_result->clear();
    updateSaved();
    updateFeedback();
    // After QWizard has shown the page: it then focuses the first control of the page's focus
    // chain, which is the sign-in panel's even while that is hidden.
    QTimer::singleShot(0, this, [this] {
        if (!isCurrentPage())
            return; // left again at once
        if (signInOffered())
            m_signIn->signInButton()->setFocus();
        else if (m_controller->isDemo() && m_tokenEdit->text().isEmpty())
            m_demoButton->setFocus();
        else
            m_tokenEdit->setFocus();
    });
}

void TokenPage::onSignInWaiting(const SignInPrompt &prompt)
{
    if (!isCurrentPage())
        return; // the outlets page asked (a renewal failed mid-run)
    m_signIn->showWaiting(prompt);
}

void TokenPage::startOver()
{
    m_tokenEdit->clear();
    m_remember->setChecked(false);
    initializePage();
}

void TokenPage::cleanupPage()
{
    // Back: a sign-in or check in progress is cancelled; what was typed stays.
    m_controller->cancelSignIn();
    m_signIn->showIdle();
    m_checkingSignIn = false;
    m_controller->cancelTokenCheck();
    m_saving = false;
    setBusy(false);
    m_result->clear();
}

bool TokenPage::isChecking() const
{
    return m_controller->isCheckingToken() || m_saving || m_controller->isSigningIn();
}

bool TokenPage::isComplete() const
{
    if (isChecking())
        return false;
    // Back from the outlets after signing in: Next goes on with the signed-in account.
    if (m_controller->isSignedIn() && m_tokenEdit->text().isEmpty())
        return true;
    return AccessToken::normalize(m_tokenEdit->text()).isValid();
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
    QString note;
    if (!store)
        note = tr("This computer has no keychain the wizard can use, so the token cannot be "
                  "remembered.");
    else if (signInOffered())
        note = tr("The sign-in (or a pasted token) is kept in this computer's keychain, under a "
                  "label with the primary outlet's name, so the next start needs no browser. "
                  "Leave this off on a shared computer.");
    else
        note = tr("The token is kept in this computer's keychain, under a label with the primary "
                  "outlet's name. Leave this off on a shared computer.");
    m_rememberNote->setText(note);
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
    if (m_controller->isSignedIn() && m_tokenEdit->text().isEmpty()
        && (!m_remember->isChecked() || m_controller->isRemembered()))
        return true;
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
    if (!isCurrentPage())
        return;
    setBusy(false);
    const bool fromSignIn = std::exchange(m_checkingSignIn, false);
    if (fromSignIn && error.isError())
        m_signIn->showIdle();
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
            connect(retry, &QPushButton::clicked, this, [this, fromSignIn] {
                if (fromSignIn && m_controller->checkSignedInToken()) {
                    m_checkingSignIn = true;
                    setBusy(true, tr("Checking the token with %1…")
                                      .arg(m_controller->environment().displayName()));
                    return;
                }
                if (wizard())
                    wizard()->next();
            });
        }
        return;
    }
    if (fromSignIn && m_controller->isPreviousMerchant()) {
        // The browser still knew the last merchant: going on would open that merchant's
        // outlets again. Say so, and offer the way to the next one.
        m_result->showMessage(
            InlineMessage::Type::Warning,
            tr("GoBiz signed in %1 again, the merchant of the last run: the browser still "
               "remembers that account. For the next merchant, choose Use another GoBiz account "
               "and sign in with their phone number.")
                .arg(m_controller->primaryOutletName()));
        QPushButton *another = m_result->addButton(tr("Us&e another GoBiz account"));
        another->setObjectName(QStringLiteral("anotherAccountAgainButton"));
        connect(another, &QPushButton::clicked, this, [this] { emit m_signIn->signInRequested(true); });
        QPushButton *same = m_result->addButton(tr("Continue &with %1").arg(m_controller->primaryOutletName()));
        same->setObjectName(QStringLiteral("continueSameMerchantButton"));
        connect(same, &QPushButton::clicked, this, [this] {
            m_result->clear();
            proceed();
        });
        another->setFocus();
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
    if (!isCurrentPage())
        return;
    // Back here later (QWizard does not initialize a page again on Back): ready for another
    // sign-in, such as Use another GoBiz account, or Sign out.
    m_signIn->showIdle();
    m_signIn->setSignedInAs(m_controller->isSignedIn() ? m_controller->primaryOutletName()
                                                       : QString());
    m_proceed = true;
    wizard()->next();
    m_proceed = false;
}

} // namespace gobiz::ui
