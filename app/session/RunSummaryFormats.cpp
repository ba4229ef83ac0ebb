// The files and the clipboard text made from a RunSummary::Report (declared in RunSummary.h).
#include "RunSummary.h"

#include "diagnostics/Redactor.h"
#include "text/DateTimeText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace gobiz::RunSummary {

namespace {

QString productText(Product product)
{
    return product == Product::GoFood ? Tr::tr("GoFood") : Tr::tr("Payment");
}

QJsonValue isoOrNull(const QDateTime &time, const QTimeZone &zone)
{
    return time.isValid() ? QJsonValue(DateTimeText::iso(time, zone)) : QJsonValue();
}

QJsonObject entryJson(const Entry &e, const Report &report, const QSet<QString> &autoAccept)
{
    QJsonObject o {
        {QStringLiteral("outlet_id"), e.outletId},
        {QStringLiteral("outlet_name"), e.outletName},
        {QStringLiteral("product"), productKey(e.product)},
        {QStringLiteral("action"), actionKey(e.action)},
        {QStringLiteral("result"), resultKey(e.result)},
        {QStringLiteral("external_outlet_id"), e.externalOutletId},
        {QStringLiteral("attempts"), e.attempts},
        {QStringLiteral("request_id"), e.requestId},
        {QStringLiteral("linked_at"), isoOrNull(e.linkedAt, report.timeZone)},
        {QStringLiteral("asked_at"), isoOrNull(e.askedAt, report.timeZone)},
        {QStringLiteral("finished_at"), isoOrNull(e.finishedAt, report.timeZone)},
        {QStringLiteral("gofood_auto_accept"), autoAccept.contains(e.outletId)},
    };
    if (!e.errorKind.isEmpty()) {
        o.insert(QStringLiteral("error"),
            QJsonObject {{QStringLiteral("kind"), e.errorKind},
                {QStringLiteral("message"), e.errorMessage}});
    }
    return o;
}

QSet<QString> autoAcceptSet(const Report &report)
{
    const QStringList outlets = report.autoAcceptOutlets();
    return QSet<QString>(outlets.cbegin(), outlets.cend());
}

} // namespace

QString csvCell(const QString &value)
{
    QString v = value;
    if (!v.isEmpty()
        && (v.front() == u'=' || v.front() == u'+' || v.front() == u'-' || v.front() == u'@'
            || v.front() == u'\t' || v.front() == u'\r'))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')
        || v.contains(u';')) {
        v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        v = u'"' + v + u'"';
    }
    return v;
}

QByteArray toCsv(const Report &report, QChar separator)
{
    const QSet<QString> autoAccept = autoAcceptSet(report);
    QString out;
    // Every row names its merchant: a report handed over on its own still says whose it is.
    const QStringList header = {QStringLiteral("merchant_id"), QStringLiteral("merchant_name"),
        QStringLiteral("operation"), QStringLiteral("outlet_id"), QStringLiteral("outlet_name"),
        QStringLiteral("product"), QStringLiteral("action"), QStringLiteral("result"),
        QStringLiteral("result_text"), QStringLiteral("time"), QStringLiteral("external_outlet_id"),
        QStringLiteral("linked_at"), QStringLiteral("finished_at"), QStringLiteral("attempts"),
        QStringLiteral("error_kind"), QStringLiteral("error_message"), QStringLiteral("request_id"),
        QStringLiteral("gofood_auto_accept")};
    out += header.join(separator) + QStringLiteral("\r\n");
    int number = 0;
    for (const Entry &e : report.operations) {
        // time is for people (the one format, with the zone); linked_at and finished_at are ISO
        // 8601 with the offset, for machines (Excel leaves both as text: neither is re-parsed).
        const QStringList cells = {csvCell(report.merchantKey), csvCell(report.primaryOutletName),
            QString::number(++number), csvCell(e.outletId), csvCell(e.outletName),
            productKey(e.product), actionKey(e.action), resultKey(e.result),
            csvCell(resultWithAction(e)),
            csvCell(DateTimeText::format(
                e.moment(), DateTimeText::Precision::Seconds, QLocale(), report.timeZone)),
            csvCell(e.externalOutletId), DateTimeText::iso(e.linkedAt, report.timeZone),
            DateTimeText::iso(e.finishedAt, report.timeZone), QString::number(e.attempts),
            csvCell(e.errorKind), csvCell(e.errorMessage), csvCell(e.requestId),
            autoAccept.contains(e.outletId) ? QStringLiteral("true") : QStringLiteral("false")};
        out += cells.join(separator) + QStringLiteral("\r\n");
    }
    // The one redaction point, even though no field can hold the token.
    return QByteArrayLiteral("\xEF\xBB\xBF") + Redactor::redact(out).toUtf8();
}

