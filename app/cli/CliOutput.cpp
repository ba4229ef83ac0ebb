#include "CliOutput.h"

#include "session/ChangeQuestions.h"
#include "session/WizardController.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace gobiz::cli::Output {

namespace {

QString yesNo(bool value)
{
    return value ? Tr::tr("yes") : QString();
}

QByteArray csv(const QStringList &header, const QList<QStringList> &rows)
{
    QByteArray out;
    const auto line = [&out](const QStringList &cells) {
        QStringList quoted;
        for (const QString &cell : cells)
            quoted.append(RunSummary::csvCell(cell));
        out += quoted.join(u',').toUtf8() + '\n';
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    return out;
}

QByteArray json(const QJsonValue &value)
{
    return (value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()))
               .toJson(QJsonDocument::Indented);
}

QJsonObject cellJson(const QString &key, const QString &text)
{
    return {{QStringLiteral("state"), key}, {QStringLiteral("text"), text}};
}

} // namespace

QByteArray table(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &cell : header)
        widths.append(cell.size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], row.at(i).size());
    }
    QByteArray out;
    const auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i + 1 < cells.size())
                text += cells.at(i).leftJustified(widths.value(i)) + QStringLiteral("  ");
            else
                text += cells.at(i);
        }
        out += text.trimmed().toUtf8() + '\n';
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    return out;
}

QByteArray outlets(const OutletListing &listing, OutputFormat format)
{
    if (format == OutputFormat::Json) {
        QJsonArray outlets;
        for (const OutletLine &outlet : listing.outlets) {
            outlets.append(QJsonObject{
                {QStringLiteral("outlet_id"), outlet.id},
                {QStringLiteral("name"), outlet.name},
                {QStringLiteral("primary"), outlet.primary},
                {QStringLiteral("external_outlet_id"), outlet.externalId},
                {QStringLiteral("gofood"), cellJson(outlet.goFoodKey, outlet.goFoodText)},
                {QStringLiteral("payment"), cellJson(outlet.paymentKey, outlet.paymentText)},
                {QStringLiteral("note"), outlet.note},
            });
        }
        return json(QJsonObject{
            {QStringLiteral("merchant_id"), listing.merchantKey},
            {QStringLiteral("merchant_name"), listing.merchantName},
            {QStringLiteral("environment"), listing.environment},
            {QStringLiteral("roles"), QJsonArray::fromStringList(listing.roles)},
            {QStringLiteral("outlets"), outlets},
        });
    }
    QList<QStringList> rows;
    for (const OutletLine &outlet : listing.outlets) {
        if (format == OutputFormat::Csv)
            rows.append({outlet.id, outlet.name, outlet.primary ? QStringLiteral("true")
                                                                : QStringLiteral("false"),
                         outlet.externalId, outlet.goFoodKey, outlet.paymentKey});
        else
            rows.append({outlet.id, outlet.name, yesNo(outlet.primary), outlet.externalId,
                         outlet.goFoodText, outlet.paymentText});
    }
    if (format == OutputFormat::Csv)
        return csv({QStringLiteral("outlet_id"), QStringLiteral("name"), QStringLiteral("primary"),
                    QStringLiteral("external_outlet_id"), QStringLiteral("gofood"),
                    QStringLiteral("payment")},
                   rows);
    const QByteArray heading = Tr::tr("%1 (%2), roles: %3")
                                   .arg(listing.merchantName, listing.environment,
                                        listing.roles.join(QStringLiteral(", ")))
                                   .toUtf8()
        + '\n';
    return heading
        + table({Tr::tr("OUTLET ID"), Tr::tr("NAME"), Tr::tr("PRIMARY"), Tr::tr("EXTERNAL ID"),
                 Tr::tr("GOFOOD"), Tr::tr("PAYMENT")},
                rows);
}

