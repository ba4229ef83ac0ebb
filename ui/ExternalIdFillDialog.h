#pragma once

#include "session/ExternalIds.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace gobiz {
class WizardController;
}

namespace gobiz::ui {

class InlineMessage;

// Filling external outlet ids in bulk, with a preview before anything changes: from a pattern
// (POS-{n:03}, {id}) for the selected outlets, or from a CSV file of outlet id -> external id,
// whose preview flags unknown outlet ids, duplicates and blanks (those rows are not applied).
// Opened with open(); externalIdsChosen() carries what to apply. Nothing is sent to GoBiz.
class ExternalIdFillDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Pattern, Csv };

    ExternalIdFillDialog(WizardController *controller, const QList<int> &selectedRows, Mode mode,
                         QWidget *parent = nullptr);

    // CSV input, for the Choose file button and for tests.
    void loadCsvFile(const QString &path);
    void loadCsvBytes(const QByteArray &bytes, const QString &fileName = {});

    QHash<QString, QString> chosenIds() const;

    void accept() override;

signals:
    void externalIdsChosen(const QHash<QString, QString> &externalIdByOutlet);

private:
    QPushButton *applyButton() const;
    void updatePatternPreview();
    void updateCsvPreview();
    void updateApply();
    QList<int> patternRows() const;

    WizardController *m_controller;
    QList<int> m_selectedRows;
    QTabWidget *m_tabs;
    QLineEdit *m_pattern;
    QSpinBox *m_start;
    QRadioButton *m_selected;
    QRadioButton *m_empty;
    QRadioButton *m_all;
    QCheckBox *m_overwrite;
    QTableWidget *m_patternPreview;
    InlineMessage *m_patternMessage;
    QPushButton *m_chooseFile;
    QLabel *m_fileLabel;
    QTableWidget *m_csvPreview;
    InlineMessage *m_csvMessage;
    QDialogButtonBox *m_buttons;
    QHash<QString, QString> m_patternIds;
    ExternalIds::Preview m_csv;
};

} // namespace gobiz::ui