QByteArray toJson(const Report &report)
{
    const QSet<QString> autoAccept = autoAcceptSet(report);
    QJsonArray operations;
    for (const Entry &e : report.operations)
        operations.append(entryJson(e, report, autoAccept));
    QJsonArray entries;
    for (const Entry &e : report.entries) {
        QJsonObject o = entryJson(e, report, autoAccept);
        QJsonArray earlier;
        for (const Step &step : e.earlier) {
            earlier.append(QJsonObject {{QStringLiteral("action"), actionKey(step.action)},
                {QStringLiteral("result"), resultKey(step.result)},
                {QStringLiteral("at"), isoOrNull(step.at, report.timeZone)}});
        }
        o.insert(QStringLiteral("earlier"), earlier);
        entries.append(o);
    }
    QJsonObject counts {
        {QStringLiteral("linked"), report.count(Result::Linked)},
        {QStringLiteral("unlinked"), report.count(Result::Unlinked)},
        {QStringLiteral("failed"), report.count(Result::Failed)},
        {QStringLiteral("unknown"), report.count(Result::Unknown)},
        {QStringLiteral("not_sent"), report.count(Result::NotSent)},
    };
    QJsonObject root {
        {QStringLiteral("report"), QStringLiteral("gobiz-outlet-link-run")},
        // 2: operations (one per operation), not_sent, earlier, times with their offset.
        {QStringLiteral("version"), 2},
        {QStringLiteral("generated_at"), isoOrNull(report.generatedAt, report.timeZone)},
        {QStringLiteral("application_version"), report.applicationVersion},
        {QStringLiteral("environment"), report.environmentKey},
        {QStringLiteral("base_url"), report.baseUrl.toString(QUrl::RemoveUserInfo)},
        {QStringLiteral("roles"), QJsonArray::fromStringList(report.roles)},
        {QStringLiteral("merchant_id"), report.merchantKey},
        {QStringLiteral("primary_outlet_name"), report.primaryOutletName},
        {QStringLiteral("gofood_auto_accept_reminder"), report.gofoodLinked()},
        {QStringLiteral("gofood_auto_accept_outlets"),
            QJsonArray::fromStringList(report.autoAcceptOutlets())},
        {QStringLiteral("counts"), counts},
        {QStringLiteral("entries"), entries},
        {QStringLiteral("operations"), operations},
    };
    return Redactor::redact(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

QString toText(const Report &report)
{
    const QSet<QString> autoAccept = autoAcceptSet(report);
    QString out;
    out += Tr::tr("GoBiz outlet linking for %1, %2, %3")
               .arg(report.primaryOutletName, report.environmentName,
                   DateTimeText::format(report.generatedAt, DateTimeText::Precision::Minutes,
                       QLocale(), report.timeZone))
        + u'\n';
    out += countsText(report) + u'\n';
    const QString reminder = autoAcceptReminder(report);
    if (!reminder.isEmpty())
        out += reminder + u'\n';
    out += u'\n';
    const QStringList header = {Tr::tr("Outlet"), Tr::tr("Outlet ID"), Tr::tr("Product"),
        Tr::tr("Result"), Tr::tr("External outlet ID"), Tr::tr("Linked at (GoBiz)"),
        Tr::tr("Reason"), Tr::tr("Earlier in this run"), Tr::tr("Auto Accept")};
    out += header.join(u'\t') + u'\n';
    const auto flat = [](QString s) {
        s.replace(u'\t', u' ');
        s.replace(u'\n', u' ');
        s.replace(u'\r', u' ');
        return s;
    };
    for (const Entry &e : report.entries) {
        const QStringList cells = {flat(e.outletName), flat(e.outletId), productText(e.product),
            resultWithAction(e), flat(e.externalOutletId),
            DateTimeText::format(
                e.linkedAt, DateTimeText::Precision::Minutes, QLocale(), report.timeZone),
            flat(e.errorMessage), earlierText(report, e),
            autoAcceptText(e, autoAccept.contains(e.outletId))};
        out += cells.join(u'\t') + u'\n';
    }
    return Redactor::redact(out);
}

} // namespace gobiz::RunSummary
