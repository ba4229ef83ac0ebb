#include "NetworkLogWindow.h"

#include "BundlePreviewDialog.h"
#include "InlineMessage.h"
#include "Prompt.h"
#include "session/SupportDesk.h"
#include "support/NetworkLog.h"
#include "support/NetworkLogFilter.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace gobiz::ui {

NetworkLogWindow::NetworkLogWindow(SupportDesk *desk, QWidget *parent)
    : QWidget(parent, Qt::Window), m_desk(desk), m_filter(new NetworkLogFilter(this))
{
    setObjectName(QStringLiteral("networkLogWindow"));
    setWindowTitle(tr("Network log — GoBiz Outlet Link Wizard"));
    resize(980, 620);
    m_filter->setSourceModel(desk->networkLog());

    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("networkLogShow"));
    m_show->addItem(tr("All requests"), int(NetworkLogFilter::Show::All));
    m_show->addItem(tr("Problems only"), int(NetworkLogFilter::Show::Problems));
    m_show->addItem(tr("No answer"), int(NetworkLogFilter::Show::NoAnswer));
    m_show->addItem(tr("4xx (refused)"), int(NetworkLogFilter::Show::ClientErrors));
    m_show->addItem(tr("5xx (GoBiz failed)"), int(NetworkLogFilter::Show::ServerErrors));
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_show);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("networkLogText"));
    m_text->setPlaceholderText(tr("outlet ID or path"));
    m_text->setClearButtonEnabled(true);
    auto *textLabel = new QLabel(tr("&Outlet:"), this);
    textLabel->setBuddy(m_text);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("networkLogCount"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("networkLogTable"));
    m_table->setAccessibleName(tr("Requests"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: 20,000 rows must not be measured one by one.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics metrics = m_table->fontMetrics();
    const int digit = metrics.horizontalAdvance(u'0');
    m_table->setColumnWidth(NetworkLog::Time, digit * 13);
    m_table->setColumnWidth(NetworkLog::Method, digit * 8);
    m_table->setColumnWidth(NetworkLog::Path, digit * 34);
    m_table->setColumnWidth(NetworkLog::Outlet, digit * 14);
    m_table->setColumnWidth(NetworkLog::Product, digit * 9);
    m_table->setColumnWidth(NetworkLog::Attempt, digit * 8);
    m_table->setColumnWidth(NetworkLog::Status, digit * 16);
    m_table->setColumnWidth(NetworkLog::Duration, digit * 10);
    m_table->setColumnWidth(NetworkLog::RequestId, digit * 20);
    // Never narrower than the header's words (Indonesian ones are longer).
    for (int column = 0; column < NetworkLog::ColumnCount; ++column) {
        const int header = m_table->horizontalHeader()->sectionSizeHint(column);
        m_table->setColumnWidth(column, qMax(m_table->columnWidth(column), header));
    }

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("networkLogDetails"));
    m_details->setAccessibleName(tr("Request details"));
    m_details->setReadOnly(true);
    m_details->setTabChangesFocus(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select a request to see its headers and bodies. The token and "
                                     "every sign-in secret are shown as [redacted]."));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("networkLogMessage"));

    m_copyCurl = new QPushButton(tr("Copy as c&URL"), this);
    m_copyCurl->setObjectName(QStringLiteral("copyCurlButton"));
    m_copyCurl->setToolTip(tr("A curl command for a terminal (bash). The token is written as "
                              "\"$GOBIZ_TOKEN\": set that variable in your own shell."));
    m_copyCurlCmd = new QPushButton(tr("cURL for &Windows"), this);
    m_copyCurlCmd->setObjectName(QStringLiteral("copyCurlCmdButton"));
    m_copyCurlCmd->setToolTip(tr("The same curl command for Windows' Command Prompt (cmd.exe, "
                                 "curl.exe). The token is written as %GOBIZ_TOKEN%."));
    auto *copyRows = new QPushButton(tr("&Copy rows"), this);
    copyRows->setObjectName(QStringLiteral("copyRowsButton"));
    m_exportHar = new QPushButton(tr("&Export HAR…"), this);
    m_exportHar->setObjectName(QStringLiteral("exportHarButton"));
    m_exportHar->setToolTip(tr("Every request of this session as a HAR file, without the token "
                               "or any sign-in secret."));
    m_bundle = new QPushButton(tr("&Diagnostics bundle…"), this);
    m_bundle->setObjectName(QStringLiteral("diagnosticsBundleButton"));
    auto *close = new QPushButton(tr("C&lose"), this);
    close->setObjectName(QStringLiteral("networkLogCloseButton"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(showLabel);
    filters->addWidget(m_show);
    filters->addSpacing(12);
    filters->addWidget(textLabel);
    filters->addWidget(m_text, 1);
    filters->addSpacing(12);
    filters->addWidget(m_count);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyCurl);
    buttons->addWidget(m_copyCurlCmd);
    buttons->addWidget(copyRows);
    buttons->addStretch(1);
    buttons->addWidget(m_exportHar);
    buttons->addWidget(m_bundle);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setShow(NetworkLogFilter::Show(m_show->currentData().toInt()));
        updateCount();
    });
    connect(m_text, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        updateCount();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &NetworkLogWindow::showDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &NetworkLogWindow::showDetails);
    // The selected request's answer may arrive after it was selected.
    connect(m_filter, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid() && current.row() >= from.row() && current.row() <= to.row())
            showDetails();
    });
    // Newest requests stay in sight while the view is at the bottom.
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        m_followNewest = value == m_table->verticalScrollBar()->maximum();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        updateCount();
        if (m_followNewest && isVisible())
            m_table->scrollToBottom();
    });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &NetworkLogWindow::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &NetworkLogWindow::updateCount);
    connect(m_copyCurl, &QPushButton::clicked, this, [this] { copyCurl(false); });
    connect(m_copyCurlCmd, &QPushButton::clicked, this, [this] { copyCurl(true); });
    connect(copyRows, &QPushButton::clicked, this, &NetworkLogWindow::copyRows);
    connect(m_exportHar, &QPushButton::clicked, this, &NetworkLogWindow::exportHar);
    connect(m_bundle, &QPushButton::clicked, this, &NetworkLogWindow::showBundlePreview);
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    connect(desk, &SupportDesk::harSaved, this, [this](const QString &path, const QString &problem) {
        m_exportHar->setEnabled(true);
        if (problem.isEmpty())
            m_message->showMessage(InlineMessage::Type::Positive,
                tr("Saved the session's %n request(s) to %1. It holds no token and no sign-in secret.",
                   nullptr, m_desk->networkLog()->size())
                    .arg(QDir::toNativeSeparators(path)));
        else
            m_message->showMessage(InlineMessage::Type::Error, problem);
    });
    auto *copy = new QShortcut(QKeySequence::Copy, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(copy, &QShortcut::activated, this, &NetworkLogWindow::copyRows);
    setTabOrder(m_show, m_text);
    setTabOrder(m_text, m_table);
    setTabOrder(m_table, m_details);
    updateCount();
    showDetails();
}

