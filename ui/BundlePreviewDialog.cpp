#include "BundlePreviewDialog.h"

#include "InlineMessage.h"
#include "Prompt.h"
#include "session/SupportDesk.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace gobiz::ui {

namespace {
// Enough to read; a 5 MB log would make the preview crawl.
constexpr qsizetype previewBytes = 200 * 1024;
} // namespace

BundlePreviewDialog::BundlePreviewDialog(SupportDesk *desk, QWidget *parent)
    : QDialog(parent), m_desk(desk)
{
    setObjectName(QStringLiteral("bundlePreviewDialog"));
    setWindowTitle(tr("Diagnostics bundle"));
    resize(860, 560);
    auto *intro = new QLabel(tr("One .zip file to attach to your chat with support. It holds what "
                                "this wizard recorded in this session: versions, settings, this "
                                "merchant's journal, every request and the log. It holds no access "
                                "token, no sign-in code and no password: each was replaced by "
                                "[redacted]. Check it below before you save it."), this);
    intro->setWordWrap(true);

    m_files = new QListWidget(this);
    m_files->setObjectName(QStringLiteral("bundleFiles"));
    m_files->setAccessibleName(tr("Files in the bundle"));
    auto *filesLabel = new QLabel(tr("&Files:"), this);
    filesLabel->setBuddy(m_files);
    m_content = new QPlainTextEdit(this);
    m_content->setObjectName(QStringLiteral("bundleFileContent"));
    m_content->setAccessibleName(tr("Content of the selected file"));
    m_content->setReadOnly(true);
    m_content->setTabChangesFocus(true);
    m_content->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_content->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *contentLabel = new QLabel(tr("C&ontent:"), this);
    contentLabel->setBuddy(m_content);

    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("bundleMessage"));
    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save bundle…"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveBundleButton"));
    QPushButton *close = buttons->addButton(tr("C&lose"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closeBundleButton"));

    auto *lists = new QVBoxLayout;
    lists->addWidget(filesLabel);
    lists->addWidget(m_files, 1);
    auto *contents = new QVBoxLayout;
    contents->addWidget(contentLabel);
    contents->addWidget(m_content, 1);
    auto *panes = new QHBoxLayout;
    panes->addLayout(lists, 1);
    panes->addLayout(contents, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(panes, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_files, &QListWidget::currentRowChanged, this, &BundlePreviewDialog::showFile);
    // Save opens a file dialog instead of closing this one.
    connect(buttons, &QDialogButtonBox::accepted, this, &BundlePreviewDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(desk, &SupportDesk::bundleReady, this, &BundlePreviewDialog::showFiles);
    connect(desk, &SupportDesk::bundleSaved, this, [this](const QString &path, const QString &problem) {
        m_save->setEnabled(true);
        if (problem.isEmpty())
            m_message->showMessage(InlineMessage::Type::Positive,
                tr("Saved %1. Attach this file to your chat or e-mail with support.")
                    .arg(QDir::toNativeSeparators(path)));
        else
            m_message->showMessage(InlineMessage::Type::Error, problem);
    });
}

void BundlePreviewDialog::start()
{
    m_files->clear();
    m_content->clear();
    m_save->setEnabled(false);
    m_message->showMessage(InlineMessage::Type::Info, tr("Gathering what goes into the bundle…"));
    m_desk->prepareBundle();
    open();
}

void BundlePreviewDialog::showFiles()
{
    m_files->clear();
    const QLocale locale;
    for (const ZipArchive::File &file : m_desk->bundleFiles()) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2)").arg(file.name, locale.formattedDataSize(file.bytes.size())), m_files);
        item->setData(Qt::UserRole, file.name);
    }
    m_message->clear();
    m_save->setEnabled(true);
    if (m_files->count() > 0)
        m_files->setCurrentRow(0);
    m_save->setFocus(Qt::OtherFocusReason);
}

void BundlePreviewDialog::showFile(int row)
{
    const QList<ZipArchive::File> &files = m_desk->bundleFiles();
    if (row < 0 || row >= files.size()) {
        m_content->clear();
        return;
    }
    const QByteArray &bytes = files[row].bytes;
    QString text = QString::fromUtf8(bytes.left(previewBytes));
    if (bytes.size() > previewBytes)
        text += u'\n' + tr("… and %1 more; all of it is in the bundle.")
                            .arg(QLocale().formattedDataSize(bytes.size() - previewBytes));
    m_content->setPlainText(text);
}

void BundlePreviewDialog::save()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    Prompt::saveFile(this, tr("Save diagnostics bundle"), QDir(folder).filePath(m_desk->suggestedBundleName()),
        {tr("Zip archives (*.zip)")}, [this](const QString &path) {
            if (path.isEmpty())
                return;
            m_save->setEnabled(false);
            m_message->showMessage(InlineMessage::Type::Info, tr("Saving…"));
            m_desk->saveBundle(path);
        });
}

} // namespace gobiz::ui
