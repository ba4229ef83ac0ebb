#include "DiagnosticsBundle.h"

#include "diagnostics/Redactor.h"
#include "api/Product.h"
#include "text/DateTimeText.h"

namespace gobiz::DiagnosticsBundle {

namespace {

QByteArray csvField(const QString &value)
{
    QString text = value;
    // A leading = + - @ makes spreadsheets run the cell as a formula (CSV injection).
    if (!text.isEmpty() && QStringView(u"=+-@").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        text = u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return text.toUtf8();
}

QByteArray lines(const QList<QPair<QString, QString>> &rows)
{
    QByteArray out;
    for (const auto &[name, value] : rows)
        out += (name + QStringLiteral(": ") + value).toUtf8() + '\n';
    return out;
}

QByteArray readme(const Inputs &inputs)
{
    return QStringLiteral(
               "%1 %2 — diagnostics bundle, made %3 UTC\n"
               "\n"
               "For GoBiz or partner support. It holds no access token, refresh token, sign-in\n"
               "code or password: each was replaced by [redacted] before anything was kept.\n"
               "Berkas ini untuk tim dukungan. Tidak berisi token akses, kode masuk, atau kata sandi.\n"
               "\n"
               "  about.txt     versions of the wizard, Qt and the operating system\n"
               "  settings.txt  the settings, the environment and the connection (no secrets)\n"
               "  journal.csv   what this computer recorded for this merchant: every change asked\n"
               "                for, when it was sent and what GoBiz answered\n"
               "  session.har   every request of the session and its answer (HAR 1.2; opens in\n"
               "                browser dev-tools and HAR viewers)\n"
               "  log.txt       the wizard's log\n"
               "\n"
               "To see what the customer saw, replay the session and point the wizard at it:\n"
               "  gobiz-sandbox --replay session.har --port 8080\n"
               "  gobiz-outlet-wizard   (environment: Custom, http://127.0.0.1:8080/)\n")
        .arg(inputs.appName, inputs.appVersion, inputs.made.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"))
        .toUtf8();
}

QByteArray about(const Inputs &inputs)
{
    return lines({
        {QStringLiteral("Application"), inputs.appName + u' ' + inputs.appVersion},
        {QStringLiteral("Qt"), inputs.qtRuntime + QStringLiteral(" (built with ") + inputs.qtBuild + u')'},
        {QStringLiteral("Operating system"), inputs.os},
        {QStringLiteral("Kernel"), inputs.kernel},
        {QStringLiteral("CPU"), inputs.cpu},
        {QStringLiteral("Language"), inputs.language},
        {QStringLiteral("Locale"), inputs.locale},
        {QStringLiteral("Time zone"), inputs.timeZone},
        {QStringLiteral("Made"), DateTimeText::iso(inputs.made)},
    });
}

QByteArray settingsText(const Inputs &inputs)
{
    QList<QPair<QString, QString>> rows{
        {QStringLiteral("Environment"), inputs.environment},
        {QStringLiteral("Address"), inputs.baseUrl},
        {QStringLiteral("Connection"), inputs.connection},
        {QStringLiteral("Demo mode"), inputs.demo ? QStringLiteral("yes") : QStringLiteral("no")},
        {QStringLiteral("Partner profile"), inputs.partner.isEmpty() ? QStringLiteral("none") : inputs.partner},
        {QStringLiteral("Merchant"), inputs.merchant.isEmpty() ? QStringLiteral("(no token accepted yet)") : inputs.merchant},
        {QStringLiteral("Outlets"), inputs.outletCount < 0 ? QStringLiteral("-") : QString::number(inputs.outletCount)},
    };
    QByteArray out = lines(rows) + "\n[settings]\n";
    QList<QPair<QString, QString>> kept;
    for (const auto &[key, value] : inputs.settings) {
        if (!isSecretSetting(key))
            kept.append({key, value});
    }
    return out + lines(kept);
}

} // namespace

bool isSecretSetting(QStringView key)
{
    for (QStringView word : {u"token", u"password", u"secret", u"session", u"refresh", u"credential"}) {
        if (key.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QByteArray journalCsv(const QList<JournalEntry> &rows)
{
    QByteArray out = "row,session,environment,merchant,outlet_id,product,action,external_outlet_id,"
                     "queued_at,started_at,finished_at,attempts,result,http_status,error_kind,"
                     "error_message,request_ids,resolution\r\n";
    for (const JournalEntry &row : rows) {
        const QStringList fields{
            QString::number(row.id), row.sessionId, row.environment, row.merchant,
            row.request.outletId, productKey(row.request.product),
            actionKey(row.request.action), row.request.externalOutletId,
            DateTimeText::iso(row.queuedAt), DateTimeText::iso(row.startedAt),
            DateTimeText::iso(row.finishedAt), QString::number(row.attempts),
            // The journal's own key is empty for a row never finished; here it is said.
            row.result == JournalEntry::Result::Unfinished ? QStringLiteral("unfinished")
                                                           : JournalEntry::resultKey(row.result),
            row.httpStatus ? QString::number(row.httpStatus) : QString(), row.errorKind,
            row.errorMessage, row.requestIds.join(u' '), JournalEntry::resolutionKey(row.resolution),
        };
        QByteArrayList cells;
        for (const QString &field : fields)
            cells.append(csvField(field));
        out += cells.join(',') + "\r\n";
    }
    return out;
}

QList<ZipArchive::File> files(const Inputs &inputs)
{
    const QList<ZipArchive::File> made{
        {QStringLiteral("README.txt"), readme(inputs)},
        {QStringLiteral("about.txt"), about(inputs)},
        {QStringLiteral("settings.txt"), settingsText(inputs)},
        {QStringLiteral("journal.csv"), journalCsv(inputs.journal)},
        {QStringLiteral("session.har"), inputs.har},
        {QStringLiteral("log.txt"), inputs.log},
    };
    QList<ZipArchive::File> scrubbed;
    for (const ZipArchive::File &file : made)
        scrubbed.append({file.name, Redactor::redact(file.bytes)});
    return scrubbed;
}

QString suggestedFileName(const QDateTime &made)
{
    return QStringLiteral("gobiz-diagnostics-%1.zip").arg(made.toLocalTime().toString(u"yyyyMMdd-HHmm"));
}

} // namespace gobiz::DiagnosticsBundle
