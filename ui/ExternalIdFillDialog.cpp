#include "ExternalIdFillDialog.h"

#include "InlineMessage.h"
#include "Layouts.h"
#include "Prompt.h"
#include "ReadOnlyTable.h"
#include "model/CellDisplay.h"
#include "model/OutletModel.h"
#include "session/WizardController.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>

namespace gobiz::ui {

namespace {
constexpr qint64 maxCsvBytes = 8 * 1024 * 1024;
// Long outlet names are capped so that the last column (the result) keeps its room.
constexpr int maxColumnWidth = 180;

// The cell's whole text as its tooltip (plain: outlet names and ids come from a server or a file).
QTableWidgetItem *withToolTip(QTableWidgetItem *item)
{
    if (!item->text().isEmpty())
        item->setToolTip(CellDisplay::plainTooltip(item->text()));
    return item;
}
} // namespace

ExternalIdFillDialog::ExternalIdFillDialog(WizardController *controller,
                                           const QList<int> &selectedRows, Mode mode,
                                           QWidget *parent)
    : QDialog(parent),
      m_controller(controller),
      m_selectedRows(selectedRows),
      m_tabs(named(new QTabWidget(this), "fillTabs")),
      m_pattern(named(new QLineEdit(QStringLiteral("POS-{n:03}"), this), "patternEdit")),
      m_start(named(new QSpinBox(this), "startSpin")),
      m_selected(named(new QRadioButton(this), "selectedButton")),
      m_empty(named(new QRadioButton(tr("All outlets &without an external ID"), this),
                    "emptyButton")),
      m_all(named(new QRadioButton(this), "allButton")),
      m_overwrite(named(new QCheckBox(tr("&Replace external IDs that are already set"), this),
                        "overwriteCheck")),
      m_patternPreview(nullptr),
      m_patternMessage(named(new InlineMessage(this), "patternMessage")),
      m_chooseFile(named(new QPushButton(tr("C&hoose CSV file…"), this), "chooseFileButton")),
      m_fileLabel(named(new QLabel(this), "fileLabel")),
      m_csvPreview(nullptr),
      m_csvMessage(named(new InlineMessage(this), "csvMessage")),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Fill external outlet IDs"));
    const int outletCount = controller->model()->rowCount();

    // --- pattern
    auto *patternPage = new QWidget(m_tabs);
    m_pattern->setToolTip(tr("{n} is a running number, {n:03} the same with three digits "
                             "(001), {id} the GoBiz outlet ID. Write {{ or }} for a brace."));
    m_start->setRange(0, 999999);
    m_start->setValue(1);
    m_selected->setText(tr("&Selected outlets (%n)", nullptr, int(selectedRows.size())));
    m_all->setText(tr("&All outlets (%n)", nullptr, outletCount));
    auto *scope = new QButtonGroup(this);
    scope->addButton(m_selected);
    scope->addButton(m_empty);
    scope->addButton(m_all);
    if (selectedRows.isEmpty()) {
        m_selected->setEnabled(false);
        m_empty->setChecked(true);
    } else {
        m_selected->setChecked(true);
    }
    auto *example = paragraph(tr("Examples: POS-{n:03} gives POS-001, POS-002, …; {id} uses the "
                                 "GoBiz outlet ID as your ID."),
                              patternPage);
    m_patternPreview = named(readOnlyTable({tr("Outlet"), tr("Outlet ID"),
                                            tr("Current external ID"), tr("New external ID")},
                                           tr("Preview of the filled IDs"), patternPage),
                             "patternPreview");
    auto *form = new QFormLayout;
    form->addRow(tr("&Pattern:"), m_pattern);
    form->addRow(tr("Star&t at:"), m_start);
    column({form, example, m_selected, m_empty, m_all, m_overwrite, m_patternMessage,
            growing(m_patternPreview)},
           patternPage);

    // --- CSV
    auto *csvPage = new QWidget(m_tabs);
    auto *csvIntro = paragraph(tr("A CSV file with two columns, the GoBiz outlet ID and your "
                                  "external outlet ID, one outlet per line. A header row such "
                                  "as outlet_id,external_outlet_id is optional. Rows with a "
                                  "problem are shown and not applied."),
                               csvPage);
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_csvPreview = named(readOnlyTable({tr("Line"), tr("Outlet ID"), tr("Outlet"),
                                        tr("External ID"), tr("Current external ID"),
                                        tr("Result")},
                                       tr("Preview of the CSV file"), csvPage),
                         "csvPreview");
    column({csvIntro, row({m_chooseFile, growing(m_fileLabel)}), m_csvMessage,
            growing(m_csvPreview)},
           csvPage);