void NetworkLogWindow::present()
{
    show();
    raise();
    activateWindow();
    if (m_followNewest)
        m_table->scrollToBottom();
    m_table->setFocus(Qt::ShortcutFocusReason);
}

void NetworkLogWindow::keyPressEvent(QKeyEvent *event)
{
    // Escape in the search field clears it first; otherwise it closes this window only.
    if (event->matches(QKeySequence::Cancel)) {
        if (m_text->hasFocus() && !m_text->text().isEmpty()) {
            m_text->clear();
            return;
        }
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

quint64 NetworkLogWindow::selectedExchange() const
{
    // The current row when it is selected, else the first selected one.
    QModelIndex chosen = m_table->currentIndex();
    if (!chosen.isValid() || !m_table->selectionModel()->isRowSelected(chosen.row(), {})) {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        chosen = rows.isEmpty() ? QModelIndex() : rows.first();
    }
    return chosen.isValid() ? chosen.data(NetworkLog::ExchangeIdRole).toULongLong() : 0;
}

QList<int> NetworkLogWindow::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << m_filter->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void NetworkLogWindow::showDetails()
{
    const quint64 id = selectedExchange();
    m_copyCurl->setEnabled(id != 0);
    m_copyCurlCmd->setEnabled(id != 0);
    m_details->setPlainText(id ? m_desk->details(id) : QString());
}

void NetworkLogWindow::updateCount()
{
    const QLocale locale;
    const int all = m_desk->networkLog()->rowCount();
    const int shown = m_filter->rowCount();
    m_count->setText(shown == all ? tr("%n request(s)", nullptr, all)
                                  : tr("%1 of %n request(s)", nullptr, all).arg(locale.toString(shown)));
}

void NetworkLogWindow::copyCurl(bool windows)
{
    const quint64 id = selectedExchange();
    if (!id)
        return;
    QGuiApplication::clipboard()->setText(
        m_desk->curlCommand(id, windows ? SupportDesk::Shell::WindowsCmd : SupportDesk::Shell::Bash));
    m_message->showMessage(InlineMessage::Type::Info,
        windows ? tr("Copied the request as a curl command for the Command Prompt. Before you run "
                     "it, set the merchant's token there: set GOBIZ_TOKEN=… (it was not copied).")
                : tr("Copied the request as a curl command. Before you run it, set the merchant's "
                     "token in your shell: export GOBIZ_TOKEN=… (it was not copied)."));
}

void NetworkLogWindow::copyRows()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_desk->rowsAsText(rows));
    m_message->showMessage(InlineMessage::Type::Info, tr("Copied %n row(s).", nullptr, int(rows.size())));
}

void NetworkLogWindow::exportHar()
{
    present();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    Prompt::saveFile(this, tr("Export HAR"), QDir(folder).filePath(m_desk->suggestedHarName()),
        {tr("HAR files (*.har)")}, [this](const QString &path) {
            if (path.isEmpty())
                return;
            m_exportHar->setEnabled(false);
            m_message->showMessage(InlineMessage::Type::Info, tr("Saving…"));
            m_desk->saveHar(path);
        });
}

void NetworkLogWindow::showBundlePreview()
{
    if (!m_preview)
        m_preview = new BundlePreviewDialog(m_desk, isVisible() ? this : parentWidget());
    m_preview->start();
}

} // namespace gobiz::ui
