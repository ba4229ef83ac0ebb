#include "RunSummary.h"

#include "api/KeyTable.h"

#include "diagnostics/Redactor.h"
#include "store/LinkJournal.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gobiz::RunSummary {

namespace {

constexpr KeyTable::TextRow<Result> resultRows[] = {
    {Result::Linked, u"linked", QT_TRANSLATE_NOOP("RunSummary", "Linked")},
    {Result::Unlinked, u"unlinked", QT_TRANSLATE_NOOP("RunSummary", "Unlinked")},
    {Result::Failed, u"failed", QT_TRANSLATE_NOOP("RunSummary", "Failed")},
    {Result::Unknown, u"unknown",
        QT_TRANSLATE_NOOP("RunSummary", "Unknown (cancelled while GoBiz was answering)")},
};

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

bool Report::gofoodLinked() const
{
    for (const Entry &entry : entries) {
        if (entry.product == Product::GoFood && entry.result == Result::Linked)
            return true;
    }
    return false;
}

namespace {

QHash<QString, QString> namesOf(const QList<Outlet> &outlets)
{
    QHash<QString, QString> names;
    for (const Outlet &outlet : outlets)
        names.insert(outlet.id, outlet.name);
    return names;
}

QString cancelledAfterSending()
{
    return Tr::tr("Cancelled after the request was sent; check this outlet again.");
}

// One entry per (outlet, product): a later one replaces an earlier one.
void keepLatest(QList<Entry> &entries, QHash<QString, qsizetype> &indexByKey, const Entry &entry)
{
    const QString key = entry.outletId + u'\x1f' + productKey(entry.product);
    const auto it = indexByKey.constFind(key);
    if (it != indexByKey.cend()) {
        entries[*it] = entry;
    } else {
        indexByKey.insert(key, entries.size());
        entries.append(entry);
    }
}

} // namespace

QList<Entry> buildFromJournal(const QList<JournalEntry> &rowsInOrder, const QList<Outlet> &outlets)
{
    const QHash<QString, QString> names = namesOf(outlets);
    QList<Entry> entries;
    QHash<QString, qsizetype> indexByKey;
    for (const JournalEntry &row : rowsInOrder) {
        Entry entry;
        entry.outletId = row.request.outletId;
        entry.outletName = names.value(row.request.outletId, row.request.outletId);
        entry.product = row.request.product;
        entry.action = row.request.action;
        entry.externalOutletId = row.request.externalOutletId;
        entry.finishedAt = row.finishedAt;
        entry.attempts = row.attempts;
        entry.requestId = row.requestId;
        switch (row.result) {
        case JournalEntry::Result::Succeeded:
            entry.result = row.request.action == LinkAction::Link ? Result::Linked : Result::Unlinked;
            if (row.request.action == LinkAction::Link)
                entry.linkedAt = row.linkedAt;
            break;
        case JournalEntry::Result::Failed:
            entry.result = Result::Failed;
            entry.errorKind = row.errorKind;
            entry.errorMessage = row.errorMessage;
            break;
        case JournalEntry::Result::Cancelled:
            if (!row.abortedInFlight && row.attempts == 0)
                continue; // never reached GoBiz: nothing changed
            entry.result = Result::Unknown;
            entry.errorKind = ApiError::kindKey(ApiError::Kind::Cancelled);
            entry.errorMessage = cancelledAfterSending();
            break;
        case JournalEntry::Result::Unfinished:
            continue; // no outcome (yet)
        }
        keepLatest(entries, indexByKey, entry);
    }
    return entries;
}

QString csvCell(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && (v.front() == u'=' || v.front() == u'+' || v.front() == u'-'
                         || v.front() == u'@' || v.front() == u'\t' || v.front() == u'\r'))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')
        || v.contains(u';')) {
        v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        v = u'"' + v + u'"';
    }
    return v;
}

