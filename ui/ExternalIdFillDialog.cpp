#include "ExternalIdFillDialog.h"

#include "InlineMessage.h"
#include "Prompt.h"
#include "ReadOnlyTable.h"
#include "model/OutletModel.h"
#include "session/WizardController.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gobiz::ui {

namespace {
constexpr qint64 maxCsvBytes = 8 * 1024 * 1024;
// Long outlet names are capped so that the last column (the result) keeps its room.
constexpr int maxColumnWidth = 180;
} // namespace

ExternalIdFillDialog::ExternalIdFillDialog(WizardController *controller,
                                           const QList<int> &selectedRows, Mode mode,
                                           QWidget *parent)
    : QDialog(parent),
      m_controller(controller),
      m_selectedRows(selectedRows),
      m_tabs(new QTabWidget(this)),
      m_pattern(new QLineEdit(QStringLiteral("POS-{n:03}"), this)),
      m_start(new QSpinBox(this)),
      m_selected(new QRadioButton(this)),
      m_empty(new QRadioButton(tr("All outlets &without an external ID"), this)),
      m_all(new QRadioButton(this)),
      m_overwrite(new QCheckBox(tr("&Replace external IDs that are already set"), this)),
      m_patternPreview(nullptr),
      m_patternMessage(new InlineMessage(this)),
      m_chooseFile(new QPushButton(tr("C&hoose CSV file…"), this)),
      m_fileLabel(new QLabel(this)),
      m_csvPreview(nullptr),
      m_csvMessage(new InlineMessage(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_tabs->setObjectName(QStringLiteral("fillTabs"));
    m_pattern->setObjectName(QStringLiteral("patternEdit"));
    m_start->setObjectName(QStringLiteral("startSpin"));
    m_selected->setObjectName(QStringLiteral("selectedButton"));
    m_empty->setObjectName(QStringLiteral("emptyButton"));
    m_all->setObjectName(QStringLiteral("allButton"));
    m_overwrite->setObjectName(QStringLiteral("overwriteCheck"));
    m_patternMessage->setObjectName(QStringLiteral("patternMessage"));
    m_chooseFile->setObjectName(QStringLiteral("chooseFileButton"));
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_csvMessage->setObjectName(QStringLiteral("csvMessage"));
    setWindowTitle(tr("Fill external outlet IDs"));
    const int outletCount = controller->model()->rowCount();

    // --- pattern
    auto *patternPage = new QWidget(m_tabs);
    auto *patternLabel = new QLabel(tr("&Pattern:"), patternPage);
    patternLabel->setBuddy(m_pattern);
    m_pattern->setToolTip(tr("{n} is a running number, {n:03} the same with three digits "
                             "(001), {id} the GoBiz outlet ID. Write {{ or }} for a brace."));
    auto *startLabel = new QLabel(tr("Star&t at:"), patternPage);
    startLabel->setBuddy(m_start);
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
    auto *example = new QLabel(tr("Examples: POS-{n:03} gives POS-001, POS-002, …; {id} uses the "
                                  "GoBiz outlet ID as your ID."),
                               patternPage);
    example->setWordWrap(true);
    m_patternPreview = readOnlyTable({tr("Outlet"), tr("Outlet ID"), tr("Current external ID"),
                                      tr("New external ID")},
                                     tr("Preview of the filled IDs"), patternPage);
    auto *form = new QFormLayout;
    form->addRow(patternLabel, m_pattern);
    form->addRow(startLabel, m_start);
    auto *patternLayout = new QVBoxLayout(patternPage);
    patternLayout->addLayout(form);
    patternLayout->addWidget(example);
    patternLayout->addWidget(m_selected);
    patternLayout->addWidget(m_empty);
    patternLayout->addWidget(m_all);
    patternLayout->addWidget(m_overwrite);
    patternLayout->addWidget(m_patternMessage);
    patternLayout->addWidget(m_patternPreview, 1);

    // --- CSV
    auto *csvPage = new QWidget(m_tabs);
    auto *csvIntro = new QLabel(tr("A CSV file with two columns, the GoBiz outlet ID and your "
                                   "external outlet ID, one outlet per line. A header row such "
                                   "as outlet_id,external_outlet_id is optional. Rows with a "
                                   "problem are shown and not applied."),
                                csvPage);
    csvIntro->setWordWrap(true);
    m_fileLabel->setTextFormat(Qt::PlainText);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_chooseFile);
    fileRow->addWidget(m_fileLabel, 1);
    m_csvPreview = readOnlyTable({tr("Line"), tr("Outlet ID"), tr("Outlet"), tr("External ID"),
                                  tr("Current external ID"), tr("Result")},
                                 tr("Preview of the CSV file"), csvPage);
    auto *csvLayout = new QVBoxLayout(csvPage);
    csvLayout->addWidget(csvIntro);
    csvLayout->addLayout(fileRow);
    csvLayout->addWidget(m_csvMessage);
    csvLayout->addWidget(m_csvPreview, 1);

    m_tabs->addTab(patternPage, tr("From a patter&n"));
    m_tabs->addTab(csvPage, tr("From a CS&V file"));
    m_tabs->setCurrentIndex(mode == Mode::Csv ? 1 : 0);

    applyButton()->setText(tr("&Fill in"));
    applyButton()->setObjectName(QStringLiteral("applyButton"));
    m_patternPreview->setObjectName(QStringLiteral("patternPreview"));
    m_csvPreview->setObjectName(QStringLiteral("csvPreview"));
    // Tab reaches each preview (created after the buttons) with its tab's fields, before the
    // buttons.
    QWidget::setTabOrder(m_overwrite, m_patternPreview);
    QWidget::setTabOrder(m_chooseFile, m_csvPreview);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);
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
        m_patternPreview->setItem(int(i), 0, readOnlyItem(outlets.at(i).name));
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
    const QString summary = tr("%n row(s) will be filled in.", nullptr, m_csv.applicable());
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
        m_csvPreview->setItem(r, 1, readOnlyItem(row.outletId));
        m_csvPreview->setItem(r, 2, readOnlyItem(row.outletName));
        m_csvPreview->setItem(r, 3, readOnlyItem(row.externalId));
        m_csvPreview->setItem(r, 4, readOnlyItem(row.currentExternalId));
        QTableWidgetItem *result = readOnlyItem(ExternalIds::issueText(row.issue));
        result->setIcon(themeIcon(row.willApply() ? QStringLiteral("linked")
                                                  : QStringLiteral("warning")));
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