    m_tabs->addTab(patternPage, tr("From a patter&n"));
    m_tabs->addTab(csvPage, tr("From a CS&V file"));
    m_tabs->setCurrentIndex(mode == Mode::Csv ? 1 : 0);

    applyButton()->setText(tr("&Fill in"));
    applyButton()->setObjectName(QStringLiteral("applyButton"));
    // Tab reaches each preview (created after the buttons) with its tab's fields, before the
    // buttons.
    QWidget::setTabOrder(m_overwrite, m_patternPreview);
    QWidget::setTabOrder(m_chooseFile, m_csvPreview);
    column({growing(m_tabs), m_buttons}, this);
    resize(QSize(760, 520).boundedTo(screen()->availableGeometry().size() - QSize(16, 50)));

    connect(m_pattern, &QLineEdit::textChanged, this, &ExternalIdFillDialog::updatePatternPreview);
    connect(m_start, &QSpinBox::valueChanged, this, &ExternalIdFillDialog::updatePatternPreview);
    for (QAbstractButton *button : {static_cast<QAbstractButton *>(m_selected),
                                    static_cast<QAbstractButton *>(m_empty),
                                    static_cast<QAbstractButton *>(m_all),
                                    static_cast<QAbstractButton *>(m_overwrite)})
        connect(button, &QAbstractButton::toggled, this, &ExternalIdFillDialog::updatePatternPreview);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ExternalIdFillDialog::updateApply);
    connect(m_chooseFile, &QPushButton::clicked, this, [this] {
        Prompt::openFile(this, tr("Choose a CSV file"),
                         {tr("CSV files (*.csv *.txt)"), tr("All files (*)")},
                         [this](const QString &path) {
                             if (!path.isEmpty())
                                 loadCsvFile(path);
                         });
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExternalIdFillDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExternalIdFillDialog::reject);
    updatePatternPreview();
    updateCsvPreview();
}

QPushButton *ExternalIdFillDialog::applyButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QList<int> ExternalIdFillDialog::patternRows() const
{
    OutletModel *model = m_controller->model();
    QList<int> rows;
    if (m_selected->isChecked()) {
        rows = m_selectedRows;
    } else {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (m_all->isChecked() || model->externalOutletId(row).isEmpty())
                rows.append(row);
        }
    }
    return rows;
}

void ExternalIdFillDialog::updatePatternPreview()
{
    OutletModel *model = m_controller->model();
    m_overwrite->setEnabled(!m_empty->isChecked());
    const QList<int> rows = patternRows();
    QList<Outlet> outlets;
    for (int row : rows)
        outlets.append(model->outlets().at(row));
    const ExternalIds::PatternResult result = ExternalIds::fillPattern(m_pattern->text(), outlets,
                                                                       m_start->value());
    m_patternIds.clear();
    m_patternPreview->setRowCount(0);
    if (!result.ok()) {
        m_patternMessage->showMessage(InlineMessage::Type::Error, result.error);
        updateApply();
        return;
    }
    int kept = 0;
    m_patternPreview->setRowCount(int(rows.size()));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const int row = rows.at(i);
        const QString current = model->externalOutletId(row);
        const bool replace = current.isEmpty() || m_overwrite->isChecked();
        const QString value = result.values.at(i);
        m_patternPreview->setItem(int(i), 0,
                                  withToolTip(readOnlyItem(OutletModel::displayName(outlets.at(i)))));
        m_patternPreview->setItem(int(i), 1, readOnlyItem(outlets.at(i).id));
        m_patternPreview->setItem(int(i), 2, readOnlyItem(current));
        m_patternPreview->setItem(
            int(i), 3, readOnlyItem(replace ? value : tr("%1 (kept; not replaced)").arg(current)));
        if (replace)
            m_patternIds.insert(outlets.at(i).id, value);
        else
            ++kept;
    }
    fitColumns(m_patternPreview, maxColumnWidth);
    if (rows.isEmpty())
        m_patternMessage->showMessage(InlineMessage::Type::Info, tr("No outlets to fill."));
    else if (kept > 0)
        m_patternMessage->showMessage(
            InlineMessage::Type::Info,
            tr("%n outlet(s) already have an external ID and keep it.", nullptr, kept));
    else
        m_patternMessage->clear();
    updateApply();
}

