#pragma once

#include <QDialog>

class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace gobiz {
class SupportDesk;
}

namespace gobiz::ui {

class InlineMessage;

// What the diagnostics bundle holds, shown before it is saved: each file and its text, so a
// customer sees that nothing secret leaves with it. Opened with open() (no exec()); the files
// are gathered by SupportDesk off the GUI thread.
class BundlePreviewDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BundlePreviewDialog(SupportDesk *desk, QWidget *parent = nullptr);

    // Gathers the bundle anew and shows the dialog.
    void start();

private:
    void showFiles();
    void showFile(int row);
    void save();

    SupportDesk *m_desk;
    QListWidget *m_files;
    QPlainTextEdit *m_content;
    InlineMessage *m_message;
    QPushButton *m_save;
};

} // namespace gobiz::ui
