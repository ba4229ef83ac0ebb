#include "SummaryPage.h"

#include "InlineMessage.h"
#include "Layouts.h"
#include "Prompt.h"
#include "SummaryResults.h"
#include "session/RunSummary.h"
#include "session/WizardController.h"

#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>

#include <utility>

namespace gobiz::ui {

namespace {
// Excel splits a CSV file at the list separator of the regional settings, which is ';' where the
// decimal separator is ',' (Indonesia, most of Europe) and ',' elsewhere.
bool semicolonByDefault()
{
    return QLocale::system().decimalPoint() == u",";
}
} // namespace

SummaryPage::SummaryPage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent),
      m_controller(controller),
      m_counts(named(new QLabel(this), "countsLabel")),
      m_reminder(named(new InlineMessage(this), "autoAcceptReminder")),
      m_results(named(new SummaryResults(this), "summaryResults")),
      m_save(named(new QPushButton(tr("&Save report…"), this), "saveButton")),
      m_copy(named(new QPushButton(tr("&Copy to clipboard"), this), "copyButton")),
      m_next(named(new QPushButton(tr("Next &merchant"), this), "nextMerchantButton")),
      m_status(named(new InlineMessage(this), "summaryStatus"))
{
    setTitle(tr("Summary"));
    setSubTitle(tr("Step 5 of 5: what changed in this session, as GoBiz confirmed it."));
    setFinalPage(true);

    m_counts->setTextFormat(Qt::PlainText);
    m_counts->setWordWrap(true);
    m_save->setToolTip(tr("Save the report, one row per change, as CSV for Excel or JSON. It "
                          "never contains the access token."));

    m_next->setToolTip(tr("Sign in with the next merchant's token, on the same environment and "
                          "connection"));
    for (QPushButton *button : {m_save, m_copy, m_next})
        button->setAutoDefault(false); // Enter goes forward (Finish), Space presses the button

    // The status above the table: appearing, it moves no button.
    column({m_counts, m_reminder, m_status, growing(m_results),
            row({m_save, m_copy, LayoutItem::stretch(), m_next})},
           this);

    connect(m_save, &QPushButton::clicked, this, [this] { chooseReportFile(); });
    connect(m_next, &QPushButton::clicked, this, &SummaryPage::nextMerchantRequested);
    connect(m_copy, &QPushButton::clicked, this, &SummaryPage::copyToClipboard);
    connect(controller, &WizardController::reportReady, this, &SummaryPage::showReport);
    connect(controller, &WizardController::reportSaved, this, &SummaryPage::onReportSaved);
}

void SummaryPage::initializePage()
{
    m_status->clear();
    // Read from the journal once everything of this run is written.
    m_ready = false;
    m_save->setEnabled(false);
    m_copy->setEnabled(false);
    m_results->clear();
    m_counts->setText(tr("Preparing the summary…"));
    m_reminder->clear();
    m_controller->prepareReport();
}

bool SummaryPage::isReady() const
{
    return m_ready;
}

void SummaryPage::showReport()
{
    const RunSummary::Report &report = m_controller->report();
    m_counts->setText(report.entries.isEmpty() ? tr("Nothing was changed in this session.")
                                               : RunSummary::countsText(report));
    const QString reminder = RunSummary::autoAcceptReminder(report);
    if (!reminder.isEmpty())
        m_reminder->showMessage(InlineMessage::Type::Warning, reminder);
    else
        m_reminder->clear();
    m_results->setReport(report);
    m_save->setEnabled(true);
    m_copy->setEnabled(true);
    m_ready = true;
    emit reportShown();
}

void SummaryPage::chooseReportFile(std::function<void(bool)> then)
{
    m_afterSave = std::move(then);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("gobiz-link-report-%1.csv")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString semicolon = tr("CSV for Excel, separated by semicolons: Indonesia, most of "
                                 "Europe (*.csv)");
    const QString comma = tr("CSV for Excel, separated by commas: English-speaking countries "
                             "(*.csv)");
    const QString json = tr("JSON (*.json)");
    Prompt::saveFile(this, tr("Save report"), QDir(folder).filePath(name), {semicolon, comma, json},
                     semicolonByDefault() ? semicolon : comma,
                     [this, semicolon, json](const QString &chosen, const QString &filter) {
                         if (chosen.isEmpty()) {
                             if (auto then = std::exchange(m_afterSave, nullptr))
                                 then(false);
                             return;
                         }
                         QString path = chosen;
                         // The JSON type with a name typed without its extension.
                         if (filter == json && QFileInfo(path).suffix().isEmpty())
                             path += QStringLiteral(".json");
                         saveReportTo(path, filter == semicolon);
                     });
}

void SummaryPage::saveReportTo(const QString &path, bool semicolon)
{
    m_save->setEnabled(false);
    WizardController::ReportFormat format = WizardController::formatForPath(path);
    if (format == WizardController::ReportFormat::Csv && semicolon)
        format = WizardController::ReportFormat::CsvSemicolon;
    m_controller->saveReport(path, format);
}

void SummaryPage::onReportSaved(const QString &path, const QString &problem)
{
    m_save->setEnabled(true);
    if (!problem.isEmpty()) {
        m_status->showMessage(InlineMessage::Type::Error, problem);
    } else {
        m_status->showMessage(InlineMessage::Type::Positive,
                              tr("Report saved to %1. It contains no access token.")
                                  .arg(QDir::toNativeSeparators(path)));
    }
    emit reportSaveFinished(problem.isEmpty());
    if (auto then = std::exchange(m_afterSave, nullptr))
        then(problem.isEmpty());
}

void SummaryPage::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(RunSummary::toText(m_controller->report()));
    m_status->showMessage(InlineMessage::Type::Positive,
                          tr("The summary was copied to the clipboard."));
}

} // namespace gobiz::ui