QByteArray results(const RunSummary::Report &report, OutputFormat format)
{
    if (format == OutputFormat::Json)
        return RunSummary::toJson(report);
    if (format == OutputFormat::Csv) {
        QByteArray bytes = RunSummary::toCsv(report, u',');
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3); // for scripts: no byte order mark
        return bytes.replace("\r\n", "\n");
    }
    QList<QStringList> rows;
    for (const RunSummary::Entry &entry : report.entries)
        rows.append({entry.outletId, entry.outletName, ChangeQuestions::productName(entry.product),
                     RunSummary::resultWithAction(entry), entry.errorMessage});
    return table({Tr::tr("OUTLET ID"), Tr::tr("NAME"), Tr::tr("PRODUCT"), Tr::tr("RESULT"),
                  Tr::tr("WHY")},
                 rows);
}

QByteArray plannedChanges(const QList<LinkRequest> &requests, OutputFormat format)
{
    QList<QStringList> rows;
    for (const LinkRequest &request : requests)
        rows.append({request.outletId, productKey(request.product), actionKey(request.action),
                     request.externalOutletId});
    if (format == OutputFormat::Json) {
        QJsonArray array;
        for (const QStringList &row : rows)
            array.append(QJsonObject{{QStringLiteral("outlet_id"), row.at(0)},
                                     {QStringLiteral("product"), row.at(1)},
                                     {QStringLiteral("action"), row.at(2)},
                                     {QStringLiteral("external_outlet_id"), row.at(3)}});
        return json(array);
    }
    const QStringList header = {QStringLiteral("outlet_id"), QStringLiteral("product"),
                                QStringLiteral("action"), QStringLiteral("external_outlet_id")};
    return format == OutputFormat::Csv ? csv(header, rows) : table(header, rows);
}

QByteArray unfinished(const RecoveryPlan &plan, OutputFormat format)
{
    QList<QStringList> rows;
    for (const RecoveryItem &item : plan.items()) {
        const JournalEntry &entry = item.entry;
        rows.append({WizardController::describeJournalEnvironment(entry.environment),
                     entry.merchant, entry.request.outletId, productKey(entry.request.product),
                     actionKey(entry.request.action),
                     item.wasSent() ? QStringLiteral("sent_without_answer")
                                    : QStringLiteral("not_sent")});
    }
    const QStringList header = {QStringLiteral("environment"), QStringLiteral("merchant"),
                                QStringLiteral("outlet_id"),   QStringLiteral("product"),
                                QStringLiteral("action"),      QStringLiteral("state")};
    if (format == OutputFormat::Json) {
        QJsonArray array;
        for (const QStringList &row : rows) {
            QJsonObject object;
            for (qsizetype i = 0; i < header.size(); ++i)
                object.insert(header.at(i), row.at(i));
            array.append(object);
        }
        return json(array);
    }
    return format == OutputFormat::Csv ? csv(header, rows) : table(header, rows);
}

QString progressLine(const LinkRun::Progress &progress)
{
    const QLocale locale;
    const int finished = progress.total() - progress.remaining;
    QString line = Tr::tr("%1 of %2 done").arg(locale.toString(finished),
                                               locale.toString(progress.total()));
    const int failed = progress.failed + progress.unknown + progress.notSent;
    if (failed > 0)
        line += Tr::tr(", %n failed", nullptr, failed);
    return line;
}

QString progressBar(const LinkRun::Progress &progress, int width)
{
    const int total = qMax(1, progress.total());
    const int finished = progress.total() - progress.remaining;
    const QString text = progressLine(progress);
    const int barWidth = qBound(10, width - int(text.size()) - 10, 40);
    const int filled = int(qint64(finished) * barWidth / total);
    const int percent = int(qint64(finished) * 100 / total);
    return QStringLiteral("[%1%2] %3% %4")
        .arg(QString(filled, u'#'), QString(barWidth - filled, u'-'))
        .arg(percent, 3)
        .arg(text);
}

} // namespace gobiz::cli::Output
