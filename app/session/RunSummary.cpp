#include "RunSummary.h"

#include "api/KeyTable.h"

#include "store/LinkJournal.h"
#include "text/DateTimeText.h"

#include <QHash>
#include <QSet>
#include <optional>

namespace gobiz::RunSummary {

namespace {

constexpr KeyTable::TextRow<Result> resultRows[] = {
    {Result::Linked, u"linked", QT_TRANSLATE_NOOP("RunSummary", "Linked")},
    {Result::Unlinked, u"unlinked", QT_TRANSLATE_NOOP("RunSummary", "Unlinked")},
    {Result::Failed, u"failed", QT_TRANSLATE_NOOP("RunSummary", "Failed")},
    {Result::Unknown, u"unknown",
        QT_TRANSLATE_NOOP("RunSummary", "Unknown (cancelled while GoBiz was answering)")},
    {Result::NotSent, u"not_sent", QT_TRANSLATE_NOOP("RunSummary", "Not sent")},
};

QString cellKey(const QString &outletId, Product product)
{
    return outletId + u'\x1f' + productKey(product);
}

QHash<QString, QString> namesOf(const QList<Outlet> &outlets)
{
    QHash<QString, QString> names;
    for (const Outlet &outlet : outlets)
        names.insert(outlet.id, outlet.name);
    return names;
}

Entry entryOf(const LinkRequest &request, const QHash<QString, QString> &names)
{
    Entry entry;
    entry.outletId = request.outletId;
    entry.outletName = names.value(request.outletId, request.outletId);
    entry.product = request.product;
    entry.action = request.action;
    entry.externalOutletId = request.externalOutletId;
    return entry;
}

// The operation a journal row records; nullopt when it is not one the summary shows.
std::optional<Entry> fromRow(const JournalEntry &row, bool laterRowOfCell,
    const QHash<QString, QString> &names)
{
    Entry entry = entryOf(row.request, names);
    entry.askedAt = row.queuedAt;
    entry.finishedAt = row.finishedAt;
    entry.attempts = row.attempts;
    entry.requestId = row.requestId;
    const bool sent = row.wasSent() || row.attempts > 0;
    switch (row.result) {
    case JournalEntry::Result::Succeeded:
        entry.result = row.request.action == LinkAction::Link ? Result::Linked : Result::Unlinked;
        if (row.request.action == LinkAction::Link)
            entry.linkedAt = row.linkedAt;
        return entry;
    case JournalEntry::Result::Failed:
        // Refused before sending (e.g. an outlet id GoBiz cannot have): nothing reached GoBiz.
        entry.result = sent ? Result::Failed : Result::NotSent;
        entry.errorKind = row.errorKind;
        entry.errorMessage = row.errorMessage;
        return entry;
    case JournalEntry::Result::Cancelled:
        if (!row.abortedInFlight && row.attempts == 0) {
            if (laterRowOfCell)
                return std::nullopt; // a later operation of the cell carries it on
            entry.result = Result::NotSent;
            entry.errorKind = QStringLiteral("stopped");
            entry.errorMessage = Tr::tr("Stopped before it was sent: nothing changed in GoBiz.");
            return entry;
        }
        entry.result = Result::Unknown;
        entry.errorKind = ApiError::kindKey(ApiError::Kind::Cancelled);
        entry.errorMessage
            = Tr::tr("Cancelled after the request was sent; check this outlet again.");
        return entry;
    case JournalEntry::Result::Unfinished:
        return std::nullopt; // no outcome (yet), or superseded
    }
    return std::nullopt;
}

QDateTime askedTime(const JournalEntry &row)
{
    return row.queuedAt.isValid() ? row.queuedAt : row.finishedAt;
}

} // namespace

QString resultKey(Result result)
{
    return KeyTable::keyOf(resultRows, result);
}

QString resultText(Result result)
{
    return KeyTable::textOf<Tr>(resultRows, result);
}

int Report::count(Result result) const
{
    int n = 0;
    for (const Entry &entry : entries)
        n += entry.result == result ? 1 : 0;
    return n;
}

QStringList Report::autoAcceptOutlets() const
{
    QStringList outlets;
    QSet<QString> seen;
    for (const Entry &e : operations) {
        const bool mayHaveLinked = e.result == Result::Linked || e.result == Result::Unknown;
        if (e.product == Product::GoFood && e.action == LinkAction::Link && mayHaveLinked
            && !seen.contains(e.outletId)) {
            seen.insert(e.outletId);
            outlets.append(e.outletId);
        }
    }
    return outlets;
}

QList<Entry> operationsFromJournal(const QList<JournalEntry> &rowsInOrder,
    const QList<Outlet> &outlets, const QList<Refusal> &refusals)
{
    const QHash<QString, QString> names = namesOf(outlets);
    // Which rows have a later row of the same cell (a stopped one is then carried on).
    QList<bool> laterRow(rowsInOrder.size(), false);
    QSet<QString> seenLater;
    for (qsizetype i = rowsInOrder.size() - 1; i >= 0; --i) {
        const QString key = cellKey(rowsInOrder.at(i).request.outletId,
            rowsInOrder.at(i).request.product);
        laterRow[i] = seenLater.contains(key);
        seenLater.insert(key);
    }

    QList<Entry> operations;
    qsizetype nextRefusal = 0;
    const auto refusalsUntil = [&](const QDateTime &until) {
        for (; nextRefusal < refusals.size(); ++nextRefusal) {
            const Refusal &refusal = refusals.at(nextRefusal);
            if (until.isValid() && refusal.at.isValid() && refusal.at >= until)
                return;
            Entry entry = entryOf(refusal.request, names);
            entry.result = Result::NotSent;
            entry.askedAt = refusal.at;
            entry.finishedAt = refusal.at;
            entry.errorKind = refusal.kind;
            entry.errorMessage = refusal.reason;
            operations.append(entry);
        }
    };
    for (qsizetype i = 0; i < rowsInOrder.size(); ++i) {
        const JournalEntry &row = rowsInOrder.at(i);
        const QDateTime asked = askedTime(row);
        if (asked.isValid())
            refusalsUntil(asked);
        if (std::optional<Entry> entry = fromRow(row, laterRow.at(i), names))
            operations.append(*entry);
    }
    refusalsUntil({});
    return operations;
}

QList<Entry> finalResults(const QList<Entry> &operations)
{
    QList<Entry> entries;
    QHash<QString, qsizetype> indexByKey;
    for (const Entry &op : operations) {
        const QString key = cellKey(op.outletId, op.product);
        const auto it = indexByKey.constFind(key);
        if (it == indexByKey.cend()) {
            indexByKey.insert(key, entries.size());
            entries.append(op);
            continue;
        }
        Entry &cell = entries[*it];
        QList<Step> earlier = cell.earlier;
        earlier.append(Step {cell.action, cell.result, cell.moment()});
        cell = op;
        cell.earlier = earlier;
    }
    return entries;
}

QList<Entry> buildFromJournal(const QList<JournalEntry> &rowsInOrder, const QList<Outlet> &outlets)
{
    return finalResults(operationsFromJournal(rowsInOrder, outlets));
}

// --- text for people

namespace {
QString withAction(Result result, LinkAction action)
{
    if (result == Result::Linked || result == Result::Unlinked)
        return resultText(result);
    const QString what = action == LinkAction::Link ? Tr::tr("link") : Tr::tr("unlink");
    //: a result and the change it was for, e.g. "Failed (link)".
    return Tr::tr("%1 (%2)").arg(resultText(result), what);
}
} // namespace

QString resultWithAction(const Entry &entry)
{
    return withAction(entry.result, entry.action);
}

QString earlierText(const Report &report, const Entry &entry)
{
    QStringList steps;
    for (const Step &step : entry.earlier) {
        const QString when = DateTimeText::format(
            step.at, DateTimeText::Precision::Minutes, QLocale(), report.timeZone);
        steps << (when.isEmpty() ? withAction(step.result, step.action)
                                 : Tr::tr("%1, %2").arg(withAction(step.result, step.action), when));
    }
    return steps.join(QStringLiteral("; "));
}

QString autoAcceptText(const Entry &entry, bool onAutoAccept)
{
    if (entry.product != Product::GoFood || !onAutoAccept)
        return {};
    switch (entry.result) {
    case Result::Linked:
        return Tr::tr("On");
    case Result::Unknown:
        return Tr::tr("May be on: check in GoBiz");
    default:
        return Tr::tr("Still on: unlinking does not switch it off");
    }
}

QString countsText(const Report &report)
{
    return Tr::tr("Linked: %L1 · Unlinked: %L2 · Failed: %L3 · Unknown: %L4 · Not sent: %L5")
        .arg(report.count(Result::Linked))
        .arg(report.count(Result::Unlinked))
        .arg(report.count(Result::Failed))
        .arg(report.count(Result::Unknown))
        .arg(report.count(Result::NotSent));
}

QString autoAcceptReminder(const Report &report)
{
    const QStringList outlets = report.autoAcceptOutlets();
    if (outlets.isEmpty())
        return {};
    const QSet<QString> onAutoAccept(outlets.cbegin(), outlets.cend());
    int notLinkedNow = 0;
    for (const Entry &e : report.entries) {
        if (e.product == Product::GoFood && onAutoAccept.contains(e.outletId)
            && e.result != Result::Linked)
            ++notLinkedNow;
    }
    QString text = Tr::tr("Reminder: %Ln outlet(s) were linked to GoFood in this run, and GoBiz "
                          "switched their GoFood orders to Auto Accept (accepted automatically). "
                          "Tell the merchant, and make sure the partner system handles incoming "
                          "orders.",
        nullptr, int(outlets.size()));
    if (notLinkedNow > 0) {
        text += u' '
            + Tr::tr("%Ln of them are not linked now, but unlinking does not switch Auto Accept "
                     "off: switch it back in GoBiz if the merchant wants to accept orders by "
                     "hand.",
                nullptr, notLinkedNow);
    }
    return text;
}

} // namespace gobiz::RunSummary
