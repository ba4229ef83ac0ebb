#include "SignInPanel.h"

#include "InlineMessage.h"
#include "Layouts.h"
#include "text/DateTimeText.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace gobiz::ui {

SignInPanel::SignInPanel(QWidget *parent)
    : QWidget(parent),
      m_intro(paragraph(QString(), this)),
      m_signIn(named(new QPushButton(tr("&Sign in with GoBiz"), this), "signInButton")),
      m_another(named(new QPushButton(tr("Use an&other GoBiz account"), this), "anotherAccountButton")),
      m_waitPanel(named(new QWidget(this), "signInWaitPanel")),
      m_waitHeading(heading(tr("Finish signing in in your browser"), m_waitPanel)),
      m_codeLabel(new QLabel(tr("Pairing code:"), m_waitPanel)),
      m_code(named(selectableText(m_waitPanel), "pairingCode")),
      m_phoneHint(paragraph(tr("Sign in with the phone number registered to the merchant's GoBiz "
                               "account: the GoBiz app shows it at the top of its main page and "
                               "of its Account page. The one-time code is sent to that number."),
                            m_waitPanel)),
      m_expiry(named(paragraph(QString(), m_waitPanel), "signInExpiry")),
      m_openAgain(named(new QPushButton(tr("Open the &link again"), m_waitPanel), "openLoginButton")),
      m_copyLink(named(new QPushButton(tr("Cop&y link"), m_waitPanel), "copyLoginButton")),
      m_cancel(named(new QPushButton(tr("Cancel si&gn-in"), m_waitPanel), "cancelSignInButton")),
      m_signedInAs(named(paragraph(QString(), this), "signedInAs")),
      m_signOut(named(new QPushButton(tr("Si&gn out"), this), "signOutButton")),
      m_status(named(new InlineMessage(this), "signInStatus")),
      m_countdown(new QTimer(this))
{
    m_signIn->setToolTip(tr("Opens GoBiz's sign-in page in your browser"));
    m_another->setToolTip(tr("Opens GoBiz's sign-in page even if the browser is still signed in "
                             "to another merchant's account"));
    QFont codeFont = m_code->font();
    codeFont.setPointSizeF(codeFont.pointSizeF() * 1.6);
    codeFont.setBold(true);
    codeFont.setLetterSpacing(QFont::PercentageSpacing, 110);
    m_code->setFont(codeFont);
    m_codeLabel->setBuddy(m_code);
    m_code->setAccessibleName(tr("Pairing code"));
    m_code->setAccessibleDescription(tr("The browser's sign-in page shows the same code"));
    m_copyLink->setToolTip(tr("Copies the sign-in link, for a browser on this computer that did "
                              "not open by itself"));
    m_openAgain->setToolTip(tr("Asks the system to open the sign-in page in your browser again"));

    flush(column({m_waitHeading, row({m_codeLabel, growing(m_code)}), m_phoneHint, m_expiry,
                  row({m_openAgain, m_copyLink, LayoutItem::stretch(), m_cancel})},
                 m_waitPanel));
    m_signOut->setToolTip(tr("Ends this sign-in here and at the partner, and forgets it on this "
                             "computer if it was remembered"));
    flush(column({m_intro, row({m_signIn, m_another, LayoutItem::stretch()}),
                  row({growing(m_signedInAs), m_signOut}), m_waitPanel, m_status},
                 this));
    setSignedInAs({});
    connect(m_signOut, &QPushButton::clicked, this, [this] { emit signOutRequested(); });

    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &SignInPanel::updateCountdown);
    connect(m_signIn, &QPushButton::clicked, this, [this] { emit signInRequested(false); });
    connect(m_another, &QPushButton::clicked, this, [this] { emit signInRequested(true); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { emit cancelRequested(); });
    connect(m_openAgain, &QPushButton::clicked, this, [this] {
        if (QDesktopServices::openUrl(m_loginUrl))
            m_status->showMessage(InlineMessage::Type::Info, tr("Asked your browser to open the "
                                                                "sign-in page."));
        else
            m_status->showMessage(InlineMessage::Type::Warning,
                                  tr("No browser could be opened. Use Copy link and paste it into "
                                     "a browser on this computer."));
    });
    connect(m_copyLink, &QPushButton::clicked, this, [this] {
        // The link is copied, never shown: in the loopback flow it carries the sign-in's state.
        QGuiApplication::clipboard()->setText(m_loginUrl.toString(QUrl::FullyEncoded));
        m_status->showMessage(InlineMessage::Type::Info,
                              tr("Link copied. Paste it into the address bar of a browser on "
                                 "this computer."));
    });
    showIdle();
}

