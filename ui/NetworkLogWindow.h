#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace gobiz {
class NetworkLogFilter;
class SupportDesk;
} // namespace gobiz

namespace gobiz::ui {

class InlineMessage;
class BundlePreviewDialog;

// Every request of the session, live (a window of its own, beside the wizard): the table with
// filters, the selected request's headers and bodies (sanitized), Copy as cURL, Export HAR and
// the diagnostics bundle. Renders SupportDesk; knows nothing of the run.
class NetworkLogWindow : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkLogWindow(SupportDesk *desk, QWidget *parent = nullptr);

    // Shows, raises and focuses the window (the menu and the shortcut).
    void present();
    // Opens the bundle's preview (from the wizard's menu too).
    void showBundlePreview();
    void exportHar();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    quint64 selectedExchange() const;
    QList<int> selectedSourceRows() const;
    void showDetails();
    void updateCount();
    void copyCurl(bool windows);
    void copyRows();

    SupportDesk *m_desk;
    NetworkLogFilter *m_filter;
    QComboBox *m_show;
    QLineEdit *m_text;
    QLabel *m_count;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    InlineMessage *m_message;
    QPushButton *m_copyCurl;
    QPushButton *m_copyCurlCmd;
    QPushButton *m_exportHar;
    QPushButton *m_bundle;
    BundlePreviewDialog *m_preview = nullptr;
    bool m_followNewest = true;
};

} // namespace gobiz::ui
