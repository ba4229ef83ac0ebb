#pragma once

#include <QWizardPage>

class QLabel;
class QSettings;

namespace gobiz {
class WizardController;
}

namespace gobiz::ui {

class ChangeConfirmations;
class InlineMessage;
class JournalBanners;
class OutletTablePanel;
class ReauthPanel;
class RunMessages;
class RunStatusPanel;

// Page 4: the outlets, their link state per product, and every way to change it. The page lays
// out its panels and routes what they ask for; what must be confirmed before anything is sent
// is asked by ChangeConfirmations. Messages that come and go sit between the search row and the
// table (the table gives them the room), so no control moves under the cursor.
class OutletsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit OutletsPage(WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    void saveTableState(QSettings &settings) const;
    void showClosingWhenIdle();

private:
    void hideReauth();
    void onBusyChanged(bool busy);
    void openFillDialog(const QList<int> &sourceRows, bool csv, bool forConfirmation);

    WizardController *m_controller;
    QLabel *m_account;
    InlineMessage *m_rolesWarning;
    JournalBanners *m_journal;
    OutletTablePanel *m_table;
    ReauthPanel *m_reauth;
    RunMessages *m_messages;
    RunStatusPanel *m_status;
    ChangeConfirmations *m_confirmations;
};

} // namespace gobiz::ui