void SignInPanel::setPartnerName(const QString &partnerName)
{
    m_partnerName = partnerName;
    m_intro->setText(tr("Sign in to the merchant's GoBiz account in your browser, with its phone "
                        "number and the one-time code. GoBiz then gives %1 the token for this "
                        "wizard: nothing to copy or paste.")
                         .arg(partnerName));
}

void SignInPanel::setWaitingVisible(bool visible)
{
    m_waitPanel->setVisible(visible);
    m_signIn->setVisible(!visible);
    m_another->setVisible(!visible);
    if (visible)
        m_countdown->start();
    else
        m_countdown->stop();
}

void SignInPanel::showIdle()
{
    setWaitingVisible(false);
    m_signIn->setEnabled(true);
    m_another->setEnabled(true);
    m_status->clear();
}

void SignInPanel::showStarting()
{
    setWaitingVisible(false);
    m_signIn->setEnabled(false);
    m_another->setEnabled(false);
    m_status->showMessage(InlineMessage::Type::Info, tr("Asking %1 for a sign-in page…")
                                                         .arg(m_partnerName));
}

void SignInPanel::showWaiting(const SignInPrompt &prompt)
{
    // The system browser (RFC 8252): the phone number and the code are typed on GoBiz's page,
    // never here. openUrl does not wait for the browser.
    const bool browserOpened = QDesktopServices::openUrl(prompt.loginUrl);
    const QString &pairingCode = prompt.pairingCode;
    m_loginUrl = prompt.loginUrl;
    m_expiresAt = prompt.expiresAt;
    m_code->setText(pairingCode);
    m_code->setVisible(!pairingCode.isEmpty());
    m_codeLabel->setVisible(!pairingCode.isEmpty());
    setWaitingVisible(true);
    updateCountdown();
    if (browserOpened) {
        m_status->showMessage(InlineMessage::Type::Info,
                              pairingCode.isEmpty()
                                  ? tr("GoBiz's sign-in page is open in your browser.")
                                  : tr("The sign-in page is open in your browser. Check that it "
                                       "shows the same pairing code."));
        m_cancel->setFocus();
    } else {
        m_status->showMessage(InlineMessage::Type::Warning,
                              tr("No browser opened by itself. Use Copy link and paste it into "
                                 "a browser on this computer."));
        m_copyLink->setFocus();
    }
}

void SignInPanel::showSignedIn()
{
    setWaitingVisible(false);
    m_signIn->setEnabled(false);
    m_another->setEnabled(false);
    m_status->showMessage(InlineMessage::Type::Positive, tr("Signed in to GoBiz."));
}

void SignInPanel::showFailed(const QString &message)
{
    setWaitingVisible(false);
    m_signIn->setEnabled(true);
    m_another->setEnabled(true);
    m_status->showMessage(InlineMessage::Type::Warning, message);
    QPushButton *retry = m_status->addButton(tr("Sign in a&gain"));
    retry->setObjectName(QStringLiteral("signInAgainButton"));
    connect(retry, &QPushButton::clicked, this, [this] { emit signInRequested(false); });
    retry->setFocus();
}

void SignInPanel::setSignedInAs(const QString &merchantName)
{
    m_signedInAs->setText(merchantName.isEmpty()
                              ? QString()
                              : tr("Signed in to GoBiz for %1.").arg(merchantName));
    m_signedInAs->setVisible(!merchantName.isEmpty());
    m_signOut->setVisible(!merchantName.isEmpty());
}

void SignInPanel::setSignInAgain(bool again)
{
    m_signIn->setText(again ? tr("Sign in a&gain") : tr("&Sign in with GoBiz"));
}

QString SignInPanel::uiLocale()
{
    return QLocale().language() == QLocale::Indonesian ? QStringLiteral("id")
                                                       : QStringLiteral("en");
}

bool SignInPanel::isWaiting() const
{
    return !m_waitPanel->isHidden();
}

void SignInPanel::updateCountdown()
{
    if (!m_expiresAt.isValid()) {
        m_expiry->clear();
        return;
    }
    const qint64 left = qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_expiresAt));
    const QString remaining = QStringLiteral("%1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
    m_expiry->setText(tr("This sign-in works until %1 (%2 left).")
                          .arg(DateTimeText::format(m_expiresAt), remaining));
}

} // namespace gobiz::ui
