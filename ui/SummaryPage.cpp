#include "SummaryPage.h"

#include "InlineMessage.h"
#include "Layouts.h"
#include "Prompt.h"
#include "ReadOnlyTable.h"
#include "session/RunSummary.h"
#include "session/WizardController.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>

#include <utility>

namespace gobiz::ui {

namespace {
QString iconFor(RunSummary::Result result)
{
    switch (result) {
    case RunSummary::Result::Linked:
        return QStringLiteral("linked");
    case RunSummary::Result::Unlinked:
        return QStringLiteral("not-linked");
    case RunSummary::Result::Failed:
        return QStringLiteral("failed");
    case RunSummary::Result::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}
} // namespace

SummaryPage::SummaryPage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent),
      m_controller(controller),
      m_counts(named(new QLabel(this), "countsLabel")),
      m_reminder(named(new InlineMessage(this), "autoAcceptReminder")),
      m_table(named(readOnlyTable({tr("Outlet"), tr("Outlet ID"), tr("Product"), tr("Result"),
                                   tr("External outlet ID"), tr("Linked at (GoBiz)"),
                                   tr("Reason")},
                                  tr("Changes in this session"), this),
                    "summaryTable")),
      m_save(named(new QPushButton(tr("&Save report…"), this), "saveButton")),
      m_copy(named(new QPushButton(tr("&Copy to clipboard"), this), "copyButton")),
      m_next(named(new QPushButton(tr("&Next merchant"), this), "nextMerchantButton")),
      m_status(named(new InlineMessage(this), "summaryStatus"))
{
    setTitle(tr("Summary"));
    setSubTitle(tr("Step 5 of 5: what changed in this session, as GoBiz confirmed it."));
    setFinalPage(true);

    m_counts->setTextFormat(Qt::PlainText);
    m_counts->setWordWrap(true);
    // QHeaderView's indicator starts descending: without this the summary opened sorted Z to A.
    m_table->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_save->setToolTip(tr("Save the report as CSV or JSON. It never contains the access token."));

    m_next->setToolTip(tr("Sign in with the next merchant's token, on the same environment and "
                          "connection"));
    for (QPushButton *button : {m_save, m_copy, m_next})
        button->setAutoDefault(false); // Enter goes forward (Finish), Space presses the button

    // The status above the table: appearing, it moves no button.
    column({m_counts, m_reminder, m_status, growing(m_table),
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
    m_table->setRowCount(0);
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
    m_counts->setText(
        report.entries.isEmpty()
            ? tr("Nothing was changed in this session.")
            : tr("Linked: %1 · Unlinked: %2 · Failed: %3 · Unknown: %4")
                  .arg(report.count(RunSummary::Result::Linked))
                  .arg(report.count(RunSummary::Result::Unlinked))
                  .arg(report.count(RunSummary::Result::Failed))
                  .arg(report.count(RunSummary::Result::Unknown)));
    if (report.gofoodLinked())
        m_reminder->showMessage(InlineMessage::Type::Warning,
                                tr("Reminder: the outlets linked to GoFood now accept GoFood "
                                   "orders automatically (Auto Accept). Tell the merchant, and "
                                   "make sure the partner system handles incoming orders."));
    else
        m_reminder->clear();

    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(report.entries.size()));
    for (qsizetype i = 0; i < report.entries.size(); ++i) {
        const RunSummary::Entry &e = report.entries.at(i);
        const int r = int(i);
        m_table->setItem(r, 0, readOnlyItem(e.outletName));
        m_table->setItem(r, 1, readOnlyItem(e.outletId));
        m_table->setItem(r, 2,
                         readOnlyItem(e.product == Product::GoFood ? tr("GoFood") : tr("Payment")));
        QTableWidgetItem *result = readOnlyItem(RunSummary::resultText(e.result));
        result->setIcon(themeIcon(iconFor(e.result)));
        result->setData(Qt::UserRole, RunSummary::resultKey(e.result));
        m_table->setItem(r, 3, result);
        m_table->setItem(r, 4, readOnlyItem(e.externalOutletId));
        m_table->setItem(r, 5, readOnlyItem(e.linkedAt.isValid()
                                                ? QLocale().toString(e.linkedAt.toLocalTime(),
                                                                     QLocale::ShortFormat)
                                                : QString()));
        QTableWidgetItem *reason = readOnlyItem(e.errorMessage);
        reason->setToolTip(e.errorMessage.isEmpty() ? QString()
                                                    : QStringLiteral("<p>%1</p>")
                                                          .arg(e.errorMessage.toHtmlEscaped()));
        m_table->setItem(r, 6, reason);
    }
    fitColumns(m_table, 240);
    m_table->setSortingEnabled(true);
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
    Prompt::saveFile(this, tr("Save report"), QDir(folder).filePath(name),
                     {tr("CSV (*.csv)"), tr("JSON (*.json)")}, [this](const QString &path) {
                         if (!path.isEmpty())
                             saveReportTo(path);
                         else if (auto then = std::exchange(m_afterSave, nullptr))
                             then(false);
                     });
}

void SummaryPage::saveReportTo(const QString &path)
{
    m_save->setEnabled(false);
    m_controller->saveReport(path, WizardController::formatForPath(path));
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