void ExternalIdFillDialog::loadCsvFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_csv = {};
        m_csvMessage->showMessage(InlineMessage::Type::Error,
                                  tr("Could not open %1: %2")
                                      .arg(QFileInfo(path).fileName(), file.errorString()));
        updateCsvPreview();
        return;
    }
    if (file.size() > maxCsvBytes) {
        m_csv = {};
        m_csvMessage->showMessage(InlineMessage::Type::Error,
                                  tr("%1 is too large for a list of outlets (more than 8 MB).")
                                      .arg(QFileInfo(path).fileName()));
        updateCsvPreview();
        return;
    }
    loadCsvBytes(file.readAll(), QFileInfo(path).fileName());
}

void ExternalIdFillDialog::loadCsvBytes(const QByteArray &bytes, const QString &fileName)
{
    m_tabs->setCurrentIndex(1);
    m_fileLabel->setText(fileName);
    const ExternalIds::CsvParse parsed = ExternalIds::parseCsv(bytes);
    if (!parsed.error.isEmpty()) {
        m_csv = {};
        m_csvMessage->showMessage(InlineMessage::Type::Error, parsed.error);
        updateCsvPreview();
        return;
    }
    OutletModel *model = m_controller->model();
    QStringList current;
    for (int row = 0; row < model->rowCount(); ++row)
        current.append(model->externalOutletId(row));
    m_csv = ExternalIds::preview(parsed.rows, model->outlets(), current);
    const int problems = m_csv.withIssues();
    QString summary = tr("%n row(s) will be filled in.", nullptr, m_csv.applicable());
    const int repeated = int(m_csv.rows.size()) - m_csv.applicable() - problems;
    if (repeated > 0)
        summary += u' ' + tr("%n row(s) repeat an earlier row and are filled in once.", nullptr,
                             repeated);
    if (problems > 0)
        m_csvMessage->showMessage(InlineMessage::Type::Warning,
                                  summary + u' '
                                      + tr("%n row(s) have a problem and will not be applied: "
                                           "see the Result column.",
                                           nullptr, problems));
    else
        m_csvMessage->showMessage(InlineMessage::Type::Positive, summary);
    updateCsvPreview();
}

void ExternalIdFillDialog::updateCsvPreview()
{
    m_csvPreview->setRowCount(int(m_csv.rows.size()));
    for (qsizetype i = 0; i < m_csv.rows.size(); ++i) {
        const ExternalIds::PreviewRow &row = m_csv.rows.at(i);
        const int r = int(i);
        m_csvPreview->setItem(r, 0, readOnlyItem(QString::number(row.line)));
        m_csvPreview->setItem(r, 1, withToolTip(readOnlyItem(row.outletId)));
        m_csvPreview->setItem(r, 2, withToolTip(readOnlyItem(row.outletName)));
        m_csvPreview->setItem(r, 3, withToolTip(readOnlyItem(row.externalId)));
        m_csvPreview->setItem(r, 4, withToolTip(readOnlyItem(row.currentExternalId)));
        // The reason is the column people need whole: a narrow column cuts it, the tooltip not.
        QTableWidgetItem *result = withToolTip(readOnlyItem(ExternalIds::issueText(row.issue)));
        result->setIcon(themeIcon(row.willApply()      ? QStringLiteral("linked")
                                      : row.isProblem() ? QStringLiteral("warning")
                                                        : QStringLiteral("info")));
        result->setData(Qt::UserRole, ExternalIds::issueKey(row.issue));
        m_csvPreview->setItem(r, 5, result);
    }
    fitColumns(m_csvPreview, maxColumnWidth);
    if (m_csv.rows.isEmpty() && m_csvMessage->isHidden())
        m_csvMessage->showMessage(InlineMessage::Type::Info, tr("Choose a CSV file to see what it "
                                                                "would fill in."));
    updateApply();
}

void ExternalIdFillDialog::updateApply()
{
    const bool csv = m_tabs->currentIndex() == 1;
    applyButton()->setEnabled(csv ? m_csv.applicable() > 0 : !m_patternIds.isEmpty());
}

QHash<QString, QString> ExternalIdFillDialog::chosenIds() const
{
    if (m_tabs->currentIndex() == 0)
        return m_patternIds;
    QHash<QString, QString> ids;
    for (const ExternalIds::PreviewRow &row : m_csv.rows) {
        if (row.willApply())
            ids.insert(row.outletId, row.externalId);
    }
    return ids;
}

void ExternalIdFillDialog::accept()
{
    const QHash<QString, QString> ids = chosenIds();
    if (ids.isEmpty())
        return;
    emit externalIdsChosen(ids);
    QDialog::accept();
}

} // namespace gobiz::ui
