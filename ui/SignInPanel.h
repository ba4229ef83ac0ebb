#pragma once

#include "signin/SignInFlow.h"

#include <QDateTime>
#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace gobiz::ui {

class InlineMessage;

// "Sign in with GoBiz" on the token page: the two ways to start (this account, another one),
// then, while the person signs in in their browser, what they need there (the pairing code,
// which phone number, the link to copy when no browser opened, how long it still works) and a
// way out; every ending says what happened and what to do. It only shows and asks: the
// controller runs the sign-in, the page wires the two together.
class SignInPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SignInPanel(QWidget *parent = nullptr);

    // Who receives the token, as the partner profile names it.
    void setPartnerName(const QString &partnerName);

    void showIdle();
    // Asking the partner (or GoBiz) for a sign-in link.
    void showStarting();
    // The person signs in in the browser: opens the prompt's link in the system browser and
    // shows what is needed there (the pairing code is empty in a flow without one).
    void showWaiting(const gobiz::SignInPrompt &prompt);
    // Signed in: the token is being checked (the page's busy panel says so).
    void showSignedIn();
    // A sentence saying what went wrong and what to do, with Try again.
    void showFailed(const QString &message);

    bool isWaiting() const;
    // Signed in (Back from the outlets): who, and Sign out. Empty: not signed in.
    void setSignedInAs(const QString &merchantName);
    // After a renewal failed mid-run: the button says Sign in again.
    void setSignInAgain(bool again);
    // "id" or "en": the language GoBiz's page is asked for, the wizard's own.
    static QString uiLocale();
    QPushButton *signInButton() const { return m_signIn; }

signals:
    void signInRequested(bool anotherAccount);
    void cancelRequested();
    void signOutRequested();

private:
    void updateCountdown();
    void setWaitingVisible(bool visible);

    QLabel *m_intro;
    QPushButton *m_signIn;
    QPushButton *m_another;
    QWidget *m_waitPanel;
    QLabel *m_waitHeading;
    QLabel *m_codeLabel;
    QLabel *m_code;
    QLabel *m_phoneHint;
    QLabel *m_expiry;
    QPushButton *m_openAgain;
    QPushButton *m_copyLink;
    QPushButton *m_cancel;
    QLabel *m_signedInAs;
    QPushButton *m_signOut;
    InlineMessage *m_status;
    QTimer *m_countdown;
    QUrl m_loginUrl;
    QDateTime m_expiresAt;
    QString m_partnerName;
};

} // namespace gobiz::ui
