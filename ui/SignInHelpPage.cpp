#include "SignInHelpPage.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

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

SignInHelpPage::SignInHelpPage(QWidget *parent) : QWizardPage(parent), m_status(new QLabel(this))
{
    m_status->setObjectName(QStringLiteral("statusLabel"));
    setTitle(tr("Signing in to GoBiz"));
    setSubTitle(tr("Step 2 of 5: get the merchant's access token."));

    auto *where = new QLabel(
        tr("The access token comes from your partner system. The merchant signs in to GoBiz on "
           "GoBiz's own page, with the phone number of their GoBiz account and a one-time code "
           "(OTP), and allows your integration. Your system then receives the token. Copy it and "
           "paste it on the next page. Never type the merchant's OTP into any other program."),
        this);
    where->setWordWrap(true);

    auto *phoneHeading = new QLabel(tr("Which phone number receives the code?"), this);
    QFont bold = phoneHeading->font();
    bold.setBold(true);
    phoneHeading->setFont(bold);
    auto *phone = new QLabel(
        tr("The one registered to the merchant's GoBiz account, which is not always the owner's "
           "own phone. Open the GoBiz app: the number is shown at the top of its main page and "
           "at the top of its Account page. The code usually arrives by WhatsApp; SMS is offered "
           "as another method."),
        this);
    phone->setWordWrap(true);

    const QString homeCaption = tr("GoBiz app, main page");
    const QString accountCaption = tr("GoBiz app, Account page");
    auto *pictures = new QHBoxLayout;
    pictures->addStretch();
    for (const auto &[resource, caption] :
         {std::pair{QStringLiteral(":/illustrations/phone-home.svg"), homeCaption},
          std::pair{QStringLiteral(":/illustrations/phone-account.svg"), accountCaption}}) {
        auto *column = new QVBoxLayout;
        column->addWidget(illustration(resource, caption,
                                       tr("Drawing of a phone: the registered phone number is "
                                          "highlighted at the top of the screen."),
                                       this));
        auto *text = new QLabel(caption, this);
        text->setAlignment(Qt::AlignHCenter);
        column->addWidget(text);
        pictures->addLayout(column);
        pictures->addSpacing(24);
    }
    pictures->addStretch();

    m_status->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addSpacing(6);
    layout->addWidget(phoneHeading);
    layout->addWidget(phone);
    layout->addLayout(pictures, 1);
    layout->addWidget(linkRow(tr("GoBiz guide: linking outlets (for your developers):"),
                              linkingGuideUrl()));
    layout->addWidget(m_status);
}

QWidget *SignInHelpPage::linkRow(const QString &description, const QUrl &url)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *text = new QLabel(description, row);
    text->setWordWrap(true);
    auto *open = new QPushButton(tr("&Open in browser"), row);
    auto *copy = new QPushButton(tr("Cop&y link"), row);
    open->setToolTip(url.toDisplayString());
    copy->setToolTip(url.toDisplayString());
    open->setAccessibleDescription(description);
    copy->setAccessibleDescription(description);
    layout->addWidget(text, 1);
    layout->addWidget(open);
    layout->addWidget(copy);
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
    return row;
}

} // namespace gobiz::ui
