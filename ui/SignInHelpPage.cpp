#include "SignInHelpPage.h"

#include "Layouts.h"
#include "session/WizardController.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QScreen>

namespace gobiz::ui {

namespace {

QLabel *illustration(const QString &resource, const QString &caption, const QString &description,
                     QWidget *parent)
{
    auto *label = new QLabel(parent);
    // Drawn for this project (resources/illustrations); rendered for the screen's pixel ratio,
    // at most a third of the screen high, so that the page fits a laptop at 150% too.
    int height = 260;
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        height = qMin(height, screen->availableGeometry().height() / 3);
    label->setPixmap(QIcon(resource).pixmap(QSize(150, height), parent->devicePixelRatioF()));
    label->setAlignment(Qt::AlignCenter);
    label->setAccessibleName(caption);
    label->setAccessibleDescription(description);
    label->setToolTip(description);
    return label;
}

} // namespace

QUrl SignInHelpPage::linkingGuideUrl()
{
    return QUrl(QStringLiteral(
        "https://developer.gobiz.com/docs/docs/food-integration/steps-on-linking-outlets/index.html"));
}

SignInHelpPage::SignInHelpPage(const WizardController *controller, QWidget *parent)
    : QWizardPage(parent),
      m_controller(controller),
      m_where(named(paragraph(QString(), this), "whereText")),
      m_status(named(new QLabel(this), "statusLabel"))
{
    setTitle(tr("Signing in to GoBiz"));
    setSubTitle(tr("Step 2 of 5: get the merchant's access token."));
    auto *where = m_where;
    auto *phoneHeading = heading(tr("Which phone number receives the code?"), this);
    auto *phone = paragraph(
        tr("The one registered to the merchant's GoBiz account, which is not always the owner's "
           "own phone. Open the GoBiz app: the number is shown at the top of its main page and "
           "at the top of its Account page. The code usually arrives by WhatsApp; SMS is offered "
           "as another method."),
        this);

    const QString homeCaption = tr("GoBiz app, main page");
    const QString accountCaption = tr("GoBiz app, Account page");
    auto *pictures = new QHBoxLayout;
    pictures->addStretch();
    for (const auto &[resource, caption] :
         {std::pair{QStringLiteral(":/illustrations/phone-home.svg"), homeCaption},
          std::pair{QStringLiteral(":/illustrations/phone-account.svg"), accountCaption}}) {
        QLabel *picture = illustration(resource, caption,
                                       tr("Drawing of a phone: the registered phone number is "
                                          "highlighted at the top of the screen."),
                                       this);
        auto *text = new QLabel(caption, this);
        text->setAlignment(Qt::AlignHCenter);
        pictures->addLayout(column({picture, text}));
        pictures->addSpacing(24);
    }
    pictures->addStretch();

    m_status->setTextFormat(Qt::PlainText);

    column({where, LayoutItem::gap(6), phoneHeading, phone, growing(pictures),
            linkRow(tr("GoBiz guide: linking outlets (for your developers):"), linkingGuideUrl()),
            m_status},
           this);
}

void SignInHelpPage::initializePage()
{
    // With a partner profile the wizard signs in itself; without one the token is pasted.
    m_where->setText(
        m_controller->canSignIn()
            ? tr("On the next page, Sign in with GoBiz opens GoBiz's own sign-in page in your "
                 "browser. The merchant signs in there with the phone number of their GoBiz "
                 "account and a one-time code (OTP), and allows %1; the wizard then receives the "
                 "token by itself. Never type the merchant's OTP into any other program.")
                  .arg(m_controller->partnerName())
            : tr("The access token comes from your partner system. The merchant signs in to "
                 "GoBiz on GoBiz's own page, with the phone number of their GoBiz account and a "
                 "one-time code (OTP), and allows your integration. Your system then receives the "
                 "token. Copy it and paste it on the next page. Never type the merchant's OTP "
                 "into any other program."));
}

QWidget *SignInHelpPage::linkRow(const QString &description, const QUrl &url)
{
    auto *links = new QWidget(this);
    auto *open = new QPushButton(tr("&Open in browser"), links);
    auto *copy = new QPushButton(tr("Cop&y link"), links);
    open->setToolTip(url.toDisplayString());
    copy->setToolTip(url.toDisplayString());
    open->setAccessibleDescription(description);
    copy->setAccessibleDescription(description);
    flush(row({growing(paragraph(description, links)), open, copy}, links));
    connect(open, &QPushButton::clicked, this, [this, url] {
        // Non-blocking; if no browser is set up, say so and offer the copy instead.
        if (QDesktopServices::openUrl(url))
            m_status->setText(tr("Opened in your browser."));
        else
            m_status->setText(tr("No browser could be opened. Use Copy link and paste it into a "
                                 "browser."));
    });
    connect(copy, &QPushButton::clicked, this, [this, url] {
        QGuiApplication::clipboard()->setText(url.toString());
        m_status->setText(tr("Link copied: %1").arg(url.toDisplayString()));
    });
    return links;
}

} // namespace gobiz::ui
