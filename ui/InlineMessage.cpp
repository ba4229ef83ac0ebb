#include "InlineMessage.h"

#include "BakedIcons.h"
#include "Layouts.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QHash>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace gobiz::ui {

namespace {

// The icons made so far, shared: each QIcon made from a file draws and keeps its own pixmaps, so
// a table with an icon per row would draw the same picture once per row. Emptied as the
// application ends, while the icon engine is still there to free what it made.
QHash<QString, QIcon> &madeIcons()
{
    static QHash<QString, QIcon> made;
    return made;
}

void forgetMadeIcons()
{
    madeIcons().clear();
}

} // namespace

QIcon themeIcon(const QString &name)
{
    QHash<QString, QIcon> &made = madeIcons();
    auto found = made.find(name);
    if (found == made.end()) {
        if (made.isEmpty())
            qAddPostRoutine(forgetMadeIcons); // once per application that makes icons
        found = made.insert(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
    }
    return *found;
}

InlineMessage::InlineMessage(QWidget *parent)
    : QFrame(parent),
      m_icon(new QLabel(this)),
      m_text(selectableText(this)),
      m_detail(selectableText(this)),
      m_buttons(new QHBoxLayout),
      m_extras(new QWidget(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_detail->hide(); // its smaller font is set when it first has something to show
    m_icon->setAlignment(Qt::AlignTop);
    flush(new QVBoxLayout(m_extras));
    m_extras->hide();

    m_buttons->addStretch(); // the buttons, added later, line up on the right
    row({LayoutItem(m_icon, 0, Qt::AlignTop),
         growing(column({m_text, m_detail, m_extras, m_buttons}))},
        this);
    hide();
}

void InlineMessage::showMessage(Type type, const QString &text, const QString &detail)
{
    clearExtras();
    m_type = type;
    // Per type: its icon, and the word assistive technology reads before the text.
    static const struct
    {
        const char *icon;
        const char *kind;
    } looks[] = {{"info", QT_TR_NOOP("Information")},
                 {"linked", QT_TR_NOOP("Done")},
                 {"warning", QT_TR_NOOP("Warning")},
                 {"error", QT_TR_NOOP("Problem")}};
    const auto &look = looks[int(type)];
    const int extent = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(iconPixmap(look.icon, extent, devicePixelRatioF()));
    m_text->setText(text);
    if (!detail.isEmpty() && !m_detailFontSet) {
        // Without a desktop theme this is a fontconfig match each time (≈0.25 ms): not for
        // every message made, most of which never show a detail.
        m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::SmallestReadableFont));
        m_detailFontSet = true;
    }
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    setAccessibleName(tr(look.kind));
    setAccessibleDescription(text);
    show();
}

void InlineMessage::setTextSelectable(bool selectable)
{
    const Qt::TextInteractionFlags flags = selectable
        ? Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard
        : Qt::NoTextInteraction;
    m_text->setTextInteractionFlags(flags);
    m_detail->setTextInteractionFlags(flags);
}

void InlineMessage::clear()
{
    clearExtras();
    m_text->clear();
    m_detail->clear();
    hide();
}

void InlineMessage::setText(const QString &text)
{
    m_text->setText(text);
    setAccessibleDescription(text);
}

QString InlineMessage::text() const
{
    return m_text->text();
}

QString InlineMessage::detail() const
{
    return m_detail->text();
}

QPushButton *InlineMessage::addButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    // Enter goes forward (the wizard's Next) even when this button has the focus; Space
    // presses it.
    button->setAutoDefault(false);
    m_buttons->addWidget(button);
    // Tab reaches it right after its message, not after everything else in the window.
    QWidget::setTabOrder(m_added.isEmpty() ? m_detail : m_added.last(), button);
    button->show(); // now, not on the next event loop pass
    m_added.append(button);
    return button;
}

void InlineMessage::addWidget(QWidget *widget)
{
    widget->setParent(m_extras);
    m_extras->layout()->addWidget(widget);
    m_extras->show();
}

void InlineMessage::clearExtras()
{
    for (QWidget *widget : std::as_const(m_added)) {
        widget->hide(); // it may be the button whose click got us here: delete it later
        widget->setObjectName(QString()); // until then a search by name finds only live ones
        widget->deleteLater();
    }
    m_added.clear();
    // Widgets added with addWidget() belong to their page (it keeps pointers): only hide them.
    m_extras->hide();
}

} // namespace gobiz::ui