namespace {
QString isoOrEmpty(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

QByteArray toCsv(const Report &report)
{
    QString out;
    // Every row names its merchant: a report handed over on its own still says whose it is.
    const QStringList header = {QStringLiteral("merchant_id"), QStringLiteral("merchant_name"),
        QStringLiteral("outlet_id"), QStringLiteral("outlet_name"), QStringLiteral("product"),
        QStringLiteral("action"), QStringLiteral("result"), QStringLiteral("external_outlet_id"),
        QStringLiteral("linked_at"), QStringLiteral("finished_at"), QStringLiteral("attempts"),
        QStringLiteral("error_kind"), QStringLiteral("error_message"), QStringLiteral("request_id")};
    out += header.join(u',') + QStringLiteral("\r\n");
    for (const Entry &e : report.entries) {
        const QStringList cells = {csvCell(report.merchantKey), csvCell(report.primaryOutletName),
            csvCell(e.outletId), csvCell(e.outletName), productKey(e.product),
            actionKey(e.action), resultKey(e.result), csvCell(e.externalOutletId),
            isoOrEmpty(e.linkedAt), isoOrEmpty(e.finishedAt), QString::number(e.attempts),
            e.errorKind, csvCell(e.errorMessage), csvCell(e.requestId)};
        out += cells.join(u',') + QStringLiteral("\r\n");
    }
    // The one redaction point, even though no field can hold the token.
    return Redactor::redact(out).toUtf8();
}

QByteArray toJson(const Report &report)
{
    QJsonArray entries;
    for (const Entry &e : report.entries) {
        QJsonObject o{
            {QStringLiteral("outlet_id"), e.outletId},
            {QStringLiteral("outlet_name"), e.outletName},
            {QStringLiteral("product"), productKey(e.product)},
            {QStringLiteral("action"), actionKey(e.action)},
            {QStringLiteral("result"), resultKey(e.result)},
            {QStringLiteral("external_outlet_id"), e.externalOutletId},
            {QStringLiteral("attempts"), e.attempts},
            {QStringLiteral("request_id"), e.requestId},
        };
        o.insert(QStringLiteral("linked_at"),
                 e.linkedAt.isValid() ? QJsonValue(isoOrEmpty(e.linkedAt)) : QJsonValue());
        o.insert(QStringLiteral("finished_at"),
                 e.finishedAt.isValid() ? QJsonValue(isoOrEmpty(e.finishedAt)) : QJsonValue());
        if (!e.errorKind.isEmpty()) {
            o.insert(QStringLiteral("error"),
                     QJsonObject{{QStringLiteral("kind"), e.errorKind},
                                 {QStringLiteral("message"), e.errorMessage}});
        }
        entries.append(o);
    }
    QJsonObject counts{
        {QStringLiteral("linked"), report.count(Result::Linked)},
        {QStringLiteral("unlinked"), report.count(Result::Unlinked)},
        {QStringLiteral("failed"), report.count(Result::Failed)},
        {QStringLiteral("unknown"), report.count(Result::Unknown)},
    };
    QJsonObject root{
        {QStringLiteral("report"), QStringLiteral("gobiz-outlet-link-run")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("generated_at"), isoOrEmpty(report.generatedAt)},
        {QStringLiteral("application_version"), report.applicationVersion},
        {QStringLiteral("environment"), report.environmentKey},
        {QStringLiteral("base_url"), report.baseUrl.toString(QUrl::RemoveUserInfo)},
        {QStringLiteral("roles"), QJsonArray::fromStringList(report.roles)},
        {QStringLiteral("merchant_id"), report.merchantKey},
        {QStringLiteral("primary_outlet_name"), report.primaryOutletName},
        {QStringLiteral("gofood_auto_accept_reminder"), report.gofoodLinked()},
        {QStringLiteral("counts"), counts},
        {QStringLiteral("entries"), entries},
    };
    return Redactor::redact(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

QString toText(const Report &report)
{
    QString out;
    out += Tr::tr("GoBiz outlet linking for %1, %2, %3")
               .arg(report.primaryOutletName, report.environmentName, isoOrEmpty(report.generatedAt))
        + u'\n';
    out += Tr::tr("Linked: %1, unlinked: %2, failed: %3, unknown: %4")
               .arg(report.count(Result::Linked))
               .arg(report.count(Result::Unlinked))
               .arg(report.count(Result::Failed))
               .arg(report.count(Result::Unknown))
        + u'\n';
    if (report.gofoodLinked())
        out += Tr::tr("Reminder: outlets linked to GoFood now accept orders automatically "
                      "(Auto Accept).")
            + u'\n';
    out += u'\n';
    const QStringList header = {Tr::tr("Outlet"), Tr::tr("Outlet ID"), Tr::tr("Product"),
                                Tr::tr("Result"), Tr::tr("External outlet ID"),
                                Tr::tr("Linked at (GoBiz)"), Tr::tr("Reason")};
    out += header.join(u'\t') + u'\n';
    const auto flat = [](QString s) {
        s.replace(u'\t', u' ');
        s.replace(u'\n', u' ');
        s.replace(u'\r', u' ');
        return s;
    };
    for (const Entry &e : report.entries) {
        const QStringList cells = {
            flat(e.outletName), flat(e.outletId),
            e.product == Product::GoFood ? Tr::tr("GoFood") : Tr::tr("Payment"),
            resultText(e.result), flat(e.externalOutletId), isoOrEmpty(e.linkedAt),
            flat(e.errorMessage)};
        out += cells.join(u'\t') + u'\n';
    }
    return Redactor::redact(out);
}

} // namespace gobiz::RunSummary
