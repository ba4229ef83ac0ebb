#include "SupportDesk.h"

#include "Connection.h"
#include "ReportWriter.h"
#include "release/Release.h"
#include "store/JournalService.h"
#include "support/CurlCommand.h"
#include "support/DiagnosticsBundle.h"
#include "support/HarExport.h"
#include "support/NetworkLog.h"
#include "support/NetworkLogText.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QSysInfo>
#include <QThreadPool>
#include <QTimeZone>

namespace gobiz {

namespace {

QByteArray readLogFiles(const QString &path)
{
    QByteArray text;
    if (path.isEmpty())
        return text;
    for (const QString &name : {path + QStringLiteral(".1"), path}) {
        QFile file(name);
        if (file.open(QIODevice::ReadOnly))
            text += file.readAll();
    }
    return text;
}

QString describeWriteProblem(const QString &fileName, const QString &error)
{
    return SupportDesk::tr("Could not write %1: %2. Choose another folder, or free some space, "
                           "and save again.")
        .arg(fileName, error);
}

} // namespace

SupportDesk::SupportDesk(Connection *connection, JournalService *journal,
    std::function<Situation()> situation, QObject *parent)
    : QObject(parent), m_connection(connection), m_journal(journal), m_situation(std::move(situation))
{
}

NetworkLog *SupportDesk::networkLog() const
{
    return m_connection->networkLog();
}

void SupportDesk::setRecording(bool recording)
{
    m_connection->setNetworkRecording(recording);
}

QString SupportDesk::curlCommand(quint64 exchangeId, Shell shell) const
{
    const NetworkExchange *exchange = networkLog()->exchangeById(exchangeId);
    if (!exchange)
        return {};
    return shell == Shell::Bash ? CurlCommand::bash(*exchange) : CurlCommand::cmd(*exchange);
}

QString SupportDesk::details(quint64 exchangeId) const
{
    const NetworkExchange *exchange = networkLog()->exchangeById(exchangeId);
    return exchange ? NetworkLogText::details(*exchange) : QString();
}

QString SupportDesk::rowsAsText(const QList<int> &rows) const
{
    return NetworkLogText::table(*networkLog(), rows);
}

QString SupportDesk::suggestedHarName() const
{
    return QStringLiteral("gobiz-session-%1.har")
        .arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"));
}

void SupportDesk::saveHar(const QString &path)
{
    // The exchanges are copied here (cheap: implicitly shared) and made into text on the worker.
    const QList<NetworkExchange> exchanges = networkLog()->exchanges();
    const HarExport::Creator creator{QStringLiteral("GoBiz Outlet Link Wizard"), QStringLiteral(GOBIZ_VERSION)};
    ReportWriter::write(path, [exchanges, creator](QString *) { return HarExport::bytes(exchanges, creator); },
        this, [this, path](const QString &problem) { emit harSaved(path, problem); }, describeWriteProblem);
}

void SupportDesk::prepareBundle()
{
    const int preparation = ++m_preparation;
    DiagnosticsBundle::Inputs inputs;
    const Situation situation = m_situation ? m_situation() : Situation();
    inputs.made = QDateTime::currentDateTimeUtc();
    inputs.appName = QStringLiteral("GoBiz Outlet Link Wizard");
    inputs.appVersion = QStringLiteral(GOBIZ_VERSION);
    inputs.qtRuntime = QString::fromLatin1(qVersion());
    inputs.qtBuild = QStringLiteral(QT_VERSION_STR);
    inputs.os = QSysInfo::prettyProductName();
    inputs.kernel = QSysInfo::kernelType() + u' ' + QSysInfo::kernelVersion();
    inputs.cpu = QSysInfo::currentCpuArchitecture();
    inputs.language = m_language;
    inputs.locale = QLocale().name();
    inputs.timeZone = QString::fromLatin1(QTimeZone::systemTimeZoneId());
    inputs.environment = situation.environment;
    inputs.baseUrl = situation.baseUrl;
    inputs.connection = situation.connection;
    inputs.demo = situation.demo;
    inputs.partner = situation.partner;
    inputs.merchant = situation.merchant;
    inputs.outletCount = situation.outletCount;
    if (QSettings *settings = m_connection->settings()) {
        const QStringList keys = settings->allKeys();
        for (const QString &key : keys) {
            const QVariant value = settings->value(key);
            // Window geometry and header states are bytes: their size says enough.
            const QString text = value.typeId() == QMetaType::QByteArray
                ? QStringLiteral("(%1 bytes)").arg(value.toByteArray().size())
                : value.typeId() == QMetaType::QStringList ? value.toStringList().join(u", ")
                                                           : value.toString();
            inputs.settings.append({key, text});
        }
    }
    const QList<NetworkExchange> exchanges = networkLog()->exchanges();
    const QString logPath = m_logFilePath;
    const QPointer<SupportDesk> self(this);

    // The rows come from the journal's thread; the files are made on a worker (the HAR of
    // 20,000 requests and a 5 MB log take a while), then handed back here.
    auto build = [self, preparation, inputs, exchanges, logPath](const QList<JournalEntry> &rows) mutable {
        inputs.journal = rows;
        QThreadPool::globalInstance()->start([self, preparation, inputs, exchanges, logPath]() mutable {
            inputs.log = readLogFiles(logPath);
            inputs.har = HarExport::bytes(exchanges, {inputs.appName, inputs.appVersion});
            const QList<ZipArchive::File> files = DiagnosticsBundle::files(inputs);
            const QDateTime made = inputs.made;
            QMetaObject::invokeMethod(QCoreApplication::instance(), [self, preparation, files, made] {
                if (!self || preparation != self->m_preparation)
                    return;
                self->m_bundleFiles = files;
                self->m_bundleMade = made;
                emit self->bundleReady();
            }, Qt::QueuedConnection);
        });
    };
    // Before a token there is no merchant: no rows (an empty filter would read everyone's).
    if (situation.journal.merchant.isEmpty() || !m_journal)
        build(QList<JournalEntry>());
    else
        m_journal->loadMerchant(situation.journal, this, build);
}

QString SupportDesk::suggestedBundleName() const
{
    return DiagnosticsBundle::suggestedFileName(m_bundleMade.isValid() ? m_bundleMade : QDateTime::currentDateTimeUtc());
}

void SupportDesk::saveBundle(const QString &path)
{
    const QList<ZipArchive::File> files = m_bundleFiles;
    const QDateTime made = m_bundleMade.isValid() ? m_bundleMade : QDateTime::currentDateTimeUtc();
    ReportWriter::write(path,
        [files, made](QString *problem) {
            QString error;
            const QByteArray zip = ZipArchive::zip(files, made, &error);
            if (zip.isEmpty())
                *problem = tr("Could not make the diagnostics bundle: %1").arg(error);
            return zip;
        },
        this, [this, path](const QString &problem) { emit bundleSaved(path, problem); }, describeWriteProblem);
}

} // namespace gobiz
