#include "CellDisplay.h"

#include "text/DateTimeText.h"

#include <QLocale>
#include <algorithm>
#include <iterator>

namespace gobiz::CellDisplay {

namespace {

Qt::CheckState checkState(const OutletModel::ProductCell &cell)
{
    // A change never sent left the outlet as GoBiz last confirmed it.
    const LinkState state = cell.state == LinkState::NotSent ? cell.lastConfirmed : cell.state;
    switch (state) {
    case LinkState::Linked:
        return Qt::Checked;
    case LinkState::Linking:
    case LinkState::Unlinking:
        return Qt::PartiallyChecked;
    default:
        return Qt::Unchecked;
    }
}

QVariant toolTip(const OutletModel::ProductCell &cell)
{
    if (cell.state == LinkState::Failed && cell.error.isError())
        return plainTooltip(cell.error.userMessage());
    if (cell.state == LinkState::NotSent) {
        const QString why = cell.error.isError() ? cell.error.userMessage() : cell.note;
        return plainTooltip(OutletModel::tr("Not sent: GoBiz received nothing. %1").arg(why));
    }
    if (cell.state == LinkState::Linked) {
        QString text = cell.linkedAt.isValid()
            ? OutletModel::tr("Linked since %1 (GoBiz).").arg(moment(cell.linkedAt))
            : OutletModel::tr("Linked.");
        if (!cell.note.isEmpty())
            text += u' ' + cell.note;
        return plainTooltip(text);
    }
    if ((cell.state == LinkState::Linking || cell.state == LinkState::Unlinking)
        && cell.error.isError())
        return plainTooltip(OutletModel::tr("Trying again: %1").arg(cell.error.userMessage()));
    if (!cell.note.isEmpty())
        return plainTooltip(cell.note);
    return {};
}

} // namespace

// Tooltips are shown by QToolTip, which guesses rich text: text that came from a server must
// stay plain, so anything that could look like markup is escaped inside an explicit paragraph.
QString plainTooltip(const QString &text)
{
    if (!text.contains(u'<') && !text.contains(u'&'))
        return text;
    return QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

QVariant data(const OutletModel::ProductCell &cell, int role)
{
    switch (role) {
    case Qt::DisplayRole:
    case OutletModel::LinkStateTextRole:
        return stateText(cell.state);
    case Qt::CheckStateRole:
        return checkState(cell);
    case Qt::ToolTipRole:
        return toolTip(cell);
    case OutletModel::LinkStateRole:
        return int(cell.state);
    case OutletModel::ErrorMessageRole:
        return cell.error.isError() ? cell.error.userMessage() : QString();
    case OutletModel::ErrorKindRole:
        return cell.error.isError() ? ApiError::kindKey(cell.error.kind) : QString();
    case OutletModel::LinkedAtRole:
        return cell.linkedAt;
    case OutletModel::RequestIdRole:
        return cell.requestId;
    case OutletModel::SortRole:
        return sortKey(cell.state);
    default:
        return {};
    }
}

const QList<int> &roles()
{
    static const QList<int> answered = {
        Qt::DisplayRole,
        Qt::CheckStateRole,
        Qt::ToolTipRole,
        OutletModel::LinkStateRole,
        OutletModel::LinkStateTextRole,
        OutletModel::ErrorMessageRole,
        OutletModel::ErrorKindRole,
        OutletModel::LinkedAtRole,
        OutletModel::RequestIdRole,
        OutletModel::SortRole,
    };
    return answered;
}

QString stateText(LinkState state)
{
    switch (state) {
    case LinkState::Unknown:
        return OutletModel::tr("Unknown");
    case LinkState::NotLinked:
        return OutletModel::tr("Not linked");
    case LinkState::Linking:
        return OutletModel::tr("Linking…");
    case LinkState::Linked:
        return OutletModel::tr("Linked");
    case LinkState::Unlinking:
        return OutletModel::tr("Unlinking…");
    case LinkState::Failed:
        return OutletModel::tr("Failed");
    case LinkState::NotSent:
        return OutletModel::tr("Not sent");
    }
    return {};
}

int sortKey(LinkState state)
{
    constexpr LinkState order[] = {LinkState::Failed, LinkState::NotSent, LinkState::Linking,
        LinkState::Unlinking, LinkState::Linked, LinkState::NotLinked, LinkState::Unknown};
    return int(std::find(std::begin(order), std::end(order), state) - std::begin(order));
}

QString moment(const QDateTime &when)
{
    return DateTimeText::format(when);
}

} // namespace gobiz::CellDisplay
